package io.eventschema.processor.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/** Assertions on the processor's diagnostics. */
public final class Diagnosed {
  private Diagnosed() {}

  /**
   * Compiles {@code source} and asserts it failed with exactly one eventschema error, {@code id}
   * with {@code text} and a hint, on the line containing {@code line}.
   */
  public static Compilation oneError(JavaFileObject source, String id, String text,
      String line) {
    Compilation c = Compile.withProcessor(source);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[" + id + "] " + text).inFile(source)
        .onLineContaining(line);
    List<String> ours = c.errors().stream().map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[EVS")).collect(Collectors.toList());
    assertThat(ours).as("eventschema errors").hasSize(1);
    assertThat(ours.get(0)).contains("Hint: ");
    return c;
  }
}
