package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/**
 * Names real schemas have that Java names cannot say: enum symbols that are Java keywords
 * ({@code @AvroName} on the constant), a named type without a namespace inside a namespaced event
 * and an event without a namespace in a package ({@code @AvroNamespace("")}), Avro {@code error}
 * types ({@code @AvroError}). Apache Avro is the oracle: the written schema parses and equals the
 * expected one, and data Avro's {@code GenericDatumWriter} writes reads through the codec and
 * back to the same bytes; and the misuses (EVS050, EVS051).
 */
class SchemaNamingFormsTest {
  private static final JavaFileObject EVENT = Compile.source("p.Ticket", "package p;",
      "import io.eventschema.*;",
      "import java.util.*;",
      "@Event(namespace = \"com.acme\")",
      "public record Ticket(Ticket.Kind kind, List<Ticket.Kind> kinds, Ticket.Plain plain,",
      "    Ticket.Plain again, Ticket.Failure failure) {",
      "  public enum Kind { @AvroName(\"class\") CLASS_, @AvroName(\"_\") UNDERSCORE,",
      "      @EnumDefault @AvroName(\"default\") DEFAULT_, open }",
      "  @AvroNamespace(\"\")",
      "  public record Plain(String text) {}",
      "  @AvroError",
      "  public record Failure(String message, int code) {}",
      "}");
  private static final Compilation COMPILATION = Compile.succeeded(EVENT);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "Ticket", "namespace": "com.acme", "fields": [
        {"name": "kind", "type": {"type": "enum", "name": "Kind", "namespace": "com.acme",
            "symbols": ["class", "_", "default", "open"], "default": "default"}},
        {"name": "kinds", "type": {"type": "array", "items": "Kind"}},
        {"name": "plain", "type": {"type": "record", "name": "Plain", "namespace": "",
            "fields": [{"name": "text", "type": "string"}]}},
        {"name": "again", "type": "Plain"},
        {"name": "failure", "type": {"type": "error", "name": "Failure", "fields": [
            {"name": "message", "type": "string"}, {"name": "code", "type": "int"}]}}
      ]}""";

  @Test
  void theSchemaKeepsTheSymbolsTheEmptyNamespaceAndTheErrorType() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "com.acme.Ticket"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    Schema kind = written.getField("kind").schema();
    assertThat(kind.getEnumSymbols()).containsExactly("class", "_", "default", "open");
    assertThat(kind.getEnumDefault()).isEqualTo("default");
    assertThat(written.getField("plain").schema().getFullName()).isEqualTo("Plain");
    assertThat(written.getField("plain").schema().getNamespace()).isNull();
    // equals and the canonical form do not tell an error from a record: isError does
    assertThat(written.getField("failure").schema().isError()).isTrue();
    assertThat(written.getField("failure").schema().getFullName()).isEqualTo("com.acme.Failure");
    assertThat(written.isError()).isFalse();
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    EventCodec<Object> codec = AvroOracle.codec(CLASSES.load("p.TicketCodec"));
    Schema schema = new Schema.Parser().parse(EXPECTED);
    Schema kind = schema.getField("kind").schema();
    Random random = new Random(20261201L);
    Class<?> kindClass = CLASSES.load("p.Ticket$Kind");
    for (int n = 0; n < 50; n++) {
      GenericData.Record datum = new GenericData.Record(schema);
      String symbol = kind.getEnumSymbols().get(random.nextInt(4));
      datum.put("kind", new GenericData.EnumSymbol(kind, symbol));
      datum.put("kinds", List.of(new GenericData.EnumSymbol(kind, "class"),
          new GenericData.EnumSymbol(kind, "_")));
      GenericData.Record plain = new GenericData.Record(schema.getField("plain").schema());
      plain.put("text", "t" + n);
      datum.put("plain", plain);
      datum.put("again", plain);
      GenericData.Record failure = new GenericData.Record(schema.getField("failure").schema());
      failure.put("message", "m" + n);
      failure.put("code", random.nextInt());
      datum.put("failure", failure);
      byte[] avro = AvroOracle.genericBytes(schema, datum);
      Object value = codec.decode(new AvroInput().reset(avro, 0, avro.length));
      Object read = value.getClass().getMethod("kind").invoke(value);
      int ordinal = kind.getEnumOrdinal(symbol);
      assertThat(read).isEqualTo(kindClass.getEnumConstants()[ordinal]);
      AvroOutput out = new AvroOutput();
      codec.encode(value, out);
      assertThat(out.toByteArray()).isEqualTo(avro);
    }
  }

  @Test
  void anEventWithoutNamespaceInAPackage() {
    Compilation c = Compile.succeeded(Compile.source("p.Loose", "package p;",
        "import io.eventschema.*;",
        "@Event @AvroNamespace(\"\") @AvroError",
        "public record Loose(String text, Loose.Inner inner) {",
        "  public record Inner(int n) {}",
        "}"));
    Schema written = new Schema.Parser().parse(Compile.schemaText(c, "Loose"));
    assertThat(written.getFullName()).isEqualTo("Loose");
    assertThat(written.isError()).isTrue();
    // a nested type without @AvroNamespace takes its package, as before
    assertThat(written.getField("inner").schema().getFullName()).isEqualTo("p.Inner");
  }

  @Test
  void aNestedRecordInAnotherNamedNamespace() {
    Compilation c = Compile.succeeded(event("public record E(E.Inner inner) {",
        "  @AvroNamespace(\"org.other\") @AvroName(\"Renamed\") public record Inner(int n) {}",
        "}"));
    Schema written = new Schema.Parser().parse(Compile.schemaText(c, "p.E"));
    assertThat(written.getField("inner").schema().getFullName()).isEqualTo("org.other.Renamed");
  }

  @Test
  void twoConstantsWithOneSymbolAreAnError() {
    expectError(event("public record E(E.K k) {",
        "  enum K { A, @AvroName(\"A\") B }",
        "}"), "EVS050", "enum K: the constant B has the symbol 'A', which an earlier constant has",
        "@AvroName(\"A\") B");
  }

  @Test
  void anInvalidSymbolIsAnError() {
    expectError(event("public record E(E.K k) {",
        "  enum K { A, @AvroName(\"a-b\") B }",
        "}"), "EVS008", "'a-b' is not a valid Avro enum symbol", "@AvroName(\"a-b\") B");
  }

  @Test
  void aNamespaceSaidTwiceIsAnError() {
    expectError(event("public record E(E.Inner inner) {",
        "  @AvroNamespace(\"\") @AvroName(\"org.x.Inner\") public record Inner(int n) {}",
        "}"), "EVS051", "Inner has @AvroNamespace and also names its namespace with org.x.Inner",
        "@AvroNamespace(\"\")");
    expectError(Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "@Event(namespace = \"x\") @AvroNamespace(\"\")", "public record E(int n) {}"),
        "EVS051", "E has @AvroNamespace and also names its namespace with @Event(namespace",
        "@AvroNamespace");
  }
}
