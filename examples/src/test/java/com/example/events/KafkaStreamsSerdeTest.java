package com.example.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventValidationException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated Serde in a Kafka Streams topology: read events, keep purchases, re-key them by item,
 * write them to another topic with the same Serde.
 */
class KafkaStreamsSerdeTest {
  private String scope;
  private TopologyTestDriver driver;
  private TestInputTopic<String, UserInteractionEvent> input;
  private TestOutputTopic<String, UserInteractionEvent> output;

  @BeforeEach
  void setUp() {
    scope = "streams-" + UUID.randomUUID();
    Map<String, Object> serdeConfig = Map.of("schema.registry.url", "mock://" + scope);
    UserInteractionEventSerde serde = new UserInteractionEventSerde();
    serde.configure(serdeConfig, false);

    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("interactions", Consumed.with(Serdes.String(), serde))
        .filter((user, event) -> event.interactionType().equals("purchase"))
        .selectKey((user, event) -> event.targetItemId())
        .to("purchases-by-item", Produced.with(Serdes.String(), serde));

    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "eventschema-streams-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(builder.build(), props);
    input = driver.createInputTopic("interactions", Serdes.String().serializer(),
        serde.serializer());
    output = driver.createOutputTopic("purchases-by-item", Serdes.String().deserializer(),
        serde.deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
    MockSchemaRegistryClient.dropScope(scope);
  }

  private static UserInteractionEvent event(String type, String item) {
    return new UserInteractionEvent(7, type, item, Instant.parse("2026-11-28T12:00:00Z"),
        Optional.empty(), null);
  }

  @Test
  void topologyReadsAndWritesEventsWithTheGeneratedSerde() {
    input.pipeInput("7", event("view", "item-1"));
    input.pipeInput("7", event("purchase", "item-2"));
    input.pipeInput("8", event("purchase", "item-3"));

    assertThat(output.readKeyValuesToList())
        .extracting(kv -> kv.key, kv -> kv.value.targetItemId())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("item-2", "item-2"),
            org.assertj.core.groups.Tuple.tuple("item-3", "item-3"));
    // both topics registered their value subject in the registry the serde names
    assertThat(MockSchemaRegistryClient.forScope(scope).subjects())
        .contains("interactions-value", "purchases-by-item-value");
  }

  @Test
  void anInvalidEventNeverEntersTheTopology() {
    assertThatThrownBy(() -> input.pipeInput("7", event("", "item-1")))
        .satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(EventValidationException.class),
            e -> assertThat(e).isInstanceOf(StreamsException.class)
                .hasRootCauseInstanceOf(EventValidationException.class));
    assertThat(output.isEmpty()).isTrue();
  }
}
