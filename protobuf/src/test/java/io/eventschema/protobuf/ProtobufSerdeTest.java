package io.eventschema.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.protobuf.fixture.Order;
import io.eventschema.protobuf.fixture.OrderProtobufCodec;
import io.eventschema.protobuf.fixture.OrderProtobufDeserializer;
import io.eventschema.protobuf.fixture.OrderProtobufSerializer;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.MalformedEventException;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Protobuf serializer and deserializer over the format-neutral serde base, with a hand-written
 * codec and the mock registry: Confluent's wire format with the message index array, schema type
 * PROTOBUF, header ids, index arrays naming another message, typed errors.
 */
class ProtobufSerdeTest {
  private static final String SCOPE = "protobuf-serde-test";
  private static final Order ORDER = new Order(7, "ada", List.of(1, 2, 300), Optional.of("hi"),
      Instant.parse("2026-12-01T15:30:00.123456789Z"), new Order.Node(1, new Order.Node(2, null)));

  private final MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(SCOPE);
  }

  private static Map<String, Object> config(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    m.put("schema.registry.url", "mock://" + SCOPE);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private OrderProtobufSerializer serializer(Object... kv) {
    OrderProtobufSerializer s = new OrderProtobufSerializer(registry);
    s.configure(config(kv), false);
    return s;
  }

  private OrderProtobufDeserializer deserializer(Object... kv) {
    OrderProtobufDeserializer d = new OrderProtobufDeserializer(registry);
    d.configure(config(kv), false);
    return d;
  }

  private static byte[] framed(int id, byte[] indexes, byte[] message) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(0);
    b.write(id >>> 24);
    b.write(id >>> 16);
    b.write(id >>> 8);
    b.write(id);
    b.writeBytes(indexes);
    b.writeBytes(message);
    return b.toByteArray();
  }

  @Test
  void writesMagicIdTheFirstMessageIndexThenTheMessageAndRegistersAsProtobuf()
      throws Exception {
    byte[] bytes = serializer().serialize("orders", ORDER);
    int id = registry.latestVersion("orders-value").id();
    assertThat(registry.latestVersion("orders-value").schemaType())
        .isEqualTo(SchemaRegistryClient.PROTOBUF);
    assertThat(registry.latestVersion("orders-value").schema())
        .isEqualTo(OrderProtobufCodec.SCHEMA);
    assertThat(Arrays.copyOf(bytes, 6)).containsExactly(0, 0, 0, 0, id, 0);
    assertThat(Arrays.copyOfRange(bytes, 6, bytes.length))
        .isEqualTo(ProtobufCodecOracleTest.dynamic(ORDER, ProtobufCodecOracleTest.ORDER)
            .toByteArray());
    assertThat(deserializer().deserialize("orders", bytes)).isEqualTo(ORDER);
  }

  @Test
  void readsAnExplicitIndexArrayForTheFirstMessage() throws Exception {
    int id = registry.register("orders-value", SchemaRegistryClient.PROTOBUF,
        OrderProtobufCodec.SCHEMA, List.of(), false);
    // count 1, index 0, as zig-zag varints: 02 00
    byte[] bytes = framed(id, new byte[] {2, 0}, ProtobufCodecOracleTest.encode(ORDER));
    assertThat(deserializer().deserialize("orders", bytes)).isEqualTo(ORDER);
  }

  @Test
  void picksTheMessageTheIndexNamesInAWriterThatDeclaresOthersFirst() throws Exception {
    String writer = """
        syntax = "proto3";
        package shop;
        import "google/protobuf/timestamp.proto";
        // another message first, with a nested one: Order is [1]
        message Cart { message Line { string sku = 1; } repeated Line lines = 1; }
        message Order {
          int64 id = 1; string customer = 2; repeated int32 quantities = 3;
          optional string note = 4; google.protobuf.Timestamp at = 5; Node node = 6;
          string added_later = 7;
        }
        message Node { int32 value = 1; Node next = 2; }
        """;
    int id = registry.register("orders-value", SchemaRegistryClient.PROTOBUF, writer, List.of(),
        false);
    byte[] message = ProtobufCodecOracleTest.encode(ORDER);
    // [1] is 02 02
    assertThat(deserializer().deserialize("orders", framed(id, new byte[] {2, 2}, message)))
        .isEqualTo(ORDER);
    // [0] (the single 00) is Cart; [0, 0] is Cart.Line: neither is the event
    assertThatThrownBy(() -> deserializer().deserialize("orders",
        framed(id, new byte[] {0}, message)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("message indexes [0] name message shop.Cart")
        .hasMessageContaining("not shop.Order").hasMessageContaining("orders");
    assertThatThrownBy(() -> deserializer().deserialize("orders",
        framed(id, new byte[] {4, 0, 0}, message)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("[0, 0] name message shop.Cart.Line");
    assertThatThrownBy(() -> deserializer().deserialize("orders",
        framed(id, new byte[] {2, 8}, message)))
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("[4] name no message");
  }

  @Test
  void aBrokenIndexArrayIsMalformed() throws Exception {
    int id = registry.register("orders-value", SchemaRegistryClient.PROTOBUF,
        OrderProtobufCodec.SCHEMA, List.of(), false);
    assertThatThrownBy(() -> deserializer().deserialize("orders", framed(id, new byte[0],
        new byte[0])))
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("message indexes");
    assertThatThrownBy(() -> deserializer().deserialize("orders",
        framed(id, new byte[] {(byte) 0xc8, 0x01}, new byte[0]))) // count 100... then nothing
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("index array");
    assertThatThrownBy(() -> deserializer().deserialize("orders",
        framed(id, new byte[] {1}, new byte[0]))) // count -1
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("count -1");
  }

  @Test
  void aMalformedMessageNamesTheFieldTopicAndSchemaId() throws Exception {
    int id = registry.register("orders-value", SchemaRegistryClient.PROTOBUF,
        OrderProtobufCodec.SCHEMA, List.of(), false);
    assertThatThrownBy(() -> deserializer().deserialize("orders",
        framed(id, new byte[] {0}, new byte[] {0x0a, 0x01, 0x41})))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("field 'id': wire type 2")
        .hasMessageContaining("orders").hasMessageContaining(String.valueOf(id));
  }

  @Test
  void theSchemaIdCanTravelInAHeaderAndThenThePayloadIsTheMessageAlone() throws Exception {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer("value.schema.id.serializer", "HeaderSchemaIdSerializer")
        .serialize("orders", headers, ORDER);
    assertThat(headers.lastHeader("__value_schema_id")).isNotNull();
    assertThat(bytes).isEqualTo(ProtobufCodecOracleTest.encode(ORDER));
    assertThat(deserializer().deserialize("orders", headers, bytes)).isEqualTo(ORDER);
  }

  @Test
  void howTheIdTravelledIsToldNotGuessedFromTheOffset() throws Exception {
    int id = registry.register("orders-value", SchemaRegistryClient.PROTOBUF,
        OrderProtobufCodec.SCHEMA, List.of(), false);
    io.eventschema.serde.EventFormat.Reader<Order> reader =
        new ProtobufFormat<>(OrderProtobufCodec.INSTANCE).readerFor(registry.schemaById(id));
    byte[] message = ProtobufCodecOracleTest.encode(ORDER);
    // a header-id body that does not start at offset 0 (a slice of a larger buffer): the message
    // alone, although its first byte (field 1's tag, 0x08) would read as an index-array count
    byte[] slice = new byte[9 + message.length + 3];
    System.arraycopy(message, 0, slice, 9, message.length);
    assertThat(reader.read(slice, 9, message.length, false)).isEqualTo(ORDER);
    // a prefixed body at offset 0: the index array still comes first
    byte[] prefixed = new byte[1 + message.length];
    System.arraycopy(message, 0, prefixed, 1, message.length);
    assertThat(reader.read(prefixed, 0, prefixed.length, true)).isEqualTo(ORDER);
    assertThatThrownBy(() -> reader.read(message, 0, message.length, true))
        .isInstanceOf(io.eventschema.serde.EventFormat.MalformedPayloadException.class);
  }

  @Test
  void aWriterSchemaOfAnotherTypeIsRefused() throws Exception {
    int id = registry.register("orders-value", SchemaRegistryClient.JSON, "{}", List.of(),
        false);
    assertThatThrownBy(() -> deserializer().deserialize("orders",
        framed(id, new byte[] {0}, new byte[0])))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("of type JSON, not PROTOBUF");
  }

  @Test
  void theDepthBoundIsConfigured() {
    Order.Node node = null;
    for (int i = 0; i < 30; i++) {
      node = new Order.Node(i, node);
    }
    Order deep = new Order(1, "", List.of(), Optional.empty(), Instant.EPOCH, node);
    byte[] bytes = serializer().serialize("orders", deep);
    assertThat(deserializer().deserialize("orders", bytes)).isEqualTo(deep);
    assertThatThrownBy(() -> deserializer("eventschema.max.depth", 10)
        .deserialize("orders", bytes))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("eventschema.max.depth");
  }

  @Test
  void aNullFieldIsASerializationErrorNamingIt() {
    Order bad = new Order(1, null, List.of(), Optional.empty(), Instant.EPOCH,
        new Order.Node(0, null));
    assertThatThrownBy(() -> serializer("validate.on.serialize", false)
        .serialize("orders", bad))
        .isInstanceOf(EventSerializationException.class).hasMessageContaining("customer");
  }

  @Test
  void layoutDifferenceIgnoresCommentsAndWhitespaceOnly() {
    ProtobufFormat<Order> f = new ProtobufFormat<>(OrderProtobufCodec.INSTANCE);
    String reformatted = "// registered by hand\n"
        + OrderProtobufCodec.SCHEMA.replace("\n", "\n\n  ");
    assertThat(f.layoutDifference(new io.eventschema.registry.RegisteredSchema("s", 1, 1,
        SchemaRegistryClient.PROTOBUF, reformatted, List.of()))).isNull();
    assertThat(f.layoutDifference(new io.eventschema.registry.RegisteredSchema("s", 1, 1,
        SchemaRegistryClient.PROTOBUF, OrderProtobufCodec.SCHEMA.replace("= 6", "= 9"),
        List.of()))).contains("not the same .proto");
  }
}
