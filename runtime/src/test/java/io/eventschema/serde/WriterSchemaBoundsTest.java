package io.eventschema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.HotPathCacheTest.Point;
import io.eventschema.serde.HotPathCacheTest.PointCodec;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A writer schema from the registry is measured before Avro parses it (its parser is quadratic in
 * named types), and a writer schema that cannot be used is refused once per id, not parsed again
 * for every message.
 */
class WriterSchemaBoundsTest {
  /** A registry that answers every id with {@code schema} and counts the questions. */
  private static SchemaRegistryClient answering(String schema, AtomicInteger asked) {
    return (SchemaRegistryClient) Proxy.newProxyInstance(
        SchemaRegistryClient.class.getClassLoader(), new Class<?>[] {SchemaRegistryClient.class},
        (proxy, method, args) -> {
          if (method.getName().equals("schemaById")) {
            asked.incrementAndGet();
            return new RegisteredSchema(null, 0, (Integer) args[0], "AVRO", schema, List.of());
          }
          if (method.getName().equals("close")) {
            return null;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  private static final class Reader extends EventDeserializer<Point> {
    Reader(SchemaRegistryClient client) {
      super(PointCodec.INSTANCE, client, e -> List.of());
    }
  }

  /** A shallow schema of {@code n} named record types: a record with one field per type. */
  private static String manyNamedTypes(int n) {
    StringBuilder b = new StringBuilder("{\"type\":\"record\",\"name\":\"Point\",\"namespace\":"
        + "\"t\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"},{\"name\":\"label\",\"type\":"
        + "\"string\"}");
    for (int i = 0; i < n; i++) {
      b.append(",{\"name\":\"f").append(i).append("\",\"type\":[\"null\",{\"type\":\"record\","
          + "\"name\":\"R").append(i).append("\",\"fields\":[]}],\"default\":null}");
    }
    return b.append("]}").toString();
  }

  private static final byte[] PAYLOAD = {0, 0, 0, 0, 42, 2, 2, 'a'};

  @Test
  void aWriterSchemaOfTenThousandNamedTypesIsRefusedWithoutParsingIt() {
    AtomicInteger asked = new AtomicInteger();
    Reader reader = new Reader(answering(manyNamedTypes(10_000), asked));
    reader.configure(Map.of("schema.registry.url", "http://unused:1"), false);
    assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
      for (int i = 0; i < 3; i++) {
        assertThatThrownBy(() -> reader.deserialize("points", PAYLOAD))
            .isInstanceOf(EventSerializationException.class)
            .hasMessageContaining("more than " + SerdeConfig.DEFAULT_MAX_SCHEMA_NAMED_TYPES
                + " named types")
            .hasMessageContaining(SerdeConfig.MAX_SCHEMA_NAMED_TYPES)
            .hasMessageContaining("schema id 42");
      }
    });
    // refused once for the id, not fetched and measured again for each message
    assertThat(asked).hasValue(1);
  }

  @Test
  void theBoundIsConfigurableAndSchemasBelowItAreRead() {
    AtomicInteger asked = new AtomicInteger();
    Reader reader = new Reader(answering(manyNamedTypes(50), asked));
    reader.configure(Map.of("schema.registry.url", "http://unused:1",
        SerdeConfig.MAX_SCHEMA_NAMED_TYPES, "51"), false);
    // 50 added fields, each null: the writer's bytes are x, label, then 50 null branches
    byte[] payload = new byte[PAYLOAD.length + 50];
    System.arraycopy(PAYLOAD, 0, payload, 0, PAYLOAD.length);
    assertThat(reader.deserialize("points", payload)).isEqualTo(new Point(1, "a"));
    Reader strict = new Reader(answering(manyNamedTypes(50), asked));
    strict.configure(Map.of("schema.registry.url", "http://unused:1",
        SerdeConfig.MAX_SCHEMA_NAMED_TYPES, "50"), false);
    assertThatThrownBy(() -> strict.deserialize("points", payload))
        .hasMessageContaining("more than 50 named types");
  }

  @Test
  void anIncompatibleWriterIsRefusedOncePerId() {
    AtomicInteger asked = new AtomicInteger();
    String incompatible = "{\"type\":\"record\",\"name\":\"Point\",\"namespace\":\"t\","
        + "\"fields\":[{\"name\":\"x\",\"type\":\"string\"}]}";
    Reader reader = new Reader(answering(incompatible, asked));
    reader.configure(Map.of("schema.registry.url", "http://unused:1"), false);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> reader.deserialize("points", PAYLOAD))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("schema id 42");
    }
    assertThat(asked).hasValue(1);
  }
}
