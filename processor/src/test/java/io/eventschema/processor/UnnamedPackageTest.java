package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import org.junit.jupiter.api.Test;

/** An event in the unnamed package gets its classes there too (no leading dot in their names). */
class UnnamedPackageTest {

  @Test
  void anEventInTheUnnamedPackageGetsItsGeneratedClasses() {
    Compilation c = Compile.succeeded(Compile.source("Placed",
        "import io.eventschema.Event;",
        "@Event(namespace = \"shop\")",
        "public record Placed(String id, int quantity) {}"));
    assertThat(Compile.generatedSourceNames(c)).containsExactly("PlacedCodec",
        "PlacedDeserializer", "PlacedSerde", "PlacedSerializer", "PlacedValidator");
    assertThat(Compile.generatedSource(c, "PlacedCodec"))
        .doesNotContain("package ").contains("public final class PlacedCodec");
  }
}
