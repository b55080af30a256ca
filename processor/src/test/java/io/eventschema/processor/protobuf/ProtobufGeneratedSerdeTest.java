package io.eventschema.processor.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.SeededValues;
import io.eventschema.protobuf.ProtobufEventCodec;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryClient;
import java.util.Arrays;
import java.util.Map;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generated Protobuf serdes end to end with the mock registry: the .proto registered as
 * PROTOBUF, Confluent's framing with the 0x00 message index, and the deserializer reading it back.
 */
class ProtobufGeneratedSerdeTest {
  private static final String SCOPE = "protobuf-generated-serde";
  private static final Compilation COMPILATION = Compile.succeeded(ProtobufSources.all());
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(SCOPE);
  }

  @Test
  @SuppressWarnings("unchecked")
  void generatedSerdeRoundTripsEveryTestEventThroughTheMockRegistry() throws Exception {
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);
    Map<String, Object> config = Map.of("schema.registry.url", "mock://" + SCOPE);
    long seed = Long.getLong("eventschema.seed", 20261201L);
    SeededValues values = new SeededValues(seed);
    for (String event : ProtobufSources.EVENTS) {
      Class<?> type = CLASSES.load("com.acme.proto." + event);
      Serde<Object> serde = (Serde<Object>) CLASSES.load("com.acme.proto." + event
          + "ProtobufSerde").getConstructor(SchemaRegistryClient.class).newInstance(registry);
      serde.configure(config, false);
      Serializer<Object> serializer = serde.serializer();
      Deserializer<Object> deserializer = serde.deserializer();
      ProtobufEventCodec<Object> codec = (ProtobufEventCodec<Object>) CLASSES.load(
          "com.acme.proto." + event + "ProtobufCodec").getField("INSTANCE").get(null);
      Schema avro = new Schema.Parser().parse(Compile.generatedText(COMPILATION,
          StandardLocation.CLASS_OUTPUT, "META-INF/avro/com.acme.proto." + event + ".avsc"));
      for (int i = 0; i < 20; i++) {
        Object value = type.isInterface() ? values.sealed(type, avro)
            : values.record(type, avro);
        byte[] bytes = serializer.serialize("t-" + event, value);
        int id = registry.latestVersion("t-" + event + "-value").id();
        assertThat(registry.latestVersion("t-" + event + "-value").schemaType())
            .isEqualTo("PROTOBUF");
        assertThat(registry.latestVersion("t-" + event + "-value").schema())
            .isEqualTo(ProtobufSources.protoText(COMPILATION, event));
        assertThat(Arrays.copyOf(bytes, 6)).as("seed %d", seed)
            .containsExactly(0, id >>> 24, id >>> 16, id >>> 8, id, 0);
        byte[] message = Arrays.copyOfRange(bytes, 6, bytes.length);
        assertThat(message).isEqualTo(ProtobufOracleTest.encode(codec, value));
        Object read = deserializer.deserialize("t-" + event, bytes);
        assertThat(ProtobufOracleTest.encode(codec, read)).as("seed %d %s", seed, value)
            .isEqualTo(message);
      }
    }
  }
}
