package io.eventschema.processor.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.processor.EventProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the history folder as a real build does: javac writing classes to
 * {@code <project>/target/classes}, a {@code pom.xml} marking the project folder, and the
 * history in {@code <project>/src/main/avro-history} (or where a relative option says, relative to
 * the project, not to the working directory).
 */
class HistoryDiscoveryTest {
  private static final String V1_SCHEMA = "{\"type\":\"record\",\"name\":\"Order\","
      + "\"namespace\":\"com.example\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}";
  private static final String V2_SOURCE = "package com.example;\n"
      + "@io.eventschema.Event\n"
      + "public record Order(String id) {}\n";

  @TempDir
  Path project;

  private List<Diagnostic<? extends JavaFileObject>> compile(String... options)
      throws IOException {
    Path source = project.resolve("src/main/java/com/example/Order.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, V2_SOURCE, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> all = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path")));
      all.addAll(List.of(options));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null,
          files.getJavaFileObjects(source));
      task.setProcessors(List.of(new EventProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  private void history(String folder) throws IOException {
    Path dir = Files.createDirectories(project.resolve(folder).resolve("com.example.Order"));
    Files.writeString(dir.resolve("v1.avsc"), V1_SCHEMA);
  }

  private static List<String> errors(List<Diagnostic<? extends JavaFileObject>> all) {
    return all.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
  }

  @Test
  void findsSrcMainAvroHistoryAboveTheClassOutput() throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    history("src/main/avro-history");
    assertThat(errors(compile())).singleElement().asString()
        .startsWith("3: [EVS100] field 'id' breaks BACKWARD compatibility with"
            + " com.example.Order/v1.avsc");
  }

  @Test
  void resolvesARelativeOptionAgainstTheProjectFolder() throws IOException {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    history("schemas/history");
    assertThat(errors(compile("-Aeventschema.history=schemas/history"))).singleElement()
        .asString().contains("[EVS100] field 'id'");
  }

  @Test
  void checksNothingWithoutABuildFileOrOption() throws IOException {
    history("src/main/avro-history");
    assertThat(errors(compile())).isEmpty();
  }
}
