package io.eventschema.processor.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.codec.Limits;
import io.eventschema.json.JsonDataException;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonReader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the generated JSON codec does with JSON other writers produce: properties in any order,
 * unknown ones (however nested) skipped, missing optional ones defaulted, the discriminator
 * anywhere in the object; and the errors, which name the JSON path.
 */
class JsonCodecReadingTest {

  /**
   * Reads {@code json} as the deserializer does (JsonReader.readEvent) and with jackson-core's
   * parser alone: both must give an equal event or the same error.
   */
  private static Object read(String event, String json) throws Exception {
    JsonEventCodec<Object> codec = JsonCodecOracleTest.codec(event);
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    Object jackson = null;
    Exception jacksonError = null;
    try {
      jackson = new JsonReader(Limits.DEFAULT).readEventWithJackson(codec, b, 0, b.length);
    } catch (Exception e) {
      jacksonError = e;
    }
    Object fast;
    try {
      fast = new JsonReader(Limits.DEFAULT).readEvent(codec, b, 0, b.length);
    } catch (Exception e) {
      assertThat(jacksonError).as("jackson-core's path's error").isNotNull()
          .hasSameClassAs(e).hasMessage(e.getMessage());
      throw e;
    }
    assertThat(jacksonError).as("jackson-core's path's error").isNull();
    assertThat(JsonCodecOracleTest.equal(fast, jackson)).as("%s and %s", fast, jackson).isTrue();
    return fast;
  }

  private static Object get(Object record, String component) throws Exception {
    Method m = record.getClass().getDeclaredMethod(component);
    m.setAccessible(true);
    return m.invoke(record);
  }

  private static String text(String event, Object value) throws Exception {
    return new String(JsonCodecOracleTest.write(JsonCodecOracleTest.codec(event), value),
        StandardCharsets.UTF_8);
  }

  @Test
  void missingOptionalPropertiesTakeTheirDefaults() throws Exception {
    Object d = read("Defaults", "{\"id\": \"x\"}");
    assertThat(get(d, "id")).isEqualTo("x");
    assertThat(get(d, "currency")).isEqualTo("EUR");
    assertThat(get(d, "tries")).isEqualTo(3);
    assertThat((byte[]) get(d, "magic")).containsExactly(1, -1);
    assertThat((byte[]) get(d, "triple")).containsExactly(0, 0, 1);
    assertThat(get(d, "price")).isEqualTo(new BigDecimal("12.34"));
    assertThat(get(d, "at")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_000L));
    assertThat(get(d, "day")).isEqualTo(LocalDate.ofEpochDay(19_000));
    assertThat(get(d, "opens")).isEqualTo(LocalTime.of(10, 0));
    assertThat(get(d, "levels")).isEqualTo(List.of(1, 2));
    assertThat(get(d, "labels")).isEqualTo(Map.of("a", "x"));
    assertThat(get(d, "level").toString()).isEqualTo("LOW");
    assertThat(get(d, "note")).isEqualTo("note");
    assertThat(get(d, "limit")).isEqualTo(Optional.of(5));
  }

  @Test
  void anExplicitNullIsNotTheDefault() throws Exception {
    Object d = read("Defaults", "{\"note\": null, \"id\": \"x\", \"limit\": null}");
    assertThat(get(d, "note")).isNull();
    assertThat(get(d, "limit")).isEqualTo(Optional.empty());
  }

  @Test
  void anyOrderAndUnknownPropertiesAreSkipped() throws Exception {
    Object h = read("Holder", """
        {"gaps": [null, "a"], "main_part": {"quantity": 2, "extra": {"deep": [1, {"x": []}]},
         "sku": "s"}, "words": [], "samples": [3, 4], "weights": {"w": "NaN"},
         "parts_by_bin": {}, "counts": [1], "codes": [2, 2], "item_names": ["n"],
         "newer_writers_field": [true, null, {"a": 1}]}""");
    assertThat(get(h, "itemNames")).isEqualTo(List.of("n"));
    assertThat((long[]) get(h, "samples")).containsExactly(3L, 4L);
    assertThat(get(h, "gaps")).isEqualTo(java.util.Arrays.asList(null, "a"));
    assertThat(((Map<?, ?>) get(h, "weights")).get("w")).isEqualTo(Double.NaN);
    Object part = get(h, "mainPart");
    assertThat(get(part, "sku")).isEqualTo("s");
    assertThat(get(part, "inner")).isEqualTo(Optional.empty());
    assertThat(get(h, "sparePart")).isEqualTo(Optional.empty());
    assertThat(get(h, "parent")).isNull();
  }

  @Test
  void aMissingRequiredPropertyNamesItsPath() {
    assertThatThrownBy(() -> read("Holder", """
        {"item_names": [], "codes": [], "counts": [], "samples": [], "words": [], "weights": {},
         "parts_by_bin": {"bin": [{"sku": "s"}]}, "main_part": {"sku": "s", "quantity": 1},
         "gaps": []}"""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.parts_by_bin.bin[0]")
        .hasMessageContaining("quantity");
  }

  @Test
  void aValueOfTheWrongTypeNamesItsPath() {
    assertThatThrownBy(() -> read("Holder", """
        {"item_names": ["a", 7]}"""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.item_names[1]")
        .hasMessageContaining("expected a string");
  }

  @Test
  void theDiscriminatorMayComeAnywhere() throws Exception {
    Object v = read("Payment", """
        {"code": "c", "replaces": {"iban": "DE1", "type": "Transfer"}, "type": "Voucher"}""");
    assertThat(v.getClass().getSimpleName()).isEqualTo("Voucher");
    Object replaced = get(v, "replaces");
    assertThat(replaced.getClass().getSimpleName()).isEqualTo("Transfer");
    // Transfer's fee was missing: its default, a Flat record
    Object fee = get(replaced, "fee");
    assertThat(fee.getClass().getSimpleName()).isEqualTo("Flat");
    assertThat(get(fee, "code")).isEqualTo("none");
  }

  @Test
  void anUnknownDiscriminatorIsAnError() {
    assertThatThrownBy(() -> read("Payment", "{\"type\": \"Cheque\", \"code\": \"c\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("names none of the records of Payment (Card, Transfer, Voucher)");
  }

  @Test
  void writesPropertiesInDeclarationOrderWithTheDiscriminatorFirst() throws Exception {
    Object v = read("Payment", """
        {"last4": "1234", "type": "Card", "fee": {"rate": 0.5, "type": "Percent"}}""");
    assertThat(text("Payment", v)).isEqualTo(
        "{\"type\":\"Card\",\"last4\":\"1234\",\"fee\":{\"type\":\"Percent\",\"rate\":0.5}}");
  }
}
