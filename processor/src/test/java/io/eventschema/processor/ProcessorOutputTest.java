package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Black box: javac, as a separate process, compiles the examples' events the way a user's build
 * does (the processor and only its run-time dependencies on -processorpath), under
 * {@code -Xlint:all -Werror}. The compilation succeeds and javac prints nothing: no SLF4J lines
 * from a library on the processor path, no "No processor claimed" lint warning.
 */
class ProcessorOutputTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "java", "com",
      "example");

  @Test
  void aUsersStrictCompilePrintsNothing(@TempDir Path dir) throws Exception {
    List<String> sources = List.of(
        EXAMPLES.resolve("events/UserInteractionEvent.java").toString(),
        EXAMPLES.resolve("checkout/CheckoutEvent.java").toString());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17", "-Xlint:all", "-Werror",
        "-d", Files.createDirectories(dir.resolve("classes")).toString(),
        "-s", Files.createDirectories(dir.resolve("generated")).toString(),
        "-cp", System.getProperty("java.class.path"),
        "-processorpath", processorPath()));
    command.addAll(sources);
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(javac.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(output).as("javac's output").doesNotContain("SLF4J").isEmpty();
    assertThat(javac.exitValue()).as("javac's exit code; output:%n%s", output).isZero();
    try (Stream<Path> files = Files.walk(dir.resolve("generated"))) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
          .contains("UserInteractionEventSerializer.java", "CheckoutEventCodec.java");
    }
  }

  /** This module's classes, then its run-time dependencies (target/processor-path.txt). */
  private static String processorPath() throws IOException {
    String dependencies = Files.readString(Path.of("target", "processor-path.txt")).strip();
    return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + dependencies;
  }
}
