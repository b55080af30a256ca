package com.example.multi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.events.UserInteractionEvent;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.EventValidationException;
import io.eventschema.serde.EventsDeserializer;
import io.eventschema.serde.EventsSerializer;
import io.eventschema.serde.MalformedEventException;
import io.eventschema.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * EventsSerializer / EventsDeserializer in every format (Avro, JSON Schema, Protobuf), against
 * each event's own generated serdes (the same bytes), for plain and sealed events, several events
 * and formats on one topic, and the writer schemas they refuse: no event of that name, a name
 * outside the allowed packages, a Protobuf index naming a message that is no event.
 */
class EventsFormatsTest {
  static final ShipmentSent SHIPMENT =
      new ShipmentSent("p-1", 3, new ShipmentSent.Box(300, 200));
  static final ParcelEvent PICKED = new ParcelEvent.Picked("p-1", "ann");
  static final ParcelEvent DELIVERED = new ParcelEvent.Delivered("p-1", 7);

  /** The event's own generated serializer of {@code format}. */
  @SuppressWarnings("unchecked")
  static Serializer<Object> own(String format, Object event) {
    Serializer<?> s;
    if (event instanceof ShipmentSent) {
      s = switch (format) {
        case "AVRO" -> new ShipmentSentSerializer();
        case "JSON_SCHEMA" -> new ShipmentSentJsonSchemaSerializer();
        default -> new ShipmentSentProtobufSerializer();
      };
    } else {
      s = switch (format) {
        case "AVRO" -> new ParcelEventSerializer();
        case "JSON_SCHEMA" -> new ParcelEventJsonSchemaSerializer();
        default -> new ParcelEventProtobufSerializer();
      };
    }
    return (Serializer<Object>) s;
  }

  /** The event's own generated deserializer of {@code format}. */
  static Deserializer<?> ownReader(String format, Object event) {
    if (event instanceof ShipmentSent) {
      return switch (format) {
        case "AVRO" -> new ShipmentSentDeserializer();
        case "JSON_SCHEMA" -> new ShipmentSentJsonSchemaDeserializer();
        default -> new ShipmentSentProtobufDeserializer();
      };
    }
    return switch (format) {
      case "AVRO" -> new ParcelEventDeserializer();
      case "JSON_SCHEMA" -> new ParcelEventJsonSchemaDeserializer();
      default -> new ParcelEventProtobufDeserializer();
    };
  }

