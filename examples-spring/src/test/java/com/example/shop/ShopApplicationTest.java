package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventsSerializer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The shop application as Boot starts it from application.properties, on spring-kafka's embedded
 * broker and the mock:// registry: four events on four topics in three formats (Avro, JSON
 * Schema, Protobuf) through the one auto-configured template and EventsDeserializer; garbage bytes, an invalid event and an unknown schema id each
 * end on the dead-letter topic with the eventschema exception's message in its headers, and the
 * listener goes on with the next record.
 */
@SpringBootTest(properties = {
    "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
    "spring.kafka.properties.schema.registry.url=mock://" + ShopApplicationTest.REGISTRY})
@EmbeddedKafka(kraft = true, partitions = 1, topics = {ShopProducer.ORDERS, ShopProducer.PAYMENTS,
    ShopProducer.SHIPMENTS, ShopProducer.STOCK, ShopApplicationTest.ORDERS_DLT})
class ShopApplicationTest {
  static final String REGISTRY = "shop-test";
  static final String ORDERS_DLT = ShopProducer.ORDERS + "-dlt";
  private static final Instant AT = Instant.parse("2026-03-04T05:06:07.123456Z");

  @Autowired ShopProducer producer;
  @Autowired ShopListeners listeners;
  @Autowired EmbeddedKafkaBroker broker;

  @Test
  void everyEventTravelsOnItsTopicInItsFormatThroughOneTemplateAndOneDeserializer()
      throws Exception {
    OrderPlaced order = new OrderPlaced("o-1", "c-1", 2, new BigDecimal("10.5"));
    PaymentReceived payment = new PaymentReceived("o-1", 1050, AT);
    ShipmentRequested shipment = new ShipmentRequested("o-1", "1 Main St", 1);
    StockReserved stock = new StockReserved("o-1", "SKU-9", 2);
    producer.placed(order).get(30, TimeUnit.SECONDS);
    producer.paid(payment).get(30, TimeUnit.SECONDS);
    producer.shipping(shipment).get(30, TimeUnit.SECONDS);
    producer.reserved(stock).get(30, TimeUnit.SECONDS);
    List<Object> got = take(4, o -> o instanceof OrderPlaced p && p.orderId().equals("o-1")
        || o instanceof PaymentReceived r && r.orderId().equals("o-1")
        || o instanceof ShipmentRequested s && s.orderId().equals("o-1")
        || o instanceof StockReserved k && k.orderId().equals("o-1"));
    // BigDecimal is read back at the schema's scale (2), as Avro does: 10.5 reads as 10.50
    assertThat(got).containsExactlyInAnyOrder(
        new OrderPlaced("o-1", "c-1", 2, new BigDecimal("10.50")), payment, shipment, stock);
    // each in its own format: the registry has the schema types the events declare
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(REGISTRY);
    assertThat(registry.latestVersion(ShopProducer.ORDERS + "-value").schemaType())
        .isEqualTo("AVRO");
    assertThat(registry.latestVersion(ShopProducer.SHIPMENTS + "-value").schemaType())
        .isEqualTo("JSON");
    assertThat(registry.latestVersion(ShopProducer.STOCK + "-value").schemaType())
        .isEqualTo("PROTOBUF");
  }

  @Test
  void poisonRecordsGoToTheDeadLetterTopicAndTheListenerGoesOn() throws Exception {
    byte[] garbage = "not an event".getBytes(StandardCharsets.UTF_8);
    byte[] invalid;
    try (EventsSerializer lenient = new EventsSerializer()) {
      lenient.configure(Map.of("schema.registry.url", "mock://" + REGISTRY,
          "eventschema.validate.on.serialize", false), false);
      invalid = lenient.serialize(ShopProducer.ORDERS,
          new OrderPlaced("o-bad", "c-2", 0, BigDecimal.ONE));
    }
    byte[] unknownId = {0, 0, 0, 0x7f, (byte) 0xff, 2, 'x'};
    try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        new StringSerializer(), new ByteArraySerializer())) {
      raw.send(new ProducerRecord<>(ShopProducer.ORDERS, "garbage", garbage)).get();
      raw.send(new ProducerRecord<>(ShopProducer.ORDERS, "invalid", invalid)).get();
      raw.send(new ProducerRecord<>(ShopProducer.ORDERS, "unknown-id", unknownId)).get();
    }
    OrderPlaced next = new OrderPlaced("o-after", "c-3", 1, new BigDecimal("1.00"));
    producer.placed(next).get(30, TimeUnit.SECONDS);
    assertThat(take(1, o -> o instanceof OrderPlaced p && p.orderId().equals("o-after")))
        .containsExactly(next);

    List<ConsumerRecord<String, byte[]>> dead = deadLetters(3);
    assertThat(dead).extracting(ConsumerRecord::key)
        .containsExactly("garbage", "invalid", "unknown-id");
    assertThat(dead).extracting(ConsumerRecord::value).containsExactly(garbage, invalid, unknownId);
    // the container wraps it in Spring's DeserializationException; the stack trace header keeps
    // the eventschema exception, class and message
    assertThat(header(dead.get(0), "kafka_dlt-exception-cause-fqcn"))
        .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
    assertThat(header(dead.get(0), "kafka_dlt-exception-stacktrace"))
        .contains("Caused by: io.eventschema.serde.MalformedEventException: ")
        .contains("[topic 'shop.orders', value, subject 'shop.orders-value']");
    assertThat(header(dead.get(1), "kafka_dlt-exception-stacktrace"))
        .contains("Caused by: io.eventschema.serde.EventValidationException: ")
        .contains("items");
    assertThat(header(dead.get(2), "kafka_dlt-exception-stacktrace"))
        .contains("Caused by: io.eventschema.serde.EventSerializationException: schema id 32767"
            + " is unknown to the registry");
  }

  /** The first {@code n} received events that match, waiting up to 30 s. */
  private List<Object> take(int n, java.util.function.Predicate<Object> match)
      throws InterruptedException {
    List<Object> got = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (got.size() < n && System.nanoTime() < deadline) {
      Object o = listeners.received().poll(200, TimeUnit.MILLISECONDS);
      if (o != null && match.test(o)) {
        got.add(o);
      }
    }
    return got;
  }

  private List<ConsumerRecord<String, byte[]>> deadLetters(int n) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition dlt = new TopicPartition(ORDERS_DLT, 0);
      consumer.assign(List.of(dlt));
      consumer.seekToBeginning(List.of(dlt));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (records.size() < n && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /** The last header {@code name} of a dead letter as text, or every header if it has none. */
  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    var h = record.headers().lastHeader(name);
    if (h == null) {
      return "no header " + name + "; headers: " + StreamSupport.stream(
          record.headers().spliterator(), false).map(x -> x.key()).collect(Collectors.joining(","));
    }
    return new String(h.value(), StandardCharsets.UTF_8);
  }
}
