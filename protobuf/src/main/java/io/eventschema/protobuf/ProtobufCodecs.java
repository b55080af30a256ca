package io.eventschema.protobuf;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Static helpers the generated Protobuf codecs call for the values that are more than one
 * protobuf-java call: the well-known messages ({@code google.protobuf.Timestamp},
 * {@code google.type.Date}, {@code google.type.TimeOfDay}), decimals as text, enums with their
 * {@code _UNSPECIFIED} zero, and the length prefix of nested messages.
 */
public final class ProtobufCodecs {
  private static final int LEN = WireFormat.WIRETYPE_LENGTH_DELIMITED;

  private ProtobufCodecs() {}

  /** The size of field {@code number} holding a message of {@code bodySize} bytes. */
  public static int messageSize(int number, int bodySize) {
    return CodedOutputStream.computeTagSize(number)
        + CodedOutputStream.computeUInt32SizeNoTag(bodySize) + bodySize;
  }

  /** Writes the tag and length of field {@code number} holding a message of {@code bodySize}. */
  public static void messageStart(CodedOutputStream out, int number, int bodySize)
      throws IOException {
    out.writeTag(number, LEN);
    out.writeUInt32NoTag(bodySize);
  }

  /**
   * Writes string field {@code number}: what {@code out.writeString(number, value)} writes, without
   * its copy. protobuf-java 4 encodes a string through {@code String.getBytes(UTF_8)}, an array per
   * string; an ASCII string (the common case: ids, codes, names) is written here byte by byte,
   * any other through {@code writeString}. The generated codecs call
   * {@link #writeString(CodedOutputStream, ProtobufSizes, int, String)}, which knows from the size
   * pass whether the string is ASCII.
   */
  public static void writeString(CodedOutputStream out, int number, String value)
      throws IOException {
    if (!isAscii(value)) {
      out.writeString(number, value);
      return;
    }
    int length = value.length();
    out.writeTag(number, LEN);
    out.writeUInt32NoTag(length);
    for (int i = 0; i < length; i++) {
      out.write((byte) value.charAt(i));
    }
  }

  /**
   * The size of string field {@code number}, as {@code CodedOutputStream.computeStringSize}:
   * the size pass's, which notes in {@code sizes} whether the string is ASCII for
   * {@link #writeString(CodedOutputStream, ProtobufSizes, int, String)}.
   */
  public static int stringSize(ProtobufSizes sizes, int number, String value) {
    boolean ascii = isAscii(value);
    sizes.string(ascii);
    if (!ascii) {
      return CodedOutputStream.computeStringSize(number, value);
    }
    int length = value.length();
    return CodedOutputStream.computeTagSize(number) + CodedOutputStream.computeUInt32SizeNoTag(length)
        + length;
  }

  /**
   * Writes string field {@code number} (sized by {@link #stringSize}, in the same order): an
   * ASCII string is copied into the encoder as it is (its chars are its UTF-8 bytes) without the
   * array protobuf-java's {@code writeString} makes of it; any other goes through
   * {@code writeString}.
   */
  public static void writeString(CodedOutputStream out, ProtobufSizes sizes, int number,
      String value) throws IOException {
    if (!sizes.nextStringAscii()) {
      out.writeString(number, value);
      return;
    }
    int length = value.length();
    out.writeTag(number, LEN);
    out.writeUInt32NoTag(length);
    writeAscii(out, sizes.scratch(), value, length);
  }

  private static boolean isAscii(String value) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The chars of an ASCII string as bytes, through {@code scratch} a part at a time:
   * {@code String.getBytes(int, int, byte[], int)} copies each char's low byte, which for ASCII is
   * its UTF-8 (deprecated for any other text, which never comes here), and allocates nothing.
   */
  @SuppressWarnings("deprecation")
  private static void writeAscii(CodedOutputStream out, byte[] scratch, String value, int length)
      throws IOException {
    for (int from = 0; from < length; from += scratch.length) {
      int to = Math.min(length, from + scratch.length);
      value.getBytes(from, to, scratch, 0);
      out.write(scratch, 0, to - from);
    }
  }

