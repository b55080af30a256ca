package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.Golden;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The type mappings and schema options give the expected schemas: hand-written expectations
 * compared as parsed Avro schemas (which ignore docs), explicit checks of what equality ignores (docs,
 * aliases, properties, defaults, union order), and golden files of the pretty text.
 */
class TypeMappingTest {
  private static final Compilation COMPILATION = Compile.succeeded(ShopSources.all());

  private static String pretty(String fullName) {
    return Compile.schemaText(COMPILATION, fullName);
  }

  private static Schema schema(String fullName) {
    return new Schema.Parser().parse(pretty(fullName));
  }

  private static Schema parse(String json) {
    return new Schema.Parser().parse(json);
  }

  @Test
  void scalars() {
    Schema actual = schema("com.acme.shop.Scalars");
    assertThat(actual).isEqualTo(parse("""
        {"type": "record", "name": "Scalars", "namespace": "com.acme.shop", "fields": [
          {"name": "tiny", "type": "int"},
          {"name": "tinyBox", "type": "int"},
          {"name": "small", "type": "int"},
          {"name": "smallBox", "type": "int"},
          {"name": "initial", "type": "string"},
          {"name": "code", "type": "int"},
          {"name": "label", "type": "string"},
          {"name": "blob", "type": "bytes"},
          {"name": "md5", "type": {"type": "fixed", "name": "Md5", "size": 16}},
          {"name": "tag", "type": {"type": "fixed", "name": "Tag", "size": 4}},
          {"name": "otherTag", "type": "Tag"},
          {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
          {"name": "parentId", "type": ["null", {"type": "string", "logicalType": "uuid"}],
           "default": null},
          {"name": "price", "type": {"type": "bytes", "logicalType": "decimal",
           "precision": 12, "scale": 2}},
          {"name": "rate", "type": {"type": "bytes", "logicalType": "decimal",
           "precision": 20, "scale": 4}},
          {"name": "discount", "type": ["null", {"type": "bytes", "logicalType": "decimal",
           "precision": 3, "scale": 0}], "default": null}
        ]}
        """));
    // constraints go into the schema only when the event asks (@ConstraintsInSchema)
    assertThat(actual.getField("price").getObjectProp("constraints")).isNull();
    Golden.check("shop/Scalars.avsc", pretty("com.acme.shop.Scalars"));
  }

  @Test
  void containers() {
    Schema actual = schema("com.acme.shop.Containers");
    assertThat(actual).isEqualTo(parse("""
        {"type": "record", "name": "Containers", "namespace": "com.acme.shop", "fields": [
          {"name": "names", "type": {"type": "array", "items": "string"}},
          {"name": "statuses", "type": {"type": "array", "items": {"type": "enum",
            "name": "Status", "symbols": ["OPEN", "PAID", "SHIPPED", "UNKNOWN"],
            "default": "UNKNOWN"}}},
          {"name": "ids", "type": {"type": "array", "items": "long"}},
          {"name": "tags", "type": {"type": "array", "items": "string"}},
          {"name": "scores", "type": {"type": "array", "items": "int"}},
          {"name": "weights", "type": {"type": "array", "items": "double"}},
          {"name": "flags", "type": {"type": "array", "items": "boolean"}},
          {"name": "smalls", "type": {"type": "array", "items": "int"}},
          {"name": "addresses", "type": {"type": "array", "items": {"type": "record",
            "name": "Address", "fields": [{"name": "street", "type": "string"},
            {"name": "city", "type": "string"}]}}},
          {"name": "sparse", "type": {"type": "array", "items": ["null", "string"]}},
          {"name": "counts", "type": {"type": "map", "values": ["null", "int"]}},
          {"name": "matrix", "type": {"type": "array",
            "items": {"type": "array", "items": "int"}}},
          {"name": "nested", "type": {"type": "map",
            "values": {"type": "map", "values": "double"}}},
          {"name": "byName", "type": {"type": "map", "values": "Address"}},
          {"name": "unique", "type": {"type": "array", "items": "string"}}
        ]}
        """));
    assertThat(actual.getField("statuses").schema().getElementType().getEnumDefault())
        .isEqualTo("UNKNOWN");
    Golden.check("shop/Containers.avsc", pretty("com.acme.shop.Containers"));
  }

