package io.eventschema.generator;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.eventschema.processor.EventProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;

/**
 * Generated sources compiled with the eventschema processor (javac, release 17), as a user's build
 * compiles them: the schemas the processor wrote, and the classes loaded from memory.
 */
final class Compiled extends ClassLoader {
  final Compilation compilation;
  private final Map<String, byte[]> classes = new HashMap<>();

  private Compiled(Compilation compilation) {
    super(Compiled.class.getClassLoader());
    this.compilation = compilation;
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String path = f.toUri().getPath();
        int at = path.indexOf("CLASS_OUTPUT/");
        String name = path.substring(at + "CLASS_OUTPUT/".length(), path.length() - 6)
            .replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Compiles {@code sources}; fails with every diagnostic (and the sources) unless javac succeeded. */
  static Compiled of(List<GeneratedSource> sources, JavaFileObject... extra) {
    List<JavaFileObject> files = new ArrayList<>();
    for (GeneratedSource s : sources) {
      files.add(JavaFileObjects.forSourceString(s.className(), s.text()));
    }
    files.addAll(List.of(extra));
    Compilation c = javac().withProcessors(new EventProcessor())
        .withOptions("--release", "17", "-Xlint:none").compile(files);
    if (c.status() != Compilation.Status.SUCCESS) {
      String diagnostics = c.diagnostics().stream()
          .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
          .limit(20)
          .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":"
              + d.getLineNumber() + ": ") + d.getMessage(null))
          .collect(Collectors.joining("\n"));
      String first = sources.stream().limit(6).map(s -> "---- " + s.className() + "\n" + s.text())
          .collect(Collectors.joining("\n"));
      throw new AssertionError("compilation failed:\n" + diagnostics + "\n" + first);
    }
    return new Compiled(c);
  }

  /** The schema the processor wrote for {@code fullName}, parsed. */
  Schema schema(String fullName) {
    return new Schema.Parser().parse(schemaText(fullName));
  }

  String schemaText(String fullName) {
    Optional<JavaFileObject> f = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/avro/" + fullName + ".avsc");
    if (f.isEmpty()) {
      throw new AssertionError("no schema for " + fullName + "; generated "
          + compilation.generatedFiles().stream().map(JavaFileObject::getName)
              .filter(n -> n.endsWith(".avsc")).collect(Collectors.toList()));
    }
    try {
      return f.get().getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] b = classes.get(name);
    if (b == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, b, 0, b.length);
  }

  Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name + " was not compiled", e);
    }
  }
}
