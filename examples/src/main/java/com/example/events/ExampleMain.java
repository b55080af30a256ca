package com.example.events;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.serde.EventValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The whole path in one run: starts a Kafka broker in this JVM, produces three events through the
 * generated serializer (which registers the schema), shows an invalid event rejected before
 * sending, then consumes and prints what arrived; then the same events on a JSON topic through the
 * generated JSON Schema serializer and deserializer.
 *
 * <p>Run: {@code mvn -q -pl examples -am install -DskipTests && mvn -q -pl examples exec:java}
 */
public final class ExampleMain {
  private static final String TOPIC = "user-interactions";
  private static final String JSON_TOPIC = "user-interactions-json";
  private static final String REGISTRY = "mock://example";

  private ExampleMain() {}

  public static void main(String[] args) throws Exception {
    System.out.println("Starting a Kafka broker (KRaft) in this JVM...");
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      System.out.println("Broker ready at " + kafka.bootstrapServers());
      run(kafka.bootstrapServers(), System.out::println);
    }
  }

  /** What the example consumed from each topic. */
  record Received(List<UserInteractionEvent> avro, List<UserInteractionEvent> json) {}

  /** Runs the example against a broker; returns the events consumed. */
  static Received run(String bootstrap, java.util.function.Consumer<String> log)
      throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<UserInteractionEvent> events = List.of(
        new UserInteractionEvent(42, "click", "item-7", now, Optional.of("s-1"),
            Map.of("page", "home")),
        new UserInteractionEvent(42, "view", null, now.plusMillis(5), Optional.empty(), null),
        new UserInteractionEvent(7, "purchase", "item-9", now.plusMillis(9), Optional.of("s-2"),
            Map.of("price", "19.99", "currency", "EUR")));

    Properties producerProps = ExampleProducer.properties(bootstrap, REGISTRY);
    ExampleProducer.send(producerProps, TOPIC, events);
    log.accept("Produced " + events.size() + " events to '" + TOPIC + "'");

    RegisteredSchema registered =
        MockSchemaRegistryClient.forScope("example").latestVersion(TOPIC + "-value");
    log.accept("Registered subject '" + TOPIC + "-value' version " + registered.version()
        + ", schema id " + registered.id() + ":\n" + registered.schema());

    UserInteractionEvent invalid =
        new UserInteractionEvent(-1, " ", null, now, Optional.of("x".repeat(65)), null);
    try (KafkaProducer<String, UserInteractionEvent> producer = new KafkaProducer<>(producerProps)) {
      producer.send(new ProducerRecord<>(TOPIC, "bad", invalid)).get();
      log.accept("BUG: the invalid event was sent");
    } catch (EventValidationException e) {
      log.accept("Invalid event rejected, nothing sent:\n" + e.getMessage());
    }

    List<UserInteractionEvent> received = ExampleConsumer.receive(
        ExampleConsumer.properties(bootstrap, REGISTRY, "example-" + System.nanoTime()), TOPIC,
        events.size(), Duration.ofSeconds(30));
    log.accept("Consumed " + received.size() + " events:");
    received.forEach(e -> log.accept("  " + e));

    // the same events as JSON (Confluent's JSON Schema wire format), on a topic of their own
    ExampleProducer.send(ExampleProducer.jsonProperties(bootstrap, REGISTRY), JSON_TOPIC, events);
    RegisteredSchema json =
        MockSchemaRegistryClient.forScope("example").latestVersion(JSON_TOPIC + "-value");
    log.accept("Produced " + events.size() + " events to '" + JSON_TOPIC + "'; registered subject '"
        + JSON_TOPIC + "-value' (schemaType " + json.schemaType() + "), schema id " + json.id());
    List<UserInteractionEvent> receivedJson = ExampleConsumer.receive(
        ExampleConsumer.jsonProperties(bootstrap, REGISTRY, "example-json-" + System.nanoTime()),
        JSON_TOPIC, events.size(), Duration.ofSeconds(30));
    log.accept("Consumed " + receivedJson.size() + " JSON events:");
    receivedJson.forEach(e -> log.accept("  " + e));
    return new Received(received, receivedJson);
  }
}
