package com.example.multi;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.serde.EventsSerde;
import java.math.BigDecimal;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

/**
 * EventsSerde in a Kafka Streams topology (Kafka's test driver): several event types on one topic,
 * each read back as its own record. Apart from EventsSerdeTest because Kafka Streams is not part of
 * the version matrix (it goes with the kafka-clients of its own release).
 */
class EventsSerdeStreamsTest {

  @Test
  void eventsSerdeCarriesSeveralEventTypesThroughAStreamsTopology() {
    EventsSerde serde = new EventsSerde();
    // several types on one topic: one subject per type, as with Confluent's serdes
    serde.configure(EventsSerdeTest.config(EventsSerdeTest.scope(),
        "value.subject.name.strategy", "TopicRecordNameStrategy"), false);
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in", Consumed.with(Serdes.String(), serde))
        .filter((k, v) -> !(v instanceof PaymentReceived p) || p.cents() > 0)
        .to("out", Produced.with(Serdes.String(), serde));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "events-serde-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, Object> in = driver.createInputTopic("in",
          Serdes.String().serializer(), serde.serializer());
      TestOutputTopic<String, Object> out = driver.createOutputTopic("out",
          Serdes.String().deserializer(), serde.deserializer());
      in.pipeInput("a", EventsSerdeTest.CLICK);
      in.pipeInput("b", new PaymentReceived("o-0", 0, new BigDecimal("1.00")));
      in.pipeInput("c", EventsSerdeTest.PAYMENT);
      assertThat(out.readValuesToList())
          .containsExactly(EventsSerdeTest.CLICK, EventsSerdeTest.PAYMENT);
    }
    serde.close();
  }
}