  /** The bytes of a ByteBuffer from its position to its limit (the buffer is not moved). */
  public static byte[] bytes(ByteBuffer value) {
    byte[] out = new byte[value.remaining()];
    value.duplicate().get(out);
    return out;
  }

  // --- enums: number 0 is <ENUM>_UNSPECIFIED, the constants are 1..n in declaration order

  /**
   * The constant of wire number {@code number}: {@code values[number - 1]}; 0 (unspecified) and
   * numbers this enum does not know (a newer writer's) read as {@code fallback}, the
   * {@code @EnumDefault} constant, or are an error when there is none.
   */
  public static <E extends Enum<E>> E enumValue(ProtobufReader in, int number, E[] values,
      E fallback, String field) throws ProtobufDataException {
    if (number >= 1 && number <= values.length) {
      return values[number - 1];
    }
    if (fallback != null) {
      return fallback;
    }
    throw in.error(field, number == 0
        ? "enum value 0 (unspecified), and the enum has no @EnumDefault constant"
        : "unknown enum number " + number + ", and the enum has no @EnumDefault constant");
  }

  // --- BigDecimal: a string of the plain decimal at the declared scale

  /**
   * The plain text of {@code value} at {@code scale} digits after the point, as written to the
   * {@code string} field of a decimal: exact, never rounded.
   *
   * @throws IllegalArgumentException if {@code value} has more fraction digits than {@code scale}
   *     or more digits than {@code precision}
   */
  public static String decimal(BigDecimal value, int precision, int scale, String field) {
    BigDecimal scaled;
    try {
      scaled = value.setScale(scale);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("field '" + field + "': " + value + " has more than "
          + scale + " digits after the point (decimal(" + precision + ", " + scale
          + ")); nothing is rounded");
    }
    if (scaled.precision() > precision) {
      throw new IllegalArgumentException("field '" + field + "': " + value + " has more than "
          + precision + " digits (decimal(" + precision + ", " + scale + "))");
    }
    return scaled.toPlainString();
  }

  /** 10^0 .. 10^22, each exact as a double. */
  private static final double[] DOUBLE_POWERS = new double[23];
  /** 10^0 .. 10^18. */
  private static final long[] LONG_POWERS = new long[19];

  static {
    double d = 1;
    for (int i = 0; i < DOUBLE_POWERS.length; i++, d *= 10) {
      DOUBLE_POWERS[i] = d;
    }
    long l = 1;
    for (int i = 0; i < LONG_POWERS.length; i++, l *= 10) {
      LONG_POWERS[i] = l;
    }
  }

  /** {@link #unscaled}'s answer for a decimal it leaves to {@link #decimal(BigDecimal, int, int, String)}. */
  private static final long NOT_A_LONG = Long.MIN_VALUE;

  /**
   * The size of decimal field {@code number}: the length of its plain text at {@code scale}
   * (exact, never rounded: as {@link #decimal(BigDecimal, int, int, String)}), keeping the value
   * in {@code sizes} for {@link #writeDecimal}. A decimal of up to 15 digits (and scales up to 18)
   * is kept as its unscaled long and costs no allocation; a larger one as its text.
   *
   * @throws IllegalArgumentException as {@link #decimal(BigDecimal, int, int, String)} does
   */
  public static int decimalSize(ProtobufSizes sizes, int number, BigDecimal value, int precision,
      int scale, String field) {
    long unscaled = unscaled(value, precision, scale);
    int length;
    if (unscaled == NOT_A_LONG) {
      String text = decimal(value, precision, scale, field);
      sizes.decimal(0, text);
      length = text.length();
    } else {
      sizes.decimal(unscaled, null);
      length = plainLength(unscaled, scale);
    }
    return CodedOutputStream.computeTagSize(number) + CodedOutputStream.computeUInt32SizeNoTag(length)
        + length;
  }

