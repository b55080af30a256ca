package io.eventschema.codec;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Helpers that generated codecs call: the same for every event, so written and tested once here.
 * Each is small enough to be inlined by the JIT.
 */
public final class Codecs {
  private Codecs() {}

  /** Returns {@code value}, or throws {@link NullFieldException} naming {@code field}. */
  public static <V> V nonNull(V value, String field) {
    if (value == null) {
      throw new NullFieldException(field);
    }
    return value;
  }

  /**
   * An initial capacity for a collection of {@code count} items read from the wire: never more
   * than a small bound, so a corrupt count cannot make us allocate before the items are read.
   */
  public static int capacity(long count) {
    return (int) Math.min(count, 256);
  }

  // ------------------------------------------------------------ collections and nesting

  /**
   * Reads the first block count of an array whose items each take at least {@code minItemBytes}
   * bytes (0 for a type that can take none, such as an empty record). From an {@link AvroInput}
   * the count is checked against the bytes left and counted against the message's
   * {@link ReadBudget}; see {@link AvroInput#readBlockCount}.
   */
  public static long arrayStart(Decoder in, int minItemBytes, String field) throws IOException {
    if (in instanceof AvroInput input) {
      return input.readBlockCount(minItemBytes, field);
    }
    return in.readArrayStart();
  }

  /** The next block count of an array; see {@link #arrayStart}. */
  public static long arrayNext(Decoder in, int minItemBytes, String field) throws IOException {
    if (in instanceof AvroInput input) {
      return input.readBlockCount(minItemBytes, field);
    }
    return in.arrayNext();
  }

  /** The first block count of a map; each entry takes at least {@code minItemBytes} bytes. */
  public static long mapStart(Decoder in, int minItemBytes, String field) throws IOException {
    if (in instanceof AvroInput input) {
      return input.readBlockCount(minItemBytes, field);
    }
    return in.readMapStart();
  }

  /** The next block count of a map; see {@link #mapStart}. */
  public static long mapNext(Decoder in, int minItemBytes, String field) throws IOException {
    if (in instanceof AvroInput input) {
      return input.readBlockCount(minItemBytes, field);
    }
    return in.mapNext();
  }

  /**
   * Before reading a record nested at {@code field}: counts one level of nesting against the
   * message's {@link ReadBudget}, so a payload nested deeper than its limit fails with a
   * {@link LimitExceededException} instead of a {@link StackOverflowError}.
   */
  public static void enter(Decoder in, String field) throws LimitExceededException {
    if (in instanceof AvroInput input) {
      input.budget().enter(field);
    }
  }

  /** After reading a nested record: leaves its level and returns it. */
  public static <V> V exit(Decoder in, V record) {
    if (in instanceof AvroInput input) {
      input.budget().exit();
    }
    return record;
  }

  // ------------------------------------------------------------ where a failed read was

  /**
   * Called by a generated reader when reading its field {@code field} failed, before it rethrows:
   * notes the field for the message's {@link AvroInput#failedPath()}. Not called while reads
   * succeed.
   */
  public static void failedIn(Decoder in, String field) {
    if (in instanceof AvroInput input) {
      input.failedAt("." + field);
    }
  }

  /** As {@link #failedIn}, for the item at {@code index} of an array. */
  public static void failedAtItem(Decoder in, long index) {
    if (in instanceof AvroInput input) {
      input.failedAt("[" + index + "]");
    }
  }

  /** As {@link #failedIn}, for the value of map key {@code key} (from the payload: abbreviated). */
  public static void failedAtKey(Decoder in, String key) {
    if (in instanceof AvroInput input) {
      input.failedAt(keyStep(key));
    }
  }

  /** {@code .eu} for a key that is a name, else {@code ['a key']}, escaped and abbreviated. */
  static String keyStep(String key) {
    boolean name = !key.isEmpty() && key.length() <= 64
        && Character.isJavaIdentifierStart(key.charAt(0)) && key.charAt(0) != '$';
    for (int i = 1; name && i < key.length(); i++) {
      char c = key.charAt(i);
      name = Character.isLetterOrDigit(c) || c == '_';
    }
    if (name) {
      return "." + key;
    }
    String shown = key.length() <= 64 ? key : key.substring(0, 61) + "...";
    StringBuilder sb = new StringBuilder("['");
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '\\' || c == '\'') {
        sb.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append("']").toString();
  }

