package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.assertOnlyError;
import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code Void}, the Avro {@code null} type: a field, array items and map values that are always
 * null, with properties of its own ({@code @AvroTypeProp(...) Void}: {@code {"type": "null", "x":
 * 1}}); the schema against Avro's parse of the expected text, Avro's bytes (nothing for each null)
 * through the codec and back, Avro reading the codec's bytes, and the misuses ({@code @Nullable
 * Void}: EVS007; JSON Schema and Protobuf: EVS044).
 */
class NullTypeTest {
  private static final JavaFileObject EVENT = Compile.source("p.Nothing", "package p;",
      "import io.eventschema.*;",
      "import java.util.*;",
      "@Event",
      "public record Nothing(int before, Void none, @AvroDefault(\"null\") Void defaulted,",
      "    List<Void> nulls, Map<String, Void> keys, long after) {}");
  private static final Compilation COMPILATION = Compile.succeeded(EVENT);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "Nothing", "namespace": "p", "fields": [
        {"name": "before", "type": "int"},
        {"name": "none", "type": "null"},
        {"name": "defaulted", "type": "null", "default": null},
        {"name": "nulls", "type": {"type": "array", "items": "null"}},
        {"name": "keys", "type": {"type": "map", "values": "null"}},
        {"name": "after", "type": "long"}
      ]}""";

  @Test
  void theSchemaHasTheNullType() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "p.Nothing"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    assertThat(written.getField("none").hasDefaultValue()).isFalse();
    assertThat(written.getField("defaulted").hasDefaultValue()).isTrue();
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(CLASSES.load("p.NothingCodec")));
    Schema schema = new Schema.Parser().parse(EXPECTED);
    Constructor<?> nothing = CLASSES.load("p.Nothing").getDeclaredConstructors()[0];
    for (int n = 0; n < 4; n++) {
      List<Void> nulls = new ArrayList<>(Arrays.asList(new Void[n * 3]));
      Map<String, Void> keys = new LinkedHashMap<>();
      for (int k = 0; k < n; k++) {
        keys.put("k" + k, null);
      }
      Object value = nothing.newInstance(n - 2, null, null, nulls, keys, Long.MIN_VALUE + n);
      GenericData.Record datum = new GenericData.Record(schema);
      datum.put("before", n - 2);
      datum.put("nulls", nulls);
      datum.put("keys", keys);
      datum.put("after", Long.MIN_VALUE + n);
      byte[] avro = AvroOracle.genericBytes(schema, datum);
      assertThat(oracle.codecBytes(value)).isEqualTo(avro);
      assertThat(oracle.readWithAvroInput(avro)).isEqualTo(value);
      assertThat(oracle.readWithAvroDecoder(avro)).isEqualTo(value);
      Object read = new GenericDatumReader<Object>(schema)
          .read(null, DecoderFactory.get().binaryDecoder(oracle.codecBytes(value), null));
      assertThat(read).isEqualTo(datum);
    }
  }

  private static final JavaFileObject WITH_PROPS = Compile.source("p.Marked", "package p;",
      "import io.eventschema.*;",
      "import java.util.*;",
      "@Event",
      "public record Marked(@AvroTypeProp(key = \"x\", value = \"1\") Void none,",
      "    @AvroTypeProp(key = \"why\", value = \"{\\\"a\\\": [true]}\") @AvroDefault(\"null\")"
          + " Void defaulted,",
      "    List<@AvroTypeProp(key = \"k\", value = \"\\\"v\\\"\") Void> nulls,",
      "    Map<String, @AvroLogicalType(\"nothing\") Void> keys, int after) {}");
  private static final String WITH_PROPS_EXPECTED = """
      {"type": "record", "name": "Marked", "namespace": "p", "fields": [
        {"name": "none", "type": {"type": "null", "x": 1}},
        {"name": "defaulted", "type": {"type": "null", "why": {"a": [true]}}, "default": null},
        {"name": "nulls", "type": {"type": "array", "items": {"type": "null", "k": "v"}}},
        {"name": "keys", "type": {"type": "map",
            "values": {"type": "null", "logicalType": "nothing"}}},
        {"name": "after", "type": "int"}
      ]}""";

  @Test
  void propertiesOnTheNullTypeAreWrittenAsAvroKeepsThem() throws Exception {
    Compilation c = Compile.succeeded(WITH_PROPS);
    Schema written = new Schema.Parser().parse(Compile.schemaText(c, "p.Marked"));
    Schema expected = new Schema.Parser().parse(WITH_PROPS_EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(written.toString()).isEqualTo(expected.toString());
    assertThat(written.getField("none").schema().getObjectProp("x")).isEqualTo(1);
    assertThat(written).isNotEqualTo(new Schema.Parser().parse(WITH_PROPS_EXPECTED
        .replace("{\"type\": \"null\", \"x\": 1}", "\"null\"")));
    CompiledClasses classes = new CompiledClasses(c);
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(classes.load("p.MarkedCodec")));
    Constructor<?> marked = classes.load("p.Marked").getDeclaredConstructors()[0];
    for (int n = 0; n < 3; n++) {
      List<Void> nulls = new ArrayList<>(Arrays.asList(new Void[n]));
      Map<String, Void> keys = new LinkedHashMap<>();
      for (int k = 0; k < n; k++) {
        keys.put("k" + k, null);
      }
      Object value = marked.newInstance(null, null, nulls, keys, n - 1);
      GenericData.Record datum = new GenericData.Record(expected);
      datum.put("nulls", nulls);
      datum.put("keys", keys);
      datum.put("after", n - 1);
      byte[] avro = AvroOracle.genericBytes(expected, datum);
      assertThat(oracle.codecBytes(value)).isEqualTo(avro);
      assertThat(oracle.readWithAvroInput(avro)).isEqualTo(value);
    }
  }

  @Test
  void aNullableVoidIsAnError() {
    expectError(event("public record E(@Nullable Void none) {}"), "EVS007",
        "field 'none' has type @Nullable Void", "Void none");
  }

  @Test
  void anOptionalVoidIsAnError() {
    expectError(event("public record E(Optional<Void> none) {}"), "EVS007",
        "field 'none' has type Optional<Void>", "Void> none");
  }

  @Test
  void jsonSchemaRefusesTheNullType() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "import java.util.*;",
        "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA})",
        "public record E(int n, List<Void> nulls) {}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS044", "field 'nulls' has type"
        + " java.util.List<java.lang.Void>, the Avro null type (Void), which has no JSON Schema"
        + " form", "List<Void> nulls");
  }

  @Test
  void protobufRefusesTheNullType() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "@Event(formats = {Format.AVRO, Format.PROTOBUF})",
        "public record E(int n, Void none) {}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS044", "field 'none' has type"
        + " java.lang.Void, the Avro null type (Void), which has no Protobuf form", "Void none");
  }
}
