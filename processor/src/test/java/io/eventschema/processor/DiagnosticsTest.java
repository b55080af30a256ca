package io.eventschema.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.eventschema.processor.testing.DiagnosticAssertions.assertOnlyError;
import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.DiagnosticAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagnostic of {@link Diagnostics.Message} that user input can cause, one section per
 * feature: its id, its words and its line, asserted through {@link DiagnosticAssertions}. javac 17
 * gives record components no source position, so the processor reports on the component's
 * implicit field, which sits on the component's name: these tests pin that line. The schema
 * evolution diagnostics (EVS1xx) are asserted in {@code compat/CompatibilityGateTest};
 * {@link DiagnosticCatalogueTest} checks that every id of the catalogue has a case.
 */
class DiagnosticsTest {
  // ---- What @Event may go on, and what generated code must reach (EVS001, EVS011, EVS018)
  @Test
  void eventOnAClass() {
    expectError(event("public class E {}"), "EVS001",
        "@Event goes on records, enums and sealed interfaces; E is a class",
        "public class E");
  }

  @Test
  void eventOnAnInterfaceAndAnAnnotation() {
    expectError(event("public interface E {}"), "EVS001",
        "@Event goes on records, enums and sealed interfaces; E is a non-sealed interface",
        "interface E");
    expectError(event("public @interface E {}"), "EVS001",
        "@Event goes on records, enums and sealed interfaces; E is an annotation type",
        "@interface E");
  }

