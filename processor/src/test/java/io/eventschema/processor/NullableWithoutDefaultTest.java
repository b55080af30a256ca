package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonReader;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/**
 * {@code @NoDefault}: a nullable field without {@code "default": null}, null first or last, as
 * Avro's documentation example {@code User} has it; the schema against Avro's parse of the
 * expected text, Avro's bytes through the generated codec and back, the JSON Schema (required, no
 * default) and the misuses (EVS040, EVS024).
 */
class NullableWithoutDefaultTest {
  private static final Compilation COMPILATION = Compile.succeeded(Compile.source("example.avro.User",
      "package example.avro;",
      "import io.eventschema.*;",
      "import java.util.Optional;",
      "import org.jspecify.annotations.Nullable;",
      "@Event(fieldNaming = FieldNaming.SNAKE_CASE,"
          + " formats = {Format.AVRO, Format.JSON_SCHEMA})",
      "public record User(String name,",
      "    @NoDefault(nullLast = true) @Nullable Integer favoriteNumber,",
      "    @NoDefault(nullLast = true) Optional<String> favoriteColor,",
      "    @NoDefault @Nullable Long luckyNumber,",
      "    @Nullable String nickname) {}"));
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "User", "namespace": "example.avro", "fields": [
        {"name": "name", "type": "string"},
        {"name": "favorite_number", "type": ["int", "null"]},
        {"name": "favorite_color", "type": ["string", "null"]},
        {"name": "lucky_number", "type": ["null", "long"]},
        {"name": "nickname", "type": ["null", "string"], "default": null}
      ]}""";

  @Test
  void theSchemaIsAvrosDocumentationExampleWithoutDefaults() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION,
        "example.avro.User"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    assertThat(written.getField("favorite_number").hasDefaultValue()).isFalse();
    assertThat(written.getField("favorite_color").hasDefaultValue()).isFalse();
    assertThat(written.getField("lucky_number").hasDefaultValue()).isFalse();
    assertThat(written.getField("nickname").hasDefaultValue()).isTrue();
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    EventCodec<Object> codec = AvroOracle.codec(CLASSES.load("example.avro.UserCodec"));
    Schema schema = new Schema.Parser().parse(EXPECTED);
    Object[][] rows = {{"Alyssa", 256, null, 7L, null}, {"Ben", null, "red", null, "b"},
        {"", -1, "", Long.MIN_VALUE, ""}};
    for (Object[] row : rows) {
      GenericData.Record datum = new GenericData.Record(schema);
      for (int i = 0; i < row.length; i++) {
        datum.put(i, row[i]);
      }
      byte[] avro = AvroOracle.genericBytes(schema, datum);
      Object value = codec.decode(new AvroInput().reset(avro, 0, avro.length));
      assertThat(get(value, "name")).isEqualTo(row[0]);
      assertThat(get(value, "favoriteNumber")).isEqualTo(row[1]);
      assertThat(get(value, "favoriteColor")).isEqualTo(Optional.ofNullable(row[2]));
      assertThat(get(value, "luckyNumber")).isEqualTo(row[3]);
      assertThat(get(value, "nickname")).isEqualTo(row[4]);
      AvroOutput out = new AvroOutput();
      codec.encode(value, out);
      assertThat(out.toByteArray()).isEqualTo(avro);
    }
  }

  @Test
  void inJsonSchemaTheFieldIsRequiredAndMayBeNull() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Compile.generatedText(COMPILATION,
        javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/example.avro.User.schema.json"));
    List<String> required = new ObjectMapper().convertValue(schema.get("required"),
        new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
    assertThat(required).containsExactly("name", "favorite_number", "favorite_color",
        "lucky_number");
    assertThat(schema.at("/properties/favorite_number").has("default")).isFalse();
    assertThat(schema.at("/properties/nickname/default").isNull()).isTrue();

    @SuppressWarnings("unchecked")
    JsonEventCodec<Object> codec = (JsonEventCodec<Object>) CLASSES
        .load("example.avro.UserJsonCodec").getField("INSTANCE").get(null);
    Object read = codec.read(new JsonReader(("{\"name\": \"a\", \"favorite_number\": null,"
        + " \"favorite_color\": \"red\", \"lucky_number\": null}").getBytes(
        StandardCharsets.UTF_8)));
    assertThat(get(read, "favoriteNumber")).isNull();
    assertThat(get(read, "favoriteColor")).isEqualTo(Optional.of("red"));
    assertThat(get(read, "nickname")).isNull();
    assertThatThrownBy(() -> codec.read(new JsonReader(
        "{\"name\": \"a\", \"favorite_color\": null, \"lucky_number\": 1}".getBytes(
            StandardCharsets.UTF_8))))
        .hasMessageContaining("favorite_number");
  }

  @Test
  void noDefaultWithADefaultIsAnError() {
    expectError(event("public record E(",
            "    @NoDefault @AvroDefault(\"null\") @Nullable String note) {}"), "EVS040",
        "field 'note' has both @NoDefault and @AvroDefault(\"null\")", "String note");
  }

  @Test
  void noDefaultOnAFieldThatCannotBeNullIsAnError() {
    expectError(event("public record E(", "    @NoDefault String note) {}"), "EVS024",
        "@NoDefault on field 'note' of type java.lang.String has no effect", "String note");
  }

  private static Object get(Object record, String component) throws Exception {
    Method m = record.getClass().getDeclaredMethod(component);
    m.setAccessible(true);
    return m.invoke(record);
  }
}
