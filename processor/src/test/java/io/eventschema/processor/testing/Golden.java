package io.eventschema.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Deventschema.updateGolden=true} to rewrite them from what the processor produces now
 * (then review the diff before committing).
 */
public final class Golden {
  public static final String UPDATE = "eventschema.updateGolden";
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it. */
  public static void check(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError("no golden file " + file.toAbsolutePath()
            + "; run with -D" + UPDATE + "=true to create it");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as("%s (rewrite with -D%s=true if the change is intended)", file, UPDATE)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
