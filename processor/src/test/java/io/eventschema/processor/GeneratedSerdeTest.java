package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.serde.EventValidationException;
import io.eventschema.validation.Violation;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * The generated serdes of the shop fixtures' events, end to end through the mock:// registry:
 * several event types on one topic through a sealed event's serdes, and Bean Validation still applied to the new
 * types (@Fixed and @AvroDecimal included) on both sides.
 */
class GeneratedSerdeTest {
  private static final CompiledClasses CLASSES =
      new CompiledClasses(Compile.succeeded(ShopSources.all()));

  private static Map<String, Object> config(String scope, boolean validate) {
    return Map.of("schema.registry.url", "mock://" + scope,
        "eventschema.validate.on.serialize", validate);
  }

  @SuppressWarnings("unchecked")
  private static <T> T newInstance(String className) throws ReflectiveOperationException {
    return (T) CLASSES.load(className).getConstructor().newInstance();
  }

  private static Object construct(String className, Object... args)
      throws ReflectiveOperationException {
    Constructor<?> c = CLASSES.load(className).getDeclaredConstructors()[0];
    return c.newInstance(args);
  }

  @Test
  void threeEventTypesShareOneTopic() throws Exception {
    Serde<Object> serde = newInstance("com.acme.shop.OrderEventSerde");
    serde.configure(config("shop-orders", true), false);
    Serializer<Object> producer = serde.serializer();
    // a separately configured deserializer, as a consumer in another service would have
    Deserializer<Object> consumer = newInstance("com.acme.shop.OrderEventDeserializer");
    consumer.configure(config("shop-orders", true), false);

    List<Object> sent = List.of(
        construct("com.acme.shop.OrderEvent$Placed", "o-1", 3),
        construct("com.acme.shop.OrderEvent$Paid", "o-1", new BigDecimal("42.50")),
        construct("com.acme.shop.OrderEvent$Shipped", "o-1", "DHL"),
        construct("com.acme.shop.OrderEvent$Placed", "o-2", 1));
    List<byte[]> wire = new ArrayList<>();
    for (Object event : sent) {
      wire.add(producer.serialize("orders", event));
    }
    // one subject, one schema id for all three types: the union
    Set<Integer> ids = wire.stream().map(b -> ByteBuffer.wrap(b, 1, 4).getInt())
        .collect(Collectors.toSet());
    assertThat(ids).hasSize(1);
    List<Object> received = new ArrayList<>();
    for (byte[] bytes : wire) {
      received.add(consumer.deserialize("orders", bytes));
    }
    assertThat(received).isEqualTo(sent);
    assertThat(received).extracting(o -> o.getClass().getSimpleName())
        .containsExactly("Placed", "Paid", "Shipped", "Placed");
    // the union index on the wire is the subtype's position in permits
    assertThat(wire).extracting(b -> (int) b[5]).containsExactly(0, 2, 4, 0);
    Schema registered = new Schema.Parser().parse(
        ((io.eventschema.codec.EventCodec<?>) CLASSES.load("com.acme.shop.OrderEventCodec")
            .getField("INSTANCE").get(null)).schemaText());
    assertThat(registered.getType()).isEqualTo(Schema.Type.UNION);
    serde.close();
    consumer.close();
  }

  @Test
  void aSubtypeIsValidatedByItsOwnConstraints() throws Exception {
    Serializer<Object> producer = newInstance("com.acme.shop.OrderEventSerializer");
    producer.configure(config("shop-orders-invalid", true), false);
    Object invalid = construct("com.acme.shop.OrderEvent$Paid", " ", new BigDecimal("1.234"));
    assertThatThrownBy(() -> producer.serialize("orders", invalid))
        .isInstanceOf(EventValidationException.class)
        .satisfies(e -> assertThat(paths((EventValidationException) e))
            .containsExactlyInAnyOrder("amount", "orderId"));
  }

