package com.example.events;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces {@link UserInteractionEvent}s with nothing but Kafka properties: the generated
 * serializer (Avro's, or the JSON Schema one) is named by class, as any serializer is.
 */
public final class ExampleProducer {
  private ExampleProducer() {}

  /** The producer's properties: plain Kafka, plus the schema registry's URL. */
  public static Properties properties(String bootstrapServers, String registryUrl) {
    return properties(bootstrapServers, registryUrl, UserInteractionEventSerializer.class);
  }

  /** The same for the JSON topic: only the serializer class differs. */
  public static Properties jsonProperties(String bootstrapServers, String registryUrl) {
    return properties(bootstrapServers, registryUrl,
        UserInteractionEventJsonSchemaSerializer.class);
  }

  private static Properties properties(String bootstrapServers, String registryUrl,
      Class<?> valueSerializer) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer.getName());
    props.put("schema.registry.url", registryUrl);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return props;
  }

  /** Sends every event, keyed by user id, and waits for the broker to acknowledge each one. */
  public static void send(Properties props, String topic, List<UserInteractionEvent> events)
      throws Exception {
    try (KafkaProducer<String, UserInteractionEvent> producer = new KafkaProducer<>(props)) {
      for (UserInteractionEvent event : events) {
        producer.send(new ProducerRecord<>(topic, Long.toString(event.userId()), event)).get();
      }
    }
  }
}
