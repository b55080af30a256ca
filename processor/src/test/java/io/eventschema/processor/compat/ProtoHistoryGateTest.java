package io.eventschema.processor.compat;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.eventschema.processor.EventProcessor;
import io.eventschema.processor.testing.DiagnosticAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time Protobuf history check: each released version is made the way a project makes
 * it (compile the record, keep the .proto the processor wrote as the next v<N>.proto of the
 * history folder), then the changed record is compiled against that history. Every rejected
 * change asserts the message, the line it is reported on, and that it is the only error.
 */
class ProtoHistoryGateTest {
  private static final String FULL_NAME = "com.example.Order";
  private static final String PROTO = "META-INF/protobuf/com/example/Order.proto";

  @TempDir
  Path history;

  static JavaFileObject order(String body) {
    return JavaFileObjects.forSourceString(FULL_NAME, "package com.example;\n\n"
        + "import io.eventschema.*;\n"
        + "import java.util.*;\n\n"
        + body + "\n");
  }

  private static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:none"));
    all.addAll(options);
    return javac().withProcessors(new EventProcessor()).withOptions(all).compile(sources);
  }

  private Compilation compileWithHistory(JavaFileObject source) {
    return compile(List.of("-Aeventschema.history=" + history), source);
  }

  /** Compiles {@code body} against the history so far and keeps its .proto as the next version. */
  private String release(String body) {
    Compilation c = compileWithHistory(order(body));
    assertThat(c).succeeded();
    try {
      String proto = c.generatedFile(StandardLocation.CLASS_OUTPUT, PROTO).orElseThrow()
          .getCharContent(true).toString();
      Path folder = Files.createDirectories(history.resolve(FULL_NAME));
      int next;
      try (var files = Files.list(folder)) {
        next = (int) files.filter(p -> p.toString().endsWith(".proto")).count() + 1;
      }
      Files.writeString(folder.resolve("v" + next + ".proto"), proto, StandardCharsets.UTF_8);
      return proto;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String proto(Compilation c) {
    try {
      return c.generatedFile(StandardLocation.CLASS_OUTPUT, PROTO).orElseThrow()
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertOnlyError(Compilation c, JavaFileObject in, String message,
      String line) {
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(message).inFile(in).onLineContaining(line);
    assertThat(DiagnosticAssertions.eventschemaMessages(c.errors())).as("eventschema errors")
        .hasSize(1);
  }

  private static final String V1 = "@Event(formats = Format.PROTOBUF)\n"
      + "public record Order(\n"
      + "    long id,\n"
      + "    String customer,\n"
      + "    String note) {}";

  @Test
  void aFieldAddedAtTheEndPassesAndGeneratesTheClasses() {
    release(V1);
    Compilation c = compileWithHistory(order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String customer,\n"
        + "    String note,\n"
        + "    Optional<Integer> quantity) {}"));
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("com.example.OrderProtobufCodec");
    assertThat(proto(c)).contains("  optional int32 quantity = 4;\n").doesNotContain("reserved");
  }

  @Test
  void aRemovedFieldIsReservedByNumberAndName() {
    release(V1);
    Compilation c = compileWithHistory(order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String customer) {}"));
    assertThat(c).succeeded();
    assertThat(proto(c)).contains("  string customer = 2;\n"
        + "  reserved 3;\n"
        + "  reserved \"note\";\n"
        + "}\n");
  }

  @Test
  void reservationsCarryOverFromEveryVersionAndAreStableOnceReleased() {
    release(V1);
    String v2 = release("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String customer) {}");
    assertThat(v2).contains("reserved 3;");
    String v3 = release("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id) {}");
    assertThat(v3).contains("  int64 id = 1;\n  reserved 2 to 3;\n"
        + "  reserved \"customer\", \"note\";\n");
    // compiled again with v3 in the history, the same record gives the same .proto
    Compilation again = compileWithHistory(order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id) {}"));
    assertThat(proto(again)).isEqualTo(v3);
  }

  @Test
  void removingAFieldInTheMiddleRenumbersTheNextOneWhichIsAnErrorOnIt() {
    release(V1);
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String note) {}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS322] field 'note' has number 2, but it is"
        + " number 3 in com.example.Order/v1.proto: data written with that version would be read"
        + " as another field, or not at all. Hint: pin its old number with @ProtoField(3)",
        "String note");
  }

  @Test
  void pinningTheOldNumberKeepsTheFieldAndReservesTheRemovedOne() {
    release(V1);
    Compilation c = compileWithHistory(order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    @ProtoField(3) String note) {}"));
    assertThat(c).succeeded();
    assertThat(proto(c)).contains("  string note = 3;\n  reserved 2;\n"
        + "  reserved \"customer\";\n");
  }

  @Test
  void aNumberTakenByAnotherFieldNameIsAReuseWithTheRenameHint() {
    release(V1);
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String buyer,\n"
        + "    String note) {}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS321] field 'buyer' takes number 2, which is"
        + " field 'customer' in com.example.Order/v1.proto: data written with that version would"
        + " be read as this field. Hint: a field number is never reused: give this field a"
        + " number no version has used with @ProtoField(4); if it is 'customer' renamed, keep"
        + " that name in the schema with @AvroName(\"customer\") on the component",
        "String buyer");
  }

  @Test
  void aRenameThatKeepsTheSchemaNamePasses() {
    release(V1);
    assertThat(compileWithHistory(order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    @AvroName(\"customer\") String buyer,\n"
        + "    String note) {}"))).succeeded();
  }

  @Test
  void aNumberReservedByAnEarlierVersionIsNotReused() {
    release(V1);
    release("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    @ProtoField(3) String note) {}");
    JavaFileObject v3 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    @ProtoField(2) long total,\n"
        + "    @ProtoField(3) String note) {}");
    assertOnlyError(compileWithHistory(v3), v3, "[EVS321] field 'total' takes number 2, which"
        + " com.example.Order/v2.proto reserves (a removed field's number): data written with"
        + " that version would be read as this field. Hint: a field number is never reused: give"
        + " this field a number no version has used with @ProtoField(4) (see", "long total");
  }

  @Test
  void aChangedFieldTypeIsAnErrorOnThatComponent() {
    release(V1);
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    int id,\n"
        + "    String customer,\n"
        + "    String note) {}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS320] field 'id' (number 1) breaks BACKWARD"
        + " compatibility with com.example.Order/v1.proto: the new schema cannot read data"
        + " written with it (field number 1: the reader's int32 cannot read the writer's int64"
        + " without truncating it). Hint: keep the field's old type", "int id");
  }

  @Test
  void aWideningPassesBackwardButNotForward() {
    String v1 = "@Event(formats = Format.PROTOBUF%s)\n"
        + "public record Order(\n"
        + "    int id,\n"
        + "    String customer,\n"
        + "    String note) {}";
    String widened = "@Event(formats = Format.PROTOBUF%s)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    byte[] customer,\n"
        + "    String note) {}";
    release(v1.formatted(""));
    assertThat(compileWithHistory(order(widened.formatted("")))).succeeded();
    JavaFileObject forward = order(widened.formatted(
        ", compatibility = Compatibility.FORWARD"));
    Compilation c = compileWithHistory(forward);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EVS320] field 'id' (number 1) breaks FORWARD"
        + " compatibility with com.example.Order/v1.proto: its readers cannot read data written"
        + " with the new schema (field number 1: the reader's int32 cannot read the writer's"
        + " int64 without truncating it)").inFile(forward).onLineContaining("long id");
    assertThat(c).hadErrorContaining("[EVS320] field 'customer' (number 2) breaks FORWARD"
        + " compatibility with com.example.Order/v1.proto: its readers cannot read data written"
        + " with the new schema (field number 2: the reader's string cannot read the writer's"
        + " bytes)").inFile(forward).onLineContaining("byte[] customer");
  }

  @Test
  void makingAFieldOptionalIsABreakBecauseZeroReadsAsAbsent() {
    release(V1);
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(\n"
        + "    Optional<Long> id,\n"
        + "    String customer,\n"
        + "    String note) {}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS320] field 'id' (number 1) breaks BACKWARD"
        + " compatibility with com.example.Order/v1.proto: the new schema cannot read data"
        + " written with it (field number 1: a writer of int64 leaves out zero and empty values,"
        + " which the reader's optional int64 reads as absent)", "Optional<Long> id");
  }

  @Test
  void aNestedRecordsChangedFieldIsAnErrorOnTheNestedComponentWithItsPath() {
    release("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id, List<Order.Line> lines) {\n"
        + "  public record Line(String sku, int quantity) {}\n"
        + "}");
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id, List<Order.Line> lines) {\n"
        + "  public record Line(String sku,\n"
        + "      String quantity) {}\n"
        + "}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS320] field 'lines.quantity' (number 2)"
        + " breaks BACKWARD compatibility with com.example.Order/v1.proto: the new schema cannot"
        + " read data written with it (field number 2: the reader's string cannot read the"
        + " writer's int32)", "String quantity");
  }

  @Test
  void aNestedRecordIsComparedUnderItsNewNameToo() {
    release("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id, Order.Line line) {\n"
        + "  public record Line(String sku, int quantity) {}\n"
        + "}");
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id, Order.Item line) {\n"
        + "  public record Item(String sku,\n"
        + "      int count) {}\n"
        + "}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS321] field 'line.count' takes number 2,"
        + " which is field 'quantity' in com.example.Order/v1.proto", "int count");
  }

  private static final String STATUS_V1 = "@Event(formats = Format.PROTOBUF)\n"
      + "public record Order(long id, Order.Status status) {\n"
      + "  public enum Status { NEW, PAID, SHIPPED }\n"
      + "}";

  @Test
  void reorderedEnumConstantsAreAnErrorOnTheFieldHoldingTheEnum() {
    release(STATUS_V1);
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id,\n"
        + "    Order.Status status) {\n"
        + "  public enum Status { NEW, SHIPPED, PAID }\n"
        + "}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS323] field 'status': enum Status numbers"
        + " its constants differently from com.example.Order/v1.proto (value 2 is STATUS_PAID"
        + " there and STATUS_SHIPPED here), so values written with that version would be read as"
        + " other constants. Hint: enum constants are numbered in declaration order",
        "Order.Status status");
  }

  @Test
  void aRemovedLastEnumConstantNeedsAnEnumDefaultUnderBackward() {
    release(STATUS_V1);
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id,\n"
        + "    Order.Status status) {\n"
        + "  public enum Status { NEW, PAID }\n"
        + "}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS324] field 'status': enum Status breaks"
        + " BACKWARD compatibility with com.example.Order/v1.proto: it no longer has"
        + " STATUS_SHIPPED (number 3), which data written with that version may hold, and it has"
        + " no @EnumDefault to read it as", "Order.Status status");
    Compilation c = compileWithHistory(order("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id, Order.Status status) {\n"
        + "  public enum Status { @EnumDefault NEW, PAID }\n"
        + "}"));
    assertThat(c).succeeded();
    assertThat(proto(c)).contains("  STATUS_PAID = 2;\n  reserved 3;\n"
        + "  reserved \"STATUS_SHIPPED\";\n}\n");
  }

  @Test
  void aTransitiveLevelChecksTypesAgainstEveryVersionTheOthersAgainstTheLatest() {
    release(STATUS_V1);
    release("@Event(formats = Format.PROTOBUF)\n"
        + "public record Order(long id, Order.Status status) {\n"
        + "  public enum Status { @EnumDefault NEW, PAID }\n"
        + "}");
    String v3 = "@Event(formats = Format.PROTOBUF%s)\n"
        + "public record Order(long id,\n"
        + "    Order.Status status) {\n"
        + "  public enum Status { NEW, PAID }\n"
        + "}";
    // v2 read SHIPPED as NEW; v3 has no default, which v2's data never needs
    assertThat(compileWithHistory(order(v3.formatted("")))).succeeded();
    JavaFileObject transitive = order(v3.formatted(
        ", compatibility = Compatibility.BACKWARD_TRANSITIVE"));
    assertOnlyError(compileWithHistory(transitive), transitive, "[EVS324] field 'status': enum"
        + " Status breaks BACKWARD_TRANSITIVE compatibility with com.example.Order/v1.proto: it no"
        + " longer has STATUS_SHIPPED (number 3)", "Order.Status status");
  }

  @Test
  void fullChecksBothDirections() {
    release(V1);
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF,"
        + " compatibility = Compatibility.FULL)\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    byte[] customer,\n"
        + "    String note) {}");
    assertOnlyError(compileWithHistory(v2), v2, "[EVS320] field 'customer' (number 2) breaks FULL"
        + " compatibility with com.example.Order/v1.proto: its readers cannot read data written"
        + " with the new schema (field number 2: the reader's string cannot read the writer's"
        + " bytes)", "byte[] customer");
  }

  @Test
  void reorderedSealedBranchesAreReportedOnTheEvent() {
    release("@Event(formats = Format.PROTOBUF)\n"
        + "public sealed interface Order permits Order.Placed, Order.Paid {\n"
        + "  record Placed(long id) implements Order {}\n"
        + "  record Paid(long id) implements Order {}\n"
        + "}");
    JavaFileObject v2 = order("@Event(formats = Format.PROTOBUF)\n"
        + "public sealed interface Order permits Order.Paid, Order.Placed {\n"
        + "  record Placed(long id) implements Order {}\n"
        + "  record Paid(long id) implements Order {}\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EVS322] field 'paid' has number 1, but it is number 2 in"
        + " com.example.Order/v1.proto").inFile(v2).onLineContaining("@Event");
    assertThat(c).hadErrorContaining("[EVS322] field 'placed' has number 2, but it is number 1"
        + " in com.example.Order/v1.proto").inFile(v2).onLineContaining("@Event");
    assertThat(DiagnosticAssertions.eventschemaMessages(c.errors())).hasSize(2);
  }

  @Test
  void levelNoneChecksNothingButStillReserves() {
    release(V1);
    Compilation c = compileWithHistory(order(
        "@Event(formats = Format.PROTOBUF, compatibility = Compatibility.NONE)\n"
        + "public record Order(\n"
        + "    String id,\n"
        + "    String note) {}"));
    assertThat(c).succeeded();
    assertThat(proto(c)).contains("  string note = 2;\n  reserved 3;\n"
        + "  reserved \"customer\";\n");
  }

  @Test
  void avroAndProtobufHistoriesShareTheFolderWithoutMixingUp() throws IOException {
    String both = "@Event(formats = {Format.AVRO, Format.PROTOBUF})\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String customer) {}";
    release(both);
    Compilation first = compileWithHistory(order(both));
    Files.writeString(history.resolve(FULL_NAME).resolve("v1.avsc"),
        first.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/avro/" + FULL_NAME + ".avsc")
            .orElseThrow().getCharContent(true).toString());
    JavaFileObject v2 = order("@Event(formats = {Format.AVRO, Format.PROTOBUF})\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String buyer) {}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS106] new field 'buyer'").inFile(v2)
        .onLineContaining("String buyer");
    assertThat(c).hadErrorContaining("[EVS321] field 'buyer' takes number 2").inFile(v2)
        .onLineContaining("String buyer");
    assertThat(DiagnosticAssertions.eventschemaMessages(c.errors())).hasSize(2);
  }

  @Test
  void anUnreadableHistoryFileIsAnErrorNamingItsLine() throws IOException {
    Path folder = Files.createDirectories(history.resolve(FULL_NAME));
    Files.writeString(folder.resolve("v1.proto"), "syntax = \"proto3\";\n"
        + "package com.example;\n"
        + "message Order {\n"
        + "  required int64 id = 1;\n"
        + "}\n");
    JavaFileObject v2 = order(V1);
    assertOnlyError(compileWithHistory(v2), v2, "[EVS325] the Protobuf history file "
        + folder.resolve("v1.proto") + ":4 cannot be used: 'required' is proto2, and proto3 has"
        + " no required fields. Hint: history files are <full name>/v<N>.proto", "@Event");
  }

  @Test
  void aMisnamedHistoryFileIsAnError() throws IOException {
    Path folder = Files.createDirectories(history.resolve(FULL_NAME));
    Files.writeString(folder.resolve("release-1.proto"), "syntax = \"proto3\";\n");
    JavaFileObject v2 = order(V1);
    assertOnlyError(compileWithHistory(v2), v2, "[EVS325] the Protobuf history file "
        + folder.resolve("release-1.proto") + ":1 cannot be used: a history file must be named"
        + " v<N>.proto", "@Event");
  }

  @Test
  void aHistoryFileWithoutTheEventsMessageIsAnError() throws IOException {
    Path folder = Files.createDirectories(history.resolve(FULL_NAME));
    Files.writeString(folder.resolve("v1.proto"), "syntax = \"proto3\";\n"
        + "package com.example;\n"
        + "message Invoice { int64 id = 1; }\n");
    JavaFileObject v2 = order(V1);
    assertOnlyError(compileWithHistory(v2), v2, "[EVS325] the Protobuf history file "
        + folder.resolve("v1.proto") + " cannot be used: it defines no message com.example.Order,"
        + " the event's", "@Event");
  }
}
