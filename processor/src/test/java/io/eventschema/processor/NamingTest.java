package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.eventschema.codec.EventCodec;
import io.eventschema.codec.InvalidDataException;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.io.ByteArrayOutputStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** Naming strategies, renames and namespace overrides; narrow ints range-checked on read. */
class NamingTest {

  private static Schema compile(String naming) {
    Compilation c = Compile.succeeded(Compile.source("p.E", "package p;",
        "import io.eventschema.*;",
        "@Event(fieldNaming = FieldNaming." + naming + ")",
        "public record E(long userId, String http_url_value, @AvroName(\"Fixed\") int x,",
        "    Inner inner) {",
        "  @AvroName(\"com.acme.other.Renamed\")",
        "  public record Inner(int a) {}",
        "}"));
    return new Schema.Parser().parse(Compile.schemaText(c, "p.E"));
  }

  @Test
  void everyNamingStrategy() {
    assertThat(compile("AS_DECLARED").getFields()).extracting(Schema.Field::name)
        .containsExactly("userId", "http_url_value", "Fixed", "inner");
    assertThat(compile("SNAKE_CASE").getFields()).extracting(Schema.Field::name)
        .containsExactly("user_id", "http_url_value", "Fixed", "inner");
    assertThat(compile("CAMEL_CASE").getFields()).extracting(Schema.Field::name)
        .containsExactly("userId", "httpUrlValue", "Fixed", "inner");
    assertThat(compile("PASCAL_CASE").getFields()).extracting(Schema.Field::name)
        .containsExactly("UserId", "HttpUrlValue", "Fixed", "Inner");
  }

  @Test
  void aNestedRecordRenamedIntoAnotherNamespace() {
    assertThat(compile("AS_DECLARED").getField("inner").schema().getFullName())
        .isEqualTo("com.acme.other.Renamed");
  }

  @Test
  void byteAndShortAreRangeCheckedOnRead() throws Exception {
    CompiledClasses classes = new CompiledClasses(Compile.succeeded(Compile.source("p.Small",
        "package p;", "import io.eventschema.*;", "@Event",
        "public record Small(byte b, Short s) {}")));
    EventCodec<Object> codec = AvroOracle.codec(classes.load("p.SmallCodec"));
    AvroOracle<Object> oracle = new AvroOracle<>(codec);
    assertThatThrownBy(() -> oracle.readWithAvroInput(avroBytes(codec.schema(), 128, 0)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("field 'b' holds 128, outside the range of a byte");
    assertThatThrownBy(() -> oracle.readWithAvroInput(avroBytes(codec.schema(), 0, -32769)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("field 's' holds -32769, outside the range of a short");
    assertThat(oracle.readWithAvroInput(avroBytes(codec.schema(), -128, 32767)).toString())
        .isEqualTo("Small[b=-128, s=32767]");
  }

  private static byte[] avroBytes(Schema schema, int b, int s) throws Exception {
    GenericData.Record r = new GenericData.Record(schema);
    r.put("b", b);
    r.put("s", s);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<Object>(schema).write(r, enc);
    enc.flush();
    return out.toByteArray();
  }
}
