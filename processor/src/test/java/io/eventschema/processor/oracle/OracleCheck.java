package io.eventschema.processor.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.processor.testing.AvroOracle;
import java.io.IOException;

/** The two sides of "Avro is the oracle", for one value. */
final class OracleCheck {
  private OracleCheck() {}

  /**
   * The codec writes exactly the bytes of Avro's {@code GenericDatumWriter} (through our encoder
   * and Avro's), and reads those bytes back to an equal value (through our decoder and Avro's).
   */
  static <T> void check(AvroOracle<T> oracle, T value) throws IOException {
    byte[] expected = oracle.avroBytes(value);
    assertThat(oracle.codecBytes(value)).as("AvroOutput bytes").isEqualTo(expected);
    assertThat(oracle.codecBytesViaAvroEncoder(value)).as("BinaryEncoder bytes")
        .isEqualTo(expected);
    assertSameValue(oracle.readWithAvroInput(expected), value, "read with AvroInput");
    assertSameValue(oracle.readWithAvroDecoder(expected), value, "read with Avro's BinaryDecoder");
  }

  /**
   * Field by field, arrays by content, floats and doubles bit for bit ({@code Float.equals}: NaN
   * equals NaN, -0.0 differs from 0.0), and the same classes throughout.
   */
  static void assertSameValue(Object actual, Object expected, String what) {
    assertThat(actual).as(what).usingRecursiveComparison()
        .withStrictTypeChecking()
        .withEqualsForType(Float::equals, Float.class)
        .withEqualsForType(Double::equals, Double.class)
        .isEqualTo(expected);
  }
}
