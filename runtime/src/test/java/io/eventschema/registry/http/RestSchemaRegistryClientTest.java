package io.eventschema.registry.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaReference;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.registry.http.FakeRegistry.RawServer;
import io.eventschema.registry.http.FakeRegistry.Request;
import io.eventschema.registry.http.FakeRegistry.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {
  static final String SCHEMA =
      "{\"type\":\"record\",\"name\":\"Foo\",\"namespace\":\"p\",\"fields\":[{\"name\":\"a\","
          + "\"type\":\"string\"}]}";

  static RestSchemaRegistryClient client(Map<String, Object> extra, String... urls) {
    Map<String, Object> props = new HashMap<>();
    props.put(RegistryClientConfig.SCHEMA_REGISTRY_URL, String.join(",", urls));
    props.put(RegistryClientConfig.RETRIES_WAIT_MS, 10);
    props.put(RegistryClientConfig.RETRIES_MAX_WAIT_MS, 40);
    props.putAll(extra);
    return new RestSchemaRegistryClient(HttpClientSettings.from(RegistryClientConfig.parse(props)));
  }

  static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void everyEndpointSendsConfluentsRequestAndReadsItsAnswer() throws Exception {
    String versioned = "{\"subject\":\"a/b c\",\"version\":3,\"id\":21,\"schema\":"
        + quoted(SCHEMA) + ",\"references\":[{\"name\":\"q.Bar\",\"subject\":\"bar\","
        + "\"version\":2}]}";
    try (FakeRegistry fake = new FakeRegistry(r -> {
      String key = r.method() + " " + r.path();
      switch (key) {
        case "POST /subjects/a%2Fb%20c/versions":
          return Response.json(200, "{\"id\":21}");
        case "POST /subjects/a%2Fb%20c":
        case "GET /subjects/a%2Fb%20c/versions/latest":
        case "GET /subjects/a%2Fb%20c/versions/3":
          return Response.json(200, versioned);
        case "GET /schemas/ids/21":
          return Response.json(200, "{\"schema\":" + quoted(SCHEMA) + "}");
        case "GET /subjects":
          return Response.json(200, "[\"a/b c\",\"other\"]");
        case "GET /subjects/a%2Fb%20c/versions":
          return Response.json(200, "[1,2,3]");
        case "POST /compatibility/subjects/a%2Fb%20c/versions/latest":
          return Response.json(200, "{\"is_compatible\":false,\"messages\":[\"field b\"]}");
        case "GET /config":
          return Response.json(200, "{\"compatibilityLevel\":\"BACKWARD\"}");
        case "GET /config/a%2Fb%20c":
          return Response.json(200, "{\"compatibilityLevel\":\"FULL\"}");
        case "PUT /config/a%2Fb%20c":
        case "PUT /config":
          return Response.json(200, "{\"compatibility\":\"NONE\"}");
        case "DELETE /subjects/a%2Fb%20c":
          return Response.json(200, "[1,2,3]");
        case "DELETE /subjects/a%2Fb%20c/versions/2":
          return new Response(200, "application/json", "2", 0);
        default:
          return Response.json(404, "{\"error_code\":40401,\"message\":\"unexpected " + key
              + "\"}");
      }
    }); RestSchemaRegistryClient c = client(Map.of(), fake.url())) {
      String s = "a/b c";
      List<SchemaReference> refs = List.of(new SchemaReference("q.Bar", "bar", 2));
      assertThat(c.register(s, SCHEMA, refs, true)).isEqualTo(21);
      Request reg = fake.requests.get(0);
      assertThat(reg.query()).isEqualTo("normalize=true");
      assertThat(reg.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
      assertThat(reg.header("Accept")).startsWith("application/vnd.schemaregistry.v1+json");
      assertThat(Json.MAPPER.readTree(reg.body())).isEqualTo(Json.MAPPER.readTree(
          "{\"schema\":" + quoted(SCHEMA) + ",\"references\":[{\"name\":\"q.Bar\","
              + "\"subject\":\"bar\",\"version\":2}]}"));

      RegisteredSchema found = c.lookUp(s, SCHEMA, List.of(), false);
      assertThat(found).isEqualTo(new RegisteredSchema("a/b c", 3, 21, "AVRO", SCHEMA, refs));
      assertThat(fake.requests.get(1).query()).isNull();
      assertThat(c.schemaById(21)).isEqualTo(new RegisteredSchema(null, 0, 21, "AVRO", SCHEMA,
          List.of()));
      assertThat(c.latestVersion(s).version()).isEqualTo(3);
      assertThat(c.version(s, 3).id()).isEqualTo(21);
      assertThat(c.subjects()).containsExactly("a/b c", "other");
      assertThat(c.versions(s)).containsExactly(1, 2, 3);
      CompatibilityResult compat = c.testCompatibility(s, "latest", SCHEMA, List.of());
      assertThat(compat.compatible()).isFalse();
      assertThat(compat.messages()).containsExactly("field b");
      assertThat(fake.requests.get(fake.requests.size() - 1).query()).isEqualTo("verbose=true");
      assertThat(c.compatibility(null)).isEqualTo("BACKWARD");
      assertThat(c.compatibility(s)).isEqualTo("FULL");
      assertThat(fake.requests.get(fake.requests.size() - 1).query())
          .isEqualTo("defaultToGlobal=true");
      c.setCompatibility(s, "NONE");
      assertThat(Json.MAPPER.readTree(fake.requests.get(fake.requests.size() - 1).body()))
          .isEqualTo(Json.MAPPER.readTree("{\"compatibility\":\"NONE\"}"));
      c.setCompatibility(null, "NONE");
      assertThat(c.deleteSubject(s, false)).containsExactly(1, 2, 3);
      assertThat(c.deleteSubject(s, true)).containsExactly(1, 2, 3);
      assertThat(fake.requests.get(fake.requests.size() - 1).query()).isEqualTo("permanent=true");
      assertThat(c.deleteVersion(s, 2, false)).isEqualTo(2);
      assertThat(fake.requests).allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
    }
  }

  @Test
  void aJsonSchemaTravelsWithItsSchemaTypeAndComesBackWithIt() throws Exception {
    String json = "{\"type\":\"object\"}";
    String versioned = "{\"subject\":\"j\",\"version\":1,\"id\":8,\"schemaType\":\"JSON\","
        + "\"schema\":" + quoted(json) + "}";
    try (FakeRegistry fake = new FakeRegistry(r -> {
      switch (r.method() + " " + r.path()) {
        case "POST /subjects/j/versions":
          return Response.json(200, "{\"id\":8}");
        case "POST /subjects/j":
          // as Apicurio 3 answers a look-up: without schemaType, even for JSON
          return Response.json(200, versioned.replace("\"schemaType\":\"JSON\",", ""));
        case "GET /subjects/j/versions/latest":
          return Response.json(200, versioned);
        case "GET /schemas/ids/8":
          return Response.json(200, "{\"schemaType\":\"JSON\",\"schema\":" + quoted(json) + "}");
        case "POST /compatibility/subjects/j/versions/latest":
          return Response.json(200, "{\"is_compatible\":true}");
        default:
          return Response.json(404, "{\"error_code\":40401,\"message\":\"no\"}");
      }
    }); RestSchemaRegistryClient c = client(Map.of(), fake.url())) {
      String expected = "{\"schemaType\":\"JSON\",\"schema\":" + quoted(json) + "}";
      assertThat(c.register("j", "JSON", json, List.of(), false)).isEqualTo(8);
      assertThat(c.lookUp("j", "JSON", json, List.of(), false).schemaType()).isEqualTo("JSON");
      assertThat(c.testCompatibility("j", "latest", "JSON", json, List.of()).compatible()).isTrue();
      for (int i = 0; i < 3; i++) {
        assertThat(Json.MAPPER.readTree(fake.requests.get(i).body()))
            .as("request %d", i).isEqualTo(Json.MAPPER.readTree(expected));
      }
      assertThat(c.schemaById(8).schemaType()).isEqualTo("JSON");
      assertThat(c.latestVersion("j").schemaType()).isEqualTo("JSON");
      // Avro, given explicitly, is sent as Confluent sends it: without schemaType
      c.register("j", "AVRO", SCHEMA, List.of(), false);
      assertThat(Json.MAPPER.readTree(fake.requests.get(fake.requests.size() - 1).body()).has(
          "schemaType")).isFalse();
    }
  }

  @Test
  void registryDownRetriesAsConfiguredThenSaysSo() throws Exception {
    int port = FakeRegistry.deadPort();
    try (RestSchemaRegistryClient c = client(Map.of("max.retries", 2),
        "http://127.0.0.1:" + port)) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.schemaById(1));
      assertThat(e.httpStatus()).isZero();
      assertThat(e.isRetriable()).isTrue();
      assertThat(e.getMessage()).contains("gave up after 3 attempts", "could not connect",
          "asked http://127.0.0.1:" + port + "/schemas/ids/1");
    }
  }

  @Test
  void slowRegistryTimesOutAndIsRetried() throws Exception {
    try (RawServer slow = new RawServer((n, s) -> {
      RawServer.readRequest(s.getInputStream());
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }); RestSchemaRegistryClient c = client(Map.of("max.retries", 1,
        "http.read.timeout.ms", 300), slow.url())) {
      long start = System.nanoTime();
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.latestVersion("s"));
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(e.httpStatus()).isZero();
      assertThat(e.getMessage()).contains("gave up after 2 attempts",
          "no answer within 300 ms (http.read.timeout.ms)");
      assertThat(slow.connections.get()).isEqualTo(2);
      assertThat(ms).isBetween(550L, 3_000L);
    }
  }

  @Test
  void fiveHundredsThenSuccess() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (FakeRegistry fake = new FakeRegistry(r -> calls.incrementAndGet() <= 2
        ? Response.json(500, "{\"error_code\":50001,\"message\":\"Error in the backend store\"}")
        : Response.json(200, "{\"id\":7}"));
        RestSchemaRegistryClient c = client(Map.of("max.retries", 3), fake.url())) {
      assertThat(c.register("s", SCHEMA)).isEqualTo(7);
      assertThat(fake.requests).hasSize(3);
    }
  }

  @Test
  void fiveHundredsExhaustTheRetriesWithTheRegistrysWords() throws Exception {
    try (FakeRegistry fake = new FakeRegistry(r ->
        Response.json(503, "{\"error_code\":50003,\"message\":\"Error while forwarding\"}"));
        RestSchemaRegistryClient c = client(Map.of("max.retries", 2), fake.url())) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.register("s", SCHEMA));
      assertThat(fake.requests).hasSize(3);
      assertThat(e.httpStatus()).isEqualTo(503);
      assertThat(e.errorCode()).isEqualTo(50003);
      assertThat(e.url()).isEqualTo(fake.url() + "/subjects/s/versions");
      assertThat(e.getMessage()).contains("gave up after 3 attempts", "Error while forwarding",
          "HTTP 503, error_code 50003");
    }
  }

  @Test
  void fourHundredsAreNotRetried() throws Exception {
    try (FakeRegistry fake = new FakeRegistry(r ->
        Response.json(404, "{\"error_code\":40401,\"message\":\"Subject 's' not found.\"}"));
        RestSchemaRegistryClient c = client(Map.of("max.retries", 5), fake.url())) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.latestVersion("s"));
      assertThat(fake.requests).hasSize(1);
      assertThat(e.httpStatus()).isEqualTo(404);
      assertThat(e.errorCode()).isEqualTo(40401);
      assertThat(e.isNotFound()).isTrue();
      assertThat(e.getMessage()).isEqualTo("Subject 's' not found. (HTTP 404, error_code 40401);"
          + " asked " + fake.url() + "/subjects/s/versions/latest");
    }
    try (FakeRegistry fake = new FakeRegistry(r -> Response.json(409,
        "{\"error_code\":409,\"message\":\"Incompatible artifact\"}"));
        RestSchemaRegistryClient c = client(Map.of(), fake.url())) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.register("s", SCHEMA));
      assertThat(e.isIncompatible()).isTrue();
      assertThat(fake.requests).hasSize(1);
    }
  }

  @Test
  void malformedAnswersAreTypedErrorsNotParserExceptions() throws Exception {
    Map<String, Response> answers = Map.of(
        "/schemas/ids/1", Response.json(200, "{\"schema\": \"unterminated"),
        "/schemas/ids/2", Response.json(200, "{\"schema\": 42}"),
        "/schemas/ids/3", Response.json(200, "[]"),
        "/schemas/ids/4", new Response(200, "application/json", "", 0),
        "/schemas/ids/5", new Response(502, "text/html", "<html><body>Bad gateway</body></html>",
            0),
        "/subjects/s/versions", Response.json(200, "[1, \"two\"]"),
        "/subjects", Response.json(200, "{\"not\":\"a list\"}"),
        "/subjects/s/versions/latest", Response.json(200, "{\"version\":1,\"id\":\"x\","
            + "\"schema\":\"{}\"}"));
    try (FakeRegistry fake = new FakeRegistry(r -> answers.getOrDefault(r.path(),
        Response.json(404, "{}")));
        RestSchemaRegistryClient c = client(Map.of("max.retries", 0), fake.url())) {
      assertThatThrownBy(() -> c.schemaById(1)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("HTTP 200 with a body that is not JSON")
          .hasMessageContaining("unterminated");
      assertThatThrownBy(() -> c.schemaById(2)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("has no string 'schema'");
      assertThatThrownBy(() -> c.schemaById(3)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("is not an object");
      assertThatThrownBy(() -> c.schemaById(4)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("empty body");
      SchemaRegistryException html = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.schemaById(5));
      assertThat(html.httpStatus()).isEqualTo(502);
      assertThat(html.getMessage()).contains("text/html", "Bad gateway");
      assertThatThrownBy(() -> c.versions("s")).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("non-integer element in the version list");
      assertThatThrownBy(c::subjects).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("the subject list that is not an array");
      assertThatThrownBy(() -> c.latestVersion("s")).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("has no integer 'id'");
      assertThatThrownBy(() -> c.version("s", 9)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("HTTP 404");
    }
  }

  @Test
  void connectionResetIsRetriedThenSucceeds() throws Exception {
    try (RawServer flaky = new RawServer((n, s) -> {
      RawServer.readRequest(s.getInputStream());
      if (n < 2) {
        RawServer.reset(s);
      } else {
        RawServer.answer(s, 200, "{\"id\":9}");
      }
    }); RestSchemaRegistryClient c = client(Map.of("max.retries", 3), flaky.url())) {
      // a POST: java.net.http itself silently repeats only idempotent requests once
      assertThat(c.register("s", SCHEMA)).isEqualTo(9);
      assertThat(flaky.connections.get()).isEqualTo(3);
    }
  }

  @Test
  void connectionResetEveryTimeGivesUpWithAClearError() throws Exception {
    try (RawServer broken = new RawServer((n, s) -> {
      RawServer.readRequest(s.getInputStream());
      RawServer.reset(s);
    }); RestSchemaRegistryClient c = client(Map.of("max.retries", 1), broken.url())) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.register("s", SCHEMA));
      assertThat(e.httpStatus()).isZero();
      assertThat(e.getMessage()).contains("gave up after 2 attempts", "no answer");
      assertThat(broken.connections.get()).isEqualTo(2);
    }
  }

  @Test
  void failsOverToTheNextUrlAndStaysThere() throws Exception {
    try (FakeRegistry sick = new FakeRegistry(r -> Response.json(503,
        "{\"error_code\":50003,\"message\":\"down\"}"));
        FakeRegistry healthy = new FakeRegistry(r -> Response.json(200, "{\"id\":3}"));
        RestSchemaRegistryClient c = client(Map.of("max.retries", 0),
            "http://127.0.0.1:" + FakeRegistry.deadPort(), sick.url(), healthy.url())) {
      assertThat(c.register("s", SCHEMA)).isEqualTo(3);
      assertThat(c.register("t", SCHEMA)).isEqualTo(3);
      assertThat(sick.requests).hasSize(1);
      assertThat(healthy.requests).hasSize(2);
    }
  }

  @Test
  void sendsBasicAuthFromUserInfo() throws Exception {
    try (FakeRegistry fake = new FakeRegistry(r -> Response.json(200, "[]"));
        RestSchemaRegistryClient c = client(Map.of("basic.auth.credentials.source", "USER_INFO",
            "basic.auth.user.info", "alice:s3cr3t"), fake.url())) {
      c.subjects();
      assertThat(fake.requests.get(0).header("Authorization")).isEqualTo("Basic "
          + Base64.getEncoder().encodeToString("alice:s3cr3t".getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void sendsBasicAuthFromTheUrlAndNeverShowsIt() throws Exception {
    try (FakeRegistry fake = new FakeRegistry(r -> Response.json(401,
        "{\"error_code\":401,\"message\":\"Unauthorized\"}"));
        RestSchemaRegistryClient c = client(Map.of(),
            fake.url().replace("http://", "http://bob:pa%3Ass@"))) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          c::subjects);
      assertThat(fake.requests.get(0).header("Authorization")).isEqualTo("Basic "
          + Base64.getEncoder().encodeToString("bob:pa:ss".getBytes(StandardCharsets.UTF_8)));
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.url()).isEqualTo(fake.url() + "/subjects");
      assertThat(e.toString()).doesNotContain("pa%3Ass", "pa:ss", "bob", "Basic");
    }
    int port = FakeRegistry.deadPort();
    try (RestSchemaRegistryClient c = client(Map.of("max.retries", 0),
        "http://bob:hunter2@127.0.0.1:" + port)) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          c::subjects);
      assertThat(e.toString()).doesNotContain("hunter2", "bob");
      Throwable cause = e.getCause();
      while (cause != null) {
        assertThat(String.valueOf(cause.getMessage())).doesNotContain("hunter2");
        cause = cause.getCause();
      }
    }
  }

  @Test
  void sendsStaticBearerTokenAndExtraHeaders() throws Exception {
    try (FakeRegistry fake = new FakeRegistry(r -> Response.json(200, "[]"));
        RestSchemaRegistryClient c = client(Map.of("bearer.auth.credentials.source",
            "STATIC_TOKEN", "bearer.auth.token", "tok-123", "request.header.X-Tenant", "blue"),
            fake.url())) {
      c.subjects();
      assertThat(fake.requests.get(0).header("Authorization")).isEqualTo("Bearer tok-123");
      assertThat(fake.requests.get(0).header("X-Tenant")).isEqualTo("blue");
    }
  }

  @Test
  void closedClientSaysSo() throws IOException {
    try (FakeRegistry fake = new FakeRegistry(r -> Response.json(200, "[]"))) {
      RestSchemaRegistryClient c = client(Map.of(), fake.url());
      c.close();
      c.close();
      assertThatThrownBy(c::subjects).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("closed");
    }
  }
}
