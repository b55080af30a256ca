package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.lang.reflect.Constructor;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

/**
 * {@code @AvroLogicalType}: a logical type Avro does not know, on a string, the items of a list,
 * bytes with its attributes beside it, a fixed's definition, map values, an array, a nullable's
 * and an Optional's value, an int; and a name Avro knows beside a string {@code avro.java.string},
 * which Avro's parser drops. The schema against Avro's parse of the expected text (no logical type
 * for any of them, the name kept as a property), Avro's bytes through the codec and back (the
 * underlying type's), JSON Schema and .proto of the underlying types, and the misuses (EVS058, and
 * EVS043 for {@code avro.java.string} beside a logical type the processor writes).
 */
class CustomLogicalTypeTest {
  private static final String STRING_PROP =
      "@AvroTypeProp(key = \"avro.java.string\", value = \"\\\"String\\\"\")";
  private static final JavaFileObject EVENT = Compile.source("p.Custom", "package p;",
      "import io.eventschema.*;",
      "import java.nio.ByteBuffer;",
      "import java.util.*;",
      "import org.jspecify.annotations.Nullable;",
      "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})",
      "public record Custom(@AvroLogicalType(\"iso-datetime\") String at,",
      "    List<@AvroLogicalType(\"x\") Long> counts,",
      "    @AvroLogicalType(\"money\") @AvroTypeProp(key = \"precision\", value = \"5\")"
          + " @AvroTypeProp(key = \"scale\", value = \"2\") ByteBuffer amount,",
      "    @Fixed(value = 4, name = \"Ip4\") @AvroLogicalType(\"ipv4\") ByteBuffer ip,",
      "    @Fixed(value = 4, name = \"Ip4\") ByteBuffer gateway,",
      "    @AvroLogicalType(\"uuid\") " + STRING_PROP + " String legacyId,",
      "    Map<String, @AvroLogicalType(\"cents\") Integer> prices,",
      "    @AvroLogicalType(\"ids\") List<String> ids,",
      "    @AvroLogicalType(\"opt\") @Nullable String note,",
      "    Optional<@AvroLogicalType(\"o\") Long> maybe,",
      "    @AvroLogicalType(\"n\") int n) {}");
  private static final Compilation COMPILATION = Compile.succeeded(EVENT);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "Custom", "namespace": "p", "fields": [
        {"name": "at", "type": {"type": "string", "logicalType": "iso-datetime"}},
        {"name": "counts", "type": {"type": "array",
            "items": {"type": "long", "logicalType": "x"}}},
        {"name": "amount", "type": {"type": "bytes", "logicalType": "money", "precision": 5,
            "scale": 2}},
        {"name": "ip", "type": {"type": "fixed", "name": "Ip4", "size": 4,
            "logicalType": "ipv4"}},
        {"name": "gateway", "type": "Ip4"},
        {"name": "legacyId", "type": {"type": "string", "logicalType": "uuid",
            "avro.java.string": "String"}},
        {"name": "prices", "type": {"type": "map",
            "values": {"type": "int", "logicalType": "cents"}}},
        {"name": "ids", "type": {"type": "array", "items": "string", "logicalType": "ids"}},
        {"name": "note", "type": ["null", {"type": "string", "logicalType": "opt"}],
            "default": null},
        {"name": "maybe", "type": ["null", {"type": "long", "logicalType": "o"}],
            "default": null},
        {"name": "n", "type": {"type": "int", "logicalType": "n"}}
      ]}""";

  @Test
  void theLogicalTypesArePropertiesAvroKeeps() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "p.Custom"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(written.toString()).isEqualTo(expected.toString());
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    assertThat(written.getField("at").schema().getLogicalType()).isNull();
    assertThat(written.getField("at").schema().getProp("logicalType")).isEqualTo("iso-datetime");
    assertThat(written.getField("counts").schema().getElementType().getProp("logicalType"))
        .isEqualTo("x");
    assertThat(written.getField("amount").schema().getObjectProp("precision")).isEqualTo(5);
    assertThat(written.getField("ip").schema().getProp("logicalType")).isEqualTo("ipv4");
    // Avro drops its own uuid beside a string avro.java.string: a plain string
    assertThat(written.getField("legacyId").schema().getLogicalType()).isNull();
    assertThat(written.getField("legacyId").schema().getProp("logicalType")).isEqualTo("uuid");
    assertThat(written).isNotEqualTo(new Schema.Parser().parse(EXPECTED.replace("\"x\"", "\"y\"")));
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(CLASSES.load("p.CustomCodec")));
    Constructor<?> custom = CLASSES.load("p.Custom").getDeclaredConstructors()[0];
    long seed = 20261202L;
    Random random = new Random(seed);
    for (int i = 0; i < 100; i++) {
      List<Long> counts = new ArrayList<>();
      Map<String, Integer> prices = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        counts.add(random.nextLong());
        prices.put("k" + k, random.nextInt());
        ids.add("id" + random.nextInt(1000));
      }
      byte[] amount = new byte[random.nextInt(5)];
      random.nextBytes(amount);
      byte[] ip = new byte[4];
      random.nextBytes(ip);
      byte[] gateway = new byte[4];
      random.nextBytes(gateway);
      Object value = custom.newInstance("2026-12-02T01:0" + random.nextInt(10), counts,
          ByteBuffer.wrap(amount), ByteBuffer.wrap(ip), ByteBuffer.wrap(gateway),
          "id-" + random.nextInt(), prices, ids, random.nextBoolean() ? null : "note",
          random.nextBoolean() ? Optional.empty() : Optional.of(random.nextLong()),
          random.nextInt());
      oracle.assertMatchesAvro(value, "seed " + seed + ", value " + i);
    }
  }

  @Test
  void jsonSchemaAndProtobufWriteTheUnderlyingTypes() {
    String json = Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/p.Custom.schema.json");
    String proto = Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT,
        "META-INF/protobuf/p/Custom.proto");
    for (String text : List.of(json, proto)) {
      assertThat(text).contains("legacyId").doesNotContain("iso-datetime")
          .doesNotContain("ipv4").doesNotContain("logicalType");
    }
    assertThat(json).containsPattern("\"at\"\\s*:\\s*\\{\\s*\"type\"\\s*:\\s*\"string\"\\s*}");
    assertThat(proto).contains("string at = 1;").contains("repeated int64 counts = 2;")
        .contains("bytes amount = 3;").contains("int32 n = 11;");
  }

  @Test
  void aLogicalTypeOnAUuidIsAnError() {
    expectError(event("public record E(@AvroLogicalType(\"x\") UUID id) {}"), "EVS058",
        "@AvroLogicalType(\"x\") on field 'id' (UUID) cannot be written: it is already the"
            + " logical type uuid", "UUID id");
  }

  @Test
  void aLogicalTypeOnAnInstantIsAnError() {
    expectError(event("public record E(List<@AvroLogicalType(\"x\") Instant> at) {}"), "EVS058",
        "@AvroLogicalType(\"x\") on field 'at[]' (java.time.Instant) cannot be written: it is"
            + " already the logical type timestamp-micros", "Instant> at");
  }

  @Test
  void aNameAvroKnowsIsAnError() {
    expectError(event("public record E(@AvroLogicalType(\"date\") int day) {}"), "EVS058",
        "@AvroLogicalType(\"date\") on field 'day' (int) cannot be written: Avro 1.12 reads"
            + " \"date\" as its own logical type", "int day");
  }

  @Test
  void anEmptyNameIsAnError() {
    expectError(event("public record E(@AvroLogicalType(\"\") String s) {}"), "EVS058",
        "@AvroLogicalType(\"\") on field 's' (String) cannot be written: the name is empty",
        "String s");
  }

  @Test
  void aLogicalTypeOnARecordIsAnError() {
    expectError(event("public record E(@AvroLogicalType(\"x\") Inner inner) {",
            "  public record Inner(int x) {}", "}"), "EVS058",
        "@AvroLogicalType(\"x\") on field 'inner' (p.E.Inner) cannot be written: it is a record"
            + " or enum", "Inner inner");
  }

  @Test
  void avroJavaStringBesideAUuidIsAnError() {
    expectError(event("public record E(" + STRING_PROP + " UUID id) {}"), "EVS043",
        "@AvroTypeProp on field 'id' (UUID) cannot be written: Avro's parser drops the logical"
            + " type uuid beside a string \"avro.java.string\" and reads a plain string (for that"
            + " schema write @AvroLogicalType(\"uuid\") with it on a String)", "UUID id");
  }

  @Test
  void avroJavaStringBesideATimestampIsAnError() {
    expectError(event("public record E(" + STRING_PROP + " Instant at) {}"), "EVS043",
        "@AvroTypeProp on field 'at' (java.time.Instant) cannot be written: Avro's parser drops"
            + " the logical type timestamp-micros beside a string \"avro.java.string\" and reads a"
            + " plain long",
        "Instant at");
  }

  @Test
  void aPrecisionOnADecimalIsReserved() {
    expectError(event("public record E(@AvroDecimal(precision = 5, scale = 2)"
            + " @AvroTypeProp(key = \"precision\", value = \"6\") BigDecimal amount) {}"),
        "EVS021", "the property 'precision' on the decimal of field 'amount' is reserved",
        "BigDecimal amount");
  }
}