  @Test
  void topLevelEventInAFormatWithoutItsForm() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "@Event(formats = {Format.AVRO, Format.PROTOBUF})",
        "public enum E { A }");
    expectError(e, "EVS056", "p.E is a top-level enum, which has no Protobuf form",
        "@Event(formats");
  }

  @Test
  void sealedEventWithAClass() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.Event;",
        "@Event",
        "public sealed interface E permits E.A, E.B {",
        "  record A(long id) implements E {}",
        "  final class B implements E {}",
        "}");
    expectError(e, "EVS018", "p.E permits p.E.B, which is not a record", "final class B");
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


  // ---- Component types with no Avro mapping (EVS002 to EVS006, EVS013, EVS018)

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
  void genericRecordAsAFieldType() {
    JavaFileObject box = Compile.source("p.Box", "package p;",
        "public record Box<T>(T value) {}");
    JavaFileObject e = event("public record E(", "    Box<String> box) {}");
    expectError(new JavaFileObject[] {box, e}, e, "EVS004", "field 'box' has type p.Box<String>",
        "Box<String> box");
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
  void sealedInterfaceWithAClass() {
    JavaFileObject shape = Compile.source("p.Shape", "package p;",
        "public sealed interface Shape permits Shape.Circle, Shape.Blob {",
        "  record Circle(double r) implements Shape {}",
        "  final class Blob implements Shape {}",
        "}");
    JavaFileObject e = event("public record E(", "    Shape shape) {}");
    expectError(new JavaFileObject[] {shape, e}, e, "EVS018",
        "p.Shape permits p.Shape.Blob, which is not a record", "Shape shape");
  }

  @Test
  void unresolvedType() {
    JavaFileObject e = event("public record E(", "    Missing thing) {}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).failed();
    // javac's own error, and ours once no later round can generate the type
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(e)
        .onLineContaining("Missing thing");
    assertOnlyError(c, e, "EVS013", "field 'thing' has a type that could not be resolved",
        "Missing thing");
  }


  // ---- Absent values that cannot be expressed (EVS007, EVS012)

  @Test
  void optionalOfOptional() {
    expectError(event("public record E(", "    Optional<Optional<String>> note) {}"),
        "EVS007", "field 'note' has type Optional<Optional<String>>",
        "Optional<Optional<String>>");
  }

  @Test
  void nullableOptional() {
    expectError(event("public record E(", "    @Nullable Optional<String> note) {}"),
        "EVS007", "field 'note' has type @Nullable Optional<String>", "Optional<String> note");
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
    Compilation c = expectError(new JavaFileObject[] {nullable, e}, e, "EVS012",
        "field 'count' is a primitive int", "int count");
    assertThat(c).hadErrorContaining("use the box (Integer) to allow null");
  }


  // ---- Avro names: validity and collisions (EVS008 to EVS010)

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
  void invalidAvroNameOnAField() {
    expectError(event("public record E(", "    @AvroName(\"first-name\") String name) {}"),
        "EVS008", "'first-name' is not a valid Avro field name", "String name");
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
    expectError(new JavaFileObject[] {a, b, e}, e, "EVS010",
        "p.a.Address and p.b.Address both map to the Avro name 'p.Address'", "p.b.Address work");
  }


  // ---- BigDecimal's precision and scale (EVS014, EVS015)

  @Test
  void bigDecimalNeedsPrecisionAndScale() {
    expectError(event("public record E(", "    BigDecimal amount) {}"), "EVS014",
        "field 'amount' is a BigDecimal without a precision and scale", "BigDecimal amount");
  }

  @Test
  void decimalScaleBeyondPrecision() {
    expectError(event("public record E(",
            "    @AvroDecimal(precision = 2, scale = 3) BigDecimal amount) {}"), "EVS015",
        "field 'amount' has an invalid decimal: precision 2 and scale 3", "BigDecimal amount");
  }

  @Test
  void digitsThatTheDecimalCannotHold() {
    expectError(event("public record E(",
            "    @Digits(integer = 9, fraction = 2)",
            "    @AvroDecimal(precision = 6, scale = 2) BigDecimal amount) {}"), "EVS015",
        "field 'amount' has an invalid decimal: @Digits(integer = 9, fraction = 2) allows values"
            + " that decimal(6, 2) cannot hold",
        "BigDecimal amount");
  }


  // ---- Time types with no faithful mapping, precisions a type cannot store (EVS016, EVS017)

  @Test
  void durationHasNoFaithfulMapping() {
    expectError(event("public record E(", "    Duration timeout) {}"), "EVS016",
        "field 'timeout' has type java.time.Duration, which is an exact length of time",
        "Duration timeout");
  }

  @Test
  void offsetAndZonedDateTimesLoseTheirOffset() {
    expectError(event("public record E(", "    OffsetDateTime at) {}"), "EVS016",
        "field 'at' has type java.time.OffsetDateTime, which carries an offset",
        "OffsetDateTime at");
    expectError(event("public record E(", "    ZonedDateTime at) {}"), "EVS016",
        "field 'at' has type java.time.ZonedDateTime, which carries a time zone",
        "ZonedDateTime at");
  }

  @Test
  void legacyDate() {
    Compilation c = expectError(event("public record E(", "    Date at) {}"), "EVS016",
        "field 'at' has type Date, which is a legacy, mutable date class", "Date at");
    assertThat(c).hadErrorContaining("Hint: use java.time.Instant");
  }

  @Test
  void localTimeHasNoNanos() {
    expectError(event("public record E(",
            "    @TimePrecision(Precision.NANOS) LocalTime at) {}"), "EVS017",
        "field 'at' has type java.time.LocalTime, which cannot be stored in nanoseconds",
        "LocalTime at");
  }


  // ---- Defaults, JSON values and properties that shape the schema (EVS019 to EVS022)

  @Test
  void defaultOfTheWrongType() {
    expectError(event("public record E(",
            "    @AvroDefault(\"\\\"three\\\"\") int count) {}"), "EVS019",
        "the default \"three\" of field 'count' does not match its schema \"int\"",
        "int count");
  }

  @Test
  void nullDefaultOfAFieldThatCannotBeNull() {
    expectError(event("public record E(",
            "    @AvroDefault(\"null\") String name) {}"), "EVS019",
        "the default null of field 'name' does not match its schema \"string\"", "String name");
  }

  @Test
  void defaultOfAnUnknownEnumSymbol() {
    JavaFileObject colour = Compile.source("p.Colour", "package p;",
        "public enum Colour { RED, GREEN }");
    JavaFileObject e = event("public record E(",
        "    @AvroDefault(\"\\\"BLUE\\\"\") Colour colour) {}");
    expectError(new JavaFileObject[] {colour, e}, e, "EVS019",
        "the default \"BLUE\" of field 'colour'", "Colour colour");
  }

  @Test
  void defaultThatNoRecordOfTheUnionAccepts() {
    JavaFileObject shape = Compile.source("p.Shape", "package p;",
        "public sealed interface Shape permits Shape.Circle, Shape.Square {",
        "  record Circle(double r) implements Shape {}",
        "  record Square(double side) implements Shape {}",
        "}");
    JavaFileObject e = event("public record E(",
        "    @AvroDefault(\"{\\\"edges\\\": 3}\") Shape shape) {}");
    expectError(new JavaFileObject[] {shape, e}, e, "EVS019",
        "the default {\"edges\": 3} of field 'shape'", "Shape shape");
  }

  @Test
  void defaultThatIsNotJson() {
    expectError(event("public record E(",
            "    @AvroDefault(\"EUR\") String currency) {}"), "EVS020",
        "@AvroDefault(\"EUR\") of field 'currency' is not valid JSON", "String currency");
  }

  @Test
  void propertyThatIsNotJson() {
    expectError(event("public record E(",
            "    @AvroProp(key = \"owner\", value = \"payments\") String name) {}"), "EVS020",
        "@AvroProp(key = \"owner\", value = \"payments\") of field 'name' is not valid JSON",
        "String name");
  }

  @Test
  void reservedPropertyKey() {
    expectError(event("public record E(",
            "    @AvroProp(key = \"default\", value = \"1\") int count) {}"), "EVS021",
        "the property 'default' on field 'count' is reserved", "int count");
  }

  @Test
  void twoEnumDefaults() {
    JavaFileObject colour = Compile.source("p.Colour", "package p;",
        "import io.eventschema.EnumDefault;",
        "public enum Colour {",
        "  @EnumDefault RED,",
        "  @EnumDefault GREEN }");
    JavaFileObject e = event("public record E(Colour colour) {}");
    expectError(new JavaFileObject[] {colour, e}, colour, "EVS022",
        "enum Colour marks both RED and GREEN @EnumDefault", "GREEN");
  }


  // ---- @Fixed sizes and annotations on types they do not fit (EVS023, EVS024)

  @Test
  void fixedOfNoBytes() {
    expectError(event("public record E(", "    @Fixed(0) byte[] hash) {}"), "EVS023",
        "field 'hash' has an invalid @Fixed: size 0 is less than 1", "byte[] hash");
  }

  @Test
  void oneFixedNameTwoSizes() {
    expectError(event("public record E(@Fixed(value = 16, name = \"Hash\") byte[] md5,",
            "    @Fixed(value = 32, name = \"Hash\") byte[] sha256) {}"), "EVS023",
        "field 'sha256' has an invalid @Fixed: the fixed p.Hash already has size 16, not 32",
        "byte[] sha256");
  }

  @Test
  void annotationsOnTypesTheyDoNotFit() {
    expectError(event("public record E(", "    @Fixed(16) String hash) {}"), "EVS024",
        "@Fixed on field 'hash' of type String has no effect", "String hash");
    expectError(event("public record E(",
            "    @TimePrecision(Precision.MILLIS) long at) {}"), "EVS024",
        "@TimePrecision on field 'at' of type long has no effect", "long at");
    expectError(event("public record E(",
            "    @CharAs(CharAs.Kind.STRING) String letter) {}"), "EVS024",
        "@CharAs on field 'letter' of type String has no effect", "String letter");
    expectError(event("public record E(",
            "    @AvroDecimal(precision = 5, scale = 2) Double amount) {}"), "EVS024",
        "@AvroDecimal on field 'amount' of type Double has no effect", "Double amount");
  }


  // ---- How errors are reported and what is still generated (EVS999 and the processor's contract)
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
    // "    char a," is the body's second line, just after the header
    long charA = DiagnosticAssertions.EVENT_HEADER.size() + 2;
    assertThat(c.errors().stream().map(Diagnostic::getLineNumber).collect(Collectors.toList()))
        .containsExactly(charA, charA + 1, charA + 2);
  }

  /**
   * Ours claims eventschema's and Bean Validation's annotations and the @Generated on its output
   * (so -Xlint:processing has nothing to warn about), and nothing else: a processor after it still gets every other annotation, and
   * one before it gets everything.
   */
  @Test
  void claimsOnlyItsOwnAndBeanValidationsAnnotations() {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(spy(before), new EventProcessor(), spy(after))
        .compile(Compile.source("p.Other", "package p;",
                "public @interface Other {}"),
            Compile.source("p.E", "package p;", "import io.eventschema.Event;",
                "@Event @Other", "public record E(@jakarta.validation.constraints.Positive long id)"
                    + " {}"));
    assertThat(c).succeeded();
    assertThat(before).contains("io.eventschema.Event", "jakarta.validation.constraints.Positive",
        "p.Other");
    // (java.lang.Override comes from the generated code of the next round)
    assertThat(after).contains("p.Other").doesNotContain("io.eventschema.Event",
        "jakarta.validation.constraints.Positive", "javax.annotation.processing.Generated");
    assertThat(EventProcessor.CLAIMED).containsExactlyInAnyOrder("io.eventschema.*",
        "jakarta.validation.*", "org.hibernate.validator.constraints.*",
        "javax.annotation.processing.Generated");
  }

  /** A processor that supports every annotation and records the ones it is given. */
  private static AbstractProcessor spy(List<String> seen) {
    return new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
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
  }

  /**
   * An exception inside the processor is an EVS999 error on the event, with the stack trace,
   * not a javac crash: here another processor has already written the event's schema resource,
   * so the Filer refuses ours.
   */
  @Test
  void anExceptionInsideTheProcessorIsAnInternalError() {
    AbstractProcessor first = new AbstractProcessor() {
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
        if (!annotations.isEmpty()) {
          try {
            processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                "META-INF/avro/p.E.avsc").openWriter().close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return false;
      }
    };
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.Event;",
        "@Event", "public record E(long id) {}");
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(first, new EventProcessor())
        .withOptions("--release", "17", "-Xlint:none")
        .compile(e);
    assertOnlyError(c, e, "EVS999", "eventschema failed while processing p.E: "
        + "javax.annotation.processing.FilerException", "public record E");
    assertThat(c).hadErrorContaining("at io.eventschema.processor.EventProcessor");
  }
}
