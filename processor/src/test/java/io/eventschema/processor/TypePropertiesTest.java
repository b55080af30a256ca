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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * {@code @AvroTypeProp}: properties of the type at a position (a string, the items of a list, the
 * values of a map, an array, a nullable's value, a fixed's definition, a logical type, an int),
 * written as Avro writes them ({@code {"type": "string", "avro.java.string": "String"}}), any JSON
 * value; the schema against Avro's parse of the expected text, Avro's bytes through the codec and
 * back (properties change nothing on the wire), the JSON Schema and .proto without them, and the
 * misuses (EVS043, EVS021, EVS020).
 */
class TypePropertiesTest {
  private static final String STRING_PROP =
      "@AvroTypeProp(key = \"avro.java.string\", value = \"\\\"String\\\"\")";
  private static final JavaFileObject EVENT = Compile.source("p.Shapes", "package p;",
      "import io.eventschema.*;",
      "import java.nio.ByteBuffer;",
      "import java.time.Instant;",
      "import java.util.*;",
      "import org.jspecify.annotations.Nullable;",
      "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})",
      "public record Shapes(" + STRING_PROP + " String name,",
      "    @AvroProp(key = \"pii\", value = \"true\") @AvroTypeProp(key = \"arg.properties\","
          + " value = \"{\\\"options\\\": [\\\"a\\\", \\\"b\\\"], \\\"nested\\\": {\\\"n\\\":"
          + " [1, 2.5, null, true, \\\"x\\\"]}}\") String kind,",
      "    List<" + STRING_PROP + " String> tags,",
      "    @AvroTypeProp(key = \"arg.properties\", value = \"{\\\"length\\\": {\\\"min\\\": 1}}\")"
          + " List<Integer> counts,",
      "    Map<String, @AvroTypeProp(key = \"x\", value = \"1\") @AvroTypeProp(key = \"y\","
          + " value = \"[]\") Long> totals,",
      "    " + STRING_PROP + " @Nullable String note,",
      "    Optional<@AvroTypeProp(key = \"k\", value = \"\\\"v\\\"\") Integer> maybe,",
      "    @Fixed(value = 4, name = \"Tag4\") @AvroTypeProp(key = \"encoding\","
          + " value = \"\\\"hex\\\"\") ByteBuffer tag,",
      "    @Fixed(value = 4, name = \"Tag4\") ByteBuffer again,",
      "    @AvroTypeProp(key = \"unit\", value = \"\\\"s\\\"\") Instant at,",
      "    @AvroTypeProp(key = \"n\", value = \"7\") int n) {}");
  private static final Compilation COMPILATION = Compile.succeeded(EVENT);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "Shapes", "namespace": "p", "fields": [
        {"name": "name", "type": {"type": "string", "avro.java.string": "String"}},
        {"name": "kind", "type": {"type": "string", "arg.properties": {"options": ["a", "b"],
            "nested": {"n": [1, 2.5, null, true, "x"]}}}, "pii": true},
        {"name": "tags", "type": {"type": "array",
            "items": {"type": "string", "avro.java.string": "String"}}},
        {"name": "counts", "type": {"type": "array", "items": "int",
            "arg.properties": {"length": {"min": 1}}}},
        {"name": "totals", "type": {"type": "map",
            "values": {"type": "long", "x": 1, "y": []}}},
        {"name": "note", "type": ["null", {"type": "string", "avro.java.string": "String"}],
            "default": null},
        {"name": "maybe", "type": ["null", {"type": "int", "k": "v"}], "default": null},
        {"name": "tag", "type": {"type": "fixed", "name": "Tag4", "size": 4, "encoding": "hex"}},
        {"name": "again", "type": "Tag4"},
        {"name": "at", "type": {"type": "long", "logicalType": "timestamp-micros", "unit": "s"}},
        {"name": "n", "type": {"type": "int", "n": 7}}
      ]}""";

  @Test
  void thePropertiesAreOnTheTypesAsAvroWritesThem() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "p.Shapes"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(written.toString()).isEqualTo(expected.toString());
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    assertThat(written.getField("name").schema().getProp("avro.java.string")).isEqualTo("String");
    assertThat(written.getField("kind").schema().getObjectProp("arg.properties"))
        .isInstanceOf(Map.class);
    assertThat(written.getField("kind").getObjectProp("pii")).isEqualTo(true);
    assertThat(written.getField("kind").schema().getObjectProp("pii")).isNull();
    assertThat(written.getField("tag").schema().getProp("encoding")).isEqualTo("hex");
    assertThat(written.getField("at").schema().getLogicalType().getName())
        .isEqualTo("timestamp-micros");
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(CLASSES.load("p.ShapesCodec")));
    Constructor<?> shapes = CLASSES.load("p.Shapes").getDeclaredConstructors()[0];
    long seed = 20261201L;
    Random random = new Random(seed);
    for (int i = 0; i < 100; i++) {
      List<String> tags = new ArrayList<>();
      List<Integer> counts = new ArrayList<>();
      Map<String, Long> totals = new LinkedHashMap<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        tags.add("t" + random.nextInt(100));
        counts.add(random.nextInt());
        totals.put("k" + k, random.nextLong());
      }
      byte[] tag = new byte[4];
      random.nextBytes(tag);
      byte[] again = new byte[4];
      random.nextBytes(again);
      Object value = shapes.newInstance("n" + i, random.nextBoolean() ? "" : "kind", tags, counts,
          totals, random.nextBoolean() ? null : "note",
          random.nextBoolean() ? Optional.empty() : Optional.of(random.nextInt()),
          ByteBuffer.wrap(tag), ByteBuffer.wrap(again),
          Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000) * 1000L)
              .truncatedTo(ChronoUnit.MICROS), random.nextInt());
      oracle.assertMatchesAvro(value, "seed " + seed + ", value " + i);
    }
  }

  @Test
  void jsonSchemaAndProtobufDoNotCarryTheProperties() {
    String json = Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/p.Shapes.schema.json");
    String proto = Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT,
        "META-INF/protobuf/p/Shapes.proto");
    for (String text : List.of(json, proto)) {
      assertThat(text).contains("tags").doesNotContain("avro.java.string")
          .doesNotContain("arg.properties").doesNotContain("encoding");
    }
  }

  @Test
  void aPropertyOnARecordIsAnError() {
    expectError(event("public record E(@AvroTypeProp(key = \"k\", value = \"1\") Inner inner) {",
            "  public record Inner(int x) {}", "}"), "EVS043",
        "@AvroTypeProp on field 'inner' (p.E.Inner) cannot be written: it is a record or enum",
        "Inner inner");
  }

  @Test
  void aPropertyOnAnOptionalIsAnError() {
    expectError(event("public record E(@AvroTypeProp(key = \"k\", value = \"1\")"
            + " Optional<String> note) {}"), "EVS043",
        "@AvroTypeProp on field 'note' (Optional<String>) cannot be written: it is an Optional",
        "Optional<String> note");
  }

  @Test
  void anotherUseOfAFixedWithOtherPropertiesIsAnError() {
    expectError(event("public record E(@Fixed(value = 2, name = \"Two\") byte[] a,",
            "    @Fixed(value = 2, name = \"Two\") @AvroTypeProp(key = \"k\", value = \"1\")"
                + " byte[] b) {}"), "EVS043",
        "@AvroTypeProp on field 'b' (byte[]) cannot be written: the fixed p.Two was defined at"
            + " its first use with no properties", "byte[] b");
  }

  @Test
  void anAvroKeyIsReserved() {
    expectError(event("public record E(@AvroTypeProp(key = \"logicalType\","
            + " value = \"\\\"uuid\\\"\") String id) {}"), "EVS021",
        "the property 'logicalType' on the type of field 'id' is reserved", "String id");
  }

  @Test
  void aValueThatIsNotJsonIsAnError() {
    expectError(event("public record E(List<@AvroTypeProp(key = \"k\", value = \"{oops\")"
            + " String> tags) {}"), "EVS020",
        "@AvroTypeProp(key = \"k\", value = \"{oops\") of the type of field 'tags[]' is not valid"
            + " JSON", "tags");
  }
}