  /** Writes the next decimal {@link #decimalSize} kept as string field {@code number}. */
  public static void writeDecimal(CodedOutputStream out, ProtobufSizes sizes, int number, int scale)
      throws IOException {
    int decimal = sizes.nextDecimal();
    String text = sizes.text(decimal);
    byte[] scratch = sizes.scratch();
    out.writeTag(number, LEN);
    if (text != null) {
      out.writeUInt32NoTag(text.length());
      writeAscii(out, scratch, text, text.length());
      return;
    }
    long unscaled = sizes.unscaled(decimal);
    int length = plainLength(unscaled, scale);
    out.writeUInt32NoTag(length);
    // the digits from the last: the fraction's scale digits, the point, the integer part, the sign
    long rest = Math.abs(unscaled);
    int at = length;
    for (int i = 0; i < scale; i++) {
      scratch[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    if (scale > 0) {
      scratch[--at] = '.';
    }
    do {
      scratch[--at] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    if (unscaled < 0) {
      scratch[--at] = '-';
    }
    out.write(scratch, 0, length);
  }

  /**
   * {@code value}'s unscaled value at {@code scale}, exactly, without allocating, when it is a
   * decimal of at most 15 digits, of a scale from 0 to 22, within {@code precision} digits and
   * {@code scale} fraction digits, and declared at a scale up to 18; otherwise
   * {@link #NOT_A_LONG}, and the caller takes BigDecimal's own path (which also makes the error).
   *
   * <p>Why it is exact: a BigDecimal is m / 10^s. {@code doubleValue()} is m / 10^s to within a
   * unit in the last place (correctly rounded in fact), and 10^s is exact as a double for s &lt;=
   * 22, so multiplying back gives m to within |m| * 3 * 2^-53 &lt; 10^15 * 3.4e-16 &lt; 0.34: the
   * nearest long is m. ({@code unscaledValue()} would be a new BigInteger per call.) The digit
   * count and sign are checked against the BigDecimal's own all the same.
   */
  static long unscaled(BigDecimal value, int precision, int scale) {
    int valueScale = value.scale();
    int digits = value.precision();
    if (digits > 15 || valueScale < 0 || valueScale >= DOUBLE_POWERS.length || scale < 0
        || scale >= LONG_POWERS.length) {
      return NOT_A_LONG;
    }
    long m = Math.round(value.doubleValue() * DOUBLE_POWERS[valueScale]);
    if (digitCount(m) != digits || Long.signum(m) != value.signum()) {
      return NOT_A_LONG;
    }
    long unscaled;
    if (valueScale <= scale) {
      int shift = scale - valueScale;
      if (digits + shift >= LONG_POWERS.length) {
        return NOT_A_LONG;
      }
      unscaled = m * LONG_POWERS[shift];
    } else {
      int drop = valueScale - scale;
      if (m == 0) {
        unscaled = 0;
      } else if (drop >= LONG_POWERS.length || m % LONG_POWERS[drop] != 0) {
        return NOT_A_LONG; // more fraction digits than the scale: decimal(...) says so
      } else {
        unscaled = m / LONG_POWERS[drop];
      }
    }
    return digitCount(unscaled) > precision ? NOT_A_LONG : unscaled;
  }

  /** The decimal digits of {@code |v|} (1 for 0), v not Long.MIN_VALUE. */
  private static int digitCount(long v) {
    long a = Math.abs(v);
    int n = 1;
    while (n < LONG_POWERS.length && a >= LONG_POWERS[n]) {
      n++;
    }
    return n;
  }

  /** The length of the plain text of unscaled value {@code unscaled} at {@code scale}. */
  private static int plainLength(long unscaled, int scale) {
    int digits = digitCount(unscaled);
    int sign = unscaled < 0 ? 1 : 0;
    return scale == 0 ? sign + digits : sign + Math.max(digits - scale, 1) + 1 + scale;
  }

  /**
   * Reads decimal field {@code field} (its tag in {@code tag}): what
   * {@link #decimal(ProtobufReader, String, int, int, String)} reads from the field's string, but
   * a decimal of up to 18 digits ({@code -?[0-9]+(.[0-9]+)?}, at most {@code scale} after the
   * point) straight from the bytes into {@code BigDecimal.valueOf(unscaled, scale)}, without the
   * string and the char array {@code new BigDecimal(String)} makes; any other text takes that
   * path, which also makes its errors.
   */
  public static BigDecimal readDecimal(ProtobufReader in, int tag, int precision, int scale,
      String field) throws IOException {
    int start = in.mark();
    long unscaled = in.plainDecimal(tag, field, precision, scale);
    if (unscaled != NOT_A_LONG && digitCount(unscaled) <= precision) {
      return BigDecimal.valueOf(unscaled, scale);
    }
    in.rewind(start);
    return decimal(in, in.string(tag, field), precision, scale, field);
  }

  /** The unscaled value at {@code scale} of {@code digits} read with {@code fraction} of them after the point. */
  static long rescaled(long digits, int fraction, int scale) {
    int shift = scale - fraction;
    if (shift < 0 || shift >= LONG_POWERS.length) {
      return NOT_A_LONG;
    }
    long factor = LONG_POWERS[shift];
    if (Math.abs(digits) > Long.MAX_VALUE / factor) {
      return NOT_A_LONG;
    }
    return digits * factor;
  }

  /** Reads the text of a decimal: a plain decimal of at most {@code precision} digits. */
  public static BigDecimal decimal(ProtobufReader in, String text, int precision, int scale,
      String field) throws ProtobufDataException {
    if (text.isEmpty()) {
      return BigDecimal.ZERO.setScale(scale);
    }
    // plain notation only, bounded before BigDecimal sees it (no 1E999999999)
    int digits = 0;
    int point = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && point < 0 && i > 0) {
        point = i;
      } else if (!(i == 0 && (c == '-' || c == '+') && text.length() > 1)) {
        throw in.error(field, "'" + abbreviate(text) + "' is not a plain decimal");
      }
    }
    if (digits > precision + 1 + scale || digits == 0) {
      throw in.error(field, "'" + abbreviate(text) + "' is not a decimal(" + precision + ", "
          + scale + ")");
    }
    BigDecimal value = new BigDecimal(text);
    try {
      value = value.setScale(scale);
    } catch (ArithmeticException e) {
      throw in.error(field, text + " has more than " + scale + " digits after the point");
    }
    if (value.precision() > precision) {
      throw in.error(field, text + " has more than " + precision + " digits");
    }
    return value;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  // --- google.protobuf.Timestamp { int64 seconds = 1; int32 nanos = 2; }

  public static int timestampSize(Instant value) {
    long seconds = value.getEpochSecond();
    int nanos = value.getNano();
    return (seconds != 0 ? CodedOutputStream.computeInt64Size(1, seconds) : 0)
        + (nanos != 0 ? CodedOutputStream.computeInt32Size(2, nanos) : 0);
  }

  public static void writeTimestamp(CodedOutputStream out, int number, Instant value)
      throws IOException {
    messageStart(out, number, timestampSize(value));
    long seconds = value.getEpochSecond();
    int nanos = value.getNano();
    if (seconds != 0) {
      out.writeInt64(1, seconds);
    }
    if (nanos != 0) {
      out.writeInt32(2, nanos);
    }
  }

  public static Instant readTimestamp(ProtobufReader in, int tag, String field)
      throws IOException {
    int saved = in.enterValue(tag, field);
    long seconds = 0;
    int nanos = 0;
    for (int t = in.next(); t != 0; t = in.next()) {
      switch (t >>> 3) {
        case 1 -> seconds = in.int64(t, field, "seconds");
        case 2 -> nanos = in.int32(t, field, "nanos");
        default -> in.skip(t);
      }
    }
    in.exitValue(saved);
    if (nanos < 0 || nanos > 999_999_999) {
      throw in.error(field, "Timestamp nanos " + nanos + " outside 0..999999999");
    }
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException e) {
      throw in.error(field, "Timestamp seconds " + seconds + " outside Instant's range", e);
    }
  }

  // --- LocalDateTime: a google.protobuf.Timestamp of the wall-clock time read at UTC

  public static int timestampSize(LocalDateTime value) {
    return timestampSize(value.toInstant(ZoneOffset.UTC));
  }

  public static void writeTimestamp(CodedOutputStream out, int number, LocalDateTime value)
      throws IOException {
    writeTimestamp(out, number, value.toInstant(ZoneOffset.UTC));
  }

  public static LocalDateTime readLocalDateTime(ProtobufReader in, int tag, String field)
      throws IOException {
    Instant i = readTimestamp(in, tag, field);
    try {
      return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw in.error(field, "Timestamp " + i + " outside LocalDateTime's range", e);
    }
  }

  // --- google.type.Date { int32 year = 1; int32 month = 2; int32 day = 3; }

  public static int dateSize(LocalDate value) {
    int y = value.getYear();
    return (y != 0 ? CodedOutputStream.computeInt32Size(1, y) : 0)
        + CodedOutputStream.computeInt32Size(2, value.getMonthValue())
        + CodedOutputStream.computeInt32Size(3, value.getDayOfMonth());
  }

  public static void writeDate(CodedOutputStream out, int number, LocalDate value)
      throws IOException {
    messageStart(out, number, dateSize(value));
    if (value.getYear() != 0) {
      out.writeInt32(1, value.getYear());
    }
    out.writeInt32(2, value.getMonthValue());
    out.writeInt32(3, value.getDayOfMonth());
  }

  public static LocalDate readDate(ProtobufReader in, int tag, String field) throws IOException {
    int saved = in.enterValue(tag, field);
    int year = 0;
    int month = 0;
    int day = 0;
    for (int t = in.next(); t != 0; t = in.next()) {
      switch (t >>> 3) {
        case 1 -> year = in.int32(t, field, "year");
        case 2 -> month = in.int32(t, field, "month");
        case 3 -> day = in.int32(t, field, "day");
        default -> in.skip(t);
      }
    }
    in.exitValue(saved);
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw in.error(field, "Date " + year + "-" + month + "-" + day + " is not a full date ("
          + e.getMessage() + ")", e);
    }
  }

