package com.example.multi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.checkout.CheckoutEvent;
import com.example.events.UserInteractionEvent;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.EventValidationException;
import io.eventschema.serde.EventsDeserializer;
import io.eventschema.serde.EventsSerializer;
import io.eventschema.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * EventsSerializer / EventsDeserializer / EventsSerde: one class for every event, through the
 * mock:// registry. Each event is written by its own generated serializer (found by class), read
 * back as the record its writer schema names, and validated on both sides; a writer schema no event
 * on the class path has is a clear error or, by option, a GenericRecord.
 */
class EventsSerdeTest {
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");
  static final UserInteractionEvent CLICK = new UserInteractionEvent(7, "click", "item-1",
      AT, Optional.of("s-1"), Map.of("k", "v"));
  static final PaymentReceived PAYMENT =
      new PaymentReceived("o-1", 1999, new BigDecimal("0.25"));

  static Map<String, Object> config(String scope, Object... more) {
    Map<String, Object> m = new HashMap<>();
    m.put("schema.registry.url", "mock://" + scope);
    for (int i = 0; i < more.length; i += 2) {
      m.put((String) more[i], more[i + 1]);
    }
    return m;
  }

  static String scope() {
    return "events-" + UUID.randomUUID();
  }

  @Test
  void twoEventTypesOnTwoTopicsRoundTripThroughOneSerializerAndOneDeserializer() {
    String scope = scope();
    try (EventsSerializer serializer = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(config(scope), false);
      deserializer.configure(config(scope), false);
      byte[] click = serializer.serialize("clicks", CLICK);
      byte[] payment = serializer.serialize("payments", PAYMENT);
      // the second of each type goes the cached way and gives the same bytes
      assertThat(serializer.serialize("clicks", CLICK)).isEqualTo(click);
      assertThat(deserializer.deserialize("clicks", click)).isEqualTo(CLICK);
      assertThat(deserializer.deserialize("payments", payment)).isEqualTo(PAYMENT);
      // the same bytes as the event's own generated serializer writes
      try (var own = new com.example.events.UserInteractionEventSerializer()) {
        own.configure(config(scope), false);
        assertThat(own.serialize("clicks", CLICK)).isEqualTo(click);
      }
      MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
      assertThat(registry.subjects()).contains("clicks-value", "payments-value");
    }
  }

  @Test
  void aRecordOfASealedEventIsWrittenWithTheSealedEventsSerializer() {
    String scope = scope();
    CheckoutEvent item = new CheckoutEvent.ItemAdded(UUID.randomUUID(), "SKU-1", 2);
    try (EventsSerializer serializer = new EventsSerializer();
        var own = new com.example.checkout.CheckoutEventDeserializer()) {
      serializer.configure(config(scope), false);
      own.configure(config(scope), false);
      assertThat(own.deserialize("checkout", serializer.serialize("checkout", item)))
          .isEqualTo(item);
    }
  }

  @Test
  void topLevelEnumAndUnionEventsAreWrittenByClassAndReadByTheirNamedTypes() {
    String scope = scope();
    try (EventsSerializer serializer = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(config(scope), false);
      deserializer.configure(config(scope), false);
      for (ParcelState state : ParcelState.values()) {
        assertThat(deserializer.deserialize("states", serializer.serialize("states", state)))
            .isSameAs(state);
      }
      for (ParcelNote note : new ParcelNote[] {new ParcelNote.None(),
          new ParcelNote.Text("left at the door"), new ParcelNote.State(ParcelState.DONE_)}) {
        assertThat(deserializer.deserialize("notes", serializer.serialize("notes", note)))
            .isEqualTo(note);
      }
      // ["int", "string"] names no type: written by class, read by the event's own deserializer
      byte[] count = serializer.serialize("counts", new ParcelCount.Exact(3));
      assertThatThrownBy(() -> deserializer.deserialize("counts", count))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("names no event");
      try (var own = new ParcelCountDeserializer()) {
        own.configure(config(scope), false);
        assertThat(own.deserialize("counts", count)).isEqualTo(new ParcelCount.Exact(3));
      }
    }
  }

