package io.eventschema.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka client set-up for the broker tests: properties as a user writes them, topic, polling. */
final class Clients {
  private Clients() {}

  static void createTopic(KafkaBroker broker, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
  }

  /** String keys, {@code valueSerializer} named by class, the registry's URL. */
  static Properties producer(KafkaBroker broker, ApicurioRegistry registry,
      Class<?> valueSerializer) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer.getName());
    p.put("schema.registry.url", registry.ccompatUrl());
    return p;
  }

  /** From the earliest offset, group {@code group}, {@code valueDeserializer} named by class. */
  static Properties consumer(KafkaBroker broker, ApicurioRegistry registry, String group,
      Class<?> valueDeserializer) {
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer.getName());
    c.put("schema.registry.url", registry.ccompatUrl());
    return c;
  }

  /** Polls {@code topic} until {@code count} values arrived or a minute passed. */
  static <T> List<T> poll(Properties consumer, String topic, int count) {
    List<T> out = new ArrayList<>();
    try (KafkaConsumer<String, T> c = new KafkaConsumer<>(consumer)) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (out.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, T> r : c.poll(Duration.ofMillis(500))) {
          out.add(r.value());
        }
      }
    }
    return out;
  }
}
