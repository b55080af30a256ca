package io.eventschema.benchmarks;

import io.eventschema.benchmarks.events.OrderPlacedProtobufDeserializer;
import io.eventschema.benchmarks.events.OrderPlacedProtobufSerializer;
import io.eventschema.benchmarks.events.ProtobufUserInteractionEventProtobufDeserializer;
import io.eventschema.benchmarks.events.ProtobufUserInteractionEventProtobufSerializer;
import java.io.IOException;
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
 * Protobuf: the generated Protobuf serdes against the path a user would otherwise take, the
 * protoc-generated classes of the same {@code .proto} with the conversion to and from the record
 * ({@link ProtocPath}), both framed in Confluent's Protobuf wire format, on both benchmark
 * events. Bean Validation is off on every path (Confluent's serdes have none).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ProtobufBenchmark {
  static final String TOPIC = "protobuf-events";
  static final String REGISTRY = "mock://protobuf-benchmarks";

  @Param({"UserInteractionEvent", "OrderPlaced"})
  String event;

  Object value;
  Serializer<Object> serializer;
  Deserializer<Object> deserializer;
  ProtocPath<Object> protoc;
  /** The event as eventschema writes it (the protoc path writes the same bytes: see the tests). */
  byte[] bytes;

  @SuppressWarnings("unchecked")
  @Setup
  public void setUp() {
    if (event.equals("OrderPlaced")) {
      value = Fixtures.order();
      serializer = (Serializer<Object>) (Serializer<?>) new OrderPlacedProtobufSerializer();
      deserializer = (Deserializer<Object>) (Deserializer<?>) new OrderPlacedProtobufDeserializer();
    } else {
      value = Fixtures.protobufUserInteraction();
      serializer = (Serializer<Object>) (Serializer<?>)
          new ProtobufUserInteractionEventProtobufSerializer();
      deserializer = (Deserializer<Object>) (Deserializer<?>)
          new ProtobufUserInteractionEventProtobufDeserializer();
    }
    serializer.configure(Serdes.config(REGISTRY, false), false);
    deserializer.configure(Serdes.config(REGISTRY, false), false);
    bytes = serializer.serialize(TOPIC, value);
    int id = Serdes.schemaId(bytes);
    protoc = (ProtocPath<Object>) (ProtocPath<?>) (event.equals("OrderPlaced")
        ? new ProtocPath.Order(id) : new ProtocPath.UserInteraction(id));
  }

  @TearDown
  public void tearDown() {
    serializer.close();
    deserializer.close();
  }

  @Benchmark
  public byte[] serialize_eventschema() {
    return serializer.serialize(TOPIC, value);
  }

  @Benchmark
  public byte[] serialize_protoc() throws IOException {
    return protoc.write(value);
  }

  @Benchmark
  public Object deserialize_eventschema() {
    return deserializer.deserialize(TOPIC, bytes);
  }

  @Benchmark
  public Object deserialize_protoc() throws IOException {
    return protoc.read(bytes);
  }
}
