package io.eventschema.processor.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.WireBytes;
import io.eventschema.serde.MalformedEventException;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * Arrays and maps of items that take no bytes (an empty record): valid events read back however
 * many items they hold, and a payload cannot declare more items than eventschema.max.items in all,
 * however it splits them into blocks.
 */
class ZeroWidthItemsTest {
  private static final CompiledClasses CLASSES = new CompiledClasses(Compile.succeeded(
      Compile.source("com.acme.ticks.Tick",
          "package com.acme.ticks;",
          "public record Tick() {}"),
      Compile.source("com.acme.ticks.Ticks",
          "package com.acme.ticks;",
          "import io.eventschema.Event;",
          "import java.util.List;",
          "import java.util.Map;",
          "@Event(namespace = \"com.acme.ticks\")",
          "public record Ticks(List<Tick> ticks, List<Integer> ints, Map<String, Tick> byName) {}")));

  private static Serializer<Object> serializer(String scope, Map<String, Object> extra)
      throws Exception {
    @SuppressWarnings("unchecked")
    Serializer<Object> s = (Serializer<Object>) CLASSES.load("com.acme.ticks.TicksSerializer")
        .getConstructor().newInstance();
    Map<String, Object> config = new LinkedHashMap<>(extra);
    config.put("schema.registry.url", "mock://" + scope);
    s.configure(config, false);
    return s;
  }

  private static Deserializer<Object> deserializer(String scope, Map<String, Object> extra)
      throws Exception {
    @SuppressWarnings("unchecked")
    Deserializer<Object> d = (Deserializer<Object>) CLASSES.load(
        "com.acme.ticks.TicksDeserializer").getConstructor().newInstance();
    Map<String, Object> config = new LinkedHashMap<>(extra);
    config.put("schema.registry.url", "mock://" + scope);
    d.configure(config, false);
    return d;
  }

  private static Object tick() throws Exception {
    return CLASSES.load("com.acme.ticks.Tick").getDeclaredConstructors()[0].newInstance();
  }

  private static Object ticks(List<Object> ticks, List<Integer> ints, Map<String, Object> byName)
      throws Exception {
    Constructor<?> c = CLASSES.load("com.acme.ticks.Ticks").getDeclaredConstructors()[0];
    return c.newInstance(ticks, ints, byName);
  }

  @Test
  void fourEmptyRecordsInThreeBytesReadBack() throws Exception {
    Object t = tick();
    Object event = ticks(List.of(t, t, t, t), List.of(), Map.of());
    byte[] bytes = serializer("zero-width-four", Map.of()).serialize("ticks", event);
    assertThat(deserializer("zero-width-four", Map.of()).deserialize("ticks", bytes))
        .isEqualTo(event);
  }

  @Test
  void randomEventsOfEmptyRecordsAlwaysReadBack() throws Exception {
    long seed = 20261201L;
    Random random = new Random(seed);
    Serializer<Object> producer = serializer("zero-width-random", Map.of());
    Deserializer<Object> consumer = deserializer("zero-width-random", Map.of());
    Object t = tick();
    for (int i = 0; i < 900; i++) {
      List<Object> items = new ArrayList<>();
      for (int k = random.nextInt(2000); k > 0; k--) {
        items.add(t);
      }
      List<Integer> ints = new ArrayList<>();
      for (int k = random.nextInt(5); k > 0; k--) {
        ints.add(random.nextInt());
      }
      Map<String, Object> byName = new LinkedHashMap<>();
      for (int k = random.nextInt(5); k > 0; k--) {
        byName.put("k" + random.nextInt(100), t);
      }
      Object event = ticks(items, ints, byName);
      byte[] bytes = producer.serialize("ticks", event);
      assertThat(consumer.deserialize("ticks", bytes))
          .as("event %d of seed %d (%d ticks)", i, seed, items.size()).isEqualTo(event);
    }
  }

  /** A 16 KB payload of blocks that each declare as many empty records as bytes are left. */
  @Test
  void inflatedBlocksOfEmptyRecordsFailFastInsteadOfRunningOutOfMemory() throws Exception {
    byte[] valid = serializer("zero-width-inflated", Map.of()).serialize("ticks",
        ticks(List.of(), List.of(), Map.of()));
    WireBytes w = WireBytes.prefixed(WireBytes.schemaId(valid));
    while (w.size() < 16_000) {
      w.varint(16_000 - w.size());
    }
    w.varint(0).varint(0).varint(0);
    byte[] payload = w.bytes();
    Deserializer<Object> consumer = deserializer("zero-width-inflated", Map.of());
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThatThrownBy(() -> consumer.deserialize("ticks", payload))
            .isInstanceOf(MalformedEventException.class)
            .hasMessageContaining("eventschema.max.items")
            .hasMessageContaining("ticks"));
  }

  @Test
  void maxItemsCountsEveryBlockOfEveryCollection() throws Exception {
    Map<String, Object> limit = Map.of("eventschema.max.items", "10");
    Serializer<Object> producer = serializer("zero-width-limit", Map.of());
    Deserializer<Object> consumer = deserializer("zero-width-limit", limit);
    Object t = tick();
    Object tenItems = ticks(List.of(t, t, t, t, t, t), List.of(1, 2), Map.of("a", t, "b", t));
    assertThat(consumer.deserialize("ticks", producer.serialize("ticks", tenItems)))
        .isEqualTo(tenItems);
    Object elevenItems = ticks(List.of(t, t, t, t, t, t), List.of(1, 2, 3), Map.of("a", t, "b", t));
    byte[] bytes = producer.serialize("ticks", elevenItems);
    assertThatThrownBy(() -> consumer.deserialize("ticks", bytes))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("more than 10 collection items")
        .hasMessageContaining("eventschema.max.items");
  }
}
