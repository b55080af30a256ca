package io.eventschema.json;

import io.eventschema.Precision;
import io.eventschema.codec.NullFieldException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Helpers that generated JSON codecs write with, for the values JSON has no type of its own for:
 * the same for every event, so written and tested once here. Each writes one JSON string value
 * (the property name is written before, with {@link JsonOutput#writeFieldName(JsonName)} and a
 * constant from {@link #name(String)}) and allocates nothing for the common cases (the text is
 * formatted straight into the output's buffer).
 *
 * <p>Formats are those of {@code java.time}'s ISO formatters and Jackson's JavaTimeModule with
 * {@code WRITE_DATES_AS_TIMESTAMPS} off: instants with {@code Z}, seconds always present, the
 * fraction in groups of three digits and only when not zero.
 */
public final class JsonWrite {
  private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b',
      'c', 'd', 'e', 'f'};

  private JsonWrite() {}

  /** A property name, encoded once: keep it in a {@code static final} field of the codec. */
  public static JsonName name(String name) {
    return JsonName.of(name);
  }

  /** Returns {@code value}, or throws {@link NullFieldException} naming {@code path}. */
  public static <V> V nonNull(V value, String path) {
    if (value == null) {
      throw new NullFieldException(path);
    }
    return value;
  }

  // ------------------------------------------------------------------------------- uuid

  /** The canonical 36-character lower-case form, as {@link UUID#toString()}. */
  public static void uuid(JsonOutput out, UUID value) {
    int at = out.beginValue(38);
    byte[] c = out.buf;
    long msb = value.getMostSignificantBits();
    long lsb = value.getLeastSignificantBits();
    c[at] = '"';
    hex(c, at + 1, msb >>> 32, 8);
    c[at + 9] = '-';
    hex(c, at + 10, msb >>> 16, 4);
    c[at + 14] = '-';
    hex(c, at + 15, msb, 4);
    c[at + 19] = '-';
    hex(c, at + 20, lsb >>> 48, 4);
    c[at + 24] = '-';
    hex(c, at + 25, lsb, 12);
    c[at + 37] = '"';
    out.pos = at + 38;
  }

  private static void hex(byte[] c, int at, long v, int digits) {
    for (int i = at + digits - 1; i >= at; i--) {
      c[i] = HEX[(int) (v & 0xf)];
      v >>>= 4;
    }
  }

  // ------------------------------------------------------------------------------ bytes

  /** Base64 (standard alphabet, padded), as Jackson writes {@code byte[]}. */
  public static void bytes(JsonOutput out, byte[] value) {
    out.writeBinary(value);
  }

  /** The buffer's remaining bytes as base64; its position is not moved. */
  public static void bytes(JsonOutput out, ByteBuffer value) {
    ByteBuffer b = value.duplicate();
    if (b.hasArray()) {
      out.writeBinary(b.array(), b.arrayOffset() + b.position(), b.remaining());
    } else {
      byte[] copy = new byte[b.remaining()];
      b.get(copy);
      out.writeBinary(copy);
    }
  }

  /** A fixed: exactly {@code size} bytes, else {@link IllegalArgumentException} naming the path. */
  public static void fixed(JsonOutput out, byte[] value, int size, String path) {
    if (value.length != size) {
      throw new IllegalArgumentException("field '" + path + "' has " + value.length
          + " bytes, but its schema holds exactly " + size);
    }
    out.writeBinary(value);
  }

  // ---------------------------------------------------------------------------- decimal

  /**
   * A decimal string at exactly {@code scale} ({@code "12.50"}), never through a double. A value
   * that needs rounding to reach the scale, or has more than {@code precision} digits, is refused
   * with an {@link IllegalArgumentException} naming {@code path} (Bean Validation's
   * {@code @Digits} rejects it before this point in the serializer).
   */
  public static void decimal(JsonOutput out, BigDecimal value, int precision, int scale,
      String path) {
    BigDecimal v = value;
    if (v.scale() != scale) {
      try {
        v = v.setScale(scale);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("field '" + path + "' is " + value.toPlainString()
            + ", which has more than " + scale + " digits after the point (decimal(" + precision
            + "," + scale + "))");
      }
    }
    if (v.precision() > precision && v.signum() != 0) {
      throw new IllegalArgumentException("field '" + path + "' is " + value.toPlainString()
          + ", which has more than " + precision + " digits (decimal(" + precision + ","
          + scale + "))");
    }
    if (precision <= 18) {
      // the unscaled value without unscaledValue()'s new BigInteger: for a compact BigDecimal,
      // scaleByPowerOfTen only copies its fields (escape analysis removes the copy), and
      // longValue() of a compact value at scale 0 returns it as is
      writeScaled(out, v.scaleByPowerOfTen(v.scale()).longValue(), scale);
    } else {
      out.writeString(v.toPlainString());
    }
  }

  /** {@code unscaled / 10^scale} as a plain decimal string; {@code scale} at most 18. */
  private static void writeScaled(JsonOutput out, long unscaled, int scale) {
    boolean negative = unscaled < 0;
    long u = negative ? -unscaled : unscaled; // |unscaled| < 10^18: no overflow
    int digits = 1;
    for (long limit = 10; digits < 19 && u >= limit; limit *= 10) {
      digits++;
    }
    // at least one digit before the point: 0.05, not .05
    digits = Math.max(digits, scale + 1);
    int length = (negative ? 1 : 0) + digits + (scale > 0 ? 1 : 0);
    int at = out.beginValue(length + 2);
    byte[] c = out.buf;
    c[at] = '"';
    int end = at + 1 + length;
    int pos = end;
    for (int i = 0; i < scale; i++) {
      c[--pos] = (byte) ('0' + u % 10);
      u /= 10;
    }
    if (scale > 0) {
      c[--pos] = '.';
    }
    do {
      c[--pos] = (byte) ('0' + u % 10);
      u /= 10;
    } while (u != 0);
    if (negative) {
      c[--pos] = '-';
    }
    c[end] = '"';
    out.pos = end + 1;
  }

  // ------------------------------------------------------------------------------- time

  /** ISO-8601 in UTC with {@code Z}, as {@link Instant#toString()} (years 0 to 9999). */
  public static void instant(JsonOutput out, Instant value) {
    instant(out, value, value.getNano());
  }

  private static void instant(JsonOutput out, Instant value, int nano) {
    long seconds = value.getEpochSecond();
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    if (days < MIN_EPOCH_DAY || days > MAX_EPOCH_DAY) {
      out.writeString((nano == value.getNano() ? value
          : Instant.ofEpochSecond(seconds, nano)).toString());
      return;
    }
    int at = out.beginValue(32);
    byte[] c = out.buf;
    c[at] = '"';
    int pos = date(c, at + 1, days);
    c[pos++] = 'T';
    pos = time(c, pos, secondOfDay, nano);
    c[pos++] = 'Z';
    c[pos++] = '"';
    out.pos = pos;
  }

  /**
   * {@link #instant(JsonOutput, Instant)} of {@code value} with what {@code precision} does
   * not hold dropped towards the past, as the Avro codec stores it.
   */
  public static void instant(JsonOutput out, Instant value, Precision precision) {
    instant(out, value, truncate(value.getNano(), precision));
  }

  /** ISO-8601 {@code yyyy-mm-dd}, as {@link LocalDate#toString()} (years 0 to 9999). */
  public static void localDate(JsonOutput out, LocalDate value) {
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      out.writeString(value.toString());
      return;
    }
    int at = out.beginValue(12);
    byte[] c = out.buf;
    c[at] = '"';
    int pos = ymd(c, at + 1, year, value.getMonthValue(), value.getDayOfMonth());
    c[pos++] = '"';
    out.pos = pos;
  }

  /** ISO-8601 {@code hh:mm:ss[.fraction]}, seconds always present. */
  public static void localTime(JsonOutput out, LocalTime value) {
    localTime(out, value.toSecondOfDay(), value.getNano());
  }

  /** {@link #localTime(JsonOutput, LocalTime)} truncated to {@code precision}. */
  public static void localTime(JsonOutput out, LocalTime value, Precision precision) {
    localTime(out, value.toSecondOfDay(), truncate(value.getNano(), precision));
  }

  private static void localTime(JsonOutput out, int secondOfDay, int nano) {
    int at = out.beginValue(20);
    byte[] c = out.buf;
    c[at] = '"';
    int pos = time(c, at + 1, secondOfDay, nano);
    c[pos++] = '"';
    out.pos = pos;
  }

  /** ISO-8601 {@code yyyy-mm-ddThh:mm:ss[.fraction]}, no offset, seconds always present. */
  public static void localDateTime(JsonOutput out, LocalDateTime value) {
    localDateTime(out, value, Precision.NANOS);
  }

  /** {@link #localDateTime(JsonOutput, LocalDateTime)} truncated to {@code precision}. */
  public static void localDateTime(JsonOutput out, LocalDateTime value, Precision precision) {
    int year = value.getYear();
    if (year < 0 || year > 9999) {
      out.writeString(value.toString());
      return;
    }
    int at = out.beginValue(32);
    byte[] c = out.buf;
    c[at] = '"';
    int pos = ymd(c, at + 1, year, value.getMonthValue(), value.getDayOfMonth());
    c[pos++] = 'T';
    pos = time(c, pos, value.toLocalTime().toSecondOfDay(), truncate(value.getNano(), precision));
    c[pos++] = '"';
    out.pos = pos;
  }

  private static int truncate(int nano, Precision precision) {
    switch (precision) {
      case MILLIS:
        return nano - nano % 1_000_000;
      case MICROS:
        return nano - nano % 1_000;
      default:
        return nano;
    }
  }

  /** 0000-01-01 and 9999-12-31 as epoch days. */
  private static final long MIN_EPOCH_DAY = -719_528L;
  private static final long MAX_EPOCH_DAY = 2_932_896L;

  /** Writes the civil date of {@code epochDay} (Hinnant's days_from_civil inverse). */
  private static int date(byte[] c, int pos, long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int day = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
    return ymd(c, pos, year, month, day);
  }

  private static int ymd(byte[] c, int pos, int year, int month, int day) {
    pos = digits(c, pos, year, 4);
    c[pos++] = '-';
    pos = digits(c, pos, month, 2);
    c[pos++] = '-';
    return digits(c, pos, day, 2);
  }

  private static int time(byte[] c, int pos, int secondOfDay, int nano) {
    pos = digits(c, pos, secondOfDay / 3600, 2);
    c[pos++] = ':';
    pos = digits(c, pos, secondOfDay / 60 % 60, 2);
    c[pos++] = ':';
    pos = digits(c, pos, secondOfDay % 60, 2);
    if (nano != 0) {
      c[pos++] = '.';
      if (nano % 1_000_000 == 0) {
        pos = digits(c, pos, nano / 1_000_000, 3);
      } else if (nano % 1_000 == 0) {
        pos = digits(c, pos, nano / 1_000, 6);
      } else {
        pos = digits(c, pos, nano, 9);
      }
    }
    return pos;
  }

  private static int digits(byte[] c, int pos, int value, int width) {
    for (int i = pos + width - 1; i >= pos; i--) {
      c[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return pos + width;
  }
}
