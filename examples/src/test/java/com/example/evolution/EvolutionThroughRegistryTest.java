package com.example.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.events.UserInteractionEvent;
import com.example.events.UserInteractionEventDeserializer;
import com.example.events.UserInteractionEventSerializer;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two releases of one event on one topic, through the mock:// registry, with the generated serdes
 * only: producers and consumers on v1 and v2 in every combination, as during a rolling upgrade.
 * v2 adds {@code channel} (default "web") and renames {@code target_item_id} to {@code item_id}.
 */
class EvolutionThroughRegistryTest {
  private static final String TOPIC = "interactions";
  private static final Instant AT = Instant.parse("2026-11-28T10:15:30.123456Z");

  private String scope;
  private Map<String, Object> config;
  private UserInteractionEventSerializer v1Producer;
  private UserInteractionEventDeserializer v1Consumer;
  private UserInteractionEventV2Serializer v2Producer;
  private UserInteractionEventV2Deserializer v2Consumer;

  @BeforeEach
  void setUp() {
    scope = "evolution-" + UUID.randomUUID();
    config = Map.of("schema.registry.url", "mock://" + scope);
    v1Producer = new UserInteractionEventSerializer();
    v1Consumer = new UserInteractionEventDeserializer();
    v2Producer = new UserInteractionEventV2Serializer();
    v2Consumer = new UserInteractionEventV2Deserializer();
    v1Producer.configure(config, false);
    v1Consumer.configure(config, false);
    v2Producer.configure(config, false);
    v2Consumer.configure(config, false);
  }

  @AfterEach
  void tearDown() {
    v1Producer.close();
    v1Consumer.close();
    v2Producer.close();
    v2Consumer.close();
    MockSchemaRegistryClient.dropScope(scope);
  }

  private static int schemaId(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 1, 4).getInt();
  }

  @Test
  void aV2ConsumerReadsV1EventsWithTheAddedDefaultAndTheRenamedField() {
    UserInteractionEvent v1 = new UserInteractionEvent(42, "click", "item-7", AT,
        Optional.of("s-1"), Map.of("page", "home"));
    byte[] bytes = v1Producer.serialize(TOPIC, v1);

    UserInteractionEventV2 read = v2Consumer.deserialize(TOPIC, bytes);

    // channel: v1 data has none, so v2 reads its default; item_id: found under its old name
    assertThat(read).isEqualTo(new UserInteractionEventV2(42, "click", "web", "item-7", AT,
        Optional.of("s-1"), Map.of("page", "home")));
  }

  @Test
  void aV1ConsumerReadsV2EventsButNotTheRenamedFieldsValue() {
    UserInteractionEventV2 v2 = new UserInteractionEventV2(7, "purchase", "app", "item-9", AT,
        Optional.empty(), null);
    byte[] bytes = v2Producer.serialize(TOPIC, v2);

    UserInteractionEvent read = v1Consumer.deserialize(TOPIC, bytes);

    // channel is skipped. Aliases belong to the reader: v1 does not know that item_id is its
    // target_item_id, so it reads that field's default (null). Rename only what old readers
    // can do without, or upgrade consumers first.
    assertThat(read).isEqualTo(new UserInteractionEvent(7, "purchase", null, AT,
        Optional.empty(), null));
  }

  @Test
  void bothVersionsLiveUnderOneSubjectAndEachConsumerReadsBoth() {
    byte[] fromV1 = v1Producer.serialize(TOPIC, new UserInteractionEvent(1, "view", null, AT,
        Optional.empty(), null));
    byte[] fromV2 = v2Producer.serialize(TOPIC, new UserInteractionEventV2(2, "view", "app",
        null, AT, Optional.empty(), null));

    // the registry accepted v2 as a BACKWARD-compatible second version of the subject
    assertThat(MockSchemaRegistryClient.forScope(scope).versions(TOPIC + "-value"))
        .containsExactly(1, 2);
    assertThat(schemaId(fromV1)).isNotEqualTo(schemaId(fromV2));

    assertThat(v1Consumer.deserialize(TOPIC, fromV1).userId()).isEqualTo(1);
    assertThat(v1Consumer.deserialize(TOPIC, fromV2).userId()).isEqualTo(2);
    assertThat(v2Consumer.deserialize(TOPIC, fromV1).channel()).isEqualTo("web");
    assertThat(v2Consumer.deserialize(TOPIC, fromV2).channel()).isEqualTo("app");
  }

  @Test
  void aWriterSchemaTheReaderCannotReadFailsNamingTheFieldAndWhy() {
    // another team registers an incompatible schema of the same name under another subject
    String incompatible = "{\"type\":\"record\",\"name\":\"UserInteractionEvent\","
        + "\"namespace\":\"com.example.events\",\"fields\":["
        + "{\"name\":\"user_id\",\"type\":\"string\"},"
        + "{\"name\":\"interaction_type\",\"type\":\"string\"}]}";
    int id = MockSchemaRegistryClient.forScope(scope).register("other-value", incompatible,
        java.util.List.of(), false);
    byte[] bytes = {0, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id,
        2, 'x', 2, 'y'};

    assertThatThrownBy(() -> v1Consumer.deserialize(TOPIC, bytes))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("com.example.events.UserInteractionEvent cannot read data written"
            + " with com.example.events.UserInteractionEvent under Avro's resolution rules:")
        .hasMessageContaining("field 'user_id': the reader's long cannot read the writer's"
            + " string")
        .hasMessageContaining("field 'timestamp': the reader has field 'timestamp', which has"
            + " no default and which the writer does not have");
  }
}
