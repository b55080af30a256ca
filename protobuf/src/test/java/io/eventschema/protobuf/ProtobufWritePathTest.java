package io.eventschema.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The write path's string and decimal helpers against protobuf-java and BigDecimal as oracles:
 * strings (ASCII and not, mixed in one event, longer than the scratch array) write exactly what
 * {@code CodedOutputStream.writeString} writes; decimals write exactly
 * {@code setScale(scale).toPlainString()}, sized exactly, and fail as {@link ProtobufCodecs#decimal}
 * fails.
 */
class ProtobufWritePathTest {

  static Stream<Long> seeds() {
    long base = Long.getLong("eventschema.seed", System.nanoTime());
    return LongStream.range(0, 300).mapToObj(i -> base + i);
  }

  static String text(Random r) {
    int n = switch (r.nextInt(6)) {
      case 0 -> 0;
      case 1 -> ProtobufSizes.SCRATCH - 2 + r.nextInt(ProtobufSizes.SCRATCH + 4);
      default -> r.nextInt(20);
    };
    boolean ascii = r.nextBoolean();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(ascii || r.nextInt(4) != 0 ? r.nextInt(0x80) : switch (r.nextInt(3)) {
        case 0 -> 0x80 + r.nextInt(0x80); // Latin-1, two bytes in UTF-8
        case 1 -> 0x4e00 + r.nextInt(100);
        default -> 0x1f600 + r.nextInt(50);
      });
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void stringsWriteWhatWriteStringWrites(long seed) throws IOException {
    Random r = new Random(seed);
    List<String> strings = new ArrayList<>();
    for (int i = r.nextInt(8); i >= 0; i--) {
      strings.add(text(r));
    }
    ProtobufSizes sizes = new ProtobufSizes();
    for (int round = 0; round < 2; round++) { // a kept ProtobufSizes serves the next event alike
      sizes.reset();
      int size = 0;
      for (int i = 0; i < strings.size(); i++) {
        size += ProtobufCodecs.stringSize(sizes, i + 1, strings.get(i));
      }
      ByteArrayOutputStream ours = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(ours, 64);
      for (int i = 0; i < strings.size(); i++) {
        ProtobufCodecs.writeString(out, sizes, i + 1, strings.get(i));
      }
      out.flush();
      ByteArrayOutputStream theirs = new ByteArrayOutputStream();
      CodedOutputStream expected = CodedOutputStream.newInstance(theirs);
      for (int i = 0; i < strings.size(); i++) {
        expected.writeString(i + 1, strings.get(i));
      }
      expected.flush();
      assertThat(ours.toByteArray()).as("seed %d", seed).isEqualTo(theirs.toByteArray());
      assertThat(size).as("seed %d", seed).isEqualTo(theirs.size());
    }
  }

  static BigDecimal decimal(Random r) {
    int digits = 1 + r.nextInt(r.nextBoolean() ? 15 : 22);
    BigInteger unscaled = new BigInteger(digits * 4, r).mod(BigInteger.TEN.pow(digits));
    if (r.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    int scale = r.nextInt(5) == 0 ? -r.nextInt(4) : r.nextInt(25);
    return new BigDecimal(unscaled, scale);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decimalsWriteTheirPlainTextAtTheDeclaredScale(long seed) throws IOException {
    Random r = new Random(seed);
    for (int i = 0; i < 50; i++) {
      BigDecimal value = decimal(r);
      int scale = r.nextInt(4) == 0 ? value.scale() : r.nextInt(20);
      int precision = 1 + r.nextInt(25);
      // exact values within the declared type, most of the time
      if (r.nextInt(3) != 0 && scale >= value.scale()) {
        precision = Math.max(precision, value.setScale(scale).precision());
      }
      checkDecimal(seed, value, precision, scale);
    }
  }

  @Test
  void decimalsAtTheEdgesOfTheLongPath() throws IOException {
    String[] values = {"0", "0.00", "-0.05", "0.5", "999999999999999", "-999999999999999",
        "99999999999999.9", "0.000000000000000000001", "1E+3", "123.4500", "1000000000000000",
        "9223372036854775807", "-9223372036854775808", "137.49", "-137.49", "1.23456789012345"};
    for (String v : values) {
      for (int scale : new int[] {0, 1, 2, 5, 18, 19, 22}) {
        checkDecimal(0, new BigDecimal(v), 38, scale);
        checkDecimal(0, new BigDecimal(v), 15, scale);
        checkDecimal(0, new BigDecimal(v), 3, scale);
      }
    }
  }

  private static void checkDecimal(long seed, BigDecimal value, int precision, int scale)
      throws IOException {
    String expected;
    try {
      expected = ProtobufCodecs.decimal(value, precision, scale, "total");
    } catch (IllegalArgumentException e) {
      assertThatThrownBy(() -> ProtobufCodecs.decimalSize(new ProtobufSizes(), 11, value,
          precision, scale, "total")).as("seed %d: %s at (%d, %d)", seed, value, precision, scale)
          .isInstanceOf(IllegalArgumentException.class).hasMessage(e.getMessage());
      return;
    }
    assertThat(expected).isEqualTo(value.setScale(scale, RoundingMode.UNNECESSARY)
        .toPlainString());
    ProtobufSizes sizes = new ProtobufSizes().reset();
    int size = ProtobufCodecs.decimalSize(sizes, 11, value, precision, scale, "total");
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(ours);
    ProtobufCodecs.writeDecimal(out, sizes, 11, scale);
    out.flush();
    ByteArrayOutputStream theirs = new ByteArrayOutputStream();
    CodedOutputStream oracle = CodedOutputStream.newInstance(theirs);
    oracle.writeString(11, expected);
    oracle.flush();
    assertThat(ours.toByteArray()).as("seed %d: %s at (%d, %d)", seed, value, precision, scale)
        .isEqualTo(theirs.toByteArray());
    assertThat(size).isEqualTo(theirs.size());
  }

  @Test
  void aDecimalOfUpToFifteenDigitsIsKeptAsItsUnscaledLong() {
    assertThat(ProtobufCodecs.unscaled(new BigDecimal("137.49"), 12, 2)).isEqualTo(13_749L);
    assertThat(ProtobufCodecs.unscaled(new BigDecimal("137.4"), 12, 2)).isEqualTo(13_740L);
    assertThat(ProtobufCodecs.unscaled(new BigDecimal("137.400"), 12, 2)).isEqualTo(13_740L);
    assertThat(ProtobufCodecs.unscaled(new BigDecimal("-999999999999.999"), 15, 3))
        .isEqualTo(-999_999_999_999_999L);
    // more fraction digits than the scale, or too many digits: left to BigDecimal, which refuses
    assertThat(ProtobufCodecs.unscaled(new BigDecimal("137.491"), 12, 2))
        .isEqualTo(Long.MIN_VALUE);
    assertThat(ProtobufCodecs.unscaled(new BigDecimal("137.49"), 4, 2)).isEqualTo(Long.MIN_VALUE);
    // sixteen digits: not through a double
    assertThat(ProtobufCodecs.unscaled(new BigDecimal("1234567890123.456"), 20, 3))
        .isEqualTo(Long.MIN_VALUE);
  }
}
