package io.eventschema.processor.protobuf;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.DiagnosticAssertions;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What proto3 cannot say is a compile error with its own id, on the right line. */
class ProtobufDiagnosticsTest {

  private static JavaFileObject source(String... lines) {
    String[] all = new String[lines.length + 4];
    all[0] = "package p;";
    all[1] = "import io.eventschema.*;";
    all[2] = "import java.util.*;";
    all[3] = "import org.jspecify.annotations.Nullable;";
    System.arraycopy(lines, 0, all, 4, lines.length);
    return Compile.source("p.E", all);
  }

  private static Compilation expectError(JavaFileObject source, String id, String text,
      String line) {
    return DiagnosticAssertions.expectError(source, id, text, line);
  }

  @Test
  void aListOfOptionalValues() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(String id,",
            "    List<Optional<String>> gaps) {}"), "EVS300",
        "field 'gaps' has type java.util.List<java.util.Optional<java.lang.String>>, a"
            + " collection of values that may be absent", "gaps");
  }

  @Test
  void aListOfNullableValues() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(String id,",
            "    List<@Nullable String> gaps) {}"), "EVS300",
        "field 'gaps' has type ", "gaps");
  }

  @Test
  void aMapWithNullableValues() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(String id,",
            "    Map<String, Optional<Integer>> counts) {}"), "EVS301",
        "field 'counts' has type ", "counts");
  }

  @Test
  void aListOfLists() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(String id,",
            "    List<List<Integer>> grid) {}"), "EVS302",
        "field 'grid' has type ", "grid");
  }

  @Test
  void aMapOfLists() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(String id,",
            "    Map<String, List<Integer>> lists) {}"), "EVS302",
        "field 'lists'", "lists");
  }

  @Test
  void aNullableList() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(String id,",
            "    Optional<List<String>> tags) {}"), "EVS303",
        "field 'tags' has type ", "tags");
  }

  @Test
  void aFieldNumberOutOfRange() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(String id,",
            "    @ProtoField(19500) String note) {}"), "EVS304",
        "field 'note' has @ProtoField(19500), which is not a valid field number", "note");
  }

  @Test
  void aFieldNumberTwice() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(@ProtoField(3) String id,",
            "    @ProtoField(3) String note) {}"), "EVS304",
        "field 'note' has @ProtoField(3), which is also the number of field 'id'", "note");
  }

  @Test
  void twoRecordsOfOneSimpleNameInOnePackage() {
    expectError(source(
            "@Event(formats = Format.PROTOBUF)",
            "public record E(A.Item a, B.Item b) {",
            "  public record A() { @AvroName(\"x.Item\") public record Item(int n) {} }",
            "  public record B() { @AvroName(\"y.Item\") public record Item(int m) {} }",
            "}"), "EVS305",
        "p.E.A.Item and p.E.B.Item both map to the Protobuf name 'Item' in package p",
        "@Event");
  }

  @Test
  void protobufWithoutTheProtobufRuntimeOnTheClassPath() throws Exception {
    // only the runtime jar (io.eventschema.Event, Format): no eventschema-protobuf
    java.io.File runtime = new java.io.File(Class.forName("io.eventschema.Event")
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaFileObject source = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "@Event(formats = Format.PROTOBUF)", "public record E(String id) {}");
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new io.eventschema.processor.EventProcessor())
        .withOptions("--release", "17", "-Xlint:none")
        .withClasspath(java.util.List.of(runtime))
        .compile(source);
    DiagnosticAssertions.assertOnlyError(c, source, "EVS306", "E asks for Format.PROTOBUF,"
        + " but io.eventschema.protobuf is not on the compile class path",
        "@Event(formats = Format.PROTOBUF)");
  }
}
