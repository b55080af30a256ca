package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@code @AvroDoc(value = "", writeEmpty = true)}: an empty {@code "doc"} on a record, a field and
 * an enum, which Avro keeps (its {@code getDoc()} is "", not null); {@code @AvroDoc("")} still
 * writes none, also over Javadoc. The schema against Avro's parse of the expected text, docs
 * compared one by one ({@code Schema.equals} ignores them; {@code toString} does not).
 */
class EmptyDocTest {
  private static final JavaFileObject EVENT = Compile.source("p.Quiet", "package p;",
      "import io.eventschema.*;",
      "/** The event. */",
      "@Event",
      "@AvroDoc(value = \"\", writeEmpty = true)",
      "public record Quiet(@AvroDoc(value = \"\", writeEmpty = true) int a,",
      "    @AvroDoc(\"\") int b, @AvroDoc(value = \"said\", writeEmpty = true) int c, Kind kind,",
      "    Plain plain) {",
      "  @AvroDoc(value = \"\", writeEmpty = true)",
      "  public enum Kind { A, B }",
      "  /** Not in the schema. */",
      "  @AvroDoc(\"\")",
      "  public record Plain(int x) {}",
      "}");

  private static final String EXPECTED = """
      {"type": "record", "name": "Quiet", "namespace": "p", "doc": "", "fields": [
        {"name": "a", "type": "int", "doc": ""},
        {"name": "b", "type": "int"},
        {"name": "c", "type": "int", "doc": "said"},
        {"name": "kind", "type": {"type": "enum", "name": "Kind", "doc": "",
            "symbols": ["A", "B"]}},
        {"name": "plain", "type": {"type": "record", "name": "Plain", "fields": [
            {"name": "x", "type": "int"}]}}
      ]}""";

  @Test
  void anEmptyDocIsWrittenWhenSaidSo() {
    Compilation c = Compile.succeeded(EVENT);
    Schema written = new Schema.Parser().parse(Compile.schemaText(c, "p.Quiet"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(written.toString()).isEqualTo(expected.toString());
    assertThat(written.getDoc()).isEmpty();
    assertThat(written.getField("a").doc()).isEmpty();
    assertThat(written.getField("b").doc()).isNull();
    assertThat(written.getField("c").doc()).isEqualTo("said");
    assertThat(written.getField("kind").schema().getDoc()).isEmpty();
    assertThat(written.getField("plain").schema().getDoc()).isNull();
  }
}
