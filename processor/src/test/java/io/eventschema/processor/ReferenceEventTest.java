package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.Golden;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The reference event (the README's UserInteractionEvent) compiles to exactly its schema. */
class ReferenceEventTest {
  static final Path SOURCE =
      Path.of("..", "examples", "src", "main", "java", "com", "example", "events",
          "UserInteractionEvent.java");

  /** The reference event's schema, written out by hand. */
  static final String EXPECTED = """
      {"type": "record", "name": "UserInteractionEvent", "namespace": "com.example.events",
       "fields": [
         {"name": "user_id", "type": "long"},
         {"name": "interaction_type", "type": "string"},
         {"name": "target_item_id", "type": ["null", "string"], "default": null},
         {"name": "timestamp", "type": {"type": "long", "logicalType": "timestamp-micros"}},
         {"name": "session_id", "type": ["null", "string"], "default": null},
         {"name": "details", "type": ["null", {"type": "map", "values": "string"}],
          "default": null}
       ]}
      """;

  private final Compilation compilation =
      Compile.succeeded(Compile.file("com.example.events.UserInteractionEvent", SOURCE));
  private final String pretty =
      Compile.schemaText(compilation, "com.example.events.UserInteractionEvent");

  @Test
  void schemaEqualsTheHandWrittenSchema() {
    Schema actual = new Schema.Parser().parse(pretty);
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(actual).isEqualTo(expected);
    // Avro's equals ignores nothing that matters here, but say the order out loud
    assertThat(actual.getFields().stream().map(Schema.Field::name).collect(Collectors.toList()))
        .containsExactly("user_id", "interaction_type", "target_item_id", "timestamp",
            "session_id", "details");
    // defaults are null for the unions, absent elsewhere
    assertThat(actual.getField("target_item_id").defaultVal())
        .isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
    assertThat(actual.getField("user_id").hasDefaultValue()).isFalse();
    assertThat(actual.getField("timestamp").schema().getLogicalType().getName())
        .isEqualTo("timestamp-micros");
  }

  @Test
  void prettyTextIsTheGoldenFile() {
    Golden.check("UserInteractionEvent.avsc", pretty);
  }

  @Test
  void codecConstantIsTheCompactFormOfTheResource() {
    String codec = Compile.generatedSource(compilation,
        "com.example.events.UserInteractionEventCodec");
    String compact = new Schema.Parser().parse(pretty).toString();
    assertThat(codec).contains(
        "SCHEMA_JSON = \"" + compact.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
  }

  /** The reference event asks for AVRO and JSON_SCHEMA: each format's classes, one validator. */
  @Test
  void generatesTheAvroAndJsonClassesAndNoOther() {
    assertThat(Compile.generatedSourceNames(compilation)).containsExactly(
        "com.example.events.UserInteractionEventCodec",
        "com.example.events.UserInteractionEventDeserializer",
        "com.example.events.UserInteractionEventJsonCodec",
        "com.example.events.UserInteractionEventJsonSchemaDeserializer",
        "com.example.events.UserInteractionEventJsonSchemaSerde",
        "com.example.events.UserInteractionEventJsonSchemaSerializer",
        "com.example.events.UserInteractionEventSerde",
        "com.example.events.UserInteractionEventSerializer",
        "com.example.events.UserInteractionEventValidator");
  }
}
