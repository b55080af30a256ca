package io.eventschema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The seed's reference schema (the Pydantic UserInteractionEvent) back to the example's record. */
class ReferenceEventTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "src", "main");
  private static final Path SCHEMA =
      EXAMPLES.resolve("avro-history/com.example.events.UserInteractionEvent/v1.avsc");
  private static final String NAME = "com.example.events.UserInteractionEvent";

  @Test
  void referenceSchemaGeneratesARecordEquivalentToTheExampleEvent() throws Exception {
    GenerationResult r = Generator.builder().build().generate(List.of(SCHEMA), null);
    assertThat(r.errors()).isEmpty();
    assertThat(r.sources()).extracting(GeneratedSource::className).containsExactly(NAME);
    String text = r.sources().get(0).text();
    assertThat(text).contains("@Event(fieldNaming = FieldNaming.SNAKE_CASE)")
        .contains("public record UserInteractionEvent(long userId, String interactionType,")
        .contains("@Nullable String targetItemId, Instant timestamp, @Nullable String sessionId,")
        .contains("@Nullable Map<String, String> details)");

    Compiled generated = Compiled.of(r.sources());
    Compiled example = Compiled.of(List.of(), JavaFileObjects.forSourceString(NAME,
        Files.readString(EXAMPLES.resolve("java/com/example/events/UserInteractionEvent.java"))));
    Schema input = new Schema.Parser().parse(Files.readString(SCHEMA));
    assertThat(generated.schema(NAME)).isEqualTo(input).isEqualTo(example.schema(NAME));
    assertThat(generated.schemaText(NAME)).isEqualTo(example.schemaText(NAME));
    // the same components, of the same types once the example's one Optional is unwrapped
    assertThat(components(generated.load(NAME))).isEqualTo(components(example.load(NAME)));
  }

  @Test
  void optionalStyleWritesOptionalFields() {
    GenerationResult r = Generator.builder().nullStyle(NullStyle.OPTIONAL).build()
        .generate(List.of(SCHEMA), null);
    assertThat(r.errors()).isEmpty();
    assertThat(r.sources().get(0).text()).contains("Optional<String> targetItemId")
        .contains("Optional<Map<String, String>> details");
    Compiled generated = Compiled.of(r.sources());
    assertThat(generated.schemaText(NAME)).isEqualTo(
        Compiled.of(Generator.builder().build().generate(List.of(SCHEMA), null).sources())
            .schemaText(NAME));
  }

  private static List<String> components(Class<?> record) {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      Type t = c.getGenericType();
      if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
        t = p.getActualTypeArguments()[0];
      }
      out.add(c.getName() + ": " + t.getTypeName());
    }
    return out;
  }
}
