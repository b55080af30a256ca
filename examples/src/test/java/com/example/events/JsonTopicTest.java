package com.example.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.EventValidationException;
import io.eventschema.serde.MalformedEventException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference event on a JSON topic, black-box through the generated JSON Schema serdes and the
 * in-memory registry, as a user's code calls them, next to the Avro topic of the same event.
 */
class JsonTopicTest {
  private static final String TOPIC = "interactions-json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private String scope;
  private Map<String, Object> config;
  private UserInteractionEventJsonSchemaSerializer serializer;
  private UserInteractionEventJsonSchemaDeserializer deserializer;

  @BeforeEach
  void setUp() {
    scope = "json-topic-" + UUID.randomUUID();
    config = Map.of("schema.registry.url", "mock://" + scope);
    serializer = new UserInteractionEventJsonSchemaSerializer();
    serializer.configure(config, false);
    deserializer = new UserInteractionEventJsonSchemaDeserializer();
    deserializer.configure(config, false);
  }

  @AfterEach
  void tearDown() {
    serializer.close();
    deserializer.close();
    MockSchemaRegistryClient.dropScope(scope);
  }

  private MockSchemaRegistryClient registry() {
    return MockSchemaRegistryClient.forScope(scope);
  }

  private static String body(byte[] framed) {
    return new String(framed, 5, framed.length - 5, StandardCharsets.UTF_8);
  }

  private static byte[] framed(int id, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(5 + body.length).put((byte) 0).putInt(id).put(body).array();
  }

  private static String schemaResource() throws IOException {
    try (InputStream in = UserInteractionEvent.class.getResourceAsStream(
        "/META-INF/json-schema/com.example.events.UserInteractionEvent.schema.json")) {
      assertThat(in).as("the generated JSON Schema resource").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesConfluentsJsonSchemaWireFormatWithSnakeCaseProperties() throws IOException {
    UserInteractionEvent event = SerdeRoundTripTest.valid();
    byte[] bytes = serializer.serialize(TOPIC, event);
    assertThat(bytes[0]).isZero();
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    RegisteredSchema registered = registry().latestVersion(TOPIC + "-value");
    assertThat(registered.id()).isEqualTo(id);
    assertThat(registered.schemaType()).isEqualTo("JSON");
    assertThat(registered.schema()).isEqualTo(schemaResource());

    JsonNode json = MAPPER.readTree(body(bytes));
    assertThat(json.get("user_id").asLong()).isEqualTo(42);
    assertThat(json.get("interaction_type").asText()).isEqualTo("click");
    assertThat(json.get("timestamp").asText()).isEqualTo("2026-11-28T10:15:30.123456Z");
    assertThat(json.get("session_id").asText()).isEqualTo("s-1");
    assertThat(json.get("details").get("page").asText()).isEqualTo("home");
    assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(event);
  }

  @Test
  void absentOptionalAndNullableFieldsRoundTrip() {
    UserInteractionEvent sparse = new UserInteractionEvent(1, "view", null,
        Instant.parse("2026-11-28T10:15:30Z"), Optional.empty(), null);
    assertThat(deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, sparse)))
        .isEqualTo(sparse);
  }

  @Test
  void readsWhatAnotherClientWritesInAnyOrderWithoutOptionalProperties() {
    int id = ByteBuffer.wrap(serializer.serialize(TOPIC, SerdeRoundTripTest.valid()), 1, 4)
        .getInt();
    String python = "{\"timestamp\": \"2026-11-28T10:15:30.5+00:00\", \"interaction_type\":"
        + " \"purchase\", \"user_id\": 7}";
    UserInteractionEvent read = deserializer.deserialize(TOPIC, framed(id, python));
    assertThat(read).isEqualTo(new UserInteractionEvent(7, "purchase", null,
        Instant.parse("2026-11-28T10:15:30.5Z"), Optional.empty(), null));
  }

  @Test
  void theSchemaIdCanTravelInAHeaderAsForAvro() {
    RecordHeaders headers = new RecordHeaders();
    UserInteractionEventJsonSchemaSerializer s = new UserInteractionEventJsonSchemaSerializer();
    s.configure(Map.of("schema.registry.url", "mock://" + scope,
        "value.schema.id.serializer", "HeaderSchemaIdSerializer"), false);
    byte[] bytes = s.serialize(TOPIC, headers, SerdeRoundTripTest.valid());
    assertThat((char) bytes[0]).isEqualTo('{');
    assertThat(headers.lastHeader("__value_schema_id")).isNotNull();
    assertThat(deserializer.deserialize(TOPIC, headers, bytes))
        .isEqualTo(SerdeRoundTripTest.valid());
  }

