package io.eventschema.processor.compat;

import io.eventschema.evolution.SchemaHistory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the schema history folder of the project being compiled.
 *
 * <ol>
 *   <li>The processor option {@code -Aeventschema.history=<folder>}. A relative folder is taken
 *       relative to the project folder found as in 2 (not to the working directory, which in a
 *       multi-module Maven build is the parent's), or to the working directory if none is found.
 *   <li>Otherwise {@code <project>/src/main/avro-history}, where {@code <project>} is the nearest
 *       folder above the class output ({@code target/classes}, {@code build/classes/java/main})
 *       that holds a build file ({@code pom.xml}, {@code build.gradle[.kts]}). The class output is
 *       asked of the {@link Filer}, so this works for Maven, Gradle and plain javac alike.
 * </ol>
 *
 * <p>A build that compiles in memory (or with no class output on disk) and sets no option has no
 * history: nothing is checked.
 */
final class HistoryLocator {
  static final String OPTION = "eventschema.history";
  private static final String[] BUILD_FILES =
      {"pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"};
  private static final int MAX_LEVELS = 8;

  /** Where the history is, or why none is used. */
  record Location(Optional<Path> folder, String problem) {}

  private HistoryLocator() {}

  /**
   * @param probe a resource path in the class output that the processor writes anyway (the
   *     event's .avsc): asking the Filer where it goes creates nothing, and an in-memory file
   *     manager (compile-testing) sees no extra file
   */
  static Location locate(String option, Filer filer, String probe) {
    Optional<Path> project = projectFolder(filer, probe);
    if (option != null && !option.isBlank()) {
      Path given;
      try {
        given = Path.of(option.trim());
      } catch (InvalidPathException e) {
        return new Location(Optional.empty(), "-A" + OPTION + "=" + option
            + " is not a valid path: " + e.getMessage());
      }
      Path folder = given.isAbsolute() ? given
          : project.map(p -> p.resolve(given)).orElse(given.toAbsolutePath());
      if (!Files.isDirectory(folder)) {
        return new Location(Optional.empty(), "-A" + OPTION + " names " + folder
            + ", which is not a folder");
      }
      return new Location(Optional.of(folder.normalize()), null);
    }
    return new Location(project.map(p -> p.resolve(SchemaHistory.DEFAULT_FOLDER))
        .filter(Files::isDirectory), null);
  }

  /** The nearest folder above the class output that holds a build file. */
  private static Optional<Path> projectFolder(Filer filer, String probe) {
    Path output;
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", probe);
      URI uri = file.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      output = Path.of(uri).getParent();
    } catch (Exception e) {
      // no class output on disk (an in-memory compilation): no project folder
      return Optional.empty();
    }
    Path dir = output;
    for (int i = 0; i < MAX_LEVELS && dir != null; i++, dir = dir.getParent()) {
      for (String buildFile : BUILD_FILES) {
        if (Files.isRegularFile(dir.resolve(buildFile))) {
          return Optional.of(dir);
        }
      }
    }
    return Optional.empty();
  }
}
