package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JSON-only event end to end: produced and consumed through a real broker with the generated
 * JSON Schema serdes (named by class, as a user does), its schema auto-registered in a real
 * registry with schemaType JSON; then the generated schema's evolution under the registry's own
 * JSON Schema check.
 */
@ExtendWith({ApicurioRegistry.class, KafkaBroker.class})
class JsonEndToEndIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String generatedSchema() throws Exception {
    try (InputStream in = ParcelTracked.class.getResourceAsStream(
        "/META-INF/json-schema/io.eventschema.it.ParcelTracked.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void produceThenConsumeWithTheGeneratedJsonSerdes(ApicurioRegistry registry, KafkaBroker broker)
      throws Exception {
    String topic = "tracking-" + System.nanoTime();
    Clients.createTopic(broker, topic);
    List<ParcelTracked> sent = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      sent.add(new ParcelTracked("p-" + i, Instant.parse("2026-12-01T10:00:00Z").plusSeconds(i),
          i % 2 == 0 ? Optional.empty() : Optional.of("note " + i), List.of("hub-" + i, "hub-x")));
    }
    try (KafkaProducer<String, ParcelTracked> p = new KafkaProducer<>(
        Clients.producer(broker, registry, ParcelTrackedJsonSchemaSerializer.class))) {
      for (ParcelTracked e : sent) {
        p.send(new ProducerRecord<>(topic, e.parcelId(), e)).get();
      }
    }

    Properties consumer = Clients.consumer(broker, registry, "it-" + topic,
        ParcelTrackedJsonSchemaDeserializer.class);
    consumer.put("json.fail.invalid.schema", "true");
    List<ParcelTracked> received = Clients.poll(consumer, topic, sent.size());
    assertThat(received).containsExactlyElementsOf(sent);

    try (SchemaRegistryClient client = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(Map.of("schema.registry.url", registry.ccompatUrl())))) {
      RegisteredSchema latest = client.latestVersion(topic + "-value");
      assertThat(latest.version()).isEqualTo(1);
      assertThat(latest.schemaType()).isEqualTo("JSON");
      assertThat(MAPPER.readTree(latest.schema())).isEqualTo(MAPPER.readTree(generatedSchema()));

      consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "raw-" + topic);
      consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
          ByteArrayDeserializer.class.getName());
      List<byte[]> raw = Clients.poll(consumer, topic, sent.size());
      assertThat(raw).hasSize(sent.size());
      for (byte[] r : raw) {
        assertThat(r[0]).isZero();
        assertThat(ByteBuffer.wrap(r, 1, 4).getInt()).isEqualTo(latest.id());
        JsonNode json = MAPPER.readTree(new String(r, 5, r.length - 5, StandardCharsets.UTF_8));
        assertThat(json.get("parcel_id").asText()).startsWith("p-");
      }
    }
  }

  @Test
  void theGeneratedSchemaEvolvesUnderTheRegistrysJsonSchemaCheck(ApicurioRegistry registry)
      throws Exception {
    String subject = "tracking-evolution-" + System.nanoTime() + "-value";
    ObjectNode v1 = (ObjectNode) MAPPER.readTree(generatedSchema());
    ObjectNode optional = v1.deepCopy();
    ((ObjectNode) optional.get("properties")).set("carrier", MAPPER.readTree(
        "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}],\"default\":null}"));
    ObjectNode required = optional.deepCopy();
    ((ObjectNode) required.get("properties")).set("depot", MAPPER.readTree(
        "{\"type\":\"string\"}"));
    ((ArrayNode) required.get("required")).add("depot");
    try (SchemaRegistryClient client = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(Map.of("schema.registry.url", registry.ccompatUrl())))) {
      client.setCompatibility(subject, "BACKWARD");
      client.register(subject, SchemaRegistryClient.JSON, generatedSchema(), List.of(), false);
      assertThat(client.testCompatibility(subject, "latest", SchemaRegistryClient.JSON,
          optional.toString(), List.of()).compatible())
          .as("an optional property added to the generated schema").isTrue();
      client.register(subject, SchemaRegistryClient.JSON, optional.toString(), List.of(), false);
      assertThat(client.testCompatibility(subject, "latest", SchemaRegistryClient.JSON,
          required.toString(), List.of()).compatible())
          .as("a required property added to the generated schema").isFalse();
    }
  }
}
