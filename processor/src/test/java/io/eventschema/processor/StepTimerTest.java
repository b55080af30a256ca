package io.eventschema.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Aeventschema.timing=true} (the build-cost benchmark's profile) reports the processor's
 * time per step in one note at the end; without it javac hears nothing, and the generated files
 * are the same either way. ({@code -Xlint:none} hides it, as it hides every note.)
 */
class StepTimerTest {
  private static final JavaFileObject EVENT = Compile.source("p.Placed",
      "package p;",
      "import io.eventschema.Event;",
      "@Event(namespace = \"p\")",
      "public record Placed(String id, int quantity) {}");

  @Test
  void theTimingOptionReportsEachStepOnceAtTheEnd() {
    Compilation c = javac().withProcessors(new EventProcessor())
        // not -Xlint:none: it hides notes, this one included
        .withOptions("--release", "17", "-Aeventschema.timing=true")
        .compile(EVENT);
    assertThat(c.status()).isEqualTo(Compilation.Status.SUCCESS);
    List<String> notes = notes(c);
    assertThat(notes).as("diagnostics: %s", c.diagnostics()).hasSize(1);
    assertThat(notes.get(0)).contains("time per step")
        .containsPattern("map +[0-9.]+ +[0-9.]+ +1\\b")
        .containsPattern("check AVRO +[0-9.]+ +[0-9.]+ +1\\b")
        .containsPattern("write sources +[0-9.]+ +[0-9.]+ +5\\b")
        .containsPattern("write resources +[0-9.]+ +[0-9.]+ +1\\b")
        .containsPattern("rounds \\(all steps\\) +[0-9.]+ +[0-9.]+ +3\\b");
    Compilation plain = Compile.succeeded(EVENT);
    assertThat(notes(plain)).isEmpty();
    assertThat(Compile.generatedSourceNames(c)).isEqualTo(Compile.generatedSourceNames(plain));
    for (String name : Compile.generatedSourceNames(plain)) {
      assertThat(Compile.generatedSource(c, name)).isEqualTo(Compile.generatedSource(plain, name));
    }
  }

  private static List<String> notes(Compilation c) {
    return c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(null)).collect(Collectors.toList());
  }
}
