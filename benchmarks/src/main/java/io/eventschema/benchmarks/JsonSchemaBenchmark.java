package io.eventschema.benchmarks;

import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.OrderPlacedJsonSchemaDeserializer;
import io.eventschema.benchmarks.events.OrderPlacedJsonSchemaSerializer;
import io.eventschema.benchmarks.events.UserInteractionEvent;
import io.eventschema.benchmarks.events.UserInteractionEventJsonSchemaDeserializer;
import io.eventschema.benchmarks.events.UserInteractionEventJsonSchemaSerializer;
import io.eventschema.json.JsonSchemaConfig;
import io.eventschema.json.JsonSchemaSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON Schema: the generated JSON serdes against what Confluent's KafkaJsonSchemaSerializer and
 * Deserializer do per message (Jackson databind {@code writeValueAsBytes} / {@code readValue} with
 * the 5-byte prefix; with {@code json.fail.invalid.schema}, a JsonNode validated first), on both
 * benchmark events. Bean Validation is off on every path (Confluent's serdes have none); the
 * {@code *Validated} rows check the payload against the JSON Schema, with the same validator
 * (networknt) on both sides.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonSchemaBenchmark {
  static final String TOPIC = "json-events";
  static final String REGISTRY = "mock://json-benchmarks";

  @Param({"UserInteractionEvent", "OrderPlaced"})
  String event;

  Object value;
  Class<?> type;
  Serializer<Object> serializer;
  Serializer<Object> validatedSerializer;
  Deserializer<Object> deserializer;
  Deserializer<Object> validatedDeserializer;
  DatabindJson databind;
  /** The event as eventschema writes it (databind writes the same JSON: see the tests). */
  byte[] bytes;

  @SuppressWarnings("unchecked")
  @Setup
  public void setUp() throws IOException {
    if (event.equals("OrderPlaced")) {
      value = Fixtures.order();
      type = OrderPlaced.class;
      serializer = (Serializer<Object>) (Serializer<?>) new OrderPlacedJsonSchemaSerializer();
      validatedSerializer = (Serializer<Object>) (Serializer<?>) new OrderPlacedJsonSchemaSerializer();
      deserializer = (Deserializer<Object>) (Deserializer<?>) new OrderPlacedJsonSchemaDeserializer();
      validatedDeserializer =
          (Deserializer<Object>) (Deserializer<?>) new OrderPlacedJsonSchemaDeserializer();
    } else {
      value = Fixtures.userInteraction();
      type = UserInteractionEvent.class;
      serializer = (Serializer<Object>) (Serializer<?>) new UserInteractionEventJsonSchemaSerializer();
      validatedSerializer =
          (Serializer<Object>) (Serializer<?>) new UserInteractionEventJsonSchemaSerializer();
      deserializer =
          (Deserializer<Object>) (Deserializer<?>) new UserInteractionEventJsonSchemaDeserializer();
      validatedDeserializer =
          (Deserializer<Object>) (Deserializer<?>) new UserInteractionEventJsonSchemaDeserializer();
    }
    serializer.configure(config(false), false);
    validatedSerializer.configure(config(true), false);
    deserializer.configure(config(false), false);
    validatedDeserializer.configure(config(true), false);
    bytes = serializer.serialize(TOPIC, value);
    databind = new DatabindJson(Serdes.schemaId(bytes),
        ((JsonSchemaSerializer<?>) (Serializer<?>) serializer).codec().schemaText());
  }

  static Map<String, Object> config(boolean validatePayloads) {
    Map<String, Object> m = new HashMap<>(Serdes.config(REGISTRY, false));
    m.put(JsonSchemaConfig.FAIL_INVALID_SCHEMA, validatePayloads);
    return m;
  }

  @TearDown
  public void tearDown() {
    serializer.close();
    validatedSerializer.close();
    deserializer.close();
    validatedDeserializer.close();
  }

  @Benchmark
  public byte[] serialize_eventschema() {
    return serializer.serialize(TOPIC, value);
  }

  @Benchmark
  public byte[] serialize_databind() throws IOException {
    return databind.write(value);
  }

  @Benchmark
  public byte[] serialize_eventschemaValidated() {
    return validatedSerializer.serialize(TOPIC, value);
  }

  @Benchmark
  public byte[] serialize_databindValidated() throws IOException {
    return databind.writeValidated(value);
  }

  @Benchmark
  public Object deserialize_eventschema() {
    return deserializer.deserialize(TOPIC, bytes);
  }

  @Benchmark
  public Object deserialize_databind() throws IOException {
    return databind.read(bytes, type);
  }

  @Benchmark
  public Object deserialize_eventschemaValidated() {
    return validatedDeserializer.deserialize(TOPIC, bytes);
  }

  @Benchmark
  public Object deserialize_databindValidated() throws IOException {
    return databind.readValidated(bytes, type);
  }
}
