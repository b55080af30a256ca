package io.eventschema.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.testing.Gen;
import io.eventschema.testing.SeededTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * Avro's {@code DecimalConversion} is the oracle: {@link Codecs#writeDecimal} writes exactly its
 * bytes (length-prefixed, as Avro's encoder writes a {@code bytes} value) into an
 * {@link AvroOutput} (the path that computes the two's complement itself) and into Avro's own
 * encoder (the fallback), and {@link Codecs#readDecimal} reads them back as Avro does.
 */
class DecimalOracleProperties {
  private static final int PRECISION = 38;

  /** Unscaled values around every edge the byte count depends on. */
  private static final List<BigInteger> EDGES = edges();

  private static List<BigInteger> edges() {
    List<BigInteger> edges = new ArrayList<>();
    for (int k = 0; k <= 66; k++) {
      BigInteger p = BigInteger.ONE.shiftLeft(k);
      for (int d = -1; d <= 1; d++) {
        edges.add(p.add(BigInteger.valueOf(d)));
        edges.add(p.negate().add(BigInteger.valueOf(d)));
      }
    }
    for (int k = 0; k <= 20; k++) {
      BigInteger p = BigInteger.TEN.pow(k);
      edges.add(p.subtract(BigInteger.ONE));
      edges.add(p.negate().add(BigInteger.ONE));
      edges.add(p);
      edges.add(p.negate());
    }
    return edges;
  }

  /** An edge, any long, a long of random magnitude, or any value of up to 37 digits. */
  private static BigInteger unscaled(Gen gen) {
    return switch (gen.ints(0, 3)) {
      case 0 -> gen.pick(EDGES);
      case 1 -> BigInteger.valueOf(gen.longs());
      // random magnitudes: every byte count, sign and digit count
      case 2 -> BigInteger.valueOf(gen.longs() >> gen.ints(0, 63));
      default -> gen.bigIntegers(BigInteger.TEN.pow(PRECISION - 1).negate(),
          BigInteger.TEN.pow(PRECISION - 1));
    };
  }

  private static byte[] avroBytes(BigDecimal value, int scale) throws IOException {
    Schema schema = LogicalTypes.decimal(PRECISION, scale)
        .addToSchema(Schema.create(Schema.Type.BYTES));
    ByteBuffer bytes = new Conversions.DecimalConversion()
        .toBytes(value, schema, schema.getLogicalType());
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(stream, null);
    e.writeBytes(bytes);
    e.flush();
    return stream.toByteArray();
  }

  @SeededTest(tries = 3000)
  void writesDecimalConversionBytes(long seed) throws IOException {
    Gen gen = new Gen(seed);
    BigInteger unscaled = unscaled(gen);
    int scale = gen.pick(0, 1, 2, 4, 9, 18);
    BigDecimal value = new BigDecimal(unscaled, scale);
    byte[] expected = avroBytes(value, scale);

    AvroOutput out = new AvroOutput(4);
    Codecs.writeDecimal(out, value, PRECISION, scale, "d");
    assertThat(out.toByteArray()).as("%s", value).isEqualTo(expected);

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    BinaryEncoder avro = EncoderFactory.get().directBinaryEncoder(stream, null);
    Codecs.writeDecimal(avro, value, PRECISION, scale, "d");
    avro.flush();
    assertThat(stream.toByteArray()).as("%s through Avro's encoder", value).isEqualTo(expected);

    // and the BigDecimal's own representation does not matter: the same value, built otherwise
    BigDecimal fromString = new BigDecimal(value.toPlainString());
    AvroOutput again = new AvroOutput();
    Codecs.writeDecimal(again, fromString, PRECISION, scale, "d");
    assertThat(again.toByteArray()).isEqualTo(expected);

    // read back from our input and from Avro's decoder: the value Avro's conversion reads
    BigDecimal viaOurs = Codecs.readDecimal(new AvroInput().reset(expected, 0, expected.length),
        scale, "d");
    BigDecimal viaAvro = Codecs.readDecimal(DecoderFactory.get().binaryDecoder(expected, null),
        scale, "d");
    assertThat(viaOurs).isEqualTo(value).isEqualTo(viaAvro);
  }

  @SeededTest(tries = 2000)
  void writesTheMinimalTwosComplementOfAnyLong(long seed) {
    long v = unscaled(new Gen(seed)).longValue(); // the low 64 bits: every long, ±2^63 included
    AvroOutput out = new AvroOutput(1);
    out.writeTwosComplement(v);
    byte[] expected = BigInteger.valueOf(v).toByteArray();
    byte[] actual = out.toByteArray();
    assertThat(actual[0]).isEqualTo((byte) (expected.length << 1));
    assertThat(java.util.Arrays.copyOfRange(actual, 1, actual.length)).isEqualTo(expected);
    AvroInput in = new AvroInput().reset(actual, 0, actual.length);
    try {
      int length = in.readBytesLength();
      assertThat(in.readTwosComplement(length)).isEqualTo(v);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void longBoundariesAndValuesThatNeedRescaling() throws IOException {
    for (long v : new long[] {0, 1, -1, 127, 128, -128, -129, 255, 256, Long.MAX_VALUE,
        Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 1L << 62, -(1L << 62)}) {
      AvroOutput out = new AvroOutput();
      out.writeTwosComplement(v);
      byte[] expected = BigInteger.valueOf(v).toByteArray();
      assertThat(out.size()).as("%d", v).isEqualTo(expected.length + 1);
    }
    // a value below the schema's scale is rescaled as Avro's conversion does
    AvroOutput out = new AvroOutput();
    Codecs.writeDecimal(out, new BigDecimal("12.5"), 12, 2, "price");
    assertThat(out.toByteArray()).isEqualTo(avroBytes(new BigDecimal("12.50"), 2));
  }

  @Test
  void refusesWhatNeedsRoundingOrHasTooManyDigits() {
    assertThatThrownBy(() -> Codecs.writeDecimal(new AvroOutput(), new BigDecimal("1.005"), 12, 2,
        "price")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounding");
    assertThatThrownBy(() -> Codecs.writeDecimal(new AvroOutput(),
        new BigDecimal("12345678901.00"), 12, 2, "price"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12 digits");
  }

  @Test
  void readRefusesAnEmptyDecimalAndATruncatedOne() {
    byte[] empty = {0};
    assertThatThrownBy(() -> Codecs.readDecimal(new AvroInput().reset(empty, 0, 1), 2, "price"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("empty decimal");
    byte[] truncated = {6, 1, 2}; // 3 bytes declared, 2 present
    assertThatThrownBy(() -> Codecs.readDecimal(new AvroInput().reset(truncated, 0, 3), 2,
        "price")).isInstanceOf(java.io.EOFException.class);
  }
}