  /** Before writing a record nested at {@code field}: as {@link #enter(Decoder, String)}. */
  public static void enter(Encoder out, String field) throws LimitExceededException {
    if (out instanceof AvroOutput output) {
      output.budget().enter(field);
    }
  }

  /** After writing a nested record. */
  public static void exit(Encoder out) {
    if (out instanceof AvroOutput output) {
      output.budget().exit();
    }
  }

  /** Reads a union branch index and checks it against the number of branches. */
  public static int unionIndex(Decoder in, int branches, String field) throws IOException {
    int index = in.readIndex();
    if (index < 0 || index >= branches) {
      throw new InvalidDataException("union branch " + index + " of field '" + field
          + "' does not exist (the union has " + branches + " branches)");
    }
    return index;
  }

  /** Reads an enum ordinal and returns the constant, checking the range. */
  public static <E extends Enum<E>> E enumSymbol(Decoder in, E[] symbols, String field)
      throws IOException {
    int index = in.readEnum();
    if (index < 0 || index >= symbols.length) {
      throw new InvalidDataException("enum symbol " + index + " of field '" + field
          + "' does not exist (the enum has " + symbols.length + " symbols)");
    }
    return symbols[index];
  }

  /** Reads an Avro {@code bytes} value into a new array. */
  public static byte[] readByteArray(Decoder in) throws IOException {
    if (in instanceof AvroInput input) {
      return input.readByteArray();
    }
    ByteBuffer bb = in.readBytes(null);
    byte[] out = new byte[bb.remaining()];
    bb.get(out);
    return out;
  }

  /**
   * An instant as microseconds since the epoch, rounding towards the past exactly as Avro's
   * {@code TimestampMicrosConversion} does.
   *
   * @throws ArithmeticException if the instant is outside the range a long of microseconds holds
   */
  public static long toEpochMicros(Instant instant) {
    long seconds = instant.getEpochSecond();
    int nanos = instant.getNano();
    if (seconds < 0 && nanos > 0) {
      long micros = Math.multiplyExact(seconds + 1, 1_000_000L);
      long adjustment = nanos / 1_000L - 1_000_000L;
      return Math.addExact(micros, adjustment);
    }
    long micros = Math.multiplyExact(seconds, 1_000_000L);
    return Math.addExact(micros, nanos / 1_000L);
  }

  /** The instant {@code micros} microseconds after the epoch. */
  public static Instant fromEpochMicros(long micros) {
    long seconds = Math.floorDiv(micros, 1_000_000L);
    long nanos = Math.floorMod(micros, 1_000_000L) * 1_000L;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  // ------------------------------------------------------------------ narrow ints and chars

  /** An Avro int read into a byte: out of range is invalid data, never a silent wrap. */
  public static byte toByte(int value, String field) throws InvalidDataException {
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw new InvalidDataException("field '" + field + "' holds " + value
          + ", outside the range of a byte (-128 to 127)");
    }
    return (byte) value;
  }

