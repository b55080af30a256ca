package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The serde index the runtime's EventsSerializer / EventsDeserializer read: one resource per
 * event keyed by the schema's full name (an @AvroName'd namespace, not the package) and one keyed
 * by the record's binary class name (a nested record's '$'), both naming the generated serdes.
 */
class SerdeIndexTest {

  @Test
  void indexNamesTheGeneratedSerdesByFullNameAndByClass() {
    Compilation c = Compile.succeeded(Compile.source("p.Outer",
        "package p;",
        "import io.eventschema.Event;",
        "public final class Outer {",
        "  @Event(namespace = \"com.acme.orders\")",
        "  public record Placed(String id, int quantity) {}",
        "}"));
    String expected = "record=p.Outer$Placed\n"
        + "serializer=p.Outer_PlacedSerializer\n"
        + "deserializer=p.Outer_PlacedDeserializer\n";
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-name/AVRO/com.acme.orders.Placed")).isEqualTo(expected);
    assertThat(Compile.generatedText(c, StandardLocation.CLASS_OUTPUT,
        "META-INF/eventschema/by-class/AVRO/p.Outer$Placed")).isEqualTo(expected);
    assertThat(Compile.generatedSourceNames(c))
        .contains("p.Outer_PlacedSerializer", "p.Outer_PlacedDeserializer");
  }
}
