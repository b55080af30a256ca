package io.eventschema.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagnostic of {@link Diagnostics.Message} that user input can cause: its id, its words and
 * its line. javac 17 gives record components no source position, so the processor reports on the
 * component's implicit field, which sits on the component's name: these tests pin that line.
 */
class DiagnosticsTest {

  private static JavaFileObject event(String... body) {
    List<String> lines = new ArrayList<>(List.of(
        "package p;",
        "import io.eventschema.Event;",
        "import java.util.*;",
        "import org.jspecify.annotations.Nullable;",
        "@Event"));
    lines.addAll(Arrays.asList(body));
    return Compile.source("p.E", lines.toArray(String[]::new));
  }

  /** Compiles {@code source}; exactly one error of {@code id}, with {@code text}, on the line. */
  private static Compilation expectError(JavaFileObject source, String id, String text,
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

  @Test
  void eventOnAClass() {
    expectError(event("public class E {}"), "EVS001",
        "@Event goes on records and sealed interfaces of records; E is a class", "public class E");
  }

  @Test
  void eventOnAnInterfaceAndAnEnum() {
    expectError(event("public interface E {}"), "EVS001",
        "@Event goes on records and sealed interfaces of records; E is a non-sealed interface", "interface E");
    expectError(event("public enum E { A }"), "EVS001", "@Event goes on records and sealed interfaces of records; E is an enum", "enum E");
  }

  @Test
  void unsupportedClass() {
    expectError(event("public record E(long id,", "    java.net.URI home) {}"),
        "EVS002", "field 'home' has type java.net.URI, which has no Avro mapping",
        "java.net.URI home");
  }

  @Test
  void iterableIsAnInterface() {
    expectError(event("public record E(", "    Iterable<String> values) {}"),
        "EVS006", "field 'values' has type Iterable<String>", "Iterable<String> values");
  }

  @Test
  void mapKeyNotString() {
    expectError(event("public record E(long id,", "    Map<Integer, String> scores) {}"),
        "EVS003", "Map keys must be String in Avro; field 'scores' has key type Integer",
        "Map<Integer, String> scores");
  }

  @Test
  void typeVariable() {
    expectError(event("public record E<T>(long id,", "    T payload) {}"),
        "EVS004", "field 'payload' has type T, which is not a concrete type", "T payload");
  }

  @Test
  void wildcard() {
    expectError(event("public record E(", "    List<? extends Number> values) {}"),
        "EVS004", "field 'values[]' has type ? extends Number, which is not a concrete type",
        "List<? extends Number> values");
  }

  @Test
  void rawType() {
    expectError(event("public record E(", "    @SuppressWarnings(\"rawtypes\") List values) {}"),
        "EVS004", "field 'values' has type List (raw), which is not a concrete type",
        "List values");
  }

  @Test
  void charPrimitive() {
    expectError(event("public record E(long id,", "    char letter) {}"),
        "EVS005", "field 'letter' has type char, which has no natural Avro mapping",
        "char letter");
  }

  @Test
  void characterBox() {
    expectError(event("public record E(", "    Character letter) {}"),
        "EVS005", "field 'letter' has type Character", "Character letter");
  }

  @Test
  void objectField() {
    expectError(event("public record E(", "    Object payload) {}"),
        "EVS006", "field 'payload' has type Object, an interface, abstract class or Object",
        "Object payload");
  }

  @Test
  void interfaceField() {
    expectError(event("public record E(", "    Runnable task) {}"),
        "EVS006", "field 'task' has type Runnable", "Runnable task");
  }

  @Test
  void abstractClassField() {
    expectError(event("public record E(", "    Number amount) {}"),
        "EVS006", "field 'amount' has type Number", "Number amount");
  }

  @Test
  void optionalOfOptional() {
    expectError(event("public record E(", "    Optional<Optional<String>> note) {}"),
        "EVS007", "field 'note' has type Optional<Optional<String>>", "Optional<Optional<String>>");
  }

  @Test
  void nullableOptional() {
    expectError(event("public record E(", "    @Nullable Optional<String> note) {}"),
        "EVS007", "field 'note' has type @Nullable Optional<String>", "Optional<String> note");
  }

  @Test
  void invalidRecordName() {
    expectError(Compile.source("p.E", "package p;", "import io.eventschema.Event;",
            "@Event(name = \"1st-event\")", "public record E(long id) {}"),
        "EVS008", "'1st-event' is not a valid Avro record name", "public record E");
  }

  @Test
  void invalidNamespace() {
    expectError(Compile.source("p.E", "package p;", "import io.eventschema.Event;",
            "@Event(namespace = \"com..example\")", "public record E(long id) {}"),
        "EVS008", "'com..example' is not a valid Avro namespace", "public record E");
  }

  @Test
  void invalidFieldName() {
    expectError(event("public record E(long id,", "    String café) {}"),
        "EVS008", "'café' is not a valid Avro field name", "String café");
  }

  @Test
  void invalidEnumSymbol() {
    expectError(event("public record E(long id, Colour colour) {}",
            "enum Colour {",
            "  RED,",
            "  GRÜN }"),
        "EVS008", "'GRÜN' is not a valid Avro enum symbol", "GRÜN");
  }

  @Test
  void snakeCaseCollision() {
    expectError(Compile.source("p.E", "package p;", "import io.eventschema.*;",
            "@Event(fieldNaming = FieldNaming.SNAKE_CASE)",
            "public record E(long userId,",
            "    long user_id) {}"),
        "EVS009", "fields 'userId' and 'user_id' both map to the Avro field name 'user_id'",
        "long user_id");
  }

  @Test
  void twoTypesWithOneAvroName() {
    JavaFileObject a = Compile.source("p.a.Address", "package p.a;",
        "public record Address(String street) {}");
    JavaFileObject b = Compile.source("p.b.Address", "package p.b;",
        "public record Address(String city) {}");
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.Event;",
        "@Event(namespace = \"p\")",
        "public record E(p.a.Address home,",
        "    p.b.Address work) {}");
    Compilation c = Compile.withProcessor(a, b, e);
    assertThat(c).hadErrorContaining(
            "[EVS010] p.a.Address and p.b.Address both map to the Avro name 'p.Address'")
        .inFile(e).onLineContaining("p.b.Address work");
  }