  /** An Avro int read into a short: out of range is invalid data, never a silent wrap. */
  public static short toShort(int value, String field) throws InvalidDataException {
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw new InvalidDataException("field '" + field + "' holds " + value
          + ", outside the range of a short (-32768 to 32767)");
    }
    return (short) value;
  }

  /** An Avro int read into a char (a UTF-16 code unit, 0 to 65535). */
  public static char toChar(int value, String field) throws InvalidDataException {
    if (value < Character.MIN_VALUE || value > Character.MAX_VALUE) {
      throw new InvalidDataException("field '" + field + "' holds " + value
          + ", which is not a UTF-16 code unit (0 to 65535)");
    }
    return (char) value;
  }

  /** An Avro string read into a char: it must hold exactly one UTF-16 code unit. */
  public static char toChar(String value, String field) throws InvalidDataException {
    if (value.length() != 1) {
      throw new InvalidDataException("field '" + field + "' holds a string of " + value.length()
          + " chars where one char was expected");
    }
    return value.charAt(0);
  }

  // -------------------------------------------------------------------------- bytes, fixed

  /** Reads an Avro {@code bytes} value into a new heap buffer (position 0, limit its size). */
  public static ByteBuffer readByteBuffer(Decoder in) throws IOException {
    return ByteBuffer.wrap(readByteArray(in));
  }

  /** The bytes of a fixed of {@code size} bytes, checked: a fixed has no length on the wire. */
  public static byte[] fixed(byte[] value, int size, String field) {
    if (value.length != size) {
      throw new IllegalArgumentException("field '" + field + "' holds " + value.length
          + " bytes, but its Avro type is a fixed of " + size + " bytes");
    }
    return value;
  }

  /** The remaining bytes of {@code value} as a fixed of {@code size} bytes, checked. */
  public static ByteBuffer fixed(ByteBuffer value, int size, String field) {
    if (value.remaining() != size) {
      throw new IllegalArgumentException("field '" + field + "' holds " + value.remaining()
          + " bytes, but its Avro type is a fixed of " + size + " bytes");
    }
    return value;
  }

  /** Reads a fixed of {@code size} bytes into a new array. */
  public static byte[] readFixed(Decoder in, int size) throws IOException {
    byte[] out = new byte[size];
    in.readFixed(out, 0, size);
    return out;
  }

  // ------------------------------------------------------------------------------ uuid

  /** A uuid string read back, as Avro's {@code UUIDConversion} does ({@code UUID.fromString}). */
  public static UUID toUuid(String value, String field) throws InvalidDataException {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException("field '" + field + "' holds '" + value
          + "', which is not a UUID");
    }
  }

  // --------------------------------------------------------------------------- decimal

  /**
   * The Avro bytes of a decimal: the two's-complement big-endian unscaled value at
   * {@code scale}, exactly as Avro's {@code DecimalConversion.toBytes}. A value that needs rounding
   * to reach the scale, or that has more than {@code precision} digits, is refused (Bean
   * Validation rejects it before this point in the serializer).
   */
  public static byte[] decimalBytes(BigDecimal value, int precision, int scale, String field) {
    return scaled(value, precision, scale, field).unscaledValue().toByteArray();
  }

  /**
   * Writes a decimal as Avro {@code bytes}: the same bytes as
   * {@code out.writeBytes(decimalBytes(value, precision, scale, field))}, refusing the same values.
   * Into an {@link AvroOutput}, a value of at most 18 digits (its unscaled value fits a long) is
   * written without allocating: neither {@code unscaledValue()} (a new {@code BigInteger}) nor
   * {@code toByteArray()} is called.
   */
  public static void writeDecimal(Encoder out, BigDecimal value, int precision, int scale,
      String field) throws IOException {
    BigDecimal scaled = scaled(value, precision, scale, field);
    if (out instanceof AvroOutput o && scaled.precision() <= 18) {
      // the unscaled value at scale 0: for a compact BigDecimal, scaleByPowerOfTen only copies
      // its fields into a new BigDecimal, which the JIT's escape analysis removes, and longValue()
      // of a compact value at scale 0 returns it as is
      o.writeTwosComplement(scaled.scaleByPowerOfTen(scaled.scale()).longValue());
      return;
    }
    byte[] bytes = scaled.unscaledValue().toByteArray();
    out.writeBytes(bytes, 0, bytes.length);
  }

  private static BigDecimal scaled(BigDecimal value, int precision, int scale, String field) {
    BigDecimal scaled = value;
    if (value.scale() != scale) {
      try {
        scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("field '" + field + "' holds " + value
            + ", which cannot be written with scale " + scale + " without rounding");
      }
    }
    if (scaled.precision() > precision) {
      throw new IllegalArgumentException("field '" + field + "' holds " + value
          + ", which has more than the " + precision + " digits of its decimal type");
    }
    return scaled;
  }

  /**
   * A decimal read back: the unscaled value at {@code scale}, as Avro's DecimalConversion. From an
   * {@link AvroInput}, up to 8 bytes are read straight into a long: only the BigDecimal is
   * allocated (no byte array, no BigInteger).
   */
  public static BigDecimal readDecimal(Decoder in, int scale, String field) throws IOException {
    if (in instanceof AvroInput input) {
      int length = input.readBytesLength();
      if (length == 0) {
        throw new InvalidDataException("field '" + field + "' holds an empty decimal");
      }
      if (length <= 8) {
        return BigDecimal.valueOf(input.readTwosComplement(length), scale);
      }
      byte[] bytes = new byte[length];
      input.readFixed(bytes, 0, length);
      return new BigDecimal(new BigInteger(bytes), scale);
    }
    byte[] bytes = readByteArray(in);
    if (bytes.length == 0) {
      throw new InvalidDataException("field '" + field + "' holds an empty decimal");
    }
    return new BigDecimal(new BigInteger(bytes), scale);
  }

  // ------------------------------------------------------------------------------ time

  /** Milliseconds since the epoch, as Avro's {@code TimestampMillisConversion} ({@code toEpochMilli}). */
  public static long toEpochMillis(Instant instant) {
    return instant.toEpochMilli();
  }

  /** The instant {@code millis} milliseconds after the epoch. */
  public static Instant fromEpochMillis(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  /**
   * Nanoseconds since the epoch, as Avro's {@code TimestampNanosConversion}.
   *
   * @throws ArithmeticException outside the years 1677 to 2262, which a long of nanoseconds holds
   */
  public static long toEpochNanos(Instant instant) {
    long seconds = instant.getEpochSecond();
    int nanos = instant.getNano();
    if (seconds < 0 && nanos > 0) {
      long n = Math.multiplyExact(seconds + 1, 1_000_000_000L);
      return Math.addExact(n, nanos - 1_000_000_000L);
    }
    return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
  }

  /** The instant {@code nanos} nanoseconds after the epoch. */
  public static Instant fromEpochNanos(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
        Math.floorMod(nanos, 1_000_000_000L));
  }

  /** A local date-time as the instant it names at UTC, as Avro's local-timestamp conversions. */
  public static Instant atUtc(LocalDateTime value) {
    return value.toInstant(ZoneOffset.UTC);
  }

  /** The local date-time of {@code instant} at UTC. */
  public static LocalDateTime localAtUtc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * Days since 1970-01-01, as Avro's {@code DateConversion}, except that a date beyond an int of
   * days (Avro would wrap it silently) is refused.
   */
  public static int toEpochDay(LocalDate date) {
    long days = date.toEpochDay();
    if (days != (int) days) {
      throw new IllegalArgumentException(date + " is outside the range of Avro's date type");
    }
    return (int) days;
  }

  /** The date {@code days} days after 1970-01-01. */
  public static LocalDate fromEpochDay(int days) throws InvalidDataException {
    try {
      return LocalDate.ofEpochDay(days);
    } catch (DateTimeException e) {
      throw new InvalidDataException("date " + days + " is out of range: " + e.getMessage());
    }
  }

  /** Milliseconds after midnight, truncated, as Avro's {@code TimeMillisConversion}. */
  public static int toMillisOfDay(LocalTime time) {
    return (int) (time.toNanoOfDay() / 1_000_000L);
  }

  /** Microseconds after midnight, truncated, as Avro's {@code TimeMicrosConversion}. */
  public static long toMicrosOfDay(LocalTime time) {
    return time.toNanoOfDay() / 1_000L;
  }

  /** The time {@code millis} milliseconds after midnight; out of a day is invalid data. */
  public static LocalTime fromMillisOfDay(int millis) throws InvalidDataException {
    return ofNanoOfDay(millis * 1_000_000L, millis + " ms");
  }

  /** The time {@code micros} microseconds after midnight; out of a day is invalid data. */
  public static LocalTime fromMicrosOfDay(long micros) throws InvalidDataException {
    if (micros < 0 || micros >= 86_400_000_000L) {
      throw new InvalidDataException("time of day " + micros + " µs is not within a day");
    }
    return LocalTime.ofNanoOfDay(micros * 1_000L);
  }

  private static LocalTime ofNanoOfDay(long nanos, String what) throws InvalidDataException {
    try {
      return LocalTime.ofNanoOfDay(nanos);
    } catch (DateTimeException e) {
      throw new InvalidDataException("time of day " + what + " is not within a day");
    }
  }

  // ------------------------------------------------------------------------------ unions

  /** The value of a sealed interface whose record the codec does not know (a newer subtype). */
  public static IllegalArgumentException unknownSubtype(Object value, String field) {
    return new IllegalArgumentException("field '" + field + "' holds a "
        + value.getClass().getName() + ", which is not one of the records of its union");
  }
}
