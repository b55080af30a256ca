package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventschema.json.fixture.Order;
import io.eventschema.json.fixture.OrderJsonCodec;
import io.eventschema.json.fixture.OrderJsonSchemaDeserializer;
import io.eventschema.json.fixture.OrderJsonSchemaSerde;
import io.eventschema.json.fixture.OrderJsonSchemaSerializer;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.EventValidationException;
import io.eventschema.serde.MalformedEventException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema serializer and deserializer over the format-neutral serde base, with a
 * hand-written codec (test fixture) and the mock registry: wire format, schema type, header ids,
 * validation both ways, json.fail.invalid.schema, other writers, typed errors.
 */
class JsonSchemaSerdeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCOPE = "json-serde-test";
  private static final Order ORDER = new Order("o-1", 7, Instant.parse("2026-12-01T15:30:00Z"),
      Order.Status.PLACED, List.of(new Order.Line("a", 2)), Map.of("gift", "yes"),
      Optional.of("thanks"), new BigDecimal("12.50"), UUID.fromString(
          "123e4567-e89b-12d3-a456-426614174000"));

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

  private static OrderJsonSchemaSerializer serializer(Object... kv) {
    OrderJsonSchemaSerializer s = new OrderJsonSchemaSerializer();
    s.configure(config(kv), false);
    return s;
  }

  private static OrderJsonSchemaDeserializer deserializer(Object... kv) {
    OrderJsonSchemaDeserializer d = new OrderJsonSchemaDeserializer();
    d.configure(config(kv), false);
    return d;
  }

  private static byte[] framed(int id, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(5 + body.length).put((byte) 0).putInt(id).put(body).array();
  }

  private static String body(byte[] framed) {
    return new String(framed, 5, framed.length - 5, StandardCharsets.UTF_8);
  }

  @Test
  void writesConfluentsWireFormatAndRegistersWithSchemaTypeJson() throws IOException {
    byte[] bytes = serializer().serialize("orders", ORDER);
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    assertThat(bytes[0]).isZero();
    RegisteredSchema registered = registry.schemaById(id);
    assertThat(registered.schemaType()).isEqualTo("JSON");
    assertThat(registered.schema()).isEqualTo(OrderJsonCodec.SCHEMA);
    assertThat(registry.latestVersion("orders-value").id()).isEqualTo(id);
    JsonNode json = MAPPER.readTree(body(bytes));
    assertThat(json.get("id").asText()).isEqualTo("o-1");
    assertThat(json.get("placed_at").asText()).isEqualTo("2026-12-01T15:30:00Z");
    assertThat(json.get("total").asText()).isEqualTo("12.50");
    assertThat(body(bytes)).startsWith("{\"id\":\"o-1\",\"customer_id\":7,");
    assertThat(deserializer().deserialize("orders", bytes)).isEqualTo(ORDER);
  }

  @Test
  void everyEventIsWrittenAfreshOnTheSameThread() {
    OrderJsonSchemaSerializer s = serializer();
    byte[] first = s.serialize("orders", ORDER);
    Order other = new Order("o-2", 8, ORDER.placedAt(), Order.Status.PAID, ORDER.items(),
        Map.of(), Optional.empty(), new BigDecimal("1.00"), null);
    byte[] second = s.serialize("orders", other);
    assertThat(s.serialize("orders", ORDER)).isEqualTo(first);
    assertThat(body(second)).startsWith("{\"id\":\"o-2\"").endsWith("\"trace\":null}");
    assertThat(deserializer().deserialize("orders", second)).isEqualTo(other);
  }

  @Test
  void aFailedEncodeLeavesTheNextEventIntact() {
    OrderJsonSchemaSerializer s = serializer("eventschema.validate.on.serialize", false);
    Order broken = new Order("o-3", 1, null, Order.Status.PAID, ORDER.items(), Map.of(),
        Optional.empty(), BigDecimal.ONE, null);
    assertThatThrownBy(() -> s.serialize("orders", broken))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("could not encode Order: field 'placedAt' is null")
        .hasMessageContaining("topic 'orders', value, subject 'orders-value', schema id ");
    byte[] after = s.serialize("orders", ORDER);
    assertThat(deserializer().deserialize("orders", after)).isEqualTo(ORDER);
  }

  @Test
  void theSchemaIdCanTravelInAHeader() {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer("value.schema.id.serializer", "HeaderSchemaIdSerializer")
        .serialize("orders", headers, ORDER);
    assertThat((char) bytes[0]).isEqualTo('{');
    assertThat(headers.lastHeader("__value_schema_id")).isNotNull();
    assertThat(deserializer().deserialize("orders", headers, bytes)).isEqualTo(ORDER);
  }

  @Test
  void badJsonIsAMalformedEventNamingTopicSubjectIdAndPath() {
    byte[] good = serializer().serialize("orders", ORDER);
    int id = ByteBuffer.wrap(good, 1, 4).getInt();
    byte[] bad = framed(id, body(good).replace("\"quantity\":2", "\"quantity\":2.5"));
    assertThatThrownBy(() -> deserializer().deserialize("orders", bad))
        .isInstanceOf(MalformedEventException.class)
        .hasMessage("payload is not a valid Order ($.items[0].quantity: expected an int, found a"
            + " number with a fraction) [topic 'orders', value, subject 'orders-value', schema id "
            + id + "]");
    byte[] trailing = framed(id, body(good) + "x");
    assertThatThrownBy(() -> deserializer().deserialize("orders", trailing))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("unexpected content after the event's JSON value");
    byte[] truncated = Arrays.copyOf(good, good.length - 3);
    assertThatThrownBy(() -> deserializer().deserialize("orders", truncated))
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> deserializer().deserialize("orders", new byte[] {1, 0, 0, 0, 1}))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void anAvroWriterIdIsRefusedByTheJsonDeserializer() {
    int avroId = registry.register("orders-value-avro", "{\"type\":\"record\",\"name\":\"X\","
        + "\"fields\":[]}");
    assertThatThrownBy(() -> deserializer().deserialize("orders", framed(avroId, "{}")))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageStartingWith("the writer's schema is of type AVRO, not JSON");
  }

  @Test
  void eventsAreValidatedBeforeWritingAndAfterReading() {
    Order invalid = new Order(" ", 7, ORDER.placedAt(), Order.Status.PAID, ORDER.items(),
        Map.of(), Optional.empty(), BigDecimal.ONE, null);
    assertThatThrownBy(() -> serializer().serialize("orders", invalid))
        .isInstanceOf(EventValidationException.class).hasMessageContaining("id");
    byte[] good = serializer().serialize("orders", ORDER);
    int id = ByteBuffer.wrap(good, 1, 4).getInt();
    byte[] negative = framed(id, body(good).replace("\"customer_id\":7", "\"customer_id\":-7"));
    assertThatThrownBy(() -> deserializer().deserialize("orders", negative))
        .isInstanceOf(EventValidationException.class).hasMessageContaining("customerId");
    assertThat(deserializer("eventschema.validate.on.deserialize", false)
        .deserialize("orders", negative).customerId()).isEqualTo(-7);
  }

  @Test
  void failInvalidSchemaChecksPayloadsAgainstTheSchemaBothWays() {
    Order longNote = new Order("o-1", 7, ORDER.placedAt(), Order.Status.PAID, ORDER.items(),
        Map.of(), Optional.of("x".repeat(25)), BigDecimal.ONE, null);
    // Bean Validation is off here, so only the JSON Schema check can refuse the 25-char note
    byte[] unchecked = serializer("eventschema.validate.on.serialize", false)
        .serialize("orders", longNote);
    assertThatThrownBy(() -> serializer("eventschema.validate.on.serialize", false,
        "json.fail.invalid.schema", true).serialize("orders", longNote))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("does not validate against test.orders.Order's JSON Schema")
        .hasMessageContaining("/note");

    assertThat(deserializer("eventschema.validate.on.deserialize", false)
        .deserialize("orders", unchecked).note()).contains("x".repeat(25));
    assertThatThrownBy(() -> deserializer("eventschema.validate.on.deserialize", false,
        "json.fail.invalid.schema", "true").deserialize("orders", unchecked))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("does not validate against the writer's JSON Schema")
        .hasMessageContaining("/note");
    assertThat(deserializer("json.fail.invalid.schema", true)
        .deserialize("orders", serializer().serialize("orders", ORDER))).isEqualTo(ORDER);
  }

  @Test
  void newerAndOlderWritersAreReadByPropertyName() throws IOException {
    ObjectNode newer = (ObjectNode) MAPPER.readTree(OrderJsonCodec.SCHEMA);
    ((ObjectNode) newer.get("properties")).putObject("coupon").put("type", "string");
    registry.setCompatibility("orders-value", "NONE");
    int newerId = registry.register("orders-value", SchemaRegistryClient.JSON, newer.toString(),
        List.of(), false);
    String json = body(serializer().serialize("orders", ORDER));
    ObjectNode payload = (ObjectNode) MAPPER.readTree(json);
    payload.put("coupon", "XMAS");
    payload.remove("note");
    payload.remove("trace");
    Order read = deserializer().deserialize("orders", framed(newerId, payload.toString()));
    assertThat(read.note()).isEmpty();
    assertThat(read.trace()).isNull();
    assertThat(read.items()).isEqualTo(ORDER.items());
  }

  @Test
  void strictModesCompareTheRegisteredJsonSchema() throws IOException {
    ObjectNode other = (ObjectNode) MAPPER.readTree(OrderJsonCodec.SCHEMA);
    other.put("title", "Renamed");
    registry.register("orders-value", SchemaRegistryClient.JSON, other.toString(), List.of(),
        false);
    assertThatThrownBy(() -> serializer("auto.register.schemas", false, "use.latest.version", true)
        .serialize("orders", ORDER))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("is not the same JSON Schema as test.orders.Order's");
    byte[] loose = serializer("auto.register.schemas", false, "use.latest.version", true,
        "latest.compatibility.strict", false).serialize("orders", ORDER);
    assertThat(deserializer().deserialize("orders", loose)).isEqualTo(ORDER);

    // the same schema, formatted differently, is the same schema
    registry.setCompatibility("orders-value", "NONE");
    registry.register("orders-value", SchemaRegistryClient.JSON,
        MAPPER.readTree(OrderJsonCodec.SCHEMA).toString(), List.of(), false);
    assertThat(serializer("auto.register.schemas", false, "use.latest.version", true)
        .serialize("orders", ORDER)).isNotNull();
  }

  @Test
  void theSharedLimitsKeysBoundJsonPayloads() {
    byte[] bytes = serializer().serialize("orders", ORDER);
    // ORDER holds one line item and one attribute: two items in all
    assertThat(deserializer("eventschema.max.items", 2).deserialize("orders", bytes))
        .isEqualTo(ORDER);
    assertThatThrownBy(() -> deserializer("eventschema.max.items", 1)
        .deserialize("orders", bytes))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("$.attributes.gift: the payload has more than 1 array elements")
        .hasMessageContaining("(eventschema.max.items)");
    // the line item is a record one level below the event
    assertThat(deserializer("eventschema.max.depth", 1).deserialize("orders", bytes))
        .isEqualTo(ORDER);
  }

  @Test
  void theSerdeConfiguresBothHalves() {
    try (OrderJsonSchemaSerde serde = new OrderJsonSchemaSerde()) {
      serde.configure(config(), false);
      byte[] bytes = serde.serializer().serialize("orders", ORDER);
      assertThat(serde.deserializer().deserialize("orders", bytes)).isEqualTo(ORDER);
    }
  }
}
