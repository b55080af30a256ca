package io.eventschema.processor.jsonschema;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pretty text of one JSON Schema of each shape and of its generated codec, and the serde
 * sources of one event, byte for byte (rewrite with
 * {@code -Deventschema.updateGolden=true}, then review the diff), and the same text from a second
 * compilation (reproducible output).
 */
class JsonSchemaGoldenTest {
  private static final Compilation COMPILATION = Compile.succeeded(JsonSchemaSources.all());

  @ParameterizedTest
  @ValueSource(strings = {"Kinds", "Holder", "Constrained", "Payment", "Defaults"})
  void schemaText(String event) {
    String text = JsonSchemaSources.schemaText(COMPILATION, "com.acme.json." + event);
    Golden.check("json-schema/" + event + ".schema.json", text);
    Golden.check("json-schema/" + event + "JsonCodec.java",
        Compile.generatedSource(COMPILATION, "com.acme.json." + event + "JsonCodec"));
    Compilation again = Compile.succeeded(JsonSchemaSources.all());
    org.assertj.core.api.Assertions.assertThat(
        JsonSchemaSources.schemaText(again, "com.acme.json." + event)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"JsonSchemaSerializer", "JsonSchemaDeserializer", "JsonSchemaSerde"})
  void serdeSources(String kind) {
    Golden.check("json-schema/Kinds" + kind + ".java",
        Compile.generatedSource(COMPILATION, "com.acme.json.Kinds" + kind));
  }
}
