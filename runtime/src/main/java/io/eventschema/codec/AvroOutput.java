package io.eventschema.codec;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.io.BinaryData;
import org.apache.avro.io.BinaryEncoder;

/**
 * An Avro {@link BinaryEncoder} that writes into a growable byte array it owns, for reuse across
 * messages on one thread. It writes exactly the bytes of Avro's own binary encoders, with no
 * intermediate buffer to flush and no per-string allocation: strings are encoded to UTF-8 in place.
 *
 * <p>Not thread-safe: use one instance per thread ({@link #reset()} between messages).
 */
public final class AvroOutput extends BinaryEncoder {
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private byte[] buf;
  private int pos;
  private final ReadBudget budget = new ReadBudget();

  public AvroOutput() {
    this(256);
  }

  public AvroOutput(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  /** Forgets what was written (and restarts the {@link #budget()}); keeps the buffer. */
  public AvroOutput reset() {
    pos = 0;
    budget.restart();
    return this;
  }

  /**
   * The work bound of the message being written: the generated writers count record nesting in
   * it, so a value nested deeper than {@link Limits#maxDepth()} fails before the stack does.
   */
  public ReadBudget budget() {
    return budget;
  }

  /**
   * Drops the buffer if it grew past {@code maxRetained} bytes, so one huge message does not keep
   * its buffer alive on a thread for good.
   */
  public void trim(int maxRetained) {
    if (buf.length > maxRetained) {
      buf = new byte[256];
    }
    pos = 0;
  }

  /** The number of bytes written since the last {@link #reset()}. */
  public int size() {
    return pos;
  }

  /** The internal buffer; valid bytes are {@code [0, size())}. */
  public byte[] buffer() {
    return buf;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /** Writes raw bytes (no length prefix). */
  public void writeRaw(byte[] bytes, int offset, int length) {
    ensure(length);
    System.arraycopy(bytes, offset, buf, pos, length);
    pos += length;
  }

  /** Writes one raw byte. */
  public void writeRawByte(int b) {
    ensure(1);
    buf[pos++] = (byte) b;
  }

  /** Writes a 4-byte big-endian int, as in the Confluent wire-format header. */
  public void writeRawIntBigEndian(int v) {
    ensure(4);
    buf[pos] = (byte) (v >>> 24);
    buf[pos + 1] = (byte) (v >>> 16);
    buf[pos + 2] = (byte) (v >>> 8);
    buf[pos + 3] = (byte) v;
    pos += 4;
  }

  private void ensure(int extra) {
    if (buf.length - pos < extra) {
      grow(extra);
    }
  }

  private void grow(int extra) {
    long needed = (long) pos + extra;
    if (needed > MAX_ARRAY) {
      throw new IllegalStateException("an Avro message cannot exceed " + MAX_ARRAY + " bytes");
    }
    int newSize = (int) Math.min(MAX_ARRAY, Math.max(needed, (long) buf.length * 2));
    buf = Arrays.copyOf(buf, newSize);
  }

  @Override
  public void flush() {
    // nothing buffered elsewhere
  }

  @Override
  public void writeBoolean(boolean b) {
    ensure(1);
    buf[pos++] = (byte) (b ? 1 : 0);
  }

  @Override
  public void writeInt(int n) {
    writeVarint(((long) n << 1) ^ (n >> 31));
  }

  @Override
  public void writeLong(long n) {
    writeVarint((n << 1) ^ (n >> 63));
  }

  /**
   * Writes a zigzag-encoded value as a varint: a small loop the JIT inlines, one byte for lengths,
   * counts and indexes below 64 (Avro's own {@code encodeLong} is unrolled for every size and
   * too large to inline in the codecs' hot loops).
   */
  private void writeVarint(long zigzag) {
    ensure(10);
    byte[] b = buf;
    int p = pos;
    long z = zigzag;
    while ((z & ~0x7FL) != 0) {
      b[p++] = (byte) ((z & 0x7F) | 0x80);
      z >>>= 7;
    }
    b[p++] = (byte) z;
    pos = p;
  }

  @Override
  public void writeFloat(float f) {
    ensure(4);
    pos = BinaryData.encodeFloat(f, buf, pos) + pos;
  }

  @Override
  public void writeDouble(double d) {
    ensure(8);
    pos = BinaryData.encodeDouble(d, buf, pos) + pos;
  }

  @Override
  public void writeFixed(byte[] bytes, int start, int len) {
    writeRaw(bytes, start, len);
  }

  @Override
  public void writeFixed(ByteBuffer bytes) {
    int len = bytes.remaining();
    ensure(len);
    bytes.duplicate().get(buf, pos, len);
    pos += len;
  }

  @Override
  public void writeBytes(ByteBuffer bytes) {
    writeLong(bytes.remaining());
    writeFixed(bytes);
  }

  @Override
  public void writeBytes(byte[] bytes, int start, int len) {
    writeLong(len);
    writeRaw(bytes, start, len);
  }

  /**
   * Writes {@code v} as an Avro {@code bytes} value holding its minimal two's-complement big-endian
   * form: the bytes of {@code BigInteger.valueOf(v).toByteArray()} (1 to 8 of them), without
   * allocating.
   */
  public void writeTwosComplement(long v) {
    int bits = 64 - Long.numberOfLeadingZeros(v < 0 ? ~v : v);
    int n = bits / 8 + 1; // a sign bit more than the value's bits: 1 to 8 bytes
    ensure(n + 1);
    byte[] b = buf;
    int p = pos;
    b[p++] = (byte) (n << 1); // the zigzag varint of a length below 64
    for (int shift = (n - 1) * 8; shift >= 0; shift -= 8) {
      b[p++] = (byte) (v >>> shift);
    }
    pos = p;
  }

  @Override
  protected void writeZero() {
    ensure(1);
    buf[pos++] = 0;
  }

  @Override
  public int bytesBuffered() {
    return 0;
  }

  /**
   * Writes a string as Avro does ({@code String.getBytes(UTF_8)}: an unpaired surrogate becomes
   * {@code '?'}), encoding straight into the buffer.
   */
  @Override
  public void writeString(String s) {
    int chars = s.length();
    if (chars == 0) {
      writeZero();
      return;
    }
    if (!writeAscii(s, chars)) {
      writeUtf8(s, chars);
    }
  }

  /** The general case, kept out of {@link #writeString(String)} so that one stays small to inline. */
  private void writeUtf8(String s, int chars) {
    int utf8 = utf8Length(s, chars);
    writeLong(utf8);
    ensure(utf8);
    byte[] b = buf;
    int p = pos;
    int i = 0;
    // ASCII fast path
    for (; i < chars; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        break;
      }
      b[p++] = (byte) c;
    }
    for (; i < chars; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        int cp = codePointAt(s, i, chars);
        if (cp < 0) {
          b[p++] = '?';
        } else {
          b[p++] = (byte) (0xF0 | (cp >> 18));
          b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          b[p++] = (byte) (0x80 | (cp & 0x3F));
          i++;
        }
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    pos = p;
  }

  /**
   * Writes {@code s} in one pass when every char is ASCII (then the UTF-8 length is the char
   * count); returns false, having written nothing, at the first other char.
   */
  private boolean writeAscii(String s, int chars) {
    if (chars > MAX_ARRAY - 5) {
      return false;
    }
    ensure(chars + 5);
    byte[] b = buf;
    int start = pos;
    int p;
    if (chars < 64) {
      b[start] = (byte) (chars << 1);
      p = start + 1;
    } else {
      p = BinaryData.encodeLong(chars, b, start) + start;
    }
    for (int i = 0; i < chars; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      b[p + i] = (byte) c;
    }
    pos = p + chars;
    return true;
  }

  @Override
  public void writeString(CharSequence s) {
    writeString(s.toString());
  }

  private static int utf8Length(String s, int chars) {
    int n = chars;
    for (int i = 0; i < chars; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          n += 1;
        } else if (Character.isSurrogate(c)) {
          if (codePointAt(s, i, chars) >= 0) {
            n += 2; // 4 bytes for two chars
            i++;
          }
          // an unpaired surrogate is one '?' byte
        } else {
          n += 2;
        }
      }
    }
    return n;
  }

  /** The code point of a valid surrogate pair at {@code i}, or -1 for an unpaired surrogate. */
  private static int codePointAt(String s, int i, int chars) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < chars) {
      char d = s.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return -1;
  }
}