  @Test
  void invalidEventsAreRejectedWithTheSameViolationsAsOnTheAvroTopic() {
    UserInteractionEvent invalid = new UserInteractionEvent(-1, " ", null,
        Instant.parse("2026-11-28T10:15:30Z"), Optional.of("x".repeat(65)), null);
    EventValidationException json = (EventValidationException) org.assertj.core.api.Assertions
        .catchThrowable(() -> serializer.serialize(TOPIC, invalid));
    UserInteractionEventSerializer avroSerializer = new UserInteractionEventSerializer();
    avroSerializer.configure(config, false);
    EventValidationException avro = (EventValidationException) org.assertj.core.api.Assertions
        .catchThrowable(() -> avroSerializer.serialize("interactions", invalid));
    assertThat(json).isNotNull();
    assertThat(json.violations()).isNotEmpty().isEqualTo(avro.violations());
    assertThat(registry().subjects()).isEmpty();
  }

  @Test
  void invalidPayloadsAreRejectedOnTheConsumerSide() {
    byte[] good = serializer.serialize(TOPIC, SerdeRoundTripTest.valid());
    int id = ByteBuffer.wrap(good, 1, 4).getInt();
    byte[] negative = framed(id, body(good).replace("\"user_id\":42", "\"user_id\":-42"));
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, negative))
        .isInstanceOf(EventValidationException.class).hasMessageContaining("userId");
  }

  @Test
  void malformedJsonNamesTheJsonPathTopicSubjectAndSchemaId() {
    byte[] good = serializer.serialize(TOPIC, SerdeRoundTripTest.valid());
    int id = ByteBuffer.wrap(good, 1, 4).getInt();
    byte[] bad = framed(id, body(good).replace("\"page\":\"home\"", "\"page\":7"));
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bad))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("$.details.page: expected a string, found an integer")
        .hasMessageContaining("[topic 'interactions-json', value, subject"
            + " 'interactions-json-value', schema id " + id + "]");
    byte[] missing = framed(id, "{\"user_id\":1,\"interaction_type\":\"x\"}");
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, missing))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("$.timestamp: the required property is missing");
  }

  @Test
  void anAvroPayloadOnTheJsonTopicAndTheReverseAreTypedErrors() {
    UserInteractionEventSerializer avroSerializer = new UserInteractionEventSerializer();
    avroSerializer.configure(config, false);
    byte[] avro = avroSerializer.serialize("interactions", SerdeRoundTripTest.valid());
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, avro))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageStartingWith("the writer's schema is of type AVRO, not JSON");
    UserInteractionEventDeserializer avroDeserializer = new UserInteractionEventDeserializer();
    avroDeserializer.configure(config, false);
    byte[] json = serializer.serialize(TOPIC, SerdeRoundTripTest.valid());
    assertThatThrownBy(() -> avroDeserializer.deserialize(TOPIC, json))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageStartingWith("the writer's schema is of type JSON, not AVRO");
  }

  @Test
  void failInvalidSchemaValidatesPayloadsWithTheJsonSchema() {
    UserInteractionEventJsonSchemaDeserializer strict = new UserInteractionEventJsonSchemaDeserializer();
    strict.configure(Map.of("schema.registry.url", "mock://" + scope,
        "json.fail.invalid.schema", true, "eventschema.validate.on.deserialize", false), false);
    byte[] good = serializer.serialize(TOPIC, SerdeRoundTripTest.valid());
    assertThat(strict.deserialize(TOPIC, good)).isEqualTo(SerdeRoundTripTest.valid());
    int id = ByteBuffer.wrap(good, 1, 4).getInt();
    byte[] tooLong = framed(id, body(good).replace("\"click\"", "\"" + "c".repeat(40) + "\""));
    assertThatThrownBy(() -> strict.deserialize(TOPIC, tooLong))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("does not validate against the writer's JSON Schema")
        .hasMessageContaining("interaction_type");
  }

  @Test
  void theGeneratedSerdeWorksForKafkaStreams() {
    try (UserInteractionEventJsonSchemaSerde serde = new UserInteractionEventJsonSchemaSerde()) {
      serde.configure(config, false);
      byte[] bytes = serde.serializer().serialize(TOPIC, SerdeRoundTripTest.valid());
      assertThat(serde.deserializer().deserialize(TOPIC, bytes))
          .isEqualTo(SerdeRoundTripTest.valid());
    }
  }
}
