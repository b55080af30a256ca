package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of {@link Diagnostics.Message}: stable, unique ids, each with a test case and a
 * section of docs/diagnostics.md that its message links to.
 */
class DiagnosticCatalogueTest {
  private static final Path TESTS = Path.of("src", "test", "java");
  private static final Path DOCS = Path.of("..", "docs", "diagnostics.md");
  private static final String THIS = DiagnosticCatalogueTest.class.getSimpleName() + ".java";

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (Diagnostics.Message m : Diagnostics.Message.values()) {
      assertThat(m.id()).as(m.name()).matches("EVS\\d{3}");
      assertThat(seen.add(m.id())).as("%s reuses the id %s", m.name(), m.id()).isTrue();
    }
  }

  /**
   * Every id is asserted by a compile-testing case somewhere under {@code src/test/java} (as
   * {@code "EVSnnn"} passed to the shared assertions, or {@code "[EVSnnn] ..."} in a message).
   */
  @Test
  void everyIdHasACompileTestingCase() {
    String tests = testSources();
    List<String> missing = new ArrayList<>();
    for (Diagnostics.Message m : Diagnostics.Message.values()) {
      if (!tests.contains("\"" + m.id() + "\"") && !tests.contains("\"[" + m.id() + "] ")) {
        missing.add(m.id() + " (" + m.name() + ")");
      }
    }
    assertThat(missing)
        .as("diagnostics of Diagnostics.Message with no compile-testing case under %s", TESTS)
        .isEmpty();
  }

  /** Each id has a {@code ### EVSnnn} heading (anchor {@code #evsnnn}), and no heading is stale. */
  @Test
  void everyIdHasItsSectionInDocsDiagnostics() throws IOException {
    List<String> headings = Files.readAllLines(DOCS, StandardCharsets.UTF_8).stream()
        .filter(l -> l.matches("### EVS\\d{3}\\s*")).map(String::strip)
        .collect(Collectors.toList());
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Diagnostics.Message m : Diagnostics.Message.values()) {
      ids.add(m.id());
      if (!headings.contains("### " + m.id())) {
        problems.add(m.id() + " (" + m.name() + ") is in Diagnostics.Message but"
            + " docs/diagnostics.md"
            + " has no '### " + m.id() + "' section");
      }
    }
    for (String h : headings) {
      if (!ids.contains(h.substring(4))) {
        problems.add("docs/diagnostics.md has a section '" + h + "' for an id Diagnostics.Message"
            + " does not define");
      }
    }
    assertThat(problems).as("docs/diagnostics.md against the catalogue").isEmpty();
  }

  @Test
  void everyMessageEndsWithTheLinkToItsSection() {
    Object[] args = new Object[12];
    java.util.Arrays.fill(args, "x");
    for (Diagnostics.Message m : Diagnostics.Message.values()) {
      assertThat(m.format(args)).as(m.id())
          .startsWith("[" + m.id() + "] ")
          .contains(". Hint: ")
          .endsWith(" (see docs/diagnostics.md#" + m.id().toLowerCase(java.util.Locale.ROOT) + ")");
    }
  }

  private static String testSources() {
    try (Stream<Path> files = Files.walk(TESTS)) {
      return files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals(THIS))
          .map(DiagnosticCatalogueTest::read)
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
