package io.eventschema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.http.HttpClientSettings;
import io.eventschema.registry.http.RestSchemaRegistryClient;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachedSchemaRegistryClientTest {
  static final String V1 = "{\"type\":\"record\",\"name\":\"Foo\",\"fields\":[{\"name\":\"a\","
      + "\"type\":\"string\"}]}";
  static final String V2 = "{\"type\":\"record\",\"name\":\"Foo\",\"fields\":[{\"name\":\"a\","
      + "\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}";
  static final String V3 = "{\"type\":\"record\",\"name\":\"Foo\",\"fields\":[{\"name\":\"a\","
      + "\"type\":\"string\"},{\"name\":\"c\",\"type\":\"int\",\"default\":0}]}";

  final String scope = "cache-test-" + System.nanoTime();
  final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(scope);
  }

  /** The in-memory registry, counting the calls that reach it per method name. */
  SchemaRegistryClient counting() {
    MockSchemaRegistryClient target = MockSchemaRegistryClient.forScope(scope);
    return (SchemaRegistryClient) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {SchemaRegistryClient.class}, (proxy, method, args) -> {
          calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  int calls(String method) {
    AtomicInteger n = calls.get(method);
    return n == null ? 0 : n.get();
  }

  @Test
  void registerLookUpAndIdsAskOnce() {
    CachedSchemaRegistryClient c = new CachedSchemaRegistryClient(counting(), 1000, -1, 1000);
    int id = c.register("s", V1);
    assertThat(c.register("s", V1)).isEqualTo(id);
    assertThat(c.lookUp("s", V1, List.of(), false).id()).isEqualTo(id);
    assertThat(c.lookUp("s", V1, List.of(), false).id()).isEqualTo(id);
    assertThat(c.schemaById(id).schema()).isEqualTo(V1);
    assertThat(c.version("s", 1).id()).isEqualTo(id);
    assertThat(c.version("s", 1).id()).isEqualTo(id);
    assertThat(calls("register")).isEqualTo(1);
    assertThat(calls("lookUp")).isEqualTo(1);
    assertThat(calls("schemaById")).isZero(); // known from the registration
    assertThat(calls("version")).isEqualTo(1);
  }

  @Test
  void perSubjectCacheIsBoundedByMaxSchemasPerSubject() {
    CachedSchemaRegistryClient c = new CachedSchemaRegistryClient(counting(), 2, -1, 1000);
    c.setCompatibility(null, "NONE");
    c.register("s", V1);
    c.register("s", V2);
    c.register("s", V1);
    assertThat(calls("register")).isEqualTo(2);
    c.register("s", V3); // evicts V2, the least recently used
    c.register("s", V1);
    assertThat(calls("register")).isEqualTo(3);
    c.register("s", V2);
    assertThat(calls("register")).isEqualTo(4);
  }

  @Test
  void latestVersionHonoursTheTtl() throws InterruptedException {
    SchemaRegistryClient delegate = counting();
    delegate.register("s", V1);
    CachedSchemaRegistryClient forever = new CachedSchemaRegistryClient(delegate, 10, -1, 10);
    forever.latestVersion("s");
    forever.latestVersion("s");
    assertThat(calls("latestVersion")).isEqualTo(1);
    delegate.register("s", V2); // behind the cache's back: still the cached answer
    assertThat(forever.latestVersion("s").version()).isEqualTo(1);
    forever.register("s", V3.replace("\"c\"", "\"d\"")); // through the cache: entry dropped
    assertThat(forever.latestVersion("s").version()).isEqualTo(3);

    calls.clear();
    CachedSchemaRegistryClient none = new CachedSchemaRegistryClient(delegate, 10, 0, 10);
    none.latestVersion("s");
    none.latestVersion("s");
    assertThat(calls("latestVersion")).isEqualTo(2);

    calls.clear();
    CachedSchemaRegistryClient oneSecond = new CachedSchemaRegistryClient(delegate, 10, 1, 10);
    oneSecond.latestVersion("s");
    oneSecond.latestVersion("s");
    assertThat(calls("latestVersion")).isEqualTo(1);
    Thread.sleep(1_100);
    oneSecond.latestVersion("s");
    assertThat(calls("latestVersion")).isEqualTo(2);
  }

  @Test
  void failuresAreNotCachedAndDeletesForget() {
    CachedSchemaRegistryClient c = new CachedSchemaRegistryClient(counting(), 10, -1, 10);
    assertThatThrownBy(() -> c.schemaById(42)).isInstanceOf(SchemaRegistryException.class);
    assertThatThrownBy(() -> c.schemaById(42)).isInstanceOf(SchemaRegistryException.class);
    assertThat(calls("schemaById")).isEqualTo(2);
    c.register("s", V1);
    c.latestVersion("s");
    c.deleteSubject("s", false);
    assertThatThrownBy(() -> c.latestVersion("s")).isInstanceOf(SchemaRegistryException.class)
        .extracting(e -> ((SchemaRegistryException) e).errorCode()).isEqualTo(40401);
    c.register("s", V1);
    assertThat(calls("register")).isEqualTo(2);
  }

  @Test
  void concurrentRequestsForOneIdAskTheRegistryOnce() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] body = ("{\"schema\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(V1)
          + "}").getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (CachedSchemaRegistryClient c = new CachedSchemaRegistryClient(rest(
        "http://127.0.0.1:" + server.getAddress().getPort()), 10, -1, 10)) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<RegisteredSchema>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> {
          go.await();
          return c.schemaById(5);
        }));
      }
      go.countDown();
      for (Future<RegisteredSchema> f : answers) {
        assertThat(f.get().schema()).isEqualTo(V1);
      }
      assertThat(requests.get()).isEqualTo(1);

      // the registry goes away: what is cached keeps serving, the rest fails clearly
      server.stop(0);
      assertThat(c.schemaById(5).schema()).isEqualTo(V1);
      assertThatThrownBy(() -> c.schemaById(6)).isInstanceOf(SchemaRegistryException.class)
          .extracting(e -> ((SchemaRegistryException) e).httpStatus()).isEqualTo(0);
    } finally {
      pool.shutdownNow();
      server.stop(0);
    }
  }

  @Test
  void registeredIdsKeepServingWhileTheRegistryIsDown() throws IOException {
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/", ex -> {
      ex.getRequestBody().readAllBytes();
      byte[] body = "{\"id\":12}".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try (CachedSchemaRegistryClient c = new CachedSchemaRegistryClient(rest(
        "http://127.0.0.1:" + server.getAddress().getPort()), 10, -1, 10)) {
      assertThat(c.register("s", V1)).isEqualTo(12);
      server.stop(0);
      assertThat(c.register("s", V1)).isEqualTo(12);
      assertThat(c.schemaById(12).schema()).isEqualTo(V1);
      assertThatThrownBy(() -> c.register("s", V2)).isInstanceOf(SchemaRegistryException.class)
          .hasMessageContaining("could not connect");
    } finally {
      server.stop(0);
    }
  }

  static RestSchemaRegistryClient rest(String url) {
    return new RestSchemaRegistryClient(HttpClientSettings.from(RegistryClientConfig.parse(Map.of(
        RegistryClientConfig.SCHEMA_REGISTRY_URL, url, RegistryClientConfig.MAX_RETRIES, 1,
        RegistryClientConfig.RETRIES_WAIT_MS, 5))));
  }

  @Test
  void theSchemaTypeIsPartOfWhatIsCachedAndRemembered() {
    String json = "{\"type\":\"object\"}";
    CachedSchemaRegistryClient c = new CachedSchemaRegistryClient(counting(), 10, -1, 10);
    int id = c.register("j", SchemaRegistryClient.JSON, json, List.of(), false);
    assertThat(c.register("j", SchemaRegistryClient.JSON, json, List.of(), false)).isEqualTo(id);
    assertThat(calls("register")).isEqualTo(1);
    assertThat(c.schemaById(id).schemaType()).isEqualTo("JSON");
    assertThat(calls("schemaById")).isZero();
    assertThat(c.lookUp("j", "JSON", json, List.of(), false).schemaType()).isEqualTo("JSON");
    // the same text as another type is another question for the registry (here: not Avro)
    assertThatThrownBy(() -> c.lookUp("j", "AVRO", json, List.of(), false))
        .isInstanceOf(SchemaRegistryException.class);
    assertThat(calls("lookUp")).isEqualTo(2);
  }
}
