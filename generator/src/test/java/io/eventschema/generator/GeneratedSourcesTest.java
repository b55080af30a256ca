package io.eventschema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generated sources say for each construct, compiled back through the processor. */
class GeneratedSourcesTest {
  @TempDir
  Path dir;

  private static GenerationResult generate(Generator g, String... schemas) {
    List<Generator.SchemaInput> in = new java.util.ArrayList<>();
    for (int i = 0; i < schemas.length; i++) {
      in.add(new Generator.SchemaInput("s" + i + ".avsc", "", schemas[i]));
    }
    GenerationResult r = g.generateSources(in);
    assertThat(r.errors()).isEmpty();
    return r;
  }

  /** The source of {@code className}, with JavaPoet's line wrapping undone. */
  private static String source(GenerationResult r, String className) {
    return r.sources().stream().filter(s -> s.className().equals(className)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + className + " in "
            + r.sources().stream().map(GeneratedSource::className).toList())).text()
        .replaceAll("\\\\n\"\n\\s+\\+ \"", java.util.regex.Matcher.quoteReplacement("\\n"))
        .replaceAll("\n\\s+(?=[A-Za-z@\"])", " ");
  }

  /** The source of {@code className} with every run of whitespace one space. */
  private static String flat(GenerationResult r, String className) {
    return source(r, className).replaceAll("\\s+", " ");
  }

  private static void schemaIsKept(GenerationResult r, String... schemas) {
    Compiled c = Compiled.of(r.sources());
    for (int i = 0; i < schemas.length; i++) {
      assertThat(c.schema(r.events().get(i).schemaName()))
          .isEqualTo(new Schema.Parser().parse(schemas[i]));
    }
  }

  @Test
  void namesThatAreNotJavaNamesKeepTheirSchemaName() {
    String schema = """
        {"type": "record", "name": "record", "namespace": "com.acme.enum",
         "fields": [{"name": "class", "type": "string"}, {"name": "hashCode", "type": "int"},
                    {"name": "_x", "type": "long"}, {"name": "ID", "type": "string"}]}""";
    GenerationResult r = generate(Generator.builder().build(), schema);
    assertThat(source(r, "com.acme.enum_.record_"))
        .contains("@Event(name = \"record\", namespace = \"com.acme.enum\")")
        .contains("public record record_(@AvroName(\"class\") String class_,")
        .contains("@AvroName(\"hashCode\") int hashCode_, long _x, @AvroName(\"ID\") String id)");
    schemaIsKept(r, schema);
  }

  @Test
  void enumSymbolsThatAreKeywordsKeepTheirSymbol() {
    String schema = """
        {"type": "record", "name": "Seat", "namespace": "com.acme",
         "fields": [{"name": "kind", "type": {"type": "enum", "name": "Kind",
           "symbols": ["class", "_", "default", "class_", "OPEN"], "default": "default"}}]}""";
    GenerationResult r = generate(Generator.builder().build(), schema);
    assertThat(source(r, "com.acme.Kind").replaceAll("\\s+", " ")).contains("public enum Kind {"
        + " @AvroName(\"class\") class__, @AvroName(\"_\") __, @EnumDefault"
        + " @AvroName(\"default\") default_, class_, OPEN");
    schemaIsKept(r, schema);
  }

  @Test
  void typesWithoutNamespaceAndErrorTypes() {
    String nested = """
        {"type": "record", "name": "Call", "namespace": "com.acme",
         "fields": [{"name": "plain", "type": {"type": "record", "name": "Plain", "namespace": "",
             "fields": [{"name": "state", "type": {"type": "enum", "name": "State",
               "symbols": ["A"]}}]}},
           {"name": "failure", "type": {"type": "error", "name": "Failure",
             "fields": [{"name": "message", "type": "string"}]}},
           {"name": "again", "type": "Plain"}]}""";
    String loose = """
        {"type": "error", "name": "Loose", "fields": [{"name": "n", "type": "int"}]}""";
    GenerationResult r = generate(Generator.builder().build(), nested);
    // a type without namespace joins the record that reaches it, with @AvroNamespace("")
    assertThat(flat(r, "com.acme.Plain")).contains("@AvroNamespace(\"\") public record"
        + " Plain(State state)");
    assertThat(flat(r, "com.acme.State")).contains("@AvroNamespace(\"\") public enum State");
    assertThat(flat(r, "com.acme.Failure")).contains("@AvroError public record Failure(");
    schemaIsKept(r, nested);
    Compiled c = Compiled.of(r.sources());
    assertThat(c.schema("com.acme.Call").getField("failure").schema().isError()).isTrue();
    assertThat(c.schema("com.acme.Call").getField("plain").schema().getFullName())
        .isEqualTo("Plain");
    // a schema without namespace mapped to a package: @AvroNamespace("") on the event
    GenerationResult mapped = generate(Generator.builder()
        .packageMapping(Map.of("", "com.loose")).build(), loose);
    assertThat(flat(mapped, "com.loose.Loose")).contains("@Event @AvroNamespace(\"\")"
        + " @AvroError public record Loose(int n)");
    schemaIsKept(mapped, loose);
    assertThat(Compiled.of(mapped.sources()).schema("Loose").isError()).isTrue();
  }

  @Test
  void docsAliasesPropertiesDefaultsAndEnumDefaults() {
    String schema = """
        {"type": "record", "name": "Order", "namespace": "com.acme", "doc": "An order.",
         "aliases": ["OldOrder"], "owner": "checkout",
         "fields": [
           {"name": "id", "type": "string", "doc": "The id.", "aliases": ["orderId"]},
           {"name": "note", "type": "string", "doc": "Two\\nlines", "default": "n/a",
            "pii": true},
           {"name": "state", "type": {"type": "enum", "name": "State", "doc": "Where it is.",
             "symbols": ["OPEN", "SHIPPED", "UNKNOWN"], "default": "UNKNOWN"}}]}""";
    GenerationResult r = generate(Generator.builder().build(), schema);
    assertThat(source(r, "com.acme.Order")).contains("/**\n * An order.\n *\n"
            + " * @param id The id.\n */")
        .contains("@AvroAlias(\"OldOrder\")").contains("@AvroProp(key = \"owner\", value ="
            + " \"\\\"checkout\\\"\")")
        .contains("@AvroAlias(\"orderId\") String id")
        .contains("@AvroDefault(\"\\\"n/a\\\"\") @AvroDoc(\"Two\\nlines\") @AvroProp(key ="
            + " \"pii\", value = \"true\") String note");
    assertThat(source(r, "com.acme.State")).contains("/**\n * Where it is.\n */")
        .contains("public enum State { OPEN, SHIPPED, @EnumDefault UNKNOWN");
    schemaIsKept(r, schema);
  }

  @Test
  void unionsOfRecordsBecomeSealedInterfaces() {
    String schema = """
        {"type": "record", "name": "Paid", "namespace": "com.acme",
         "fields": [{"name": "payment", "type": [
            {"type": "record", "name": "Card", "fields": [{"name": "last4", "type": "string"}]},
            {"type": "record", "name": "Cash", "fields": []}]},
          {"name": "refund", "type": ["null", "Card", "Cash"], "default": null}]}""";
    GenerationResult r = generate(Generator.builder().build(), schema);
    assertThat(source(r, "com.acme.Payment")).contains(
        "public sealed interface Payment permits Card, Cash");
    // the same records in the same order: one interface
    assertThat(r.sources()).extracting(GeneratedSource::className)
        .doesNotContain("com.acme.Refund");
    assertThat(source(r, "com.acme.Card")).contains("implements Payment");
    assertThat(source(r, "com.acme.Paid")).contains("Payment payment, @Nullable Payment refund");
    schemaIsKept(r, schema);
  }

  @Test
  void constraintsPropertyBecomesBeanValidationAnnotations() {
    String schema = """
        {"type": "record", "name": "Checked", "namespace": "com.acme",
         "fields": [
           {"name": "code", "type": "string",
            "constraints": [{"name": "Size", "max": 3, "min": 3}, {"name": "NotBlank"}]},
           {"name": "tags", "type": {"type": "array", "items": "string"},
            "constraints": [{"name": "Size", "max": 5, "min": 0},
                            {"name": "NotBlank", "on": "items"}]},
           {"name": "qty", "type": {"type": "map", "values": "int"},
            "constraints": [{"name": "Size", "max": 3, "min": 1, "on": "keys"},
                            {"name": "Positive", "on": "values"}]},
           {"name": "ref", "type": ["null", "string"], "default": null,
            "constraints": [{"name": "Pattern", "flags": ["CASE_INSENSITIVE"],
                             "regexp": "[a-z]+"}]}]}""";
    GenerationResult r = generate(Generator.builder().build(), schema);
    assertThat(source(r, "com.acme.Checked")).contains("@ConstraintsInSchema")
        .contains("@Size(min = 3, max = 3) @NotBlank String code")
        .contains("@Size(max = 5) List<@NotBlank String> tags")
        .contains("Map<@Size(min = 1, max = 3) String, @Positive Integer> qty")
        .contains("@Pattern(regexp = \"[a-z]+\", flags = Pattern.Flag.CASE_INSENSITIVE)"
            + " @Nullable String ref");
    schemaIsKept(r, schema);
  }

  @Test
  void logicalTypesFixedAndDecimals() {
    String schema = """
        {"type": "record", "name": "Measured", "namespace": "com.acme",
         "fields": [
           {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
           {"name": "local", "type": {"type": "long", "logicalType": "local-timestamp-nanos"}},
           {"name": "day", "type": {"type": "int", "logicalType": "date"}},
           {"name": "time", "type": {"type": "int", "logicalType": "time-millis"}},
           {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
           {"name": "price", "type": {"type": "bytes", "logicalType": "decimal",
             "precision": 12, "scale": 2}},
           {"name": "hash", "type": {"type": "fixed", "name": "Md5", "size": 16}},
           {"name": "hashes", "type": {"type": "array", "items": "Md5"}}]}""";
    GenerationResult r = generate(Generator.builder().build(), schema);
    assertThat(source(r, "com.acme.Measured"))
        .contains("@TimePrecision(Precision.MILLIS) Instant at")
        .contains("@TimePrecision(Precision.NANOS) LocalDateTime local, LocalDate day")
        .contains("@TimePrecision(Precision.MILLIS) LocalTime time, UUID id")
        .contains("@AvroDecimal(precision = 12, scale = 2) BigDecimal price")
        .contains("@Fixed(value = 16, name = \"Md5\") ByteBuffer hash")
        .contains("List<@Fixed(value = 16, name = \"Md5\") ByteBuffer> hashes");
    schemaIsKept(r, schema);
  }

  @Test
  void aNamedTypeUsedBySeveralSchemasIsWrittenOnceAndPackagesFollowTheMapping()
      throws Exception {
    Files.writeString(dir.resolve("a.avsc"), """
        {"type": "record", "name": "Placed", "namespace": "com.acme.orders",
         "fields": [{"name": "total", "type": {"type": "record", "name": "Money",
           "namespace": "com.acme.common",
           "fields": [{"name": "cents", "type": "long"}]}}]}""");
    Files.writeString(dir.resolve("b.avsc"), """
        {"type": "record", "name": "Refunded", "namespace": "com.acme.orders",
         "fields": [{"name": "amount", "type": "com.acme.common.Money"}]}""");
    Path out = dir.resolve("out");
    GenerationResult r = Generator.builder().packageMapping("com.acme", "org.example.kafka")
        .build().generate(List.of(dir.resolve("a.avsc"), dir.resolve("b.avsc")), out);
    assertThat(r.errors()).isEmpty();
    assertThat(r.sources()).extracting(GeneratedSource::className).containsExactly(
        "org.example.kafka.common.Money", "org.example.kafka.orders.Placed",
        "org.example.kafka.orders.Refunded");
    assertThat(source(r, "org.example.kafka.orders.Placed"))
        .contains("@Event(namespace = \"com.acme.orders\")");
    assertThat(source(r, "org.example.kafka.common.Money"))
        .contains("@AvroName(\"com.acme.common.Money\")")
        .contains("from a.avsc, b.avsc");
    assertThat(r.filesWritten()).hasSize(3);
    Compiled c = Compiled.of(r.sources());
    assertThat(c.schema("com.acme.orders.Refunded").getField("amount").schema().getFullName())
        .isEqualTo("com.acme.common.Money");

    // reproducible: the same input gives byte-identical sources
    GenerationResult again = Generator.builder().packageMapping(Map.of("com.acme",
        "org.example.kafka")).build().generate(List.of(dir.resolve("a.avsc"),
        dir.resolve("b.avsc")), null);
    assertThat(again.sources()).isEqualTo(r.sources());
  }

  @Test
  void recursiveRecords() {
    String schema = """
        {"type": "record", "name": "Node", "namespace": "com.acme",
         "fields": [{"name": "children", "type": {"type": "array", "items": "Node"}},
                    {"name": "parent", "type": ["null", "Node"], "default": null}]}""";
    GenerationResult r = generate(Generator.builder().nullStyle(NullStyle.OPTIONAL).build(),
        schema);
    assertThat(source(r, "com.acme.Node"))
        .contains("public record Node(List<Node> children, Optional<Node> parent)");
    schemaIsKept(r, schema);
  }

  @Test
  void customLogicalTypesNullPropertiesEmptyDocsAndADecimalWithoutScale() {
    String schema = """
        {"type": "record", "name": "Reading", "namespace": "com.acme", "doc": "",
         "fields": [
           {"name": "at", "type": {"type": "string", "logicalType": "iso-datetime"}, "doc": ""},
           {"name": "cents", "type": {"type": "array",
             "items": {"type": "long", "logicalType": "cents", "precision": 9}}},
           {"name": "ip", "type": {"type": "fixed", "name": "Ip4", "size": 4,
             "logicalType": "ipv4"}},
           {"name": "legacyId", "type": {"type": "string", "logicalType": "uuid",
             "avro.java.string": "String"}},
           {"name": "none", "type": {"type": "null", "x": 1}},
           {"name": "units", "type": {"type": "bytes", "logicalType": "decimal",
             "precision": 5}},
           {"name": "kind", "type": {"type": "enum", "name": "Kind", "doc": "",
             "symbols": ["A"]}}]}""";
    GenerationResult r = generate(Generator.builder().build(), schema);
    assertThat(flat(r, "com.acme.Reading"))
        .contains("@AvroDoc(value = \"\", writeEmpty = true) public record Reading(")
        .contains("@AvroDoc(value = \"\", writeEmpty = true) @AvroLogicalType(\"iso-datetime\")"
            + " String at")
        .contains("List<@AvroLogicalType(\"cents\") @AvroTypeProp(key = \"precision\", value ="
            + " \"9\") Long> cents")
        .contains("@AvroLogicalType(\"ipv4\") ByteBuffer ip")
        .contains("@AvroLogicalType(\"uuid\") @AvroTypeProp(key = \"avro.java.string\", value ="
            + " \"\\\"String\\\"\") String legacyId")
        .contains("@AvroTypeProp(key = \"x\", value = \"1\") Void none")
        .contains("@AvroDecimal(precision = 5, scale = 0, writeScale = false) BigDecimal units");
    assertThat(flat(r, "com.acme.Kind"))
        .contains("@AvroDoc(value = \"\", writeEmpty = true) public enum Kind");
    schemaIsKept(r, schema);
    Schema written = Compiled.of(r.sources()).schema(r.events().get(0).schemaName());
    assertThat(written.getDoc()).isEmpty();
    assertThat(written.getField("at").doc()).isEmpty();
    assertThat(written.getField("legacyId").schema().getLogicalType()).isNull();
    assertThat(written.getField("units").schema().getObjectProp("scale")).isNull();
  }
}
