package io.eventschema.codec;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * An Avro binary {@link Decoder} over a byte array, for reuse across messages on one thread.
 *
 * <p>Unlike a decoder over a stream it knows how many bytes remain, so it checks every length
 * prefix against them before allocating: a hostile or corrupt payload that declares a 2 GB string
 * fails with an {@link EOFException} at once instead of an {@link OutOfMemoryError}. Every read
 * past the end is an {@link EOFException} that says where; every invalid value (a varint longer
 * than ten bytes, a negative length) is an {@link InvalidDataException}.
 *
 * <p>Each message is also counted against a {@link ReadBudget} ({@link #budget()}, restarted by
 * {@link #reset}): every block count adds to the message's total of collection items, and the
 * generated readers and the transcoder count record nesting in it.
 *
 * <p>When a read fails, the generated readers note, on the way out, where they were
 * ({@link #failedPath()}: {@code items[2].quantity}); nothing is noted while reads succeed.
 */
public final class AvroInput extends Decoder {
  private byte[] buf = new byte[0];
  private int pos;
  private int limit;
  private int start;
  private final ReadBudget budget = new ReadBudget();
  /** Where the failed read was, innermost step first; null until a read fails. */
  private java.util.ArrayList<String> failedAt;

  /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
  public AvroInput reset(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset > bytes.length - length) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " and length " + length + " do not fit an array of " + bytes.length);
    }
    this.buf = bytes;
    this.pos = offset;
    this.start = offset;
    this.limit = offset + length;
    budget.restart();
    if (failedAt != null) {
      failedAt.clear();
    }
    return this;
  }

  /** How many steps {@link #failedPath()} keeps: the depth limit bounds them well below this. */
  private static final int MAX_FAILED_STEPS = 1024;

  /**
   * Notes, while a failure leaves a generated reader, the step it was at: {@code .name} for a
   * field (the first step is named without the dot), {@code [2]} for an item.
   */
  void failedAt(String step) {
    if (failedAt == null) {
      failedAt = new java.util.ArrayList<>();
    }
    if (failedAt.size() < MAX_FAILED_STEPS) {
      failedAt.add(step);
    }
  }

  /**
   * The field path of the read that failed in this message, as the generated readers noted it
   * ({@code items[2].quantity}, {@code scores.eu}, {@code scores['a key']}), or null if none was
   * noted (the message read fine, or was not read by generated code).
   */
  public String failedPath() {
    if (failedAt == null || failedAt.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = failedAt.size() - 1; i >= 0; i--) {
      String step = failedAt.get(i);
      sb.append(sb.length() == 0 && step.startsWith(".") ? step.substring(1) : step);
    }
    return sb.toString();
  }

  /** The work bound of the message being read: restarted by {@link #reset}. */
  public ReadBudget budget() {
    return budget;
  }

  /** The position, counted from the offset given to {@link #reset}. */
  public int position() {
    return pos - start;
  }

  /** True when every byte has been read. */
  public boolean isEnd() {
    return pos == limit;
  }

  @Override
  public int remainingBytes() {
    return limit - pos;
  }

  private EOFException eof(long wanted) {
    return new EOFException("payload ends at byte " + (limit - start) + " but " + wanted
        + " more byte(s) were expected at byte " + (pos - start));
  }

  private void require(long n) throws EOFException {
    if (n > limit - pos) {
      throw eof(n);
    }
  }

  @Override
  public void readNull() {}

  @Override
  public boolean readBoolean() throws IOException {
    require(1);
    int b = buf[pos++];
    if (b == 0) {
      return false;
    }
    if (b == 1) {
      return true;
    }
    throw new InvalidDataException("invalid boolean byte " + b + " at byte " + (pos - 1 - start));
  }

  @Override
  public int readInt() throws IOException {
    int n = 0;
    int shift = 0;
    int at = pos;
    for (int i = 0; i < 5; i++) {
      if (pos >= limit) {
        throw eof(1);
      }
      int b = buf[pos++] & 0xff;
      n |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return (n >>> 1) ^ -(n & 1);
      }
      shift += 7;
    }
    throw new InvalidDataException("invalid int encoding at byte " + (at - start));
  }

  @Override
  public long readLong() throws IOException {
    long n = 0;
    int shift = 0;
    int at = pos;
    for (int i = 0; i < 10; i++) {
      if (pos >= limit) {
        throw eof(1);
      }
      long b = buf[pos++] & 0xff;
      n |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return (n >>> 1) ^ -(n & 1);
      }
      shift += 7;
    }
    throw new InvalidDataException("invalid long encoding at byte " + (at - start));
  }

  @Override
  public float readFloat() throws IOException {
    require(4);
    int bits = (buf[pos] & 0xff)
        | ((buf[pos + 1] & 0xff) << 8)
        | ((buf[pos + 2] & 0xff) << 16)
        | ((buf[pos + 3] & 0xff) << 24);
    pos += 4;
    return Float.intBitsToFloat(bits);
  }

  @Override
  public double readDouble() throws IOException {
    require(8);
    long bits = (buf[pos] & 0xffL)
        | ((buf[pos + 1] & 0xffL) << 8)
        | ((buf[pos + 2] & 0xffL) << 16)
        | ((buf[pos + 3] & 0xffL) << 24)
        | ((buf[pos + 4] & 0xffL) << 32)
        | ((buf[pos + 5] & 0xffL) << 40)
        | ((buf[pos + 6] & 0xffL) << 48)
        | ((buf[pos + 7] & 0xffL) << 56);
    pos += 8;
    return Double.longBitsToDouble(bits);
  }

  /** Reads a length prefix and checks it against the bytes that remain. */
  private int readLength(String what) throws IOException {
    int at = pos;
    long len = readLong();
    if (len < 0) {
      throw new InvalidDataException(
          "negative " + what + " length " + len + " at byte " + (at - start));
    }
    if (len > limit - pos) {
      throw new EOFException("a " + what + " of " + len + " bytes declared at byte " + (at - start)
          + " runs past the end of the payload (" + (limit - pos) + " bytes left)");
    }
    return (int) len;
  }

  @Override
  public String readString() throws IOException {
    int len = readLength("string");
    String s = new String(buf, pos, len, StandardCharsets.UTF_8);
    pos += len;
    return s;
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int len = readLength("string");
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(len);
    System.arraycopy(buf, pos, result.getBytes(), 0, len);
    pos += len;
    return result;
  }

  @Override
  public void skipString() throws IOException {
    // not "pos += readLength(..)": that adds to the position from before the length was read
    int len = readLength("string");
    pos += len;
  }

  /**
   * Reads the length prefix of an Avro {@code bytes} value, checked against the bytes that
   * remain; the value's bytes follow (read them with {@link #readFixed} or
   * {@link #readTwosComplement}).
   */
  public int readBytesLength() throws IOException {
    return readLength("bytes");
  }

  /**
   * Reads {@code length} (1 to 8) bytes as a big-endian two's-complement number, sign-extended
   * to a long: the value {@code new BigInteger(bytes).longValue()} gives.
   */
  public long readTwosComplement(int length) throws IOException {
    if (length < 1 || length > 8) {
      throw new IllegalArgumentException("length " + length + " is not 1 to 8");
    }
    require(length);
    byte[] b = buf;
    int p = pos;
    long v = b[p]; // sign-extended
    for (int i = 1; i < length; i++) {
      v = (v << 8) | (b[p + i] & 0xFF);
    }
    pos = p + length;
    return v;
  }

  /** Reads an Avro {@code bytes} value into a new array. */
  public byte[] readByteArray() throws IOException {
    int len = readLength("bytes");
    byte[] out = new byte[len];
    System.arraycopy(buf, pos, out, 0, len);
    pos += len;
    return out;
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int len = readLength("bytes");
    ByteBuffer result;
    if (old != null && old.capacity() >= len) {
      result = old;
      result.clear();
    } else {
      result = ByteBuffer.allocate(len);
    }
    result.put(buf, pos, len);
    result.flip();
    pos += len;
    return result;
  }

  @Override
  public void skipBytes() throws IOException {
    int len = readLength("bytes");
    pos += len;
  }

  @Override
  public void readFixed(byte[] bytes, int offset, int length) throws IOException {
    require(length);
    System.arraycopy(buf, pos, bytes, offset, length);
    pos += length;
  }

  @Override
  public void skipFixed(int length) throws IOException {
    require(length);
    pos += length;
  }

  @Override
  public int readEnum() throws IOException {
    return readInt();
  }

  /**
   * Reads a block count (a negative count is followed by the block's size in bytes) of items that
   * each take at least {@code minItemBytes} bytes, and counts them against the {@link #budget()}.
   * Items of a type that can take no bytes at all (an empty record) pass 0: then only the
   * budget's total bounds them.
   *
   * @param path the field path of the collection, for messages (null: unknown)
   * @throws EOFException if the items cannot fit in the bytes left
   * @throws LimitExceededException if the message then declares more items than its limit
   */
  public long readBlockCount(int minItemBytes, String path) throws IOException {
    int at = pos;
    long count = readLong();
    if (count < 0) {
      if (count == Long.MIN_VALUE) {
        throw new InvalidDataException("invalid block count at byte " + (at - start));
      }
      count = -count;
      readLength("block");
    }
    if (count > 0) {
      if (minItemBytes > 0 && count > (limit - pos) / minItemBytes) {
        throw new EOFException("a block of " + count + " items of at least " + minItemBytes
            + " byte(s) declared at byte " + (at - start)
            + (path == null ? "" : " (field '" + path + "')")
            + " runs past the end of the payload (" + (limit - pos) + " bytes left)");
      }
      budget.items(count, path);
    }
    return count;
  }

  /** A block count of items whose size is unknown here: only the budget bounds them. */
  @Override
  public long readArrayStart() throws IOException {
    return readBlockCount(0, null);
  }

  @Override
  public long arrayNext() throws IOException {
    return readBlockCount(0, null);
  }

  /** A block count of map entries: each takes at least its key's length byte. */
  @Override
  public long readMapStart() throws IOException {
    return readBlockCount(1, null);
  }

  @Override
  public long mapNext() throws IOException {
    return readBlockCount(1, null);
  }

  private long skipBlocks() throws IOException {
    long count = readLong();
    while (count < 0) {
      int size = readLength("block");
      pos += size;
      count = readLong();
    }
    return count;
  }

  @Override
  public long skipArray() throws IOException {
    return skipBlocks();
  }

  @Override
  public long skipMap() throws IOException {
    return skipBlocks();
  }

  @Override
  public int readIndex() throws IOException {
    return readInt();
  }
}
