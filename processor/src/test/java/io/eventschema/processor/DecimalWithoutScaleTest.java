package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@code @AvroDecimal(precision = p, scale = 0, writeScale = false)}: a decimal without
 * {@code "scale"}, which Avro reads as scale 0 and {@code Schema.equals} tells from
 * {@code "scale": 0}; the schema against Avro's parse of the expected text, Avro's bytes through
 * the codec and back, and a scale other than 0 without it (EVS015).
 */
class DecimalWithoutScaleTest {
  private static final JavaFileObject EVENT = Compile.source("p.Count", "package p;",
      "import io.eventschema.*;",
      "import java.math.BigDecimal;",
      "import java.util.*;",
      "@Event",
      "public record Count(@AvroDecimal(precision = 5, scale = 0, writeScale = false)"
          + " BigDecimal units,",
      "    List<@AvroDecimal(precision = 3, scale = 0, writeScale = false) BigDecimal> parts,",
      "    @AvroDecimal(precision = 4, scale = 0) BigDecimal written) {}");
  private static final Compilation COMPILATION = Compile.succeeded(EVENT);

  private static final String EXPECTED = """
      {"type": "record", "name": "Count", "namespace": "p", "fields": [
        {"name": "units", "type": {"type": "bytes", "logicalType": "decimal", "precision": 5}},
        {"name": "parts", "type": {"type": "array",
            "items": {"type": "bytes", "logicalType": "decimal", "precision": 3}}},
        {"name": "written", "type": {"type": "bytes", "logicalType": "decimal", "precision": 4,
            "scale": 0}}
      ]}""";

  @Test
  void theScaleIsLeftOut() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "p.Count"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(written.toString()).isEqualTo(expected.toString());
    Schema units = written.getField("units").schema();
    assertThat(units.getObjectProp("scale")).isNull();
    assertThat(((LogicalTypes.Decimal) units.getLogicalType()).getScale()).isZero();
    assertThat(written).isNotEqualTo(new Schema.Parser().parse(EXPECTED
        .replace("\"precision\": 5}", "\"precision\": 5, \"scale\": 0}")));
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    CompiledClasses classes = new CompiledClasses(COMPILATION);
    AvroOracle<Object> oracle = new AvroOracle<>(AvroOracle.codec(classes.load("p.CountCodec")));
    Constructor<?> count = classes.load("p.Count").getDeclaredConstructors()[0];
    long seed = 20261203L;
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      List<BigDecimal> parts = new ArrayList<>();
      for (int k = random.nextInt(3); k > 0; k--) {
        parts.add(BigDecimal.valueOf(random.nextInt(1999) - 999));
      }
      Object value = count.newInstance(BigDecimal.valueOf(random.nextInt(199_999) - 99_999),
          parts, BigDecimal.valueOf(random.nextInt(9999)));
      oracle.assertMatchesAvro(value, "seed " + seed + ", value " + i);
    }
  }

  @Test
  void aScaleOtherThanZeroMustBeWritten() {
    expectError(event("public record E(@AvroDecimal(precision = 5, scale = 2, writeScale = false)"
            + " BigDecimal amount) {}"), "EVS015",
        "field 'amount' has an invalid decimal: writeScale = false leaves \"scale\" out of the"
            + " schema, which Avro reads as scale 0, not 2", "BigDecimal amount");
  }
}