  @Test
  void timesWithEventAndFieldPrecision() {
    Schema actual = schema("com.acme.shop.Times");
    assertThat(actual).isEqualTo(parse("""
        {"type": "record", "name": "Times", "namespace": "com.acme.shop", "fields": [
          {"name": "createdAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
          {"name": "seenAt", "type": {"type": "long", "logicalType": "timestamp-micros"}},
          {"name": "measuredAt", "type": {"type": "long", "logicalType": "timestamp-nanos"}},
          {"name": "localMillis",
           "type": {"type": "long", "logicalType": "local-timestamp-millis"}},
          {"name": "localMicros",
           "type": {"type": "long", "logicalType": "local-timestamp-micros"}},
          {"name": "localNanos",
           "type": {"type": "long", "logicalType": "local-timestamp-nanos"}},
          {"name": "day", "type": {"type": "int", "logicalType": "date"}},
          {"name": "opensAt", "type": {"type": "int", "logicalType": "time-millis"}},
          {"name": "closesAt", "type": {"type": "long", "logicalType": "time-micros"}},
          {"name": "ticks", "type": {"type": "array",
            "items": {"type": "long", "logicalType": "timestamp-nanos"}}},
          {"name": "holiday", "type": ["null", {"type": "int", "logicalType": "date"}],
           "default": null},
          {"name": "slot", "type": {"type": "record", "name": "Slot", "fields": [
            {"name": "start", "type": {"type": "long", "logicalType": "timestamp-millis"}},
            {"name": "at", "type": {"type": "int", "logicalType": "time-millis"}}]}}
        ]}
        """));
    Golden.check("shop/Times.avsc", pretty("com.acme.shop.Times"));
  }

  @Test
  void sealedUnionsInPermitsOrderAndRecursion() {
    Schema actual = schema("com.acme.shop.Structures");
    assertThat(names(actual.getField("shape").schema()))
        .containsExactly("com.acme.shop.Circle", "com.acme.shop.Square",
            "com.acme.shop.Polygon");
    assertThat(names(actual.getField("maybeShape").schema()))
        .containsExactly("null", "com.acme.shop.Circle", "com.acme.shop.Square",
            "com.acme.shop.Polygon");
    assertThat(names(actual.getField("optionalShape").schema()))
        .isEqualTo(names(actual.getField("maybeShape").schema()));
    assertThat(names(actual.getField("shapes").schema().getElementType()))
        .containsExactly("com.acme.shop.Circle", "com.acme.shop.Square",
            "com.acme.shop.Polygon");
    Schema expr = actual.getField("expr").schema();
    assertThat(names(expr)).containsExactly("com.acme.shop.Lit", "com.acme.shop.Add",
        "com.acme.shop.Neg");
    // Add refers to the union it belongs to
    assertThat(names(expr.getTypes().get(1).getField("left").schema())).isEqualTo(names(expr));
    Schema tree = actual.getField("tree").schema();
    assertThat(tree.getField("children").schema().getElementType()).isSameAs(tree);
    Schema link = actual.getField("chain").schema().getTypes().get(1);
    assertThat(link.getField("next").schema().getTypes().get(1)).isSameAs(link);
    // each named type is defined once, then referenced by its full name
    String text = pretty("com.acme.shop.Structures");
    for (String name : List.of("Circle", "Square", "Polygon", "Lit", "Add", "Neg", "TreeNode",
        "Link", "Status")) {
      assertThat(text.split("\"name\": \"" + name + "\"", -1)).as(name).hasSize(2);
    }
    Golden.check("shop/Structures.avsc", text);
  }

  @Test
  void sealedEventIsAUnionOfItsRecords() {
    Schema actual = schema("com.acme.orders.OrderEvent");
    assertThat(actual.getType()).isEqualTo(Schema.Type.UNION);
    assertThat(names(actual)).containsExactly("com.acme.orders.Placed",
        "com.acme.orders.Paid", "com.acme.orders.Shipped");
    assertThat(actual.getTypes().get(0).getDoc()).isEqualTo("An order was placed.");
    Golden.check("shop/OrderEvent.avsc", pretty("com.acme.orders.OrderEvent"));
    String codec = Compile.generatedSource(COMPILATION, "com.acme.shop.OrderEventCodec");
    assertThat(codec).contains("public String fullName()")
        .contains("return \"com.acme.orders.OrderEvent\"");
    assertThat(Compile.generatedSourceNames(COMPILATION)).contains(
        "com.acme.shop.OrderEventSerializer", "com.acme.shop.OrderEventDeserializer",
        "com.acme.shop.OrderEventSerde");
  }