  private static Map<String, Object> config(String scope, String format, Object... more) {
    Map<String, Object> m = EventsSerdeTest.config(scope, more);
    m.put("eventschema.events.format", format);
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"AVRO", "JSON_SCHEMA", "PROTOBUF"})
  void plainAndSealedEventsRoundTripWithTheSameBytesAsTheirOwnSerdes(String format) {
    String scope = EventsSerdeTest.scope();
    Map<String, Object> cfg = config(scope, format);
    try (EventsSerializer serializer = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(cfg, false);
      deserializer.configure(cfg, false);
      for (Object event : List.of(SHIPMENT, PICKED, DELIVERED)) {
        String topic = event instanceof ShipmentSent ? "shipments" : "parcels";
        byte[] bytes = serializer.serialize(topic, event);
        try (Serializer<Object> own = own(format, event);
            Deserializer<?> ownReader = ownReader(format, event)) {
          own.configure(cfg, false);
          ownReader.configure(cfg, false);
          assertThat(own.serialize(topic, event)).as(format + " " + event).isEqualTo(bytes);
          assertThat(ownReader.deserialize(topic, bytes)).isEqualTo(event);
        }
        // a sealed event's record comes back as the record written, not as the interface
        Object read = deserializer.deserialize(topic, bytes);
        assertThat(read).as(format + " " + event).isEqualTo(event);
        assertThat(read.getClass()).isEqualTo(event.getClass());
      }
      String type = format.equals("JSON_SCHEMA") ? "JSON" : format;
      MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
      assertThat(registry.schemaById(WireFormat.schemaId(
          serializer.serialize("parcels", PICKED), 0)).schemaType()).isEqualTo(type);
    }
  }

  @Test
  void severalEventsInSeveralFormatsOnOneTopicComeBackInOrderFromOneDeserializer() {
    String scope = EventsSerdeTest.scope();
    Object[] more = {"value.subject.name.strategy", "TopicRecordNameStrategy"};
    List<Object> sent = List.of(EventsSerdeTest.CLICK, SHIPMENT, PICKED, EventsSerdeTest.PAYMENT,
        DELIVERED, SHIPMENT);
    // one format per event: a subject's versions keep one schema type
    List<String> formats = List.of("AVRO", "JSON_SCHEMA", "PROTOBUF", "AVRO", "PROTOBUF",
        "JSON_SCHEMA");
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      try (EventsSerializer serializer = new EventsSerializer()) {
        serializer.configure(config(scope, formats.get(i), more), false);
        records.add(serializer.serialize("mixed", sent.get(i)));
      }
    }
    try (EventsDeserializer deserializer = new EventsDeserializer()) {
      deserializer.configure(EventsSerdeTest.config(scope, more), false);
      List<Object> read = new ArrayList<>();
      for (byte[] r : records) {
        read.add(deserializer.deserialize("mixed", r));
      }
      assertThat(read).containsExactlyElementsOf(sent);
    }
  }

  @Test
  void withoutAFormatTheSerializerWritesTheFirstOfAvroJsonSchemaProtobufTheEventHas() {
    String scope = EventsSerdeTest.scope();
    try (EventsSerializer serializer = new EventsSerializer()) {
      serializer.configure(EventsSerdeTest.config(scope), false);
      int id = WireFormat.schemaId(serializer.serialize("shipments", SHIPMENT), 0);
      assertThat(MockSchemaRegistryClient.forScope(scope).schemaById(id).schemaType())
          .isEqualTo("AVRO");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON_SCHEMA", "PROTOBUF"})
  void validationAppliesOnBothSidesInEveryFormat(String format) {
    String scope = EventsSerdeTest.scope();
    ParcelEvent invalid = new ParcelEvent.Picked("p-2", " ");
    try (EventsSerializer serializer = new EventsSerializer();
        EventsSerializer lenient = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(config(scope, format), false);
      lenient.configure(config(scope, format, "eventschema.validate.on.serialize", false), false);
      deserializer.configure(config(scope, format), false);
      assertThatThrownBy(() -> serializer.serialize("parcels", invalid))
          .isInstanceOf(EventValidationException.class).hasMessageContaining("by");
      byte[] bytes = lenient.serialize("parcels", invalid);
      assertThatThrownBy(() -> deserializer.deserialize("parcels", bytes))
          .isInstanceOf(EventValidationException.class).hasMessageContaining("by");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"JSON_SCHEMA", "PROTOBUF"})
  void thePackageAllowListRefusesJsonAndProtobufEventsOutsideIt(String format) {
    String scope = EventsSerdeTest.scope();
    try (EventsSerializer serializer = new EventsSerializer();
        EventsDeserializer deserializer = new EventsDeserializer()) {
      serializer.configure(config(scope, format), false);
      deserializer.configure(config(scope, format, "eventschema.events.packages",
          "com.example.events"), false);
      byte[] bytes = serializer.serialize("shipments", SHIPMENT);
      assertThatThrownBy(() -> deserializer.deserialize("shipments", bytes))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("com.example.multi.ShipmentSent is on the class path but not in"
              + " eventschema.events.packages=com.example.events")
          .hasMessageContaining("topic 'shipments'")
          .hasMessageContaining("schema id " + WireFormat.schemaId(bytes, 0));
      // the allowed package's events still read
      deserializer.configure(config(scope, format, "eventschema.events.packages",
          "com.example.multi"), false);
      assertThat(deserializer.deserialize("shipments", bytes)).isEqualTo(SHIPMENT);
    }
  }

  private static byte[] framed(int id, byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(WireFormat.MAGIC_BYTE);
    out.writeBytes(new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8),
        (byte) id});
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static EventsDeserializer reader(String scope) {
    EventsDeserializer d = new EventsDeserializer();
    d.configure(EventsSerdeTest.config(scope), false);
    return d;
  }

  @Test
  void aJsonWriterSchemaWhoseTitleNoEventHasIsAnErrorNamingTopicIdAndTitle() {
    String scope = EventsSerdeTest.scope();
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    int id = registry.register("refunds-value", "JSON", "{\"title\":\"Refund\",\"type\":"
        + "\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}", List.of(), false);
    int untitled = registry.register("misc-value", "JSON", "{\"type\":\"object\"}", List.of(),
        false);
    byte[] body = "{\"id\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);
    try (EventsDeserializer deserializer = reader(scope)) {
      assertThatThrownBy(() -> deserializer.deserialize("refunds", framed(id, body)))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("no event for the writer schema titled Refund")
          .hasMessageContaining("META-INF/eventschema/by-name/JSON/Refund")
          .hasMessageContaining("topic 'refunds'")
          .hasMessageContaining("subject 'refunds-value'")
          .hasMessageContaining("schema id " + id)
          .hasMessageNotContaining("GenericRecord");
      assertThatThrownBy(() -> deserializer.deserialize("misc", framed(untitled, body)))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("has no usable title")
          .hasMessageContaining("schema id " + untitled);
    }
  }

  private static final String FOREIGN_PROTO = "syntax = \"proto3\";\npackage com.other;\n"
      + "message Refund {\n  string id = 1;\n}\n";

  @Test
  void aProtobufWriterMessageNoEventHasIsAnErrorNamingTopicIdAndFullName() {
    String scope = EventsSerdeTest.scope();
    int id = MockSchemaRegistryClient.forScope(scope).register("refunds-value", "PROTOBUF",
        FOREIGN_PROTO, List.of(), false);
    // index [0], then field 1 = "r"
    byte[] payload = framed(id, new byte[] {0, 0x0a, 1, 'r'});
    try (EventsDeserializer deserializer = reader(scope)) {
      assertThatThrownBy(() -> deserializer.deserialize("refunds", payload))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("no event for the writer schema com.other.Refund")
          .hasMessageContaining("META-INF/eventschema/by-name/PROTOBUF/com.other.Refund")
          .hasMessageContaining("topic 'refunds'")
          .hasMessageContaining("schema id " + id);
    }
  }

  @Test
  void theProtobufMessageIndexArrayPicksTheMessageAndAnIndexNamingNoEventIsAnError() {
    String scope = EventsSerdeTest.scope();
    String proto = ShipmentSentProtobufCodec.INSTANCE.schemaText();
    // another producer's .proto declaring a message before the event's: the event is [1]
    String shifted = proto.replaceFirst("\nmessage ", "\nmessage Other {\n  string x = 1;\n}\n\n"
        + "message ");
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    int ours = registry.register("shipments-value", "PROTOBUF", proto, List.of(), false);
    int theirs = registry.register("shipments-shifted-value", "PROTOBUF", shifted, List.of(),
        false);
    byte[] message;
    try (EventsSerializer serializer = new EventsSerializer()) {
      serializer.configure(config(scope, "PROTOBUF"), false);
      byte[] written = serializer.serialize("shipments", SHIPMENT);
      assertThat(WireFormat.schemaId(written, 0)).isEqualTo(ours);
      message = java.util.Arrays.copyOfRange(written, WireFormat.HEADER_SIZE + 1, written.length);
    }
    try (EventsDeserializer deserializer = reader(scope)) {
      // [1] (count 1, index 1: zig-zag varints 2, 2) is the event in the shifted .proto
      assertThat(deserializer.deserialize("shipments-shifted",
          framed(theirs, new byte[] {2, 2}, message))).isEqualTo(SHIPMENT);
      // [1] of the event's own .proto is its nested record Box: a message, not an event
      assertThatThrownBy(() -> deserializer.deserialize("shipments",
          framed(ours, new byte[] {2, 2}, message)))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("no event for the writer schema com.example.shipping.Box")
          .hasMessageContaining("schema id " + ours);
      // [5] names nothing in it
      assertThatThrownBy(() -> deserializer.deserialize("shipments",
          framed(ours, new byte[] {2, 10}, message)))
          .isInstanceOf(MalformedEventException.class)
          .hasMessageContaining("message indexes [5] name no message")
          .hasMessageContaining("schema id " + ours);
      // an index array cut short
      assertThatThrownBy(() -> deserializer.deserialize("shipments",
          framed(ours, new byte[] {4, 2})))
          .isInstanceOf(MalformedEventException.class)
          .hasMessageContaining("ends inside its message index array");
    }
  }

  @Test
  void anAvroUnionWhoseRecordsNoSealedEventHasIsAnErrorNamingThem() {
    String scope = EventsSerdeTest.scope();
    int id = MockSchemaRegistryClient.forScope(scope).register("refunds-value",
        "[{\"type\":\"record\",\"name\":\"Refund\",\"namespace\":\"com.other\",\"fields\":[]},"
            + "{\"type\":\"record\",\"name\":\"Void\",\"namespace\":\"com.other\",\"fields\":[]}]");
    try (EventsDeserializer deserializer = reader(scope)) {
      assertThatThrownBy(() -> deserializer.deserialize("refunds", framed(id, new byte[] {0})))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("the union of com.other.Refund, com.other.Void")
          .hasMessageContaining("META-INF/eventschema/by-union/AVRO/com.other.Refund")
          .hasMessageContaining("schema id " + id);
    }
  }

  @Test
  void anEventWithTheSameNameInAnotherFormatIsNotConfused() {
    // UserInteractionEvent is Avro and JSON Schema: each writer schema picks its own serdes
    String scope = EventsSerdeTest.scope();
    UserInteractionEvent click = EventsSerdeTest.CLICK;
    try (EventsSerializer avro = new EventsSerializer();
        EventsSerializer json = new EventsSerializer();
        EventsDeserializer deserializer = reader(scope)) {
      avro.configure(config(scope, "AVRO"), false);
      json.configure(config(scope, "JSON_SCHEMA"), false);
      byte[] a = avro.serialize("clicks", click);
      byte[] j = json.serialize("clicks-json", click);
      assertThat(j[WireFormat.HEADER_SIZE]).isEqualTo((byte) '{');
      assertThat(deserializer.deserialize("clicks", a)).isEqualTo(click);
      assertThat(deserializer.deserialize("clicks-json", j)).isEqualTo(click);
    }
  }

  @Test
  void twoJsonSchemaEventsOfOneTitleNeedTheAllowListToTellThemApart() {
    String scope = EventsSerdeTest.scope();
    com.example.twins.a.Twin twin = new com.example.twins.a.Twin("t-1");
    byte[] bytes;
    try (EventsSerializer serializer = new EventsSerializer()) {
      serializer.configure(EventsSerdeTest.config(scope), false);
      bytes = serializer.serialize("twins", twin);
    }
    try (EventsDeserializer deserializer = reader(scope)) {
      assertThatThrownBy(() -> deserializer.deserialize("twins", bytes))
          .isInstanceOf(EventSerializationException.class)
          .hasMessageContaining("several events match the writer schema titled Twin")
          .hasMessageContaining("com.example.twins.a.Twin")
          .hasMessageContaining("com.example.twins.b.Twin")
          .hasMessageContaining("eventschema.events.packages");
      deserializer.configure(EventsSerdeTest.config(scope, "eventschema.events.packages",
          "com.example.twins.a"), false);
      assertThat(deserializer.deserialize("twins", bytes)).isEqualTo(twin);
    }
  }
}
