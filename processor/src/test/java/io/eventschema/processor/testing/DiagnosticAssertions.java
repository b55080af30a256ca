package io.eventschema.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The one way tests assert an eventschema diagnostic: its id, its words, the file and line it is
 * reported on, that it carries a hint, and that it is the only eventschema error of the
 * compilation (so a refusal never comes with a cascade of follow-up errors).
 */
public final class DiagnosticAssertions {
  /** The lines before the body of {@link #event}: the imports every diagnostics case may use. */
  public static final List<String> EVENT_HEADER = List.of(
      "package p;",
      "import io.eventschema.*;",
      "import jakarta.validation.constraints.*;",
      "import java.math.BigDecimal;",
      "import java.time.*;",
      "import java.util.*;",
      "import org.jspecify.annotations.Nullable;",
      "@Event");

  private DiagnosticAssertions() {}

  /** The source {@code p.E}: {@link #EVENT_HEADER} (ending in {@code @Event}), then the body. */
  public static JavaFileObject event(String... body) {
    List<String> lines = new ArrayList<>(EVENT_HEADER);
    lines.addAll(Arrays.asList(body));
    return Compile.source("p.E", lines.toArray(String[]::new));
  }

  /** Compiles {@code source} alone and asserts its one error (see {@link #assertOnlyError}). */
  public static Compilation expectError(JavaFileObject source, String id, String text,
      String line) {
    return expectError(new JavaFileObject[] {source}, source, id, text, line);
  }

  /** Compiles {@code sources} together; the one error is reported in {@code in}. */
  public static Compilation expectError(JavaFileObject[] sources, JavaFileObject in, String id,
      String text, String line) {
    Compilation c = Compile.withProcessor(sources);
    assertOnlyError(c, in, id, text, line);
    return c;
  }

  /**
   * The compilation failed with exactly one eventschema error, {@code [id] text...}, in
   * {@code in} on the line containing {@code line}, and the message has a hint.
   */
  public static void assertOnlyError(Compilation c, JavaFileObject in, String id, String text,
      String line) {
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[" + id + "] " + text).inFile(in).onLineContaining(line);
    List<String> ours = eventschemaMessages(c.errors());
    assertThat(ours).as("eventschema errors").hasSize(1);
    assertThat(ours.get(0)).contains("Hint: ");
  }

  /** The messages of {@code diagnostics} that are eventschema's ({@code [EVSnnn] ...}). */
  public static List<String> eventschemaMessages(
      List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(d -> d.getMessage(null)).filter(m -> m.startsWith("[EVS"))
        .collect(Collectors.toList());
  }
}
