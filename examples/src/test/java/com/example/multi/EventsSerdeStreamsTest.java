package com.example.multi;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.serde.EventsSerde;
import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EventsSerde in a Kafka Streams topology (Kafka's test driver): several event types on one topic,
 * each read back as its own record, in every format. Apart from EventsSerdeTest because Kafka
 * Streams is not part of the version matrix (it goes with the kafka-clients of its own release).
 */
class EventsSerdeStreamsTest {

  /** {@code values} piped through {@code in -> filter(keep) -> out}, as the output reads them. */
  private static List<Object> through(EventsSerde serde, Predicate<Object> keep,
      Object... values) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), serde))
        .filter((k, v) -> keep.test(v))
        .to("out", Produced.with(Serdes.String(), serde));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "events-serde-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, Object> in = driver.createInputTopic("in",
          Serdes.String().serializer(), serde.serializer());
      TestOutputTopic<String, Object> out = driver.createOutputTopic("out",
          Serdes.String().deserializer(), serde.deserializer());
      for (int i = 0; i < values.length; i++) {
        in.pipeInput("k" + i, values[i]);
      }
      return out.readValuesToList();
    } finally {
      serde.close();
    }
  }

  @Test
  void eventsSerdeCarriesSeveralEventTypesThroughAStreamsTopology() {
    EventsSerde serde = new EventsSerde();
    // several types on one topic: one subject per type, as with Confluent's serdes
    serde.configure(EventsSerdeTest.config(EventsSerdeTest.scope(),
        "value.subject.name.strategy", "TopicRecordNameStrategy"), false);
    assertThat(through(serde, v -> !(v instanceof PaymentReceived p) || p.cents() > 0,
        EventsSerdeTest.CLICK, new PaymentReceived("o-0", 0, new BigDecimal("1.00")),
        EventsSerdeTest.PAYMENT))
        .containsExactly(EventsSerdeTest.CLICK, EventsSerdeTest.PAYMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AVRO", "JSON_SCHEMA", "PROTOBUF"})
  void eventsSerdeCarriesPlainAndSealedEventsThroughAStreamsTopologyInEveryFormat(String format) {
    EventsSerde serde = new EventsSerde();
    serde.configure(EventsSerdeTest.config(EventsSerdeTest.scope(),
        "value.subject.name.strategy", "TopicRecordNameStrategy",
        "eventschema.events.format", format), false);
    // the topology sees the records written: a sealed event's record, not the interface
    assertThat(through(serde, v -> !(v instanceof ParcelEvent.Delivered),
        EventsFormatsTest.SHIPMENT, EventsFormatsTest.DELIVERED, EventsFormatsTest.PICKED))
        .containsExactly(EventsFormatsTest.SHIPMENT, EventsFormatsTest.PICKED);
  }
}
