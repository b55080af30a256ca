package io.eventschema.processor.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.codec.Limits;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.WireBytes;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.MalformedEventException;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * Recursive records nest at most eventschema.max.depth deep, on read and on write: deeper is a
 * typed exception naming the field and the key, never a StackOverflowError.
 */
class NestingDepthTest {
  private static final CompiledClasses CLASSES = new CompiledClasses(Compile.succeeded(
      Compile.source("com.acme.chain.Chain",
          "package com.acme.chain;",
          "import io.eventschema.Event;",
          "import org.jspecify.annotations.Nullable;",
          "@Event(namespace = \"com.acme.chain\")",
          "public record Chain(@Nullable Link head) {",
          "  public record Link(int value, @Nullable Link next) {}",
          "}")));

  @SuppressWarnings("unchecked")
  private static <T> T configured(String className, String scope, Map<String, Object> extra)
      throws Exception {
    Object o = CLASSES.load(className).getConstructor().newInstance();
    Map<String, Object> config = new LinkedHashMap<>(extra);
    config.put("schema.registry.url", "mock://" + scope);
    if (o instanceof Serializer<?> s) {
      s.configure(config, false);
    } else {
      ((Deserializer<?>) o).configure(config, false);
    }
    return (T) o;
  }

  private static Object chain(int depth) throws Exception {
    Constructor<?> link = CLASSES.load("com.acme.chain.Chain$Link").getDeclaredConstructors()[0];
    Object head = null;
    for (int i = 0; i < depth; i++) {
      head = link.newInstance(i, head);
    }
    return CLASSES.load("com.acme.chain.Chain").getDeclaredConstructors()[0].newInstance(head);
  }

  private static int schemaId(String scope) throws Exception {
    Serializer<Object> s = configured("com.acme.chain.ChainSerializer", scope, Map.of());
    return WireBytes.schemaId(s.serialize("chains", chain(0)));
  }

  /** 10,000 links in 20 KB: each is union branch 1 and an int; the last link's next is null. */
  @Test
  void deeplyNestedPayloadIsMalformedNamingTheField() throws Exception {
    int id = schemaId("depth-read");
    byte[] payload = WireBytes.prefixed(id).repeat(10_000, 0x02, 0x00).varint(0).bytes();
    Deserializer<Object> consumer = configured("com.acme.chain.ChainDeserializer", "depth-read",
        Map.of());
    assertThatThrownBy(() -> consumer.deserialize("chains", payload))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("deeper than " + Limits.DEFAULT_MAX_DEPTH)
        .hasMessageContaining("Link.next")
        .hasMessageContaining("eventschema.max.depth");
  }

  @Test
  void deeplyNestedValueIsRefusedOnWriteNamingTheField() throws Exception {
    Serializer<Object> producer = configured("com.acme.chain.ChainSerializer", "depth-write",
        Map.of());
    Object deep = chain(30_000);
    assertThatThrownBy(() -> producer.serialize("chains", deep))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("deeper than " + Limits.DEFAULT_MAX_DEPTH)
        .hasMessageContaining("Link.next")
        .hasMessageContaining("eventschema.max.depth");
  }

  @Test
  void nestingUpToTheConfiguredDepthRoundTripsAndOneMoreIsRefused() throws Exception {
    Map<String, Object> limit = Map.of("eventschema.max.depth", "10");
    Serializer<Object> producer = configured("com.acme.chain.ChainSerializer", "depth-config",
        limit);
    Deserializer<Object> consumer = configured("com.acme.chain.ChainDeserializer",
        "depth-config", limit);
    Object ten = chain(10);
    assertThat(consumer.deserialize("chains", producer.serialize("chains", ten))).isEqualTo(ten);
    assertThatThrownBy(() -> producer.serialize("chains", chain(11)))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("deeper than 10 levels");
    Serializer<Object> unbounded = configured("com.acme.chain.ChainSerializer", "depth-config",
        Map.of());
    byte[] eleven = unbounded.serialize("chains", chain(11));
    assertThatThrownBy(() -> consumer.deserialize("chains", eleven))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("deeper than 10 levels");
  }

  @Test
  void defaultDepthRoundTrips() throws Exception {
    Serializer<Object> producer = configured("com.acme.chain.ChainSerializer", "depth-default",
        Map.of());
    Deserializer<Object> consumer = configured("com.acme.chain.ChainDeserializer",
        "depth-default", Map.of());
    Object deepest = chain(Limits.DEFAULT_MAX_DEPTH);
    byte[] bytes = producer.serialize("chains", deepest);
    // not isEqualTo: a record's own equals recurses through method handles, several frames a level
    assertThat(producer.serialize("chains", consumer.deserialize("chains", bytes)))
        .isEqualTo(bytes);
  }
}
