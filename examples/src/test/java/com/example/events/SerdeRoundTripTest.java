package com.example.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.EventValidationException;
import io.eventschema.validation.Violation;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated serdes end to end through the in-memory registry, as a user's code calls them. */
class SerdeRoundTripTest {
  private static final String TOPIC = "interactions";

  private String scope;
  private Map<String, Object> config;
  private UserInteractionEventSerializer serializer;
  private UserInteractionEventDeserializer deserializer;

  static UserInteractionEvent valid() {
    return new UserInteractionEvent(42, "click", "item-7",
        Instant.parse("2026-11-28T10:15:30.123456Z"), Optional.of("s-1"),
        Map.of("page", "home", "ab", "B"));
  }

  @BeforeEach
  void setUp() {
    scope = "roundtrip-" + UUID.randomUUID();
    config = Map.of("schema.registry.url", "mock://" + scope);
    serializer = new UserInteractionEventSerializer();
    serializer.configure(config, false);
    deserializer = new UserInteractionEventDeserializer();
    deserializer.configure(config, false);
  }

  @AfterEach
  void tearDown() {
    serializer.close();
    deserializer.close();
    MockSchemaRegistryClient.dropScope(scope);
  }

  @Test
  void roundTripsThroughTheWireFormat() {
    UserInteractionEvent event = valid();
    byte[] bytes = serializer.serialize(TOPIC, event);

    int id = MockSchemaRegistryClient.forScope(scope).latestVersion(TOPIC + "-value").id();
    assertThat(bytes[0]).isEqualTo((byte) 0);
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(event);
  }

  @Test
  void absentOptionalAndNullableFieldsRoundTrip() {
    UserInteractionEvent event = new UserInteractionEvent(1, "view", null,
        Instant.EPOCH, Optional.empty(), null);
    assertThat(deserializer.deserialize(TOPIC, serializer.serialize(TOPIC, event)))
        .isEqualTo(event);
  }

  @Test
  void nullInNullOut() {
    assertThat(serializer.serialize(TOPIC, null)).isNull();
    assertThat(deserializer.deserialize(TOPIC, null)).isNull();
  }

  @Test
  void registersUnderTopicNameStrategySubjectsOnce() {
    serializer.serialize(TOPIC, valid());
    serializer.serialize(TOPIC, valid());
    UserInteractionEventSerializer keys = new UserInteractionEventSerializer();
    keys.configure(config, true);
    keys.serialize(TOPIC, valid());

    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    assertThat(registry.subjects()).containsExactly(TOPIC + "-key", TOPIC + "-value");
    assertThat(registry.versions(TOPIC + "-value")).containsExactly(1);
    assertThat(registry.latestVersion(TOPIC + "-key").id())
        .isEqualTo(registry.latestVersion(TOPIC + "-value").id());
  }

  @Test
  void recordNameStrategyUsesTheFullName() {
    UserInteractionEventSerializer s = new UserInteractionEventSerializer();
    s.configure(Map.of("schema.registry.url", "mock://" + scope, "value.subject.name.strategy",
        "io.confluent.kafka.serializers.subject.RecordNameStrategy"), false);
    s.serialize(TOPIC, valid());
    assertThat(MockSchemaRegistryClient.forScope(scope).subjects())
        .containsExactly("com.example.events.UserInteractionEvent");
  }

