package io.eventschema.registry.http;

import static io.eventschema.registry.http.RestSchemaRegistryClientTest.SCHEMA;
import static io.eventschema.registry.http.RestSchemaRegistryClientTest.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.registry.http.FakeRegistry.Request;
import io.eventschema.registry.http.FakeRegistry.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * Credentials never reach a message: user info is cut from a quoted URL whatever characters it
 * holds, and a registry body that echoes the request's credentials (raw, URL-encoded, base64) is
 * quoted without them.
 */
class CredentialRedactionTest {
  private static final String PASSWORD = "s3cr3t-pass/+=x";

  private static List<String> forms(String userInfo, String password) {
    List<String> forms = new ArrayList<>();
    for (String s : List.of(userInfo, password)) {
      forms.add(s);
      forms.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
      forms.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
    }
    return forms;
  }

  private static String text(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (; t != null; t = t.getCause()) {
      b.append(t).append('\n');
    }
    return b.toString();
  }

  @Test
  void userInfoWithARawAtSignIsCutFromTheConfigError() {
    String url = "http://alice@corp:" + PASSWORD + "@registry.example:8081";
    Throwable e = catchThrowable(() -> client(Map.of(), url));
    assertThat(e).isInstanceOf(ConfigException.class);
    assertThat(text(e)).doesNotContain(PASSWORD, "corp:", "s3cr3t")
        .contains("%40");
    assertThat(RegistryUrl.redact("https://u:p@ss/w@rd@host:1/apis"))
        .isEqualTo("https://***@host:1/apis");
    assertThat(RegistryUrl.redact("u:p@ss@host")).isEqualTo("***@host");
  }

  /** Answers echoing the request's Authorization header, its decoded form and URL-encoded form. */
  private static Function<Request, Response> echoing(int status) {
    return r -> {
      String auth = r.header("Authorization");
      String decoded = auth.startsWith("Basic ") ? new String(Base64.getDecoder()
          .decode(auth.substring(6)), StandardCharsets.UTF_8) : auth.substring(7);
      String echo = "you sent " + auth + " = " + decoded + " = "
          + URLEncoder.encode(decoded, StandardCharsets.UTF_8);
      return switch (status) {
        case 401 -> Response.json(401, "{\"error_code\":401,\"message\":"
            + RestSchemaRegistryClientTest.quoted(echo) + "}");
        case 500 -> new Response(500, "text/plain", echo, 0);
        default -> Response.json(200, "{\"echo\":" + RestSchemaRegistryClientTest.quoted(echo)
            + "}");
      };
    };
  }

  @Test
  void bodiesEchoingBasicCredentialsAreQuotedWithoutThem() throws Exception {
    for (int status : new int[] {401, 500, 200}) {
      for (boolean fromUrl : new boolean[] {true, false}) {
        try (FakeRegistry fake = new FakeRegistry(echoing(status))) {
          Map<String, Object> extra = fromUrl ? Map.of("max.retries", 0)
              : Map.of("max.retries", 0, "basic.auth.credentials.source", "USER_INFO",
                  RegistryClientConfig.BASIC_AUTH_USER_INFO, "alice:" + PASSWORD);
          String url = fromUrl ? fake.url().replace("http://", "http://alice:"
              + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "@") : fake.url();
          try (RestSchemaRegistryClient c = client(extra, url)) {
            Throwable e = catchThrowable(() -> c.register("s", SCHEMA));
            assertThat(e).isInstanceOf(SchemaRegistryException.class);
            assertThat(text(e)).as("HTTP %d, from URL %s", status, fromUrl)
                .contains("[hidden]")
                .doesNotContain(forms("alice:" + PASSWORD, PASSWORD).toArray(new String[0]));
          }
        }
      }
    }
  }

  @Test
  void bodiesEchoingABearerTokenAreQuotedWithoutIt() throws Exception {
    String token = "eyJhbGciOiJIUzI1NiJ9.e30.tok/en+x=";
    try (FakeRegistry fake = new FakeRegistry(echoing(401));
        RestSchemaRegistryClient c = client(Map.of("bearer.auth.token", token), fake.url())) {
      Throwable e = catchThrowable(c::subjects);
      assertThat(text(e)).contains("[hidden]").doesNotContain(token,
          URLEncoder.encode(token, StandardCharsets.UTF_8), "tok/en");
    }
  }
}
