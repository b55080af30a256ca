package io.eventschema.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.AvroDuration;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.util.TimePeriod;
import org.junit.jupiter.api.Test;

/**
 * The runtime helpers of a decimal on fixed, a duration and a big-decimal against Avro's own
 * conversions ({@code DecimalConversion.toFixed}, {@code DurationConversion},
 * {@code BigDecimalConversion.toBytes}).
 */
class FixedLogicalCodecsTest {

  @Test
  void fixedDecimalBytesAreAvrosSignExtended() {
    Schema fixed = LogicalTypes.decimal(18, 2).addToSchema(
        SchemaBuilder.fixed("Amount").size(8));
    Conversions.DecimalConversion avro = new Conversions.DecimalConversion();
    for (String v : new String[] {"0", "0.01", "-0.01", "1.5", "-128", "127.99",
        "9999999999999999.99", "-9999999999999999.99", "-1", "255.00"}) {
      BigDecimal d = new BigDecimal(v);
      byte[] expected = avro.toFixed(d, fixed, fixed.getLogicalType()).bytes();
      assertThat(Codecs.fixedDecimalBytes(d, 8, 18, 2, "f")).as(v).isEqualTo(expected);
    }
  }

  @Test
  void aFixedDecimalThatDoesNotFitIsRefusedNotTruncated() {
    assertThatThrownBy(() -> Codecs.fixedDecimalBytes(new BigDecimal("40000"), 2, 5, 0, "a.b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'a.b' holds 40000, whose unscaled value takes 3 bytes, more than the 2"
            + " of its fixed");
    assertThatThrownBy(() -> Codecs.fixedDecimalBytes(new BigDecimal("123456"), 8, 5, 0, "x"))
        .hasMessageContaining("field 'x'").hasMessageContaining("more than the 5 digits");
  }

  @Test
  void durationBytesAreAvrosLittleEndian() {
    Schema fixed = LogicalTypes.duration().addToSchema(SchemaBuilder.fixed("D").size(12));
    Conversions.DurationConversion avro = new Conversions.DurationConversion();
    long max = AvroDuration.MAX_COUNT;
    long[][] cases = {{0, 0, 0}, {1, 2, 3}, {max, 0, max}, {0x01020304L, 0x80000000L, 255}};
    for (long[] c : cases) {
      byte[] expected = avro.toFixed(TimePeriod.of(c[0], c[1], c[2]), fixed, null).bytes();
      AvroDuration d = new AvroDuration(c[0], c[1], c[2]);
      assertThat(Codecs.durationBytes(d)).isEqualTo(expected);
      TimePeriod back = avro.fromFixed(new GenericData.Fixed(fixed, Codecs.durationBytes(d)),
          fixed, null);
      assertThat(new long[] {back.getMonths(), back.getDays(), back.getMillis()}).isEqualTo(c);
    }
  }

  @Test
  void aDurationOutOfRangeIsRefusedOnConstruction() {
    assertThatThrownBy(() -> new AvroDuration(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
    assertThatThrownBy(() -> new AvroDuration(0, AvroDuration.MAX_COUNT + 1, 0))
        .hasMessageContaining("days");
    assertThatThrownBy(() -> new AvroDuration(0, 0, Long.MIN_VALUE))
        .hasMessageContaining("millis");
  }

  @Test
  void bigDecimalBytesAreAvros() throws Exception {
    Conversions.BigDecimalConversion avro = new Conversions.BigDecimalConversion();
    Schema bytes = LogicalTypes.bigDecimal().addToSchema(Schema.create(Schema.Type.BYTES));
    for (String v : new String[] {"0", "0.000", "-1", "1E+10", "-1E-30", "3.14159265358979323846",
        "123456789012345678901234567890.5", "-0.0000000000000000000000000000000000001"}) {
      BigDecimal d = new BigDecimal(v);
      ByteBuffer expected = avro.toBytes(d, bytes, bytes.getLogicalType());
      byte[] expectedBytes = new byte[expected.remaining()];
      expected.get(expectedBytes);
      assertThat(Codecs.bigDecimalBytes(d)).as(v).isEqualTo(expectedBytes);
      AvroOutput out = new AvroOutput(16);
      Codecs.writeBigDecimal(out, d, "f");
      BigDecimal read = Codecs.readBigDecimal(input(out.toByteArray()), "f");
      assertThat(read).isEqualTo(d); // equals: the same unscaled value and scale
      assertThat(avro.fromBytes(ByteBuffer.wrap(Codecs.bigDecimalBytes(d)), bytes, null))
          .isEqualTo(d);
    }
  }

  @Test
  void aBrokenBigDecimalIsInvalidData() {
    // an empty unscaled value, on which Avro's conversion fails with a NullPointerException
    assertThatThrownBy(() -> Codecs.readBigDecimal(input(new byte[] {4, 0, 0}), "f"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("field 'f'");
    // bytes after the scale
    assertThatThrownBy(() -> Codecs.readBigDecimal(input(new byte[] {8, 2, 1, 0, 0}),
        "g")).isInstanceOf(InvalidDataException.class).hasMessageContaining("after its scale");
    // a length beyond the value
    assertThatThrownBy(() -> Codecs.readBigDecimal(input(new byte[] {4, 10, 1}), "h"))
        .isInstanceOf(InvalidDataException.class);
  }

  private static AvroInput input(byte[] bytes) {
    return new AvroInput().reset(bytes, 0, bytes.length);
  }
}