  @Test
  void privateEvent() {
    expectError(Compile.source("p.Outer", "package p;", "import io.eventschema.Event;",
            "public class Outer {",
            "  @Event",
            "  private record Hidden(long id) {}",
            "}"),
        "EVS011", "p.Outer.Hidden is private, so the generated codec cannot read or build it",
        "private record Hidden");
  }

  @Test
  void privateNestedRecordAsAFieldType() {
    expectError(Compile.source("p.Outer", "package p;", "import io.eventschema.Event;",
            "public class Outer {",
            "  @Event",
            "  public record Visible(long id, Hidden inner) {}",
            "  private record Hidden(long id) {}",
            "}"),
        "EVS011", "p.Outer.Hidden is private", "private record Hidden");
  }

  @Test
  void nullablePrimitive() {
    expectError(event("public record E(", "    @Nullable long count) {}"),
        "EVS012", "field 'count' is a primitive long and cannot be null", "long count");
  }

  @Test
  void nullablePrimitiveWithADeclarationAnnotationOnFieldsAndMethodsOnly() {
    // jakarta.annotation.Nullable's targets: METHOD, PARAMETER, FIELD (no RECORD_COMPONENT)
    JavaFileObject nullable = Compile.source("jakarta.annotation.Nullable",
        "package jakarta.annotation;",
        "import java.lang.annotation.*;",
        "@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})",
        "public @interface Nullable {}");
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.Event;",
        "@Event", "public record E(", "    @jakarta.annotation.Nullable int count) {}");
    Compilation c = Compile.withProcessor(nullable, e);
    assertThat(c).hadErrorContaining("[EVS012] field 'count' is a primitive int")
        .inFile(e).onLineContaining("int count");
    assertThat(c).hadErrorContaining("use the box (Integer) to allow null");
  }

  @Test
  void unresolvedType() {
    JavaFileObject e = event("public record E(", "    Missing thing) {}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).failed();
    // javac's own error, and ours once no later round can generate the type
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(e)
        .onLineContaining("Missing thing");
    assertThat(c).hadErrorContaining("[EVS013] field 'thing' has a type that could not be "
        + "resolved").inFile(e).onLineContaining("Missing thing");
  }

  /**
   * Nothing is written for an event that had an error, and the other events are still written.
   * compile-testing hides generated files when compilation fails, so this runs javac into a
   * temporary directory.
   */
  @Test
  void errorsInOneEventDoNotStopAnother(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/p");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Bad.java"), String.join("\n", "package p;",
        "import io.eventschema.Event;", "@Event", "public record Bad(char c) {}"));
    Files.writeString(src.resolve("Good.java"), String.join("\n", "package p;",
        "import io.eventschema.Event;", "@Event", "public record Good(long id) {}"));
    Path out = dir.resolve("out");
    Path gen = dir.resolve("gen");
    Files.createDirectories(out);
    Files.createDirectories(gen);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-d", out.toString(), "-s", gen.toString(), "--release", "17",
              "-classpath", System.getProperty("java.class.path")),
          null, files.getJavaFileObjects(src.resolve("Bad.java"), src.resolve("Good.java")));
      task.setProcessors(List.of(new EventProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(diagnostics.getDiagnostics().stream().map(d -> d.getMessage(null)))
        .anyMatch(m -> m.startsWith("[EVS005] field 'c' has type char"));
    try (var walk = Files.walk(dir)) {
      List<String> written = walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("src/")).sorted().collect(Collectors.toList());
      assertThat(written).contains("gen/p/GoodCodec.java",
          "out/META-INF/avro/p.Good.avsc").noneMatch(p -> p.contains("Bad"));
    }
  }

  @Test
  void everyErrorOfOneRecordIsReported() {
    Compilation c = Compile.withProcessor(event("public record E(",
        "    char a,",
        "    Object b,",
        "    Map<Long, String> c) {}"));
    assertThat(c.errors().stream().map(d -> d.getMessage(null).substring(0, 8))
        .collect(Collectors.toList()))
        .containsExactly("[EVS005]", "[EVS006]", "[EVS003]");
    assertThat(c.errors().stream().map(Diagnostic::getLineNumber).collect(Collectors.toList()))
        .containsExactly(7L, 8L, 9L);
  }

  /** A processor after ours that wants the same annotation sees it: ours never claims it. */
  @Test
  void neverClaimsTheAnnotation() {
    List<String> seen = new ArrayList<>();
    AbstractProcessor spy = new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("io.eventschema.Event");
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        annotations.forEach(a -> seen.add(a.getQualifiedName().toString()));
        return false;
      }
    };
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new EventProcessor(), spy)
        .compile(Compile.source("p.E", "package p;", "import io.eventschema.Event;",
            "@Event", "public record E(long id) {}"));
    assertThat(c).succeeded();
    assertThat(seen).contains("io.eventschema.Event");
  }
}