  private Object validated(byte[] tag, String amount, String price, Set<String> labels,
      Instant at, LocalDate day, short small, int[] scores, List<String> names, int quantity)
      throws ReflectiveOperationException {
    Object item = construct("com.acme.shop.Validated$Item", quantity);
    return construct("com.acme.shop.Validated", tag, new BigDecimal(amount),
        new BigDecimal(price), labels, at, day, small, scores,
        UUID.fromString("3f1c1b9e-5a6d-4c1e-9f0a-2b8d7e6c5a41"), names, item);
  }

  private Object validEvent() throws ReflectiveOperationException {
    return validated(new byte[] {1, 2, 3, 4}, "123.45", "999.99",
        new LinkedHashSet<>(List.of("a", "b")), Instant.parse("2020-01-02T03:04:05.123456Z"),
        LocalDate.of(2020, 1, 2), (short) 7, new int[] {1, 2, 3}, List.of("x"), 2);
  }

  /** Every field of the event broken at once: each is a violation, nothing is written. */
  private Object invalidEvent() throws ReflectiveOperationException {
    return validated(new byte[] {1, 2, 3}, "1234.5", "1.234",
        new LinkedHashSet<>(List.of("a", "b", "c")), Instant.now().plusSeconds(3600),
        LocalDate.now().plusDays(2), (short) -1, new int[] {1, 2, 3, 4}, List.of(" "), 0);
  }

  @Test
  void validEventsRoundTrip() throws Exception {
    Serializer<Object> producer = newInstance("com.acme.shop.ValidatedSerializer");
    producer.configure(config("shop-validated", true), false);
    Deserializer<Object> consumer = newInstance("com.acme.shop.ValidatedDeserializer");
    consumer.configure(config("shop-validated", true), false);
    Object event = validEvent();
    Object back = consumer.deserialize("t", producer.serialize("t", event));
    assertThat(back).usingRecursiveComparison().isEqualTo(event);
  }

  @Test
  void serializerRejectsEveryViolationOfTheNewTypes() throws Exception {
    Serializer<Object> producer = newInstance("com.acme.shop.ValidatedSerializer");
    producer.configure(config("shop-validated-out", true), false);
    Object event = invalidEvent();
    assertThatThrownBy(() -> producer.serialize("t", event))
        .isInstanceOf(EventValidationException.class)
        .satisfies(e -> assertThat(paths((EventValidationException) e)).containsExactlyInAnyOrder(
            "tag", "amount", "price", "labels", "at", "day", "small", "scores",
            "names[0].<list element>", "item.quantity"));
  }

  @Test
  void deserializerRejectsThemToo() throws Exception {
    // a producer that does not validate writes what the codec can write: everything but the
    // values the schema itself cannot hold (a 3-byte fixed, a decimal that needs rounding)
    Serializer<Object> producer = newInstance("com.acme.shop.ValidatedSerializer");
    producer.configure(config("shop-validated-in", false), false);
    Deserializer<Object> consumer = newInstance("com.acme.shop.ValidatedDeserializer");
    consumer.configure(config("shop-validated-in", true), false);
    Object event = validated(new byte[] {1, 2, 3, 4}, "123.45", "99.9",
        new LinkedHashSet<>(List.of("a", "b", "c")), Instant.now().plusSeconds(3600),
        LocalDate.now().plusDays(2), (short) -1, new int[] {1, 2, 3, 4}, List.of(" "), 0);
    byte[] bytes = producer.serialize("t", event);
    assertThatThrownBy(() -> consumer.deserialize("t", bytes))
        .isInstanceOf(EventValidationException.class)
        .satisfies(e -> assertThat(paths((EventValidationException) e)).containsExactlyInAnyOrder(
            "labels", "at", "day", "small", "scores", "names[0].<list element>",
            "item.quantity"));
    // what the schema cannot hold is refused by the codec even without validation
    Object unfit = validated(new byte[] {1, 2, 3}, "1.234", "99.9", Set.of(),
        Instant.EPOCH, LocalDate.EPOCH, (short) 0, new int[0], List.of(), 1);
    assertThatThrownBy(() -> producer.serialize("t", unfit))
        .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
        .hasMessageContaining("tag");
  }

  private static List<String> paths(EventValidationException e) {
    return e.violations().stream().map(Violation::propertyPath).collect(Collectors.toList());
  }
}
