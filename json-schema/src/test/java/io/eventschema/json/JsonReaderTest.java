package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.codec.Limits;
import io.eventschema.json.fixture.Order;
import io.eventschema.json.fixture.OrderJsonCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON reader the generated codecs read with: positions, paths in errors, bounds. */
class JsonReaderTest {
  private static final long ITEMS = Limits.DEFAULT_MAX_ITEMS;
  private static final String ORDER = """
      {"id":"o-1","customer_id":7,"placed_at":"2026-12-01T15:30:00.123Z","status":"PAID",
       "items":[{"sku":"a","quantity":1},{"sku":"b","quantity":2},{"sku":"c","quantity":3}],
       "attributes":{"gift":"yes"},"note":null,"total":"12.50",
       "trace":"123e4567-e89b-12d3-a456-426614174000"}""";

  private static JsonReader reader(String json) throws IOException {
    return new JsonReader(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Order read(String json) throws IOException {
    JsonReader in = reader(json);
    Order o = OrderJsonCodec.INSTANCE.read(in);
    in.requireEnd();
    return o;
  }

  @Test
  void readsARecordWithNestedRecordsListsMapsAndOptionals() throws IOException {
    Order o = read(ORDER);
    assertThat(o).isEqualTo(new Order("o-1", 7, Instant.parse("2026-12-01T15:30:00.123Z"),
        Order.Status.PAID, List.of(new Order.Line("a", 1), new Order.Line("b", 2),
        new Order.Line("c", 3)), Map.of("gift", "yes"), Optional.empty(), new BigDecimal("12.50"),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
  }

  @Test
  void toleratesAnyPropertyOrderAndSkipsUnknownPropertiesOfAnyShape() throws IOException {
    String json = """
        {"unknown":{"deep":[1,{"x":[true,null]}]},"total":"1.00","items":[{"quantity":4,
         "extra":[[]],"sku":"z"}],"attributes":{},"status":"PLACED","placed_at":
         "2026-01-01T00:00:00Z","customer_id":1,"id":"x","later":"ignored"}""";
    Order o = read(json);
    assertThat(o.items()).containsExactly(new Order.Line("z", 4));
    assertThat(o.note()).isEmpty();
    assertThat(o.trace()).isNull();
  }

  @Test
  void aWrongTypeDeepInsideNamesItsPath() {
    String json = ORDER.replace("\"quantity\":3", "\"quantity\":\"3\"");
    assertThatThrownBy(() -> read(json)).isInstanceOf(JsonDataException.class)
        .hasMessage("$.items[2].quantity: expected an int, found a string")
        .extracting(e -> ((JsonDataException) e).path()).isEqualTo("$.items[2].quantity");
  }

  @Test
  void aMissingRequiredPropertyNamesItsPath() {
    String json = ORDER.replace("{\"sku\":\"b\",\"quantity\":2}", "{\"sku\":\"b\"}");
    assertThatThrownBy(() -> read(json)).isInstanceOf(JsonDataException.class)
        .hasMessage("$.items[1].quantity: the required property is missing");
    assertThatThrownBy(() -> read(ORDER.replace("\"id\":\"o-1\",", "")))
        .hasMessage("$.id: the required property is missing");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2147483648 | $.items[0].quantity: the number is out of range for an int (-2147483648 to 2147483647)",
      "1.5 | $.items[0].quantity: expected an int, found a number with a fraction",
      "1e400 | $.items[0].quantity: the number is out of range for an int (-2147483648 to 2147483647)",
      "99999999999999999999999 | $.items[0].quantity: the number is out of range for an int (-2147483648 to 2147483647)",
      "null | $.items[0].quantity: expected an int, found null",
      "true | $.items[0].quantity: expected an int, found a boolean"})
  void integersAreRangeCheckedAndHaveNoFraction(String quantity, String message) {
    String json = ORDER.replace("\"quantity\":1", "\"quantity\":" + quantity);
    assertThatThrownBy(() -> read(json)).isInstanceOf(JsonDataException.class).hasMessage(message);
  }

  @Test
  void integersWrittenWithAnExponentOrAZeroFractionAreIntegers() throws IOException {
    assertThat(read(ORDER.replace("\"quantity\":1", "\"quantity\":1e1")).items().get(0)
        .quantity()).isEqualTo(10);
    assertThat(read(ORDER.replace("\"quantity\":1", "\"quantity\":2.00")).items().get(0)
        .quantity()).isEqualTo(2);
  }

  @Test
  void malformedDatesUuidsDecimalsAndSymbolsNameTheirPath() {
    assertThatThrownBy(() -> read(ORDER.replace("2026-12-01T15:30:00.123Z", "2026-13-01T00:00:00Z")))
        .hasMessageStartingWith("$.placed_at: expected a date-time string");
    assertThatThrownBy(() -> read(ORDER.replace("123e4567-e89b", "123e4567-x89b")))
        .hasMessageStartingWith("$.trace: expected a UUID");
    assertThatThrownBy(() -> read(ORDER.replace("\"12.50\"", "\"12.505\"")))
        .hasMessage("$.total: the decimal has more than 2 digits after the point (decimal(12,2))");
    assertThatThrownBy(() -> read(ORDER.replace("\"12.50\"", "\"12345678901\"")))
        .hasMessage("$.total: the decimal has more than 10 digits before the point (decimal(12,2))");
    assertThatThrownBy(() -> read(ORDER.replace("\"12.50\"", "\"1e999999999\"")))
        .hasMessageContaining("digits before the point");
    assertThatThrownBy(() -> read(ORDER.replace("\"PAID\"", "\"LOST\"")))
        .hasMessage("$.status: 'LOST' is not one of PLACED, PAID");
  }

  @Test
  void decimalsAreReadExactlyAtTheirScaleFromStringsOrNumbers() throws IOException {
    assertThat(read(ORDER.replace("\"12.50\"", "\"12.5\"")).total()).isEqualTo("12.50");
    assertThat(read(ORDER.replace("\"12.50\"", "0.1")).total().toPlainString()).isEqualTo("0.10");
    assertThat(read(ORDER.replace("\"12.50\"", "\"-9999999999.99\"")).total())
        .isEqualTo(new BigDecimal("-9999999999.99"));
  }

  @Test
  void malformedJsonNamesWhereTheReaderWas() {
    String json = ORDER.replace("{\"sku\":\"c\",\"quantity\":3}", "{\"sku\":\"c\",\"quantity\":3,]");
    assertThatThrownBy(() -> read(json)).isInstanceOf(JsonDataException.class)
        .hasMessageStartingWith("$.items[2].quantity: malformed JSON:");
    assertThatThrownBy(() -> read(ORDER.substring(0, 60))).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> read("")).hasMessage("$: the payload holds no JSON value");
    assertThatThrownBy(() -> read("[1]")).hasMessage("$: expected an object, found an array");
  }

  @Test
  void contentAfterTheEventIsRefused() {
    assertThatThrownBy(() -> read(ORDER + " {}"))
        .hasMessage("$: unexpected content after the event's JSON value (an object)");
  }

  @Test
  void recordsNestAtMostMaxDepthBelowTheEvent() throws IOException {
    byte[] json = "{\"a\":{\"b\":{\"c\":[{}]}}}".getBytes(StandardCharsets.UTF_8);
    JsonReader two = new JsonReader(new Limits(100, 2)).reset(json, 0, json.length);
    two.beginObject();
    two.nextName();
    two.beginObject();
    two.nextName();
    two.beginObject();
    two.nextName();
    two.beginArray();
    two.nextElement();
    assertThatThrownBy(two::beginObject).isInstanceOf(JsonDataException.class)
        .hasMessage("$.a.b.c[0]: records nest deeper than 2 levels below the event"
            + " (eventschema.max.depth)");
    JsonReader three = new JsonReader(new Limits(100, 3)).reset(json, 0, json.length);
    three.beginObject();
    three.nextName();
    three.skipValue();
    assertThat(three.nextName()).isNull();
  }

  @Test
  void nestingOfSkippedValuesIsBoundedToo() throws IOException {
    // max.depth 20: jackson-core allows 4 x 21 = 84 levels of objects and arrays in all
    String deep = "[".repeat(90) + "]".repeat(90);
    String json = ORDER.replace("\"note\":null", "\"note\":null,\"skipped\":" + deep);
    JsonReader shallow = new JsonReader(new Limits(JsonReaderTest.ITEMS, 20));
    shallow.reset(json.getBytes(StandardCharsets.UTF_8), 0, json.length());
    assertThatThrownBy(() -> OrderJsonCodec.INSTANCE.read(shallow))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("$.skipped")
        .hasMessageContaining("malformed JSON").hasMessageContaining("84");
    JsonReader roomy = new JsonReader(new Limits(JsonReaderTest.ITEMS, 30));
    roomy.reset(json.getBytes(StandardCharsets.UTF_8), 0, json.length());
    assertThat(OrderJsonCodec.INSTANCE.read(roomy).id()).isEqualTo("o-1");
  }

  @Test
  void arrayElementsAndMapEntriesCountTowardsMaxItems() throws IOException {
    byte[] json = ORDER.replace("{\"gift\":\"yes\"}", "{\"a\":\"1\",\"b\":\"2\"}")
        .getBytes(StandardCharsets.UTF_8);
    JsonReader five = new JsonReader(new Limits(5, Limits.DEFAULT_MAX_DEPTH));
    five.reset(json, 0, json.length);
    assertThat(OrderJsonCodec.INSTANCE.read(five).attributes()).hasSize(2);
    JsonReader four = new JsonReader(new Limits(4, Limits.DEFAULT_MAX_DEPTH));
    four.reset(json, 0, json.length);
    assertThatThrownBy(() -> OrderJsonCodec.INSTANCE.read(four))
        .hasMessage("$.attributes.b: the payload has more than 4 array elements and map entries"
            + " in all (eventschema.max.items)");
  }

  @Test
  void discriminatorIsFoundWhereverTheWriterPutItWithoutMovingTheReader() throws IOException {
    byte[] json = "  [{\"a\":{\"kind\":\"no\"},\"b\":[1],\"kind\":\"card\",\"n\":5}]"
        .getBytes(StandardCharsets.UTF_8);
    byte[] framed = new byte[json.length + 7];
    System.arraycopy(json, 0, framed, 7, json.length);
    JsonReader in = new JsonReader(new Limits(10, 10)).reset(framed, 7, json.length);
    in.beginArray();
    assertThat(in.nextElement()).isTrue();
    assertThat(in.discriminator("kind")).isEqualTo("card");
    in.beginObject();
    assertThat(in.nextName()).isEqualTo("a");
    in.skipValue();
    assertThat(in.nextName()).isEqualTo("b");
    in.skipValue();
    assertThat(in.nextName()).isEqualTo("kind");
    assertThat(in.nextName()).isEqualTo("n");
    assertThat(in.readInt()).isEqualTo(5);
    assertThat(in.nextName()).isNull();
    assertThat(in.nextElement()).isFalse();
    in.requireEnd();

    JsonReader none = reader("{\"a\":1}");
    assertThatThrownBy(() -> none.discriminator("kind"))
        .hasMessage("$.kind: the required property is missing");
    JsonReader notString = reader("{\"kind\":1}");
    assertThatThrownBy(() -> notString.discriminator("kind"))
        .hasMessage("$.kind: expected a string (the subtype), found an integer");
  }

  @Test
  void scalarsOfEveryKind() throws IOException {
    JsonReader in = reader("[true,\"x\",-128,32767,\"NaN\",1.5,\"AQID\",\"2026-12-01\","
        + "\"15:30:01.5\",\"2026-12-01T15:30\",\"2026-12-01T16:30:00+01:00\",3e38]");
    in.beginArray();
    in.nextElement();
    assertThat(in.readBoolean()).isTrue();
    in.nextElement();
    assertThat(in.readChar()).isEqualTo('x');
    in.nextElement();
    assertThat(in.readByte()).isEqualTo((byte) -128);
    in.nextElement();
    assertThat(in.readShort()).isEqualTo((short) 32767);
    in.nextElement();
    assertThat(in.readDouble()).isNaN();
    in.nextElement();
    assertThat(in.readFloat()).isEqualTo(1.5f);
    in.nextElement();
    assertThat(in.readBytes()).containsExactly(1, 2, 3);
    in.nextElement();
    assertThat(in.readLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    in.nextElement();
    assertThat(in.readLocalTime()).isEqualTo(LocalTime.of(15, 30, 1, 500_000_000));
    in.nextElement();
    assertThat(in.readLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 30));
    in.nextElement();
    assertThat(in.readInstant()).isEqualTo(Instant.parse("2026-12-01T15:30:00Z"));
    in.nextElement();
    assertThat(in.readFloat()).isEqualTo(3e38f);
    assertThat(in.nextElement()).isFalse();
    JsonReader tooBig = reader("[1e39]");
    tooBig.beginArray();
    tooBig.nextElement();
    assertThatThrownBy(tooBig::readFloat).hasMessage("$[0]: the number is out of range for a float");
    JsonReader badBase64 = reader("{\"b\":\"@@\"}");
    badBase64.beginObject();
    badBase64.nextName();
    assertThatThrownBy(badBase64::readBytes).hasMessageStartingWith("$.b: expected a base64 string");
  }

  @Test
  void propertyNamesThatAreNotIdentifiersAreQuotedInPaths() throws IOException {
    JsonReader in = reader("{\"a b\":{\"it's\":[0,\"x\"]}}");
    in.beginObject();
    in.nextName();
    in.beginObject();
    in.nextName();
    in.beginArray();
    in.nextElement();
    in.nextElement();
    assertThatThrownBy(in::readInt).hasMessage("$['a b']['it\\'s'][1]: expected an int, found a string");
  }
}
