package io.eventschema.benchmarks;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.SerdeConfig;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.util.ClassSecurityValidator;

/** Setup shared by the benchmarks: serde configuration, the mock registry, sanity checks. */
final class Serdes {
  private Serdes() {}

  /**
   * Lets Avro's specific and reflect readers instantiate the benchmark's classes: Avro 1.12 only
   * loads classes it is told to trust.
   */
  static synchronized void trustAvroClasses() {
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
        ClassSecurityValidator.DEFAULT,
        ClassSecurityValidator.builder()
            .add(com.example.events.UserInteractionEvent.class)
            .add(com.example.orders.OrderPlaced.class)
            .add(com.example.orders.Address.class)
            .add(com.example.orders.LineItem.class)
            .add(com.example.orders.OrderStatus.class)
            .add(io.eventschema.benchmarks.reflect.UserInteractionEvent.class)
            .add(io.eventschema.benchmarks.reflect.OrderPlaced.class)
            .add(io.eventschema.benchmarks.reflect.Address.class)
            .add(io.eventschema.benchmarks.reflect.LineItem.class)
            .add(io.eventschema.benchmarks.reflect.OrderStatus.class)
            .build()));
  }

  static Map<String, Object> config(String registryUrl, boolean validate) {
    return Map.of(
        "schema.registry.url", registryUrl,
        SerdeConfig.VALIDATE_ON_SERIALIZE, validate,
        SerdeConfig.VALIDATE_ON_DESERIALIZE, validate);
  }

  static int schemaId(byte[] framed) {
    return ((framed[1] & 0xff) << 24) | ((framed[2] & 0xff) << 16) | ((framed[3] & 0xff) << 8)
        | (framed[4] & 0xff);
  }

  /** Registers a newer producer's schema in the mock registry and returns its id. */
  static int registerEvolved(String registryUrl, String topic, Schema evolved) {
    return MockSchemaRegistryClient.forScope(registryUrl.substring("mock://".length()))
        .register(topic + "-evolved-value", evolved.toString());
  }

  /** Fails unless both schemas have the same binary layout and names. */
  static void requireSame(Schema expected, Schema actual) {
    if (SchemaNormalization.parsingFingerprint64(expected)
        != SchemaNormalization.parsingFingerprint64(actual)) {
      throw new IllegalStateException("src/main/avro is out of date: the processor wrote\n"
          + expected + "\nbut Avro's plugin compiled\n" + actual);
    }
  }
}
