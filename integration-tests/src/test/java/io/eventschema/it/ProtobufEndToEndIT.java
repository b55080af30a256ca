package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Timestamp;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
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
 * A Protobuf-only event with a {@code google.protobuf.Timestamp} and {@code google.type.Date}
 * fields end to end: produced and consumed through a real broker with the generated Protobuf
 * serdes (named by class, as a user does), its {@code .proto} auto-registered in a real registry
 * with schemaType PROTOBUF and no references; the bytes on the topic in Confluent's Protobuf
 * framing, read back with protobuf-java's own {@link Timestamp}; and the same with the schema id
 * in a record header.
 */
@ExtendWith({ApicurioRegistry.class, KafkaBroker.class})
class ProtobufEndToEndIT {

  static List<ProtobufParcelDelivered> events() {
    List<ProtobufParcelDelivered> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(new ProtobufParcelDelivered("p-" + i,
          Instant.parse("2026-12-01T10:00:00.123456789Z").plusSeconds(i * 3601L),
          LocalDate.of(2026, 12, 1).plusDays(i),
          new ProtobufParcelDelivered.Recipient("Ada " + i,
              i % 3 == 0 ? Optional.empty() : Optional.of(LocalDate.of(1815, 12, 10 + i))),
          i % 2 == 0 ? Optional.empty() : Optional.of("note " + i),
          List.of(i + 1, 300 + i)));
    }
    return out;
  }

  @Test
  void produceThenConsumeWithTheGeneratedProtobufSerdes(ApicurioRegistry registry,
      KafkaBroker broker) throws Exception {
    String topic = "deliveries-" + System.nanoTime();
    List<ProtobufParcelDelivered> sent = events();
    Properties consumer = produceAndConsume(broker, registry, topic, sent,
        Clients.producer(broker, registry, ProtobufParcelDeliveredProtobufSerializer.class));

    try (SchemaRegistryClient client = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(Map.of("schema.registry.url", registry.ccompatUrl())))) {
      RegisteredSchema latest = client.latestVersion(topic + "-value");
      assertThat(latest.version()).isEqualTo(1);
      assertThat(latest.schemaType()).isEqualTo("PROTOBUF");
      assertThat(latest.references()).as("well-known imports are not references").isEmpty();
      assertThat(latest.schema()).isEqualTo(ProtobufRegistryIT.generatedProto());

      List<byte[]> raw = rawValues(consumer, topic, sent.size());
      for (int i = 0; i < raw.size(); i++) {
        byte[] r = raw.get(i);
        assertThat(r[0]).isZero();
        assertThat(ByteBuffer.wrap(r, 1, 4).getInt()).isEqualTo(latest.id());
        assertThat(r[5]).as("message indexes [0]: one zero byte").isZero();
        assertFieldsOneAndTwo(r, 6, sent.get(i));
      }
    }
  }

  @Test
  void theSchemaIdInARecordHeaderLeavesTheMessageAlone(ApicurioRegistry registry,
      KafkaBroker broker) throws Exception {
    String topic = "deliveries-headers-" + System.nanoTime();
    List<ProtobufParcelDelivered> sent = events();
    Properties producer = Clients.producer(broker, registry,
        ProtobufParcelDeliveredProtobufSerializer.class);
    producer.put("value.schema.id.serializer", "HeaderSchemaIdSerializer");
    Properties consumer = produceAndConsume(broker, registry, topic, sent, producer);

    List<byte[]> raw = rawValues(consumer, topic, sent.size());
    for (int i = 0; i < raw.size(); i++) {
      assertFieldsOneAndTwo(raw.get(i), 0, sent.get(i));
    }
  }

  /**
   * Sends {@code sent} to a new {@code topic} with {@code producer}, reads them back with the
   * generated deserializer and returns that consumer's properties.
   */
  private static Properties produceAndConsume(KafkaBroker broker, ApicurioRegistry registry,
      String topic, List<ProtobufParcelDelivered> sent, Properties producer) throws Exception {
    Clients.createTopic(broker, topic);
    try (KafkaProducer<String, ProtobufParcelDelivered> p = new KafkaProducer<>(producer)) {
      for (ProtobufParcelDelivered e : sent) {
        p.send(new ProducerRecord<>(topic, e.parcelId(), e)).get();
      }
    }
    Properties consumer = Clients.consumer(broker, registry, "it-" + topic,
        ProtobufParcelDeliveredProtobufDeserializer.class);
    assertThat(Clients.<ProtobufParcelDelivered>poll(consumer, topic, sent.size()))
        .containsExactlyElementsOf(sent);
    return consumer;
  }

  /** The topic's values as bytes, read again in a new group. */
  private static List<byte[]> rawValues(Properties consumer, String topic, int count) {
    consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "raw-" + topic);
    consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
        ByteArrayDeserializer.class.getName());
    List<byte[]> raw = Clients.poll(consumer, topic, count);
    assertThat(raw).hasSize(count);
    return raw;
  }

  /** Field 1 (parcel_id) and field 2 (delivered_at, read with protobuf-java's Timestamp). */
  private static void assertFieldsOneAndTwo(byte[] payload, int offset,
      ProtobufParcelDelivered expected) throws Exception {
    CodedInputStream in = CodedInputStream.newInstance(payload, offset, payload.length - offset);
    assertThat(in.readTag()).isEqualTo(1 << 3 | 2);
    assertThat(in.readString()).isEqualTo(expected.parcelId());
    assertThat(in.readTag()).isEqualTo(2 << 3 | 2);
    Timestamp at = Timestamp.parseFrom(in.readBytes());
    assertThat(Instant.ofEpochSecond(at.getSeconds(), at.getNanos()))
        .isEqualTo(expected.deliveredAt());
  }
}
