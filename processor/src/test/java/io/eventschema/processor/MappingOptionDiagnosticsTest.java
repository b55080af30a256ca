package io.eventschema.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Issue 3's refusals: each message's id, words and line. */
class MappingOptionDiagnosticsTest {

  private static JavaFileObject event(String... body) {
    List<String> lines = new ArrayList<>(List.of(
        "package p;",
        "import io.eventschema.*;",
        "import jakarta.validation.constraints.*;",
        "import java.math.BigDecimal;",
        "import java.time.*;",
        "import java.util.*;",
        "import org.jspecify.annotations.Nullable;",
        "@Event"));
    lines.addAll(Arrays.asList(body));
    return Compile.source("p.E", lines.toArray(String[]::new));
  }

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

  @Test
  void sealedInterfaceWithAClass() {
    JavaFileObject shape = Compile.source("p.Shape", "package p;",
        "public sealed interface Shape permits Shape.Circle, Shape.Blob {",
        "  record Circle(double r) implements Shape {}",
        "  final class Blob implements Shape {}",
        "}");
    JavaFileObject e = event("public record E(", "    Shape shape) {}");
    Compilation c = Compile.withProcessor(shape, e);
    assertThat(c).hadErrorContaining("[EVS018] p.Shape permits p.Shape.Blob, which is not a record")
        .inFile(e).onLineContaining("Shape shape");
  }

  @Test
  void sealedEventWithAClass() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.Event;",
        "@Event",
        "public sealed interface E permits E.A, E.B {",
        "  record A(long id) implements E {}",
        "  final class B implements E {}",
        "}");
    Compilation c = Compile.withProcessor(e);
    assertThat(c).hadErrorContaining("[EVS018] p.E permits p.E.B, which is not a record")
        .inFile(e).onLineContaining("final class B");
  }

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
    Compilation c = Compile.withProcessor(colour, e);
    assertThat(c).hadErrorContaining("[EVS019] the default \"BLUE\" of field 'colour'")
        .inFile(e).onLineContaining("Colour colour");
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
    Compilation c = Compile.withProcessor(shape, e);
    assertThat(c).hadErrorContaining("[EVS019] the default {\"edges\": 3} of field 'shape'")
        .inFile(e).onLineContaining("Shape shape");
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
    Compilation c = Compile.withProcessor(colour, e);
    assertThat(c).hadErrorContaining("[EVS022] enum Colour marks both RED and GREEN @EnumDefault")
        .inFile(colour).onLineContaining("GREEN");
  }

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

  @Test
  void genericRecordAsAFieldType() {
    JavaFileObject box = Compile.source("p.Box", "package p;", "public record Box<T>(T value) {}");
    JavaFileObject e = event("public record E(", "    Box<String> box) {}");
    Compilation c = Compile.withProcessor(box, e);
    assertThat(c).hadErrorContaining("[EVS004] field 'box' has type p.Box<String>")
        .inFile(e).onLineContaining("Box<String> box");
  }

  @Test
  void invalidAvroNameOnAField() {
    expectError(event("public record E(", "    @AvroName(\"first-name\") String name) {}"),
        "EVS008", "'first-name' is not a valid Avro field name", "String name");
  }
}
