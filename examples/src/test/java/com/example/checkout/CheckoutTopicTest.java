package com.example.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventValidationException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Three event types of one sealed hierarchy share a topic, as a user's code would do it. */
class CheckoutTopicTest {
  private static final String TOPIC = "checkout";
  private final String scope = "checkout-" + UUID.randomUUID();

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(scope);
  }

  @Test
  void eachSubtypeComesBackAsItselfUnderOneSchemaId() {
    Map<String, Object> config = Map.of("schema.registry.url", "mock://" + scope);
    CheckoutEventSerializer serializer = new CheckoutEventSerializer();
    serializer.configure(config, false);
    CheckoutEventDeserializer deserializer = new CheckoutEventDeserializer();
    deserializer.configure(config, false);

    UUID cart = UUID.randomUUID();
    Instant at = Instant.parse("2026-11-28T12:00:00.123456Z");
    List<CheckoutEvent> events = List.of(
        new CheckoutEvent.CartCreated(cart, "ada", at),
        new CheckoutEvent.ItemAdded(cart, "SKU-1", 2),
        new CheckoutEvent.OrderPlaced(cart, new BigDecimal("19.90"), at));

    for (CheckoutEvent event : events) {
      byte[] bytes = serializer.serialize(TOPIC, event);
      CheckoutEvent read = deserializer.deserialize(TOPIC, bytes);
      assertThat(read).isEqualTo(event).hasSameClassAs(event);
    }
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    assertThat(registry.versions(TOPIC + "-value")).containsExactly(1);
    Schema schema = new Schema.Parser().parse(registry.latestVersion(TOPIC + "-value").schema());
    assertThat(schema.getType()).isEqualTo(Schema.Type.UNION);
    assertThat(schema.getTypes()).extracting(Schema::getFullName).containsExactly(
        "com.example.checkout.CartCreated", "com.example.checkout.ItemAdded",
        "com.example.checkout.OrderPlaced");
  }

  @Test
  void subtypeConstraintsAreValidated() {
    CheckoutEventSerializer serializer = new CheckoutEventSerializer();
    serializer.configure(Map.of("schema.registry.url", "mock://" + scope), false);
    assertThatThrownBy(() -> serializer.serialize(TOPIC,
        new CheckoutEvent.ItemAdded(UUID.randomUUID(), "SKU-1", 0)))
        .isInstanceOfSatisfying(EventValidationException.class, e ->
            assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.propertyPath()).isEqualTo("quantity")));
  }

  @Test
  void theUnionBranchIndexSaysWhichTypeWasWritten() {
    CheckoutEventSerializer serializer = new CheckoutEventSerializer();
    serializer.configure(Map.of("schema.registry.url", "mock://" + scope), false);
    byte[] bytes = serializer.serialize(TOPIC,
        new CheckoutEvent.OrderPlaced(UUID.randomUUID(), BigDecimal.ONE, Instant.EPOCH));
    assertThat(bytes[0]).isZero();
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isPositive();
    assertThat(bytes[5]).as("zig-zag varint of branch 2").isEqualTo((byte) 4);
  }
}
