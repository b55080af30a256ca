package com.example.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Consumes {@link UserInteractionEvent}s with a generated deserializer (Avro's or JSON's). */
public final class ExampleConsumer {
  private ExampleConsumer() {}

  /** The consumer's properties: plain Kafka, plus the schema registry's URL. */
  public static Properties properties(String bootstrapServers, String registryUrl, String group) {
    return properties(bootstrapServers, registryUrl, group,
        UserInteractionEventDeserializer.class);
  }

  /** The same for the JSON topic: only the deserializer class differs. */
  public static Properties jsonProperties(String bootstrapServers, String registryUrl,
      String group) {
    return properties(bootstrapServers, registryUrl, group,
        UserInteractionEventJsonSchemaDeserializer.class);
  }

  private static Properties properties(String bootstrapServers, String registryUrl, String group,
      Class<?> valueDeserializer) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer.getName());
    props.put("schema.registry.url", registryUrl);
    return props;
  }

  /** Polls until {@code count} events arrived or {@code timeout} passed; returns what arrived. */
  public static List<UserInteractionEvent> receive(Properties props, String topic, int count,
      Duration timeout) {
    List<UserInteractionEvent> received = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, UserInteractionEvent> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      while (received.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, UserInteractionEvent> r : consumer.poll(Duration.ofMillis(200))) {
          received.add(r.value());
        }
      }
    }
    return received;
  }
}