  @Test
  void invalidEventIsRejectedBeforeAnythingIsWrittenAndListsEveryViolation() {
    UserInteractionEvent invalid = new UserInteractionEvent(0, "", "x".repeat(65),
        Instant.EPOCH, Optional.of("y".repeat(65)), null);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, invalid))
        .isInstanceOfSatisfying(EventValidationException.class, e -> {
          assertThat(e.topic()).isEqualTo(TOPIC);
          assertThat(e.subject()).isEqualTo(TOPIC + "-value");
          assertThat(e.violations()).extracting(Violation::propertyPath)
              .containsExactly("interactionType", "sessionId", "targetItemId", "userId");
          // beside the Java path, the schema's (fieldNaming = SNAKE_CASE), which Python knows
          assertThat(e.violations()).extracting(Violation::schemaPath)
              .containsExactly("interaction_type", "session_id", "target_item_id", "user_id");
          assertThat(e.violations()).extracting(Violation::invalidValue)
              .contains(0L, "", "x".repeat(65));
          assertThat(e.getMessage()).contains("4 violations",
              "userId (user_id): must be greater than 0");
        })
        .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
    // the rejected event never reached the registry either
    assertThat(MockSchemaRegistryClient.forScope(scope).subjects()).isEmpty();
  }

  @Test
  void nullInANonNullableFieldIsATypedErrorNotAnNpe() {
    UserInteractionEventSerializer unvalidated = new UserInteractionEventSerializer();
    unvalidated.configure(Map.of("schema.registry.url", "mock://" + scope,
        "eventschema.validate.on.serialize", false), false);
    UserInteractionEvent event = new UserInteractionEvent(1, null, null, Instant.EPOCH,
        Optional.empty(), null);
    assertThatThrownBy(() -> unvalidated.serialize(TOPIC, event))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("field 'interaction_type' is null")
        .hasMessageContaining("topic 'interactions'");
  }

  @Test
  void anEventThatFailsToEncodeLeavesTheCallersHeadersAlone() {
    UserInteractionEventSerializer headerIds = new UserInteractionEventSerializer();
    headerIds.configure(Map.of("schema.registry.url", "mock://" + scope,
        "eventschema.validate.on.serialize", false,
        "value.schema.id.serializer", "HeaderSchemaIdSerializer"), false);
    org.apache.kafka.common.header.internals.RecordHeaders headers =
        new org.apache.kafka.common.header.internals.RecordHeaders();
    UserInteractionEvent broken = new UserInteractionEvent(1, null, null, Instant.EPOCH,
        Optional.empty(), null);
    assertThatThrownBy(() -> headerIds.serialize(TOPIC, headers, broken))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("field 'interaction_type' is null");
    assertThat(headers.toArray()).isEmpty();

    byte[] bytes = headerIds.serialize(TOPIC, headers, valid());
    assertThat(headers.lastHeader("__value_schema_id")).isNotNull();
    assertThat(deserializer.deserialize(TOPIC, headers, bytes)).isEqualTo(valid());
  }

  @Test
  void invalidEventIsRejectedOnTheConsumerSideWithTopicAndSchemaId() {
    UserInteractionEventSerializer unvalidated = new UserInteractionEventSerializer();
    unvalidated.configure(Map.of("schema.registry.url", "mock://" + scope,
        "eventschema.validate.on.serialize", "false"), false);
    byte[] bytes = unvalidated.serialize(TOPIC,
        new UserInteractionEvent(-5, "click", null, Instant.EPOCH, Optional.empty(), null));
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
        .isInstanceOfSatisfying(EventValidationException.class, e -> {
          assertThat(e.schemaId()).isEqualTo(id);
          assertThat(e.topic()).isEqualTo(TOPIC);
          assertThat(e.violations()).singleElement()
              .satisfies(v -> {
                assertThat(v.propertyPath()).isEqualTo("userId");
                assertThat(v.invalidValue()).isEqualTo(-5L);
              });
          assertThat(e.getMessage()).contains("read from Kafka is invalid", "schema id " + id);
        });
  }

  @Test
  void validationCanBeTurnedOffOnTheConsumer() {
    UserInteractionEventSerializer unvalidated = new UserInteractionEventSerializer();
    unvalidated.configure(Map.of("schema.registry.url", "mock://" + scope,
        "eventschema.validate.on.serialize", "false"), false);
    UserInteractionEvent invalid =
        new UserInteractionEvent(-5, "click", null, Instant.EPOCH, Optional.empty(), null);
    byte[] bytes = unvalidated.serialize(TOPIC, invalid);
    UserInteractionEventDeserializer lenient = new UserInteractionEventDeserializer();
    lenient.configure(Map.of("schema.registry.url", "mock://" + scope,
        "eventschema.validate.on.deserialize", "false"), false);
    assertThat(lenient.deserialize(TOPIC, bytes)).isEqualTo(invalid);
  }

  @Test
  void serdeWorksForKafkaStreams() {
    Serde<UserInteractionEvent> serde = new UserInteractionEventSerde();
    serde.configure(config, false);
    UserInteractionEvent event = valid();
    assertThat(serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, event)))
        .isEqualTo(event);
    serde.close();
    serde.close(); // idempotent
  }

  @Test
  void registryClientCanBeGivenDirectly() {
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    UserInteractionEventSerializer s = new UserInteractionEventSerializer(registry);
    s.configure(Map.of("schema.registry.url", "mock://ignored-" + scope), false);
    s.serialize(TOPIC, valid());
    assertThat(registry.subjects()).containsExactly(TOPIC + "-value");
  }

  @Test
  void unconfiguredSerializerSaysHowToConfigureIt() {
    assertThatThrownBy(() -> new UserInteractionEventSerializer().serialize(TOPIC, valid()))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("not configured")
        .hasMessageContaining("schema.registry.url");
  }

  @Test
  void missingRegistryUrlIsAConfigError() {
    assertThatThrownBy(() -> new UserInteractionEventSerializer().configure(Map.of(), false))
        .isInstanceOf(org.apache.kafka.common.config.ConfigException.class)
        .hasMessageContaining("schema.registry.url");
  }

  @Test
  void withoutAutoRegisterTheSchemaMustAlreadyBeRegistered() {
    UserInteractionEventSerializer lookupOnly = new UserInteractionEventSerializer();
    lookupOnly.configure(Map.of("schema.registry.url", "mock://" + scope,
        "auto.register.schemas", "false"), false);
    assertThatThrownBy(() -> lookupOnly.serialize(TOPIC, valid()))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("subject 'interactions-value'")
        .hasMessageContaining("40401");

    int id = MockSchemaRegistryClient.forScope(scope)
        .register(TOPIC + "-value", UserInteractionEventCodec.SCHEMA_JSON);
    byte[] bytes = lookupOnly.serialize(TOPIC, valid());
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
  }

  @Test
  void useLatestVersionAcceptsASchemaThatDiffersOnlyInFormatting() {
    String reformatted = UserInteractionEventCodec.SCHEMA.toString(true);
    int id = MockSchemaRegistryClient.forScope(scope).register(TOPIC + "-value", reformatted);
    UserInteractionEventSerializer latest = new UserInteractionEventSerializer();
    latest.configure(Map.of("schema.registry.url", "mock://" + scope,
        "auto.register.schemas", "false", "use.latest.version", "true"), false);
    byte[] bytes = latest.serialize(TOPIC, valid());
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    assertThat(deserializer.deserialize(TOPIC, bytes)).isEqualTo(valid());
  }

  @Test
  void useLatestVersionRefusesALatestSchemaWithAnotherLayout() {
    String other = "{\"type\":\"record\",\"name\":\"UserInteractionEvent\","
        + "\"namespace\":\"com.example.events\",\"fields\":[{\"name\":\"user_id\",\"type\":\"long\"}]}";
    MockSchemaRegistryClient.forScope(scope).setCompatibility(TOPIC + "-value", "NONE");
    MockSchemaRegistryClient.forScope(scope).register(TOPIC + "-value", other);
    UserInteractionEventSerializer latest = new UserInteractionEventSerializer();
    latest.configure(Map.of("schema.registry.url", "mock://" + scope,
        "auto.register.schemas", "false", "use.latest.version", "true"), false);
    assertThatThrownBy(() -> latest.serialize(TOPIC, valid()))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("does not have the same binary layout");
  }
}