  @Test
  void validationStillAppliesOnBothSides() {
    String scope = scope();
    try (EventsSerializer serializer = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(config(scope), false);
      deserializer.configure(config(scope), false);
      assertThatThrownBy(() -> serializer.serialize("payments",
          new PaymentReceived(" ", 1, new BigDecimal("1.00"))))
          .isInstanceOf(EventValidationException.class).hasMessageContaining("orderId");
      EventsSerializer lenient = new EventsSerializer();
      lenient.configure(config(scope, "eventschema.validate.on.serialize", false), false);
      byte[] invalid = lenient.serialize("payments", new PaymentReceived("o", -5, new BigDecimal("1.00")));
      lenient.close();
      assertThatThrownBy(() -> deserializer.deserialize("payments", invalid))
          .isInstanceOf(EventValidationException.class).hasMessageContaining("cents");
    }
  }

  @Test
  void aValueThatIsNoEventIsAnErrorNamingItsClass() {
    try (EventsSerializer serializer = new EventsSerializer()) {
      serializer.configure(config(scope()), false);
      assertThatThrownBy(() -> serializer.serialize("t", "just a string"))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("java.lang.String is not an event")
          .hasMessageContaining("topic 't'");
    }
  }

  /** A record written by another service whose schema has no event here. */
  private static byte[] foreignPayload(String scope, String topic) throws Exception {
    Schema schema = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Refund\","
        + "\"namespace\":\"com.other\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}");
    int id = MockSchemaRegistryClient.forScope(scope).register(topic + "-value",
        schema.toString());
    GenericRecord r = new GenericData.Record(schema);
    r.put("id", "r-1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(WireFormat.MAGIC_BYTE);
    out.write(new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
    BinaryEncoder e = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(r, e);
    e.flush();
    return out.toByteArray();
  }

  @Test
  void aWriterSchemaWithNoEventIsAnErrorNamingSubjectIdAndFullName() throws Exception {
    String scope = scope();
    byte[] payload = foreignPayload(scope, "refunds");
    try (EventsDeserializer deserializer = new EventsDeserializer()) {
      deserializer.configure(config(scope), false);
      assertThatThrownBy(() -> deserializer.deserialize("refunds", payload))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("com.other.Refund")
          .hasMessageContaining("subject 'refunds-value'")
          .hasMessageContaining("schema id " + WireFormat.schemaId(payload, 0))
          .hasMessageContaining("eventschema.events.unknown.schema=generic");
    }
  }

  @Test
  void theGenericOptionReadsAnUnknownWriterSchemaAsAGenericRecord() throws Exception {
    String scope = scope();
    byte[] payload = foreignPayload(scope, "refunds");
    try (EventsDeserializer deserializer = new EventsDeserializer()) {
      deserializer.configure(config(scope, "eventschema.events.unknown.schema", "generic"), false);
      Object value = deserializer.deserialize("refunds", payload);
      assertThat(value).isInstanceOf(GenericRecord.class);
      assertThat(((GenericRecord) value).get("id").toString()).isEqualTo("r-1");
    }
  }

  @Test
  void thePackageAllowListRefusesAnEventOutsideIt() {
    String scope = scope();
    try (EventsSerializer serializer = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(config(scope), false);
      deserializer.configure(config(scope, "eventschema.events.packages", "com.example.events"),
          false);
      assertThat(deserializer.deserialize("clicks", serializer.serialize("clicks", CLICK)))
          .isEqualTo(CLICK);
      byte[] payment = serializer.serialize("payments", PAYMENT);
      assertThatThrownBy(() -> deserializer.deserialize("payments", payment))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("com.example.multi.PaymentReceived is on the class path but not in"
              + " eventschema.events.packages=com.example.events");
    }
  }

  @Test
  void theSchemaIdCanTravelInAHeader() {
    String scope = scope();
    Map<String, Object> cfg = config(scope, "value.schema.id.serializer",
        "HeaderSchemaIdSerializer");
    try (EventsSerializer serializer = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(cfg, false);
      deserializer.configure(cfg, false);
      RecordHeaders headers = new RecordHeaders();
      byte[] body = serializer.serialize("payments", headers, PAYMENT);
      assertThat(deserializer.deserialize("payments", headers, body)).isEqualTo(PAYMENT);
    }
  }
}
