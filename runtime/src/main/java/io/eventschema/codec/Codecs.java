package io.eventschema.codec;

import io.eventschema.AvroDuration;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Helpers that generated codecs call: the same for every event, so written and tested once here.
 * Each is small enough to be inlined by the JIT.
 *
 * <p>The field helpers (section "common fields") take and return concrete types and have names
 * of their own, no overloads and no type parameters: javac compiles a call to one without
 * inference or overload resolution, which is most of what generated code costs the build.
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

  /**
   * Reads an enum ordinal and returns the constant, checking the range. Generated code calls
   * {@link #readSymbol}, which javac compiles without inference; this is kept for code generated
   * by earlier versions.
   */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E>> E enumSymbol(Decoder in, E[] symbols, String field)
      throws IOException {
    return (E) readSymbol(in, symbols, field);
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
   * Writes a decimal, which must not be null, as Avro {@code bytes}: the same bytes as
   * {@code out.writeBytes(decimalBytes(value, precision, scale, field))}, refusing the same values.
   * Into an {@link AvroOutput}, a value of at most 18 digits (its unscaled value fits a long) is
   * written without allocating: neither {@code unscaledValue()} (a new {@code BigInteger}) nor
   * {@code toByteArray()} is called.
   */
  public static void writeDecimal(Encoder out, BigDecimal value, int precision, int scale,
      String field) throws IOException {
    if (value == null) {
      throw new NullFieldException(field);
    }
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

  /**
   * The bytes of a decimal on a fixed of {@code size} bytes: the two's-complement big-endian
   * unscaled value at {@code scale}, sign-extended to the size, exactly as Avro's
   * {@code DecimalConversion.toFixed}. Refuses what {@link #decimalBytes} refuses, and a value
   * whose unscaled value does not fit the size (never truncated).
   */
  public static byte[] fixedDecimalBytes(BigDecimal value, int size, int precision, int scale,
      String field) {
    byte[] unscaled = decimalBytes(value, precision, scale, field);
    if (unscaled.length > size) {
      throw new IllegalArgumentException("field '" + field + "' holds " + value + ", whose"
          + " unscaled value takes " + unscaled.length + " bytes, more than the " + size
          + " of its fixed");
    }
    byte[] out = new byte[size];
    int offset = size - unscaled.length;
    Arrays.fill(out, 0, offset, (byte) (value.signum() < 0 ? 0xFF : 0x00));
    System.arraycopy(unscaled, 0, out, offset, unscaled.length);
    return out;
  }

  /** Writes a decimal, which must not be null, on a fixed of {@code size} bytes. */
  public static void writeFixedDecimal(Encoder out, BigDecimal value, int size, int precision,
      int scale, String field) throws IOException {
    if (value == null) {
      throw new NullFieldException(field);
    }
    out.writeFixed(fixedDecimalBytes(value, size, precision, scale, field));
  }

  /** A decimal on a fixed read back, as Avro's {@code DecimalConversion.fromFixed}. */
  public static BigDecimal readFixedDecimal(Decoder in, int size, int scale) throws IOException {
    return new BigDecimal(new BigInteger(readFixed(in, size)), scale);
  }

  /**
   * The bytes of Avro 1.12's {@code big-decimal}, as its {@code BigDecimalConversion.toBytes}:
   * the unscaled value (two's-complement big-endian) as Avro {@code bytes}, then the scale as an
   * Avro {@code int}.
   */
  public static byte[] bigDecimalBytes(BigDecimal value) {
    byte[] unscaled = value.unscaledValue().toByteArray();
    AvroOutput out = new AvroOutput(unscaled.length + 10);
    out.writeBytes(unscaled, 0, unscaled.length);
    out.writeInt(value.scale());
    return out.toByteArray();
  }

  /** Writes a {@code big-decimal}, which must not be null, as Avro {@code bytes}. */
  public static void writeBigDecimal(Encoder out, BigDecimal value, String field)
      throws IOException {
    if (value == null) {
      throw new NullFieldException(field);
    }
    byte[] bytes = bigDecimalBytes(value);
    out.writeBytes(bytes, 0, bytes.length);
  }

  /**
   * A {@code big-decimal} read back, as Avro's {@code BigDecimalConversion.fromBytes}; an empty
   * unscaled value (on which Avro fails), a truncated one, or bytes after the scale are refused.
   */
  public static BigDecimal readBigDecimal(Decoder in, String field) throws IOException {
    byte[] bytes = readByteArray(in);
    int[] at = {0};
    int length = unZigZag(bytes, at, field);
    if (length < 1 || length > bytes.length - at[0]) {
      throw new InvalidDataException("field '" + field + "' holds a big-decimal whose unscaled"
          + " value has " + length + " bytes, of " + (bytes.length - at[0]) + " left");
    }
    BigInteger unscaled = new BigInteger(bytes, at[0], length);
    at[0] += length;
    int scale = unZigZag(bytes, at, field);
    if (at[0] != bytes.length) {
      throw new InvalidDataException("field '" + field + "' holds a big-decimal with "
          + (bytes.length - at[0]) + " bytes after its scale");
    }
    return new BigDecimal(unscaled, scale);
  }

  private static int unZigZag(byte[] bytes, int[] at, String field) throws InvalidDataException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (at[0] >= bytes.length) {
        break;
      }
      int b = bytes[at[0]++] & 0xFF;
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return (v >>> 1) ^ -(v & 1);
      }
    }
    throw new InvalidDataException("field '" + field + "' holds a big-decimal that is not an"
        + " Avro bytes value and int");
  }

  // -------------------------------------------------------------------------- duration

  /**
   * Writes a duration, which must not be null, as Avro's 12-byte {@code duration} fixed: months,
   * days, milliseconds, each four bytes little-endian.
   */
  public static void writeDuration(Encoder out, AvroDuration value, String field)
      throws IOException {
    if (value == null) {
      throw new NullFieldException(field);
    }
    out.writeFixed(durationBytes(value));
  }

  /** The 12 bytes of a duration. */
  public static byte[] durationBytes(AvroDuration value) {
    byte[] b = new byte[AvroDuration.SIZE];
    littleEndian(value.months(), b, 0);
    littleEndian(value.days(), b, 4);
    littleEndian(value.millis(), b, 8);
    return b;
  }

  private static void littleEndian(long count, byte[] b, int at) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (count >>> (8 * i));
    }
  }

  /** A duration read back: any 12 bytes are one (each count is unsigned). */
  public static AvroDuration readDuration(Decoder in) throws IOException {
    byte[] b = readFixed(in, AvroDuration.SIZE);
    return new AvroDuration(littleEndian(b, 0), littleEndian(b, 4),
        littleEndian(b, 8));
  }

  private static long littleEndian(byte[] b, int at) {
    long v = 0;
    for (int i = 3; i >= 0; i--) {
      v = (v << 8) | (b[at + i] & 0xFF);
    }
    return v;
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

  // ------------------------------------------------------------------------- common fields

  /** Writes a string that must not be null. */
  public static void writeString(Encoder out, String value, String field) throws IOException {
    out.writeString(nonNull(value, field));
  }

  /** Writes the ordinal of an enum constant that must not be null. */
  public static void writeEnum(Encoder out, Enum<?> value, String field) throws IOException {
    out.writeEnum(nonNull(value, field).ordinal());
  }

  /** Writes a {@code timestamp-millis}: {@link #toEpochMillis} of an instant that must not be null. */
  public static void writeTimestampMillis(Encoder out, Instant value, String field)
      throws IOException {
    out.writeLong(toEpochMillis(nonNull(value, field)));
  }

  /** Writes a {@code timestamp-micros}: {@link #toEpochMicros} of an instant that must not be null. */
  public static void writeTimestampMicros(Encoder out, Instant value, String field)
      throws IOException {
    out.writeLong(toEpochMicros(nonNull(value, field)));
  }

  /** Writes a {@code timestamp-nanos}: {@link #toEpochNanos} of an instant that must not be null. */
  public static void writeTimestampNanos(Encoder out, Instant value, String field)
      throws IOException {
    out.writeLong(toEpochNanos(nonNull(value, field)));
  }

  /**
   * Before writing a record nested at {@code field}: {@code value} must not be null; counts one
   * level of nesting as {@link #enter(Encoder, String)}.
   */
  public static void enterRecord(Encoder out, Object value, String field)
      throws LimitExceededException {
    nonNull(value, field);
    enter(out, field);
  }

  /** Writes {@code ["null", "string"]} from an Optional: empty (or a null Optional) is null. */
  public static void writeOptionalString(Encoder out, Optional<String> value) throws IOException {
    writeNullableString(out, value == null ? null : value.orElse(null));
  }

  /** Writes {@code ["null", "string"]}. */
  public static void writeNullableString(Encoder out, String value) throws IOException {
    if (writeNullIndex(out, value)) {
      out.writeString(value);
    }
  }

  /** Writes {@code ["null", "int"]}. */
  public static void writeNullableInt(Encoder out, Integer value) throws IOException {
    if (writeNullIndex(out, value)) {
      out.writeInt(value);
    }
  }

  /** Writes {@code ["null", "long"]}. */
  public static void writeNullableLong(Encoder out, Long value) throws IOException {
    if (writeNullIndex(out, value)) {
      out.writeLong(value);
    }
  }

  /** The branch index of {@code ["null", T]} for {@code value}; true when T follows. */
  private static boolean writeNullIndex(Encoder out, Object value) throws IOException {
    out.writeIndex(value == null ? 0 : 1);
    return value != null;
  }

  /**
   * Writes an array of strings; the collection and its items must not be null (an item's field
   * is {@code field[]}).
   */
  public static void writeStringArray(Encoder out, Collection<String> value, String field)
      throws IOException {
    if (value == null) {
      throw new NullFieldException(field);
    }
    out.writeArrayStart();
    out.setItemCount(value.size());
    for (String item : value) {
      out.startItem();
      if (item == null) {
        throw new NullFieldException(field + "[]");
      }
      out.writeString(item);
    }
    out.writeArrayEnd();
  }

  /**
   * Writes a map of strings; the map, its keys and its values must not be null ({@code field key},
   * {@code field value}).
   */
  public static void writeStringMap(Encoder out, Map<String, String> value, String field)
      throws IOException {
    if (value == null) {
      throw new NullFieldException(field);
    }
    out.writeMapStart();
    out.setItemCount(value.size());
    for (Map.Entry<String, String> entry : value.entrySet()) {
      out.startItem();
      String key = entry.getKey();
      if (key == null) {
        throw new NullFieldException(field + " key");
      }
      out.writeString(key);
      String v = entry.getValue();
      if (v == null) {
        throw new NullFieldException(field + " value");
      }
      out.writeString(v);
    }
    out.writeMapEnd();
  }

  /**
   * Reads an enum ordinal and returns the constant, checking the range: as {@link #enumSymbol},
   * without a type parameter (the generated code casts the result to the enum).
   */
  public static Enum<?> readSymbol(Decoder in, Enum<?>[] symbols, String field)
      throws IOException {
    int index = in.readEnum();
    if (index < 0 || index >= symbols.length) {
      throw new InvalidDataException("enum symbol " + index + " of field '" + field
          + "' does not exist (the enum has " + symbols.length + " symbols)");
    }
    return symbols[index];
  }

  /** After reading a nested record: leaves its level, as {@link #exit(Decoder, Object)}. */
  public static void exit(Decoder in) {
    if (in instanceof AvroInput input) {
      input.budget().exit();
    }
  }

  /** Reads {@code ["null", "string"]} into an Optional. */
  public static Optional<String> readOptionalString(Decoder in, String field) throws IOException {
    return unionIndex(in, 2, field) == 0 ? Optional.empty() : Optional.of(in.readString());
  }

  /** Reads {@code ["null", "string"]}. */
  public static String readNullableString(Decoder in, String field) throws IOException {
    return unionIndex(in, 2, field) == 0 ? null : in.readString();
  }

  /** Reads {@code ["null", "int"]}. */
  public static Integer readNullableInt(Decoder in, String field) throws IOException {
    return unionIndex(in, 2, field) == 0 ? null : Integer.valueOf(in.readInt());
  }

  /** Reads {@code ["null", "long"]}. */
  public static Long readNullableLong(Decoder in, String field) throws IOException {
    return unionIndex(in, 2, field) == 0 ? null : Long.valueOf(in.readLong());
  }

  /**
   * Reads an array of strings into an ArrayList, the block counts checked as {@link #arrayStart};
   * a failed item read notes its index ({@link #failedAtItem}).
   */
  public static List<String> readStringList(Decoder in, String field) throws IOException {
    long count = arrayStart(in, 1, field);
    List<String> items = new ArrayList<>(capacity(count));
    long before = 0;
    for (; count != 0; before += count, count = arrayNext(in, 1, field)) {
      for (long i = 0; i < count; i++) {
        try {
          items.add(in.readString());
        } catch (IOException e) {
          failedAtItem(in, before + i);
          throw e;
        }
      }
    }
    return items;
  }

  /**
   * Reads a map of strings into a LinkedHashMap (wire order kept), the block counts checked as
   * {@link #mapStart}; a failed value read notes its key ({@link #failedAtKey}).
   */
  public static Map<String, String> readStringMap(Decoder in, String field) throws IOException {
    long count = mapStart(in, 2, field);
    Map<String, String> entries = new LinkedHashMap<>(capacity(count));
    for (; count != 0; count = mapNext(in, 2, field)) {
      for (long i = 0; i < count; i++) {
        String key = in.readString();
        try {
          entries.put(key, in.readString());
        } catch (IOException e) {
          failedAtKey(in, key);
          throw e;
        }
      }
    }
    return entries;
  }

  // ------------------------------------------------------------------------------ unions

  /** The value of a sealed interface whose record the codec does not know (a newer subtype). */
  public static IllegalArgumentException unknownSubtype(Object value, String field) {
    return new IllegalArgumentException("field '" + field + "' holds a "
        + value.getClass().getName() + ", which is not one of the records of its union");
  }
}