  @Test
  void shapingTheSchema() {
    Schema actual = schema("com.acme.shop.Shaped");
    // docs from Javadoc: the description (tags and HTML dropped), @param for fields
    assertThat(actual.getDoc()).isEqualTo(
        "A customer's order, as checkout records it. Second paragraph.");
    assertThat(actual.getField("order_id").doc())
        .isEqualTo("the order's id, from the Shaped checkout");
    assertThat(actual.getField("currency").doc()).isEqualTo("ISO 4217 code");
    assertThat(actual.getField("email").doc()).isEqualTo("overrides any Javadoc");
    // aliases of the record and of a field; a per-field rename beats the naming strategy
    assertThat(actual.getAliases()).containsExactlyInAnyOrder("com.acme.shop.Order",
        "com.acme.legacy.Order");
    assertThat(actual.getField("customerRef").aliases()).containsExactly("customer");
    // custom properties
    assertThat(actual.getObjectProp("owner")).isEqualTo("checkout-team");
    assertThat(actual.getObjectProp("retention")).isEqualTo(Map.of("days", 30));
    assertThat(actual.getField("email").getObjectProp("pii")).isEqualTo(true);
    // defaults, checked, with their branch first in the union
    assertThat(actual.getField("currency").defaultVal()).isEqualTo("EUR");
    assertThat(names(actual.getField("note").schema())).containsExactly("string", "null");
    assertThat(actual.getField("note").defaultVal()).isEqualTo("none");
    assertThat(names(actual.getField("attempts").schema())).containsExactly("int", "null");
    assertThat(actual.getField("attempts").defaultVal()).isEqualTo(0);
    assertThat(actual.getField("status").defaultVal()).isEqualTo("OPEN");
    assertThat(actual.getField("tags").defaultVal()).isEqualTo(List.of());
    assertThat(actual.getField("quantities").defaultVal()).isEqualTo(Map.of());
    assertThat(names(actual.getField("shape").schema())).containsExactly(
        "com.acme.shop.Square", "com.acme.shop.Circle", "com.acme.shop.Polygon");
    assertThat(names(actual.getField("previous_shape").schema())).first().isEqualTo("null");
    // Bean Validation constraints as the "constraints" property
    assertThat(actual.getField("order_id").getObjectProp("constraints"))
        .isEqualTo(List.of(Map.of("name", "Positive")));
    assertThat(actual.getField("currency").getObjectProp("constraints"))
        .isEqualTo(List.of(Map.of("name", "Size", "min", 3, "max", 3)));
    assertThat(actual.getField("tags").getObjectProp("constraints"))
        .isEqualTo(List.of(Map.of("name", "NotBlank", "on", "items")));
    assertThat(actual.getField("quantities").getObjectProp("constraints"))
        .isEqualTo(List.of(Map.of("name", "Min", "on", "values", "value", 1)));
    assertThat(actual.getField("coupon").getObjectProp("constraints"))
        .isEqualTo(List.of(Map.of("name", "Size", "min", 0, "max", 64)));
    Golden.check("shop/Shaped.avsc", pretty("com.acme.shop.Shaped"));
  }

  @Test
  void otherLanguagesParsersAcceptEveryDefault() {
    // Avro's own parser validates defaults (against the first branch of a union, as the spec says)
    Schema.Parser strict = new Schema.Parser();
    strict.setValidateDefaults(true);
    assertThat(strict.parse(pretty("com.acme.shop.Shaped")).getField("shape").defaultVal())
        .isEqualTo(Map.of("side", 1.0));
  }

  @Test
  void generatedCodecsAreTheGoldenFilesAndReproducible() {
    Compilation again = Compile.succeeded(ShopSources.all());
    for (String name : List.of("Scalars", "Containers", "Times", "Structures", "Shaped",
        "OrderEvent")) {
      String codec = Compile.generatedSource(COMPILATION, "com.acme.shop." + name + "Codec");
      Golden.check("shop/" + name + "Codec.java", codec);
      assertThat(Compile.generatedSource(again, "com.acme.shop." + name + "Codec"))
          .isEqualTo(codec);
    }
    Golden.check("shop/OrderEventDeserializer.java",
        Compile.generatedSource(COMPILATION, "com.acme.shop.OrderEventDeserializer"));
  }

  @Test
  void typeUseAnnotationsConfigureContainerItems() {
    Compilation c = Compile.succeeded(Compile.source("p.E", "package p;",
        "import io.eventschema.*;",
        "import jakarta.validation.constraints.Digits;",
        "import java.math.BigDecimal;",
        "import java.util.*;",
        "@Event",
        "public record E(List<@Fixed(16) byte[]> hashes,",
        "    List<@Digits(integer = 3, fraction = 1) BigDecimal> prices,",
        "    Map<String, @AvroDecimal(precision = 4, scale = 2) BigDecimal> rates,",
        "    Optional<@Fixed(value = 2, name = \"Pair\") byte[]> pair) {}"));
    Schema actual = new Schema.Parser().parse(Compile.schemaText(c, "p.E"));
    assertThat(actual).isEqualTo(parse("""
        {"type": "record", "name": "E", "namespace": "p", "fields": [
          {"name": "hashes", "type": {"type": "array",
            "items": {"type": "fixed", "name": "Hashes", "size": 16}}},
          {"name": "prices", "type": {"type": "array", "items": {"type": "bytes",
            "logicalType": "decimal", "precision": 4, "scale": 1}}},
          {"name": "rates", "type": {"type": "map", "values": {"type": "bytes",
            "logicalType": "decimal", "precision": 4, "scale": 2}}},
          {"name": "pair", "type": ["null", {"type": "fixed", "name": "Pair", "size": 2}],
           "default": null}
        ]}
        """));
  }

  private static List<String> names(Schema union) {
    return union.getTypes().stream().map(Schema::getFullName).collect(Collectors.toList());
  }
}
