package io.eventschema.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.avro.io.Decoder;

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
}
