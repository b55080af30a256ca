package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Produce and consume through a real broker with the generated serdes, named by class in the
 * client properties as a user does, auto-registering in a real registry.
 */
@ExtendWith({ApicurioRegistry.class, KafkaBroker.class})
class EndToEndIT {

  @Test
  void produceThenConsumeWithGeneratedSerdesAndAutoRegistration(ApicurioRegistry registry,
      KafkaBroker broker) throws Exception {
    String topic = "parcels-" + System.nanoTime();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    List<ParcelShipped> sent = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      sent.add(new ParcelShipped("p-" + i, 1000L * i + 7, i + 1));
    }

    Properties producer = new Properties();
    producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
        ParcelShippedSerializer.class.getName());
    producer.put("schema.registry.url", registry.ccompatUrl());
    try (KafkaProducer<String, ParcelShipped> p = new KafkaProducer<>(producer)) {
      for (ParcelShipped e : sent) {
        p.send(new ProducerRecord<>(topic, e.parcelId(), e)).get();
      }
    }

    Properties consumer = new Properties();
    consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
        ParcelShippedDeserializer.class.getName());
    consumer.put("schema.registry.url", registry.ccompatUrl());
    List<ParcelShipped> received = new ArrayList<>();
    try (KafkaConsumer<String, ParcelShipped> c = new KafkaConsumer<>(consumer)) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (received.size() < sent.size() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, ParcelShipped> r : c.poll(Duration.ofMillis(500))) {
          assertThat(r.key()).isEqualTo(r.value().parcelId());
          received.add(r.value());
        }
      }
    }
    assertThat(received).containsExactlyElementsOf(sent);

    // the serializer registered the event's schema under <topic>-value, and every record
    // carries that id in Confluent's framing
    try (SchemaRegistryClient client = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(Map.of("schema.registry.url", registry.ccompatUrl())))) {
      RegisteredSchema latest = client.latestVersion(topic + "-value");
      assertThat(latest.version()).isEqualTo(1);
      assertThat(new Schema.Parser().parse(latest.schema()))
          .isEqualTo(ParcelShippedCodec.INSTANCE.schema());
      consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "raw-" + topic);
      consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
          ByteArrayDeserializer.class.getName());
      int raw = 0;
      try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumer)) {
        c.subscribe(List.of(topic));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (raw < sent.size() && System.nanoTime() < deadline) {
          for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
            assertThat(r.value()[0]).isZero();
            assertThat(ByteBuffer.wrap(r.value(), 1, 4).getInt()).isEqualTo(latest.id());
            raw++;
          }
        }
      }
      assertThat(raw).isEqualTo(sent.size());
    }
  }

  @Test
  void schemaIdInRecordHeadersThroughTheBroker(ApicurioRegistry registry, KafkaBroker broker)
      throws Exception {
    String topic = "parcels-headers-" + System.nanoTime();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    ParcelShipped event = new ParcelShipped("h-1", 42L, 2);
    Properties producer = new Properties();
    producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
        ParcelShippedSerializer.class.getName());
    producer.put("schema.registry.url", registry.ccompatUrl());
    producer.put("value.schema.id.serializer",
        "io.confluent.kafka.serializers.schema.id.HeaderSchemaIdSerializer");
    try (KafkaProducer<String, ParcelShipped> p = new KafkaProducer<>(producer)) {
      p.send(new ProducerRecord<>(topic, event.parcelId(), event)).get();
    }

    Properties consumer = new Properties();
    consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class.getName());
    ConsumerRecord<String, byte[]> record = null;
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumer)) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (record == null && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
          record = r;
        }
      }
    }
    assertThat(record).isNotNull();
    byte[] header = record.headers().lastHeader("__value_schema_id").value();
    try (SchemaRegistryClient client = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(Map.of("schema.registry.url", registry.ccompatUrl())));
        ParcelShippedDeserializer deserializer = new ParcelShippedDeserializer()) {
      int id = client.latestVersion(topic + "-value").id();
      assertThat(header).hasSize(5);
      assertThat(header[0]).isZero();
      assertThat(ByteBuffer.wrap(header, 1, 4).getInt()).isEqualTo(id);
      // the body is the bare Avro record: "h-1" is its first field, length 3 zigzag = 6
      assertThat(record.value()[0]).isEqualTo((byte) 6);
      deserializer.configure(Map.of("schema.registry.url", registry.ccompatUrl()), false);
      assertThat(deserializer.deserialize(topic, record.headers(), record.value()))
          .isEqualTo(event);
    }
  }
}
