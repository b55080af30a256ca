package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonReader;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code @AvroOrder} (a field's {@code "order"}) and the float and double defaults Avro writes as
 * strings ({@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}): the schema against Avro's
 * parse of the expected text and Avro's own writing of such fields, Avro's schema resolution
 * filling the defaults in, the JSON Schema's defaults and the JSON codec reading them, and a
 * string default that is not one of the three (EVS019).
 */
class FieldOrderAndNonFiniteDefaultsTest {
  private static final JavaFileObject EVENT = Compile.source("p.Scores", "package p;",
      "import io.eventschema.*;",
      "import java.util.*;",
      "import org.jspecify.annotations.Nullable;",
      "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})",
      "public record Scores(@AvroOrder(SortOrder.DESCENDING) long score,",
      "    @AvroOrder(SortOrder.IGNORE) String note,",
      "    @AvroOrder(SortOrder.ASCENDING) int rank,",
      "    @AvroDefault(\"\\\"NaN\\\"\") double ratio,",
      "    @AvroDefault(\"\\\"-Infinity\\\"\") float low,",
      "    @AvroDefault(\"\\\"Infinity\\\"\") Double high,",
      "    @AvroDefault(\"[1.5]\") List<Double> samples) {}");
  private static final Compilation COMPILATION = Compile.succeeded(EVENT);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "Scores", "namespace": "p", "fields": [
        {"name": "score", "type": "long", "order": "descending"},
        {"name": "note", "type": "string", "order": "ignore"},
        {"name": "rank", "type": "int", "order": "ascending"},
        {"name": "ratio", "type": "double", "default": "NaN"},
        {"name": "low", "type": "float", "default": "-Infinity"},
        {"name": "high", "type": "double", "default": "Infinity"},
        {"name": "samples", "type": {"type": "array", "items": "double"}, "default": [1.5]}
      ]}""";

  @Test
  void theOrderAndTheDefaultsAreWrittenAsAvroWritesThem() {
    String text = Compile.schemaText(COMPILATION, "p.Scores");
    Schema written = new Schema.Parser().parse(text);
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(written.toString()).isEqualTo(expected.toString());
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    assertThat(written.getField("score").order()).isEqualTo(Schema.Field.Order.DESCENDING);
    assertThat(written.getField("note").order()).isEqualTo(Schema.Field.Order.IGNORE);
    assertThat((Double) written.getField("ratio").defaultVal()).isNaN();
    assertThat(written.getField("low").defaultVal()).isEqualTo(Float.NEGATIVE_INFINITY);
    // what Avro itself writes for a field built with a NaN default
    Schema.Field byAvro = new Schema.Field("ratio", Schema.create(Schema.Type.DOUBLE), null,
        Double.NaN);
    assertThat(Schema.createRecord("R", null, null, false, List.of(byAvro)).toString())
        .contains("\"default\":\"NaN\"");
  }

  @Test
  void avrosResolutionFillsTheDefaultsIn() throws Exception {
    Schema reader = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "p.Scores"));
    Schema writer = new Schema.Parser().parse("""
        {"type": "record", "name": "Scores", "namespace": "p", "fields": [
          {"name": "score", "type": "long"}, {"name": "note", "type": "string"},
          {"name": "rank", "type": "int"}]}""");
    GenericData.Record old = new GenericData.Record(writer);
    old.put("score", 5L);
    old.put("note", "n");
    old.put("rank", 1);
    byte[] bytes = AvroOracle.genericBytes(writer, old);
    GenericData.Record read = (GenericData.Record) new GenericDatumReader<Object>(writer, reader)
        .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
    assertThat((Double) read.get("ratio")).isNaN();
    assertThat(read.get("low")).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(read.get("high")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(read.get("samples")).isEqualTo(List.of(1.5));
    // and the codec reads the resolved record's bytes
    byte[] resolved = AvroOracle.genericBytes(reader, read);
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(CLASSES.load("p.ScoresCodec")));
    Object value = oracle.readWithAvroInput(resolved);
    assertThat((Double) get(value, "ratio")).isNaN();
    assertThat(oracle.codecBytes(value)).isEqualTo(resolved);
  }

  @Test
  void jsonSchemaHasTheDefaultsAndTheJsonCodecReadsThem() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Compile.generatedText(COMPILATION,
        StandardLocation.CLASS_OUTPUT, "META-INF/json-schema/p.Scores.schema.json"));
    assertThat(schema.at("/properties/ratio/default").asText()).isEqualTo("NaN");
    assertThat(schema.at("/properties/low/default").asText()).isEqualTo("-Infinity");
    assertThat(schema.toString()).doesNotContain("descending");
    @SuppressWarnings("unchecked")
    JsonEventCodec<Object> codec = (JsonEventCodec<Object>) CLASSES
        .load("p.ScoresJsonCodec").getField("INSTANCE").get(null);
    Object read = codec.read(new JsonReader("{\"score\": 1, \"note\": \"a\", \"rank\": 2}"
        .getBytes(StandardCharsets.UTF_8)));
    assertThat((Double) get(read, "ratio")).isNaN();
    assertThat(get(read, "low")).isEqualTo(Float.NEGATIVE_INFINITY);
    assertThat(get(read, "high")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(get(read, "samples")).isEqualTo(List.of(1.5));
  }

  @Test
  void aStringDefaultThatIsNotNaNOrAnInfinityIsAnError() {
    expectError(event("public record E(@AvroDefault(\"\\\"nan\\\"\") double ratio) {}"),
        "EVS019", "the default \"nan\" of field 'ratio' does not match its schema \"double\"",
        "double ratio");
  }

  @Test
  void aNaNDefaultOfANullableFieldIsAnError() {
    // Avro's parser takes "NaN" for a float or double field only, not in a union or container
    expectError(event("public record E(@AvroDefault(\"\\\"NaN\\\"\") @Nullable Double ratio) {}"),
        "EVS019", "the default \"NaN\" of field 'ratio' does not match its schema", "Double ratio");
  }

  @Test
  void aNaNItemInADefaultIsAnError() {
    expectError(event("public record E(@AvroDefault(\"[\\\"NaN\\\"]\") List<Double> ratios) {}"),
        "EVS019", "the default [\"NaN\"] of field 'ratios' does not match its schema",
        "List<Double> ratios");
  }

  private static Object get(Object record, String component) throws Exception {
    Method m = record.getClass().getDeclaredMethod(component);
    m.setAccessible(true);
    return m.invoke(record);
  }
}
