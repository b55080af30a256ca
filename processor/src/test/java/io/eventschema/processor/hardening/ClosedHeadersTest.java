package io.eventschema.processor.hardening;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.serde.EventSerializationException;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** Header schema ids into headers that are already sent (read-only): a typed error saying so. */
class ClosedHeadersTest {
  private static final CompiledClasses CLASSES = new CompiledClasses(Compile.succeeded(
      Compile.source("com.acme.pings.Ping",
          "package com.acme.pings;",
          "import io.eventschema.Event;",
          "@Event(namespace = \"com.acme.pings\")",
          "public record Ping(String from) {}")));

  @Test
  void schemaIdIntoReadOnlyHeadersIsAnEventSerializationException() throws Exception {
    @SuppressWarnings("unchecked")
    Serializer<Object> producer = (Serializer<Object>) CLASSES.load(
        "com.acme.pings.PingSerializer").getConstructor().newInstance();
    producer.configure(Map.of("schema.registry.url", "mock://closed-headers",
        "value.schema.id.serializer", "HeaderSchemaIdSerializer"), false);
    Object ping = CLASSES.load("com.acme.pings.Ping").getDeclaredConstructors()[0]
        .newInstance("a");
    RecordHeaders headers = new RecordHeaders();
    headers.setReadOnly();
    assertThatThrownBy(() -> producer.serialize("pings", headers, ping))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("read-only")
        .hasMessageContaining("__value_schema_id")
        .hasMessageContaining("pings");
  }
}
