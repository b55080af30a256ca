package io.eventschema.registry.http;

import static io.eventschema.registry.http.RestSchemaRegistryClientTest.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.registry.http.FakeRegistry.RawServer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Registry answers are read with a size bound (eventschema.registry.max.response.bytes): a larger
 * answer is a SchemaRegistryException at once, naming the key, and is not retried.
 */
class RegistryAnswerSizeTest {
  private static final long HUNDRED_MB = 100L * 1024 * 1024;
  private static final String MAX_RESPONSE_BYTES = "eventschema.registry.max.response.bytes";

  /** Writes {@code total} bytes of a JSON string body, with or without a Content-Length. */
  private static void hugeAnswer(java.net.Socket s, long total, boolean declared)
      throws java.io.IOException {
    OutputStream out = s.getOutputStream();
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + (declared ? "Content-Length: " + total + "\r\n" : "Transfer-Encoding: chunked\r\n")
        + "\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    chunk[0] = '"';
    for (long sent = 0; sent < total; sent += chunk.length) {
      if (declared) {
        out.write(chunk);
      } else {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      chunk[0] = 'a';
    }
    out.flush();
  }

  @Test
  void aHundredMegabyteAnswerIsRefusedAtOnceAndNotRetried() throws Exception {
    for (boolean declared : new boolean[] {true, false}) {
      try (RawServer huge = new RawServer((n, s) -> {
        RawServer.readRequest(s.getInputStream());
        hugeAnswer(s, HUNDRED_MB, declared);
      }); RestSchemaRegistryClient c = client(Map.of("max.retries", 3), huge.url())) {
        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
            () -> c.schemaById(1));
        assertThat(e).as("Content-Length given: %s", declared).isNotNull();
        assertThat(e.getMessage())
            .contains("HTTP 200", MAX_RESPONSE_BYTES,
                String.valueOf(16 * 1024 * 1024))
            .doesNotContain("gave up");
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(huge.connections.get()).as("connections").isEqualTo(1);
      }
    }
  }

  @Test
  void theBoundIsConfigurableAndAnswersBelowItAreRead() throws Exception {
    String schema = "{\"type\":\"string\",\"doc\":\"" + "d".repeat(3000) + "\"}";
    String body = "{\"schema\":" + RestSchemaRegistryClientTest.quoted(schema) + "}";
    try (FakeRegistry fake = new FakeRegistry(r -> FakeRegistry.Response.json(200, body));
        RestSchemaRegistryClient roomy = client(Map.of(MAX_RESPONSE_BYTES,
            body.length()), fake.url());
        RestSchemaRegistryClient tight = client(Map.of(MAX_RESPONSE_BYTES,
            body.length() - 1, "max.retries", 2), fake.url())) {
      assertThat(roomy.schemaById(5).schema()).isEqualTo(schema);
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> tight.schemaById(5));
      assertThat(e.getMessage()).contains(body.length() + " bytes (Content-Length)",
          "more than the " + (body.length() - 1) + " bytes read");
      assertThat(fake.requests).hasSize(2);
    }
  }
}
