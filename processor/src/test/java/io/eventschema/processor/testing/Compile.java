package io.eventschema.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.eventschema.processor.EventProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor, the way a user's build does (javac, release 17). */
public final class Compile {
  private Compile() {}

  /** Compiles {@code sources} with {@link EventProcessor}. */
  public static Compilation withProcessor(JavaFileObject... sources) {
    return javac()
        .withProcessors(new EventProcessor())
        .withOptions("--release", "17", "-Xlint:none")
        .compile(sources);
  }

  /** Compiles and fails (with every diagnostic) unless javac succeeded. */
  public static Compilation succeeded(JavaFileObject... sources) {
    Compilation c = withProcessor(sources);
    if (c.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError("compilation failed:\n" + c.diagnostics().stream()
          .map(d -> d.getKind() + " " + lineOf(d) + d.getMessage(null))
          .collect(Collectors.joining("\n")));
    }
    return c;
  }

  private static String lineOf(Diagnostic<?> d) {
    return d.getSource() == null ? "" : d.getSource() + ":" + d.getLineNumber() + ": ";
  }

  /** A source under src/test/resources/{@code resource}, named by its class. */
  public static JavaFileObject resource(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  /** A source file of the repository, relative to the processor module. */
  public static JavaFileObject file(String className, Path path) {
    try {
      return JavaFileObjects.forSourceString(className, Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One source from lines. */
  public static JavaFileObject source(String className, String... lines) {
    return JavaFileObjects.forSourceLines(className, lines);
  }

  /** The text of a file the compilation generated, or a failure naming what was generated. */
  public static String generatedText(Compilation c, StandardLocation location, String path) {
    Optional<JavaFileObject> file = c.generatedFile(location, path);
    if (file.isEmpty()) {
      throw new AssertionError("no " + location + " file " + path + "; generated: "
          + c.generatedFiles().stream().map(JavaFileObject::getName).collect(Collectors.toList()));
    }
    try {
      return file.get().getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a generated source, by qualified class name. */
  public static String generatedSource(Compilation c, String className) {
    return generatedText(c, StandardLocation.SOURCE_OUTPUT, className.replace('.', '/') + ".java");
  }

  /** The pretty schema resource of {@code fullName}. */
  public static String schemaText(Compilation c, String fullName) {
    return generatedText(c, StandardLocation.CLASS_OUTPUT, "META-INF/avro/" + fullName + ".avsc");
  }

  /** Names of generated sources (qualified class names), sorted. */
  public static List<String> generatedSourceNames(Compilation c) {
    return c.generatedSourceFiles().stream()
        .map(f -> f.toUri().getPath())
        .map(p -> p.substring(p.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length()))
        .map(p -> p.substring(0, p.length() - ".java".length()).replace('/', '.'))
        .sorted()
        .collect(Collectors.toList());
  }

  static String read(JavaFileObject f) {
    try {
      return f.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(JavaFileObject f) {
    try (var in = f.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