  // --- google.type.TimeOfDay { int32 hours = 1; int32 minutes = 2; int32 seconds = 3;
  //     int32 nanos = 4; }

  public static int timeOfDaySize(LocalTime value) {
    return int32Size(1, value.getHour()) + int32Size(2, value.getMinute())
        + int32Size(3, value.getSecond()) + int32Size(4, value.getNano());
  }

  public static void writeTimeOfDay(CodedOutputStream out, int number, LocalTime value)
      throws IOException {
    messageStart(out, number, timeOfDaySize(value));
    writeInt32(out, 1, value.getHour());
    writeInt32(out, 2, value.getMinute());
    writeInt32(out, 3, value.getSecond());
    writeInt32(out, 4, value.getNano());
  }

  public static LocalTime readTimeOfDay(ProtobufReader in, int tag, String field)
      throws IOException {
    int saved = in.enterValue(tag, field);
    int h = 0;
    int m = 0;
    int s = 0;
    int n = 0;
    for (int t = in.next(); t != 0; t = in.next()) {
      switch (t >>> 3) {
        case 1 -> h = in.int32(t, field, "hours");
        case 2 -> m = in.int32(t, field, "minutes");
        case 3 -> s = in.int32(t, field, "seconds");
        case 4 -> n = in.int32(t, field, "nanos");
        default -> in.skip(t);
      }
    }
    in.exitValue(saved);
    try {
      return LocalTime.of(h, m, s, n);
    } catch (DateTimeException e) {
      throw in.error(field, "TimeOfDay " + h + ":" + m + ":" + s + "." + n
          + " is not a time of day (" + e.getMessage() + ")", e);
    }
  }

  private static int int32Size(int number, int value) {
    return value != 0 ? CodedOutputStream.computeInt32Size(number, value) : 0;
  }

  private static void writeInt32(CodedOutputStream out, int number, int value)
      throws IOException {
    if (value != 0) {
      out.writeInt32(number, value);
    }
  }

  /** A repeated field read into a int[]. */
  public static int[] toIntArray(java.util.List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** A repeated field read into a long[]. */
  public static long[] toLongArray(java.util.List<Long> values) {
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** A repeated field read into a float[]. */
  public static float[] toFloatArray(java.util.List<Float> values) {
    float[] out = new float[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** A repeated field read into a double[]. */
  public static double[] toDoubleArray(java.util.List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** A repeated field read into a boolean[]. */
  public static boolean[] toBooleanArray(java.util.List<Boolean> values) {
    boolean[] out = new boolean[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** A repeated field read into a short[]. */
  public static short[] toShortArray(java.util.List<Short> values) {
    short[] out = new short[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** A repeated field read into a char[]. */
  public static char[] toCharArray(java.util.List<Character> values) {
    char[] out = new char[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
