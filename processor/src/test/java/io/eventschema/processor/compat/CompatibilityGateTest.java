package io.eventschema.processor.compat;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.eventschema.processor.EventProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time compatibility check: each earlier version is made the way a project makes it
 * (compile the record, keep the .avsc the processor wrote in the history folder), then the changed
 * record is compiled against that history. Every rejected change asserts the message and the line.
 */
class CompatibilityGateTest {
  private static final String FULL_NAME = "com.example.Order";

  @TempDir
  Path history;

  private static JavaFileObject order(String body) {
    return JavaFileObjects.forSourceString(FULL_NAME, "package com.example;\n\n"
        + "import io.eventschema.Compatibility;\n"
        + "import io.eventschema.Event;\n"
        + "import java.util.Optional;\n\n"
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

  /** Compiles {@code body} with no history and keeps its schema as the next version. */
  private void release(String body) {
    Compilation c = compile(List.of(), order(body));
    assertThat(c).succeeded();
    String avsc;
    try {
      avsc = c.generatedFile(StandardLocation.CLASS_OUTPUT,
          "META-INF/avro/" + FULL_NAME + ".avsc").orElseThrow().getCharContent(true).toString();
      Path folder = Files.createDirectories(history.resolve(FULL_NAME));
      int next;
      try (var files = Files.list(folder)) {
        next = (int) files.count() + 1;
      }
      Files.writeString(folder.resolve("v" + next + ".avsc"), avsc, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String V1 = "@Event\n"
      + "public record Order(\n"
      + "    long id,\n"
      + "    String customer) {}";

  @Test
  void aCompatibleChangePassesAndGeneratesTheClasses() {
    release(V1);
    Compilation c = compileWithHistory(order("@Event\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String customer,\n"
        + "    Optional<String> note) {}"));
    assertThat(c).succeeded();
    assertThat(c).generatedSourceFile("com.example.OrderCodec");
  }

  @Test
  void aChangedFieldTypeIsAnErrorOnThatComponent() {
    release(V1);
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(\n"
        + "    String id,\n"
        + "    String customer) {}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EVS100] field 'id' breaks BACKWARD compatibility with"
            + " com.example.Order/v1.avsc: the new schema cannot read data written with it"
            + " (field 'id': the reader's string cannot read the writer's long)")
        .inFile(v2).onLineContaining("String id,");
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void aFailedCheckStillGeneratesTheClassesSoCodeUsingThemHasNoFollowOnErrors() {
    release(V1);
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(\n"
        + "    String id,\n"
        + "    String customer) {}");
    JavaFileObject user = JavaFileObjects.forSourceString("com.example.Shop",
        "package com.example;\n\n"
            + "final class Shop {\n"
            + "  final OrderSerializer serializer = new OrderSerializer();\n"
            + "  final OrderDeserializer deserializer = new OrderDeserializer();\n"
            + "}\n");
    Compilation c = compile(List.of("-Aeventschema.history=" + history), v2, user);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EVS100] field 'id' breaks BACKWARD compatibility")
        .inFile(v2).onLineContaining("String id,");
    // the schema error alone: Shop compiles against the generated OrderSerializer and
    // OrderDeserializer (compile-testing shows no generated files of a failed compilation)
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void aNewFieldWithoutADefaultIsAnErrorOnThatComponent() {
    release(V1);
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String customer,\n"
        + "    int quantity) {}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS101] new field 'quantity' breaks BACKWARD"
            + " compatibility with com.example.Order/v1.avsc: data written with that version has"
            + " no value for it, and it has no default. Hint: make it Optional<...> or @Nullable")
        .inFile(v2).onLineContaining("int quantity");
  }

  @Test
  void aRenamedFieldWithoutAnAliasIsReportedAsARenameWithTheAliasToAdd() {
    release(V1);
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String buyer) {}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS106] new field 'buyer' breaks BACKWARD compatibility"
            + " with com.example.Order/v1.avsc: it takes the place of field 'customer' (same"
            + " position, same type), which that version has and this one does not; if it is a"
            + " rename, keep the old values with @AvroAlias(\"customer\")")
        .inFile(v2).onLineContaining("String buyer");
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void aNewFieldOfAnotherTypeInTheRemovedFieldsPlaceIsNoRename() {
    release(V1);
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    int quantity) {}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS101] new field 'quantity' breaks BACKWARD")
        .inFile(v2).onLineContaining("int quantity");
  }

  @Test
  void aRenamedFieldWithTheOldNameAsAnAliasPasses() {
    release(V1);
    assertThat(compileWithHistory(order("@Event\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    @io.eventschema.AvroAlias(\"customer\") String buyer) {}"))).succeeded();
  }

  @Test
  void aNewFieldWithAnAvroDefaultPasses() {
    release(V1);
    assertThat(compileWithHistory(order("@Event\n"
        + "public record Order(\n"
        + "    long id,\n"
        + "    String customer,\n"
        + "    @io.eventschema.AvroDefault(\"1\") int quantity) {}"))).succeeded();
  }

  @Test
  void aRemovedFieldBreaksForwardAndIsReportedOnTheRecord() {
    release(V1);
    JavaFileObject v2 = order("@Event(compatibility = Compatibility.FORWARD)\n"
        + "public record Order(\n"
        + "    long id) {}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS102] removing field 'customer' breaks FORWARD"
            + " compatibility with com.example.Order/v1.avsc: readers of that version need it,"
            + " and it has no default there")
        .inFile(v2).onLineContaining("public record Order(");
  }

  @Test
  void aSealedEventThatDropsASubtypeBreaksBackwardAndIsReportedOnTheEvent() {
    release("@Event\n"
        + "public sealed interface Order permits Order.Placed, Order.Paid, Order.Shipped {\n"
        + "  record Placed(long id) implements Order {}\n"
        + "  record Paid(long id) implements Order {}\n"
        + "  record Shipped(long id) implements Order {}\n"
        + "}");
    JavaFileObject v2 = order("@Event\n"
        + "public sealed interface Order permits Order.Placed, Order.Paid {\n"
        + "  record Placed(long id) implements Order {}\n"
        + "  record Paid(long id) implements Order {}\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).failed();
    // no component is responsible: the union of the event itself lost a branch
    assertThat(c).hadErrorContaining("[EVS103] Order breaks BACKWARD compatibility with"
            + " com.example.Order/v1.avsc: the new schema cannot read data written with it")
        .inFile(v2).onLineContaining("public sealed interface Order");
    assertThat(c).hadErrorContaining("(the schema itself: the reader's union"
        + " [com.example.Placed, com.example.Paid] has no branch that reads the writer's record"
        + " com.example.Shipped)");
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void anEnumEventThatDropsASymbolBreaksBackwardAndIsReportedOnTheEvent() {
    release("@Event\npublic enum Order { NEW, PAID, SHIPPED }");
    JavaFileObject v2 = order("@Event\npublic enum Order { NEW, PAID }");
    Compilation c = compileWithHistory(v2);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EVS103] Order breaks BACKWARD compatibility with"
            + " com.example.Order/v1.avsc")
        .inFile(v2).onLineContaining("public enum Order");
    assertThat(c).hadErrorContaining("SHIPPED");
    assertThat(c.errors()).hasSize(1);
    // a symbol added at the end reads every old value
    assertThat(compileWithHistory(order("@Event\npublic enum Order { NEW, PAID, SHIPPED,"
        + " LOST }"))).succeeded();
  }

  @Test
  void aUnionEventThatDropsABranchBreaksBackward() {
    String head = "@Event\n@io.eventschema.AvroUnion\npublic sealed interface Order permits ";
    release(head + "Order.Id, Order.Name {\n"
        + "  record Id(long value) implements Order {}\n"
        + "  record Name(String value) implements Order {}\n"
        + "}");
    JavaFileObject v2 = order(head + "Order.Id {\n"
        + "  record Id(long value) implements Order {}\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EVS103] Order breaks BACKWARD compatibility with"
            + " com.example.Order/v1.avsc")
        .inFile(v2).onLineContaining("public sealed interface Order");
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void aRemovedFieldIsFineUnderBackward() {
    release(V1);
    assertThat(compileWithHistory(order("@Event\npublic record Order(long id) {}")))
        .succeeded();
  }

  @Test
  void aRemovedEnumSymbolBreaksBackward() {
    release("@Event\n"
        + "public record Order(long id, Status status) {\n"
        + "  public enum Status { NEW, PAID, SHIPPED }\n"
        + "}");
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(long id,\n"
        + "    Status status) {\n"
        + "  public enum Status { NEW, PAID }\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS100] field 'status' breaks BACKWARD compatibility with"
            + " com.example.Order/v1.avsc: the new schema cannot read data written with it"
            + " (field 'status': the writer's enum com.example.Status has symbols [SHIPPED] that"
            + " the reader's lacks, and the reader's enum has no default)")
        .inFile(v2).onLineContaining("Status status");
  }

  @Test
  void aChangeInsideANestedRecordIsReportedOnTheTopLevelComponentWithItsPath() {
    release("@Event\n"
        + "public record Order(long id, Address address) {\n"
        + "  public record Address(String street, String zip) {}\n"
        + "}");
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(long id,\n"
        + "    Address address) {\n"
        + "  public record Address(String street,\n"
        + "      int zip) {}\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS100] field 'address' breaks BACKWARD compatibility"
            + " with com.example.Order/v1.avsc: the new schema cannot read data written with it"
            + " (field 'address.zip': the reader's int cannot read the writer's string)")
        .inFile(v2).onLineContaining("Address address");
    assertThat(c).hadErrorContaining("[EVS100] field 'Order.address.zip' breaks BACKWARD"
            + " compatibility with com.example.Order/v1.avsc: the new schema cannot read data"
            + " written with it (field 'address.zip': the reader's int cannot read the writer's"
            + " string)")
        .inFile(v2).onLineContaining("int zip");
    assertThat(c.errors()).hasSize(2);
  }

  private static final String LINE_ITEMS_V1 = "@Event\n"
      + "public record Order(long id, java.util.List<LineItem> items) {\n"
      + "  public record LineItem(String sku, int quantity) {}\n"
      + "}";

  @Test
  void aChangeInARecordOfAListIsAlsoAnErrorOnTheNestedComponentWithThePathFromTheEvent() {
    release(LINE_ITEMS_V1);
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(long id,\n"
        + "    java.util.List<LineItem> items) {\n"
        + "  public record LineItem(String sku,\n"
        + "      String quantity) {}\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[EVS100] field 'Order.items[].quantity' breaks BACKWARD"
            + " compatibility with com.example.Order/v1.avsc: the new schema cannot read data"
            + " written with it (field 'items[].quantity': the reader's string cannot read the"
            + " writer's int)")
        .inFile(v2).onLineContaining("String quantity");
    assertThat(c).hadErrorContaining("[EVS100] field 'items' breaks BACKWARD compatibility")
        .inFile(v2).onLineContaining("java.util.List<LineItem> items");
    assertThat(c.errors()).hasSize(2);
  }

  @Test
  void aNewFieldWithoutADefaultInANestedRecordIsAnEvs101OnIt() {
    release(LINE_ITEMS_V1);
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(long id,\n"
        + "    java.util.List<LineItem> items) {\n"
        + "  public record LineItem(String sku, int quantity,\n"
        + "      long discount) {}\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS101] new field 'Order.items[].discount' breaks"
            + " BACKWARD compatibility with com.example.Order/v1.avsc: data written with that"
            + " version has no value for it, and it has no default")
        .inFile(v2).onLineContaining("long discount");
    assertThat(c).hadErrorContaining("[EVS100] field 'items' breaks BACKWARD")
        .inFile(v2).onLineContaining("java.util.List<LineItem> items");
    assertThat(c.errors()).hasSize(2);
  }

  @Test
  void aChangeInsideAnOptionalRecordNamesTheFieldInsideIt() {
    release("@Event\n"
        + "public record Order(long id, Optional<Address> address) {\n"
        + "  public record Address(String street, String zip) {}\n"
        + "}");
    JavaFileObject v2 = order("@Event\n"
        + "public record Order(long id,\n"
        + "    Optional<Address> address) {\n"
        + "  public record Address(String street,\n"
        + "      long zip) {}\n"
        + "}");
    Compilation c = compileWithHistory(v2);
    // Avro alone says the union lost its branch; the record inside it is compared too
    assertThat(c).hadErrorContaining("[EVS100] field 'Order.address.zip' breaks BACKWARD"
            + " compatibility with com.example.Order/v1.avsc: the new schema cannot read data"
            + " written with it (field 'address.zip': the reader's long cannot read the writer's"
            + " string)")
        .inFile(v2).onLineContaining("long zip");
    assertThat(c).hadErrorContaining("[EVS100] field 'address' breaks BACKWARD")
        .inFile(v2).onLineContaining("Optional<Address> address");
    assertThat(c.errors()).hasSize(2);
  }

  @Test
  void aNestedRecordCompiledElsewhereIsReportedOnTheEventsComponentOnly() throws IOException {
    JavaFileObject item1 = JavaFileObjects.forSourceString("com.example.LineItem",
        "package com.example;\n\npublic record LineItem(String sku, int quantity) {}\n");
    JavaFileObject order = order("@Event\n"
        + "public record Order(long id,\n"
        + "    java.util.List<LineItem> items) {}");
    Compilation first = compile(List.of(), order, item1);
    assertThat(first).succeeded();
    Path folder = Files.createDirectories(history.resolve(FULL_NAME));
    Files.writeString(folder.resolve("v1.avsc"), first.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/avro/" + FULL_NAME + ".avsc").orElseThrow().getCharContent(true).toString());
    // LineItem v2 comes from a class file, as from another module's jar
    Compilation item2 = compile(List.of(), JavaFileObjects.forSourceString("com.example.LineItem",
        "package com.example;\n\npublic record LineItem(String sku, String quantity) {}\n"));
    assertThat(item2).succeeded();
    Path classes = Files.createDirectories(history.resolve("classes/com/example"));
    for (JavaFileObject f : item2.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        try (var in = f.openInputStream()) {
          Files.write(classes.resolve(Path.of(f.toUri().getPath()).getFileName()),
              in.readAllBytes());
        }
      }
    }
    Compilation c = javac().withProcessors(new EventProcessor())
        .withClasspath(classpathWith(history.resolve("classes")))
        .withOptions("--release", "17", "-Xlint:none", "-Aeventschema.history=" + history)
        .compile(order);
    assertThat(c).hadErrorContaining("[EVS100] field 'items' breaks BACKWARD compatibility with"
            + " com.example.Order/v1.avsc: the new schema cannot read data written with it"
            + " (field 'items[].quantity': the reader's string cannot read the writer's int);"
            + " com.example.LineItem is not compiled here, so only this component shows the"
            + " error")
        .inFile(order).onLineContaining("java.util.List<LineItem> items");
    assertThat(c.errors()).hasSize(1);
  }

  /** This test's class path and {@code extra}: compile-testing replaces the class path whole. */
  private static List<java.io.File> classpathWith(Path extra) {
    List<java.io.File> out = new ArrayList<>();
    out.add(extra.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      out.add(new java.io.File(entry));
    }
    return out;
  }

  private static final String AMOUNT = "@Event(compatibility = Compatibility.%s)\n"
      + "public record Order(\n"
      + "    %s amount) {}";

  @Test
  void transitiveLevelsCheckEveryVersionTheOthersOnlyTheLatest() {
    release(String.format(AMOUNT, "NONE", "double"));
    release(String.format(AMOUNT, "NONE", "int"));
    // long reads int (v2), not double (v1)
    assertThat(compileWithHistory(order(String.format(AMOUNT, "BACKWARD", "long"))))
        .succeeded();
    JavaFileObject v3 = order(String.format(AMOUNT, "BACKWARD_TRANSITIVE", "long"));
    Compilation c = compileWithHistory(v3);
    assertThat(c).hadErrorContaining("[EVS100] field 'amount' breaks BACKWARD_TRANSITIVE"
            + " compatibility with com.example.Order/v1.avsc: the new schema cannot read data"
            + " written with it (field 'amount': the reader's long cannot read the writer's"
            + " double)")
        .inFile(v3).onLineContaining("long amount");
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void fullChecksBothDirections() {
    release(String.format(AMOUNT, "NONE", "int"));
    JavaFileObject v2 = order(String.format(AMOUNT, "FULL", "long"));
    Compilation c = compileWithHistory(v2);
    // the new schema reads int as long, but v1's int reader cannot read long
    assertThat(c).hadErrorContaining("[EVS100] field 'amount' breaks FULL compatibility with"
            + " com.example.Order/v1.avsc: its readers cannot read data written with the new"
            + " schema (field 'amount': the reader's int cannot read the writer's long)")
        .inFile(v2).onLineContaining("long amount");
    assertThat(c.errors()).hasSize(1);
  }

  @Test
  void levelNoneChecksNothing() {
    release(V1);
    assertThat(compileWithHistory(order("@Event(compatibility = Compatibility.NONE)\n"
        + "public record Order(String id) {}"))).succeeded();
  }

  @Test
  void anInvalidHistoryFileIsAnErrorNamingTheFile() throws IOException {
    Path folder = Files.createDirectories(history.resolve(FULL_NAME));
    Files.writeString(folder.resolve("v1.avsc"), "{\"type\": \"record\", \"name\": ");
    JavaFileObject v2 = order(V1);
    Compilation c = compileWithHistory(v2);
    assertThat(c).hadErrorContaining("[EVS104] the schema history file "
            + folder.resolve("v1.avsc") + " cannot be used: not a valid Avro schema")
        .inFile(v2).onLineContaining("@Event");
  }

  @Test
  void aHistoryFileWithAnotherNameIsAnError() throws IOException {
    Path folder = Files.createDirectories(history.resolve(FULL_NAME));
    Files.writeString(folder.resolve("version-1.avsc"), "\"string\"");
    JavaFileObject v2 = order(V1);
    assertThat(compileWithHistory(v2)).hadErrorContaining("[EVS104] the schema history file "
            + folder.resolve("version-1.avsc") + " cannot be used: a history file must be named"
            + " v<N>.avsc")
        .inFile(v2).onLineContaining("@Event");
  }

  @Test
  void aMissingHistoryFolderIsAWarningNotAnError() {
    Path missing = history.resolve("nope");
    Compilation c = compile(List.of("-Aeventschema.history=" + missing), order(V1));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[EVS105] no schema history is checked: "
        + "-Aeventschema.history names " + missing + ", which is not a folder");
  }

  @Test
  void noOptionAndNoClassOutputOnDiskMeansNoCheck() {
    release(V1);
    Compilation c = compile(List.of(), order("@Event\npublic record Order(String id) {}"));
    assertThat(c).succeeded();
    assertThat(c.diagnostics()).noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
        && d.getMessage(null).contains("EVS1"));
  }
}
