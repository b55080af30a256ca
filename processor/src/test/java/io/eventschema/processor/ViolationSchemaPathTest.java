package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.validation.EventValidator;
import io.eventschema.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A violation gives the schema's field path beside the Java property path: the event's
 * {@code fieldNaming} and {@code @AvroName} rename fields, and the path follows the records the
 * value holds (list items, map values, an Optional's record). Hibernate Validator is the oracle for
 * the Java paths.
 */
class ViolationSchemaPathTest {
  private static final String[] SOURCE = {
      "package com.acme.v;",
      "import io.eventschema.AvroName;",
      "import io.eventschema.Event;",
      "import io.eventschema.FieldNaming;",
      "import jakarta.validation.Valid;",
      "import jakarta.validation.constraints.*;",
      "import java.util.List;",
      "import java.util.Map;",
      "import java.util.Optional;",
      "@Event(fieldNaming = FieldNaming.SNAKE_CASE)",
      "public record Order(@NotBlank String customerId, List<@Valid LineItem> lineItems,",
      "    List<@NotBlank String> tags, Map<String, @Valid LineItem> byName,",
      "    Optional<@Valid Address> shipTo, @AvroName(\"memo\") @Size(max = 3) String comment,",
      "    @Positive int count) {",
      "  public record LineItem(@NotBlank String skuCode, @Positive int unitCount) {}",
      "  public record Address(@NotBlank String streetName) {}",
      "}"};

  private static final CompiledClasses CLASSES = new CompiledClasses(Compile.succeeded(
      Compile.source("com.acme.v.Order", SOURCE)));

  private static Object make(String name, Object... args) throws Exception {
    Constructor<?> c = CLASSES.load("com.acme.v." + name).getDeclaredConstructors()[0];
    return c.newInstance(args);
  }

  @SuppressWarnings("unchecked")
  private static List<Violation> validate(Object order) throws Exception {
    EventValidator<Object> v = (EventValidator<Object>) CLASSES.load("com.acme.v.OrderValidator")
        .getField("INSTANCE").get(null);
    return v.validate(order);
  }

  @Test
  void everyViolationHasItsSchemaPathAndHibernateValidatorsJavaPath() throws Exception {
    Object good = make("Order$LineItem", "a", 1);
    Object bad = make("Order$LineItem", "", 0);
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("k", bad);
    Object order = make("Order", " ", List.of(good, bad), List.of("x", ""), byName,
        Optional.of(make("Order$Address", "")), "long", 0);
    List<Violation> violations = validate(order);

    Set<String> hibernate = Validation.buildDefaultValidatorFactory().getValidator()
        .validate(order).stream().map(ConstraintViolation::getPropertyPath)
        .map(Object::toString).collect(Collectors.toSet());
    assertThat(violations).extracting(Violation::propertyPath)
        .containsExactlyInAnyOrderElementsOf(hibernate);
    Map<String, String> schemaByJava = violations.stream()
        .collect(Collectors.toMap(Violation::propertyPath, Violation::schemaPath));
    assertThat(schemaByJava).containsExactlyInAnyOrderEntriesOf(Map.of(
        "customerId", "customer_id",
        "lineItems[1].skuCode", "line_items[1].sku_code",
        "lineItems[1].unitCount", "line_items[1].unit_count",
        "tags[1].<list element>", "tags[1].<list element>",
        "byName[k].skuCode", "by_name[k].sku_code",
        "byName[k].unitCount", "by_name[k].unit_count",
        "shipTo.streetName", "ship_to.street_name",
        "comment", "memo",
        "count", "count"));
    Violation customer = violations.stream()
        .filter(v -> v.propertyPath().equals("customerId")).findFirst().orElseThrow();
    assertThat(customer.toString()).isEqualTo(
        "customerId (customer_id): must not be blank (was ' ')");
    Violation count = violations.stream()
        .filter(v -> v.propertyPath().equals("count")).findFirst().orElseThrow();
    assertThat(count.toString()).isEqualTo("count: must be greater than 0 (was 0)");
  }

  @Test
  void anEventWhoseFieldsKeepTheirNamesHasTheJavaPathAsSchemaPath() throws Exception {
    com.google.testing.compile.Compilation c = Compile.succeeded(Compile.source(
        "com.acme.w.Plain",
        "package com.acme.w;",
        "import io.eventschema.Event;",
        "import jakarta.validation.constraints.NotBlank;",
        "@Event",
        "public record Plain(@NotBlank String customerId) {}"));
    CompiledClasses classes = new CompiledClasses(c);
    String validator = Compile.generatedText(c, javax.tools.StandardLocation.SOURCE_OUTPUT,
        "com/acme/w/PlainValidator.java");
    assertThat(validator).doesNotContain("SchemaPaths");
    @SuppressWarnings("unchecked")
    EventValidator<Object> v = (EventValidator<Object>) classes.load("com.acme.w.PlainValidator")
        .getField("INSTANCE").get(null);
    Object plain = classes.load("com.acme.w.Plain").getDeclaredConstructors()[0].newInstance("");
    assertThat(v.validate(plain)).singleElement().satisfies(x -> {
      assertThat(x.propertyPath()).isEqualTo("customerId");
      assertThat(x.schemaPath()).isEqualTo("customerId");
    });
  }

  @Test
  void aSealedEventsRecordsAreTranslatedByTheRecordTheEventIs() throws Exception {
    com.google.testing.compile.Compilation c = Compile.succeeded(Compile.source("com.acme.s.Pay",
        "package com.acme.s;",
        "import io.eventschema.Event;",
        "import io.eventschema.FieldNaming;",
        "import jakarta.validation.constraints.*;",
        "@Event(fieldNaming = FieldNaming.SNAKE_CASE)",
        "public sealed interface Pay permits Pay.Card, Pay.Cash {",
        "  record Card(@NotBlank String cardNumber) implements Pay {}",
        "  record Cash(@Positive long amountCents) implements Pay {}",
        "}"));
    CompiledClasses classes = new CompiledClasses(c);
    @SuppressWarnings("unchecked")
    EventValidator<Object> v = (EventValidator<Object>) classes.load("com.acme.s.PayValidator")
        .getField("INSTANCE").get(null);
    Object card = classes.load("com.acme.s.Pay$Card").getDeclaredConstructors()[0]
        .newInstance("");
    Object cash = classes.load("com.acme.s.Pay$Cash").getDeclaredConstructors()[0]
        .newInstance(0L);
    assertThat(v.validate(card)).extracting(Violation::propertyPath, Violation::schemaPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cardNumber", "card_number"));
    assertThat(v.validate(cash)).extracting(Violation::propertyPath, Violation::schemaPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("amountCents", "amount_cents"));
  }
}
