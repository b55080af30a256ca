package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.assertOnlyError;
import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.eventschema.AvroDuration;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.TimePeriod;
import org.junit.jupiter.api.Test;

/**
 * Avro's fixed logical types and Avro 1.12's big-decimal: a decimal on fixed ({@code @Fixed
 * @AvroDecimal BigDecimal}), a {@code duration} ({@code AvroDuration}), a {@code big-decimal}
 * ({@code @AvroBigDecimal BigDecimal}), and a fixed's namespace, doc and aliases. Oracle: Avro's
 * parse of the expected schema, and Avro's {@code GenericDatumWriter} / {@code Reader} with Avro's
 * own {@code DecimalConversion}, {@code DurationConversion} and {@code BigDecimalConversion}.
 */
class FixedAndLogicalTypesTest {
  private static final JavaFileObject EVENT = Compile.source("p.Payment", "package p;",
      "import io.eventschema.*;",
      "import java.math.BigDecimal;",
      "import java.util.*;",
      "import org.jspecify.annotations.Nullable;",
      "@Event",
      "public record Payment(",
      "    @Fixed(value = 8, name = \"Amount\") @AvroDecimal(precision = 18, scale = 2)",
      "    BigDecimal amount,",
      "    @Fixed(value = 8, name = \"Amount\") @AvroDecimal(precision = 18, scale = 2)",
      "    BigDecimal fee,",
      "    @Fixed(value = 3, name = \"Small\", namespace = \"q.money\", doc = \"three bytes\",",
      "        aliases = {\"Tiny\", \"old.Small\"}) @AvroDecimal(precision = 6, scale = 2)",
      "    @Nullable BigDecimal small,",
      "    AvroDuration delay,",
      "    List<@Fixed(value = 12, name = \"Span\") AvroDuration> spans,",
      "    @AvroBigDecimal BigDecimal big,",
      "    Map<String, @AvroBigDecimal BigDecimal> bigs,",
      "    @Fixed(value = 4, name = \"Tag\", namespace = Fixed.NO_NAMESPACE) byte[] tag,",
      "    @Fixed(value = 12, name = \"Held\") @AvroTypeProp(key = \"k\", value = \"1\")",
      "    AvroDuration held,",
      "    @Fixed(value = 2, name = \"Cents\") @AvroDecimal(precision = 4, scale = 2)",
      "    @AvroTypeProp(key = \"unit\", value = \"\\\"EUR\\\"\") BigDecimal cents) {}");
  private static final Compilation COMPILATION = Compile.succeeded(EVENT);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "Payment", "namespace": "p", "fields": [
        {"name": "amount", "type": {"type": "fixed", "name": "Amount", "size": 8,
          "logicalType": "decimal", "precision": 18, "scale": 2}},
        {"name": "fee", "type": "Amount"},
        {"name": "small", "type": ["null", {"type": "fixed", "name": "Small",
          "namespace": "q.money", "doc": "three bytes", "aliases": ["Tiny", "old.Small"],
          "size": 3, "logicalType": "decimal", "precision": 6, "scale": 2}], "default": null},
        {"name": "delay", "type": {"type": "fixed", "name": "Delay", "size": 12,
          "logicalType": "duration"}},
        {"name": "spans", "type": {"type": "array", "items": {"type": "fixed", "name": "Span",
          "size": 12, "logicalType": "duration"}}},
        {"name": "big", "type": {"type": "bytes", "logicalType": "big-decimal"}},
        {"name": "bigs", "type": {"type": "map", "values": {"type": "bytes",
          "logicalType": "big-decimal"}}},
        {"name": "tag", "type": {"type": "fixed", "name": "Tag", "namespace": "", "size": 4}},
        {"name": "held", "type": {"type": "fixed", "name": "Held", "size": 12,
          "logicalType": "duration", "k": 1}},
        {"name": "cents", "type": {"type": "fixed", "name": "Cents", "size": 2,
          "logicalType": "decimal", "precision": 4, "scale": 2, "unit": "EUR"}}
      ]}""";

  /** Avro's generic model with Avro's own conversions for the three logical types. */
  private static final GenericData MODEL = new GenericData();

  static {
    MODEL.addLogicalTypeConversion(new Conversions.DecimalConversion());
    MODEL.addLogicalTypeConversion(new Conversions.DurationConversion());
    MODEL.addLogicalTypeConversion(new Conversions.BigDecimalConversion());
  }

  @Test
  void theSchemaHasTheFixedLogicalTypesAndTheBigDecimal() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "p.Payment"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    assertThat(written.getField("amount").schema().getLogicalType())
        .isEqualTo(LogicalTypes.decimal(18, 2));
    assertThat(written.getField("delay").schema().getLogicalType())
        .isEqualTo(LogicalTypes.duration());
    assertThat(written.getField("big").schema().getLogicalType())
        .isEqualTo(LogicalTypes.bigDecimal());
    Schema small = written.getField("small").schema().getTypes().get(1);
    assertThat(small.getFullName()).isEqualTo("q.money.Small");
    assertThat(small.getDoc()).isEqualTo("three bytes");
    assertThat(small.getAliases()).containsExactlyInAnyOrder("q.money.Tiny", "old.Small");
    assertThat(written.getField("tag").schema().getFullName()).isEqualTo("Tag");
    assertThat(written.getField("held").schema().getObjectProp("k")).isEqualTo(1);
    assertThat(written.getField("cents").schema().getObjectProp("unit")).isEqualTo("EUR");
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(CLASSES.load("p.PaymentCodec")));
    Schema schema = new Schema.Parser().parse(EXPECTED);
    Constructor<?> payment = CLASSES.load("p.Payment").getDeclaredConstructors()[0];
    String[][] decimals = {
        {"0.00", "0.00", null, "0", "0"},
        {"-12345.67", "0.05", "-9999.99", "3.14159265358979323846264338327950288", "-0.000"},
        {"9999999999999999.99", "-9999999999999999.99", "9999.99", "1E+10", "-1E-30"},
        {"-0.01", "128.00", "-0.01", "-128", "255"},
    };
    long max = AvroDuration.MAX_COUNT;
    for (int n = 0; n < decimals.length; n++) {
      String[] d = decimals[n];
      BigDecimal small = d[2] == null ? null : new BigDecimal(d[2]);
      AvroDuration wait = new AvroDuration(n, 2L * n, max - n);
      List<AvroDuration> spans = new ArrayList<>();
      List<TimePeriod> periods = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        spans.add(new AvroDuration(max - k, k, 1000L * k));
        periods.add(TimePeriod.of(max - k, k, 1000L * k));
      }
      Map<String, BigDecimal> bigs = new LinkedHashMap<>();
      bigs.put("a", new BigDecimal(d[3]));
      bigs.put("b", new BigDecimal(d[4]));
      byte[] tag = {(byte) n, 1, (byte) 0xFF, 0};
      AvroDuration held = new AvroDuration(max, max, max);
      BigDecimal cents = new BigDecimal(n % 2 == 0 ? "-99.99" : "12.34");
      Object value = payment.newInstance(new BigDecimal(d[0]), new BigDecimal(d[1]), small, wait,
          spans, new BigDecimal(d[3]), bigs, tag, held, cents);

      GenericData.Record datum = new GenericData.Record(schema);
      datum.put("amount", new BigDecimal(d[0]));
      datum.put("fee", new BigDecimal(d[1]));
      datum.put("small", small);
      datum.put("delay", TimePeriod.of(wait.months(), wait.days(), wait.millis()));
      datum.put("spans", periods);
      datum.put("big", new BigDecimal(d[3]));
      datum.put("bigs", bigs);
      datum.put("tag", new GenericData.Fixed(schema.getField("tag").schema(), tag));
      datum.put("held", TimePeriod.of(max, max, max));
      datum.put("cents", cents);
      byte[] avro = avroBytes(schema, datum);

      assertThat(oracle.codecBytes(value)).isEqualTo(avro);
      assertThat(oracle.codecBytesViaAvroEncoder(value)).isEqualTo(avro);
      assertThat(oracle.readWithAvroInput(avro)).usingRecursiveComparison().isEqualTo(value);
      assertThat(oracle.readWithAvroDecoder(avro)).usingRecursiveComparison().isEqualTo(value);
      GenericRecord read = new GenericDatumReader<GenericRecord>(schema, schema, MODEL)
          .read(null, DecoderFactory.get().binaryDecoder(oracle.codecBytes(value), null));
      assertThat(read.get("amount")).isEqualTo(new BigDecimal(d[0]));
      assertThat(read.get("big")).isEqualTo(new BigDecimal(d[3]));
      assertThat(read.get("delay")).isEqualTo(datum.get("delay"));
      assertThat(new ArrayList<>((List<?>) read.get("spans"))).isEqualTo(periods);
    }
  }

  @Test
  void aDecimalThatDoesNotFitIsAnErrorNamingTheField() throws Exception {
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(CLASSES.load("p.PaymentCodec")));
    Constructor<?> payment = CLASSES.load("p.Payment").getDeclaredConstructors()[0];
    AvroDuration zero = new AvroDuration(0, 0, 0);
    Object rounding = payment.newInstance(new BigDecimal("1.234"), BigDecimal.ZERO, null, zero,
        List.of(), BigDecimal.ONE, Map.of(), new byte[4], zero, BigDecimal.ZERO);
    assertThatThrownBy(() -> oracle.codecBytes(rounding))
        .hasMessageContaining("field 'amount'").hasMessageContaining("without rounding");
    Object tooMany = payment.newInstance(BigDecimal.ZERO, BigDecimal.ZERO,
        new BigDecimal("10000.00"), zero, List.of(), BigDecimal.ONE, Map.of(), new byte[4], zero,
        BigDecimal.ZERO);
    assertThatThrownBy(() -> oracle.codecBytes(tooMany))
        .hasMessageContaining("field 'small'").hasMessageContaining("more than the 6 digits");
  }

  private static byte[] avroBytes(Schema schema, Object datum) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<Object>(schema, MODEL).write(datum, enc);
    enc.flush();
    return bytes.toByteArray();
  }

  @Test
  void aDecimalOnFixedWithoutScaleLeavesItOut() {
    Compilation c = Compile.succeeded(Compile.source("p.E", "package p;",
        "import io.eventschema.*;", "import java.math.BigDecimal;", "@Event",
        "public record E(@Fixed(value = 4, name = \"N\")"
            + " @AvroDecimal(precision = 9, scale = 0, writeScale = false) BigDecimal n) {}"));
    Schema written = new Schema.Parser().parse(Compile.schemaText(c, "p.E"));
    assertThat(written).isEqualTo(new Schema.Parser().parse("""
        {"type": "record", "name": "E", "namespace": "p", "fields": [{"name": "n", "type":
          {"type": "fixed", "name": "N", "size": 4, "logicalType": "decimal", "precision": 9}}]}"""));
    assertThat(written.getField("n").schema().getObjectProp("scale")).isNull();
  }

  // ------------------------------------------------------------------- other formats

  private static Compilation decimalEvent(String annotations) {
    return Compile.succeeded(Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "import java.math.BigDecimal;", "import java.util.*;",
        "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})",
        "public record E(" + annotations + " @AvroDecimal(precision = 9, scale = 3) BigDecimal"
            + " price, List<" + annotations + " @AvroDecimal(precision = 9, scale = 3)"
            + " BigDecimal> prices) {}"));
  }

  @Test
  void jsonSchemaAndProtobufWriteADecimalOnFixedAsADecimal() {
    Compilation onFixed = decimalEvent("@Fixed(value = 4, name = \"Price\")");
    Compilation onBytes = decimalEvent("");
    assertThat(Compile.schemaText(onFixed, "p.E")).contains("\"fixed\"");
    for (String file : List.of("META-INF/json-schema/p.E.schema.json",
        "META-INF/protobuf/p/E.proto")) {
      assertThat(Compile.generatedText(onFixed, StandardLocation.CLASS_OUTPUT, file))
          .isEqualTo(Compile.generatedText(onBytes, StandardLocation.CLASS_OUTPUT, file));
    }
    for (String source : Compile.generatedSourceNames(onBytes)) {
      if (source.contains("Json") || source.contains("Proto")) {
        assertThat(Compile.generatedSource(onFixed, source)).as(source)
            .isEqualTo(Compile.generatedSource(onBytes, source));
      }
    }
  }

  @Test
  void jsonSchemaRefusesADuration() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "import java.util.*;",
        "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA})",
        "public record E(int n, List<AvroDuration> waits) {}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS053", "field 'waits' has type"
        + " java.util.List<io.eventschema.AvroDuration>, Avro's duration, which has no JSON Schema"
        + " form", "List<AvroDuration> waits");
  }

  @Test
  void protobufRefusesABigDecimal() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "import java.math.BigDecimal;",
        "@Event(formats = {Format.AVRO, Format.PROTOBUF})",
        "public record E(int n, @AvroBigDecimal BigDecimal big) {}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS053", "field 'big' has type"
        + " java.math.BigDecimal, Avro's big-decimal, which has no Protobuf form",
        "BigDecimal big");
  }

  // ------------------------------------------------------------------- compile errors

  @Test
  void aDecimalTooLongForItsFixedIsAnError() {
    expectError(event("public record E(@Fixed(value = 4, name = \"D\")"
            + " @AvroDecimal(precision = 10, scale = 0) BigDecimal d) {}"), "EVS015",
        "field 'd' has an invalid decimal: a fixed of 4 bytes holds at most 9 digits, not 10",
        "BigDecimal d");
  }

  @Test
  void aDurationOfAnotherSizeIsAnError() {
    expectError(event("public record E(@Fixed(8) AvroDuration d) {}"), "EVS023",
        "field 'd' has an invalid @Fixed: an Avro duration is a fixed of 12 bytes, not 8",
        "AvroDuration d");
  }

  @Test
  void aBigDecimalWithAScaleIsAnError() {
    expectError(event("public record E(@AvroBigDecimal @AvroDecimal(precision = 4, scale = 1)"
        + " BigDecimal d) {}"), "EVS054", "field 'd' has @AvroBigDecimal and also @AvroDecimal",
        "BigDecimal d");
  }

  @Test
  void aBigDecimalOnFixedIsAnError() {
    expectError(event("public record E(@AvroBigDecimal @Fixed(8) BigDecimal d) {}"), "EVS054",
        "field 'd' has @AvroBigDecimal and also @Fixed", "BigDecimal d");
  }

  @Test
  void aFixedNameHoldingAnotherLogicalTypeIsAnError() {
    expectError(event("public record E(@Fixed(value = 12, name = \"X\") byte[] a,",
            "    @Fixed(value = 12, name = \"X\") AvroDuration b) {}"), "EVS023",
        "field 'b' has an invalid @Fixed: the fixed p.X already holds bytes, not a duration",
        "AvroDuration b");
  }

  @Test
  void anotherDocOnALaterUseIsAnError() {
    expectError(event("public record E(@Fixed(value = 2, name = \"X\", doc = \"one\") byte[] a,",
            "    @Fixed(value = 2, name = \"X\", doc = \"two\") byte[] b) {}"), "EVS023",
        "field 'b' has an invalid @Fixed: the fixed p.X was defined at its first use with"
            + " another doc or other aliases", "byte[] b");
  }

  @Test
  void anInvalidFixedNamespaceIsAnError() {
    expectError(event("public record E(@Fixed(value = 2, namespace = \"1x\") byte[] a) {}"),
        "EVS008", "'1x' is not a valid Avro namespace", "byte[] a");
  }

  @Test
  void aCustomLogicalTypeOnADecimalFixedIsAnError() {
    expectError(event("public record E(@Fixed(value = 8, name = \"D\")",
            "    @AvroLogicalType(\"money\")",
            "    @AvroDecimal(precision = 9, scale = 2) BigDecimal d) {}"), "EVS058",
        "@AvroLogicalType(\"money\") on field 'd' (java.math.BigDecimal) cannot be written: it is"
            + " already the logical type decimal", "BigDecimal d");
  }

  @Test
  void aStringTypeOnADurationIsAnError() {
    // Avro's parser would drop the duration beside a string "avro.java.string"
    expectError(event("public record E(@AvroTypeProp(key = \"avro.java.string\","
            + " value = \"\\\"String\\\"\") AvroDuration d) {}"), "EVS043",
        "@AvroTypeProp on field 'd' (io.eventschema.AvroDuration) cannot be written: Avro's"
            + " parser drops the logical type duration", "AvroDuration d");
  }

  @Test
  void aBigDecimalAnnotationOnAnotherTypeHasNoEffect() {
    expectError(event("public record E(@AvroBigDecimal String s) {}"), "EVS024",
        "@AvroBigDecimal on field 's' of type String has no effect", "String s");
  }
}
