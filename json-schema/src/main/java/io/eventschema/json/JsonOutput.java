package io.eventschema.json;

import io.eventschema.wire.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The JSON writer generated codecs write with: compact UTF-8 JSON straight into a growable byte
 * array, byte for byte what jackson-core's {@code JsonGenerator} from a default
 * {@code JsonFactory} writes for the same calls (same escaping, same number and base64 forms), but
 * without its per-token context checks, its own buffer and the copy out of it.
 *
 * <p>It checks no structure: the generated code is correct by construction (a start for every
 * end, a name before every value in an object). The one state it keeps is whether the next token
 * needs a comma. Nesting is bounded as jackson-core's writer bounds it (1000 levels of objects and
 * arrays), so a value nested without end fails with an {@link IllegalArgumentException} before
 * the stack does. Not thread-safe: one per thread (the serializer keeps one per thread and reuses
 * it for every message).
 */
public final class JsonOutput {
  /** jackson-core's default {@code StreamWriteConstraints} maximum nesting depth. */
  static final int MAX_DEPTH = 1000;
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
          .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] LONG_MIN = "-9223372036854775808".getBytes(StandardCharsets.US_ASCII);

  /**
   * For each ASCII character: 0 if written as is, else the letter of its short escape
   * ({@code \n}), or {@code 'u'} for the six-character <code>&#92;u00XX</code> form: Jackson's
   * standard escapes.
   */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\f'] = 'f';
    ESCAPES['\n'] = 'n';
    ESCAPES['\r'] = 'r';
  }

  byte[] buf;
  int pos;
  /** Whether a value was written at this level since its start: the next token takes a comma. */
  private boolean comma;
  private int depth;

  public JsonOutput() {
    this(256);
  }

  JsonOutput(int capacity) {
    buf = new byte[capacity];
  }

  /** Empties the output for the next message. */
  public void reset() {
    pos = 0;
    comma = false;
    depth = 0;
  }

  /** What was written so far: a copy. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /** The number of bytes written so far. */
  public int size() {
    return pos;
  }

  /** Confluent's 5-byte prefix (magic byte, schema id), before the JSON. */
  void header(int schemaId) {
    ensure(5);
    byte[] b = buf;
    b[pos] = WireFormat.MAGIC_BYTE;
    b[pos + 1] = (byte) (schemaId >>> 24);
    b[pos + 2] = (byte) (schemaId >>> 16);
    b[pos + 3] = (byte) (schemaId >>> 8);
    b[pos + 4] = (byte) schemaId;
    pos += 5;
  }

  /** Drops a buffer grown past {@code max} bytes, so that one huge message is not kept. */
  void trim(int max) {
    if (buf.length > max) {
      buf = new byte[256];
    }
  }

  // ---------------------------------------------------------------------------- structure

  public void writeStartObject() {
    start((byte) '{');
  }

  public void writeEndObject() {
    end((byte) '}');
  }

  public void writeStartArray() {
    start((byte) '[');
  }

  public void writeEndArray() {
    end((byte) ']');
  }

  private void start(byte b) {
    if (++depth > MAX_DEPTH) {
      throw new IllegalArgumentException("the value nests deeper than " + MAX_DEPTH
          + " JSON objects and arrays");
    }
    ensure(2);
    if (comma) {
      buf[pos++] = ',';
    }
    buf[pos++] = b;
    comma = false;
  }

  private void end(byte b) {
    depth--;
    ensure(1);
    buf[pos++] = b;
    comma = true;
  }

  /** A property name of the record's own, encoded once. */
  public void writeFieldName(JsonName name) {
    byte[] b = name.bytes;
    ensure(b.length + 1);
    byte[] out = buf;
    int p = pos;
    if (comma) {
      out[p++] = ',';
    }
    System.arraycopy(b, 0, out, p, b.length);
    pos = p + b.length;
    comma = false;
  }

  /** A map key: escaped as a string value is. */
  public void writeFieldName(String name) {
    writeString(name);
    ensure(1);
    buf[pos++] = ':';
    comma = false;
  }

  // ------------------------------------------------------------------------------- values

  public void writeNull() {
    literal(NULL);
  }

  public void writeBoolean(boolean value) {
    literal(value ? TRUE : FALSE);
  }

  private void literal(byte[] b) {
    int p = beginValue(b.length);
    System.arraycopy(b, 0, buf, p, b.length);
    pos = p + b.length;
  }

  public void writeNumber(int value) {
    writeNumber((long) value);
  }

  public void writeNumber(long value) {
    int p = beginValue(20);
    byte[] b = buf;
    long v = value;
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        System.arraycopy(LONG_MIN, 0, b, p, LONG_MIN.length);
        pos = p + LONG_MIN.length;
        return;
      }
      b[p++] = '-';
      v = -v;
    }
    int end = p + digitCount(v);
    int at = end;
    while (v >= 10) {
      long q = v / 10;
      b[--at] = (byte) ('0' + (int) (v - q * 10));
      v = q;
    }
    b[--at] = (byte) ('0' + (int) v);
    pos = end;
  }

  private static int digitCount(long v) {
    int n = 1;
    for (long limit = 10; n < 19 && v >= limit; limit *= 10) {
      n++;
    }
    return n;
  }

  /**
   * {@link Double#toString(double)}, as jackson-core writes it; NaN and the infinities as the
   * strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} (its
   * {@code QUOTE_NON_NUMERIC_NUMBERS} default).
   */
  public void writeNumber(double value) {
    ascii(Double.toString(value), !Double.isFinite(value));
  }

  /** {@link Float#toString(float)}, as {@link #writeNumber(double)} writes doubles. */
  public void writeNumber(float value) {
    ascii(Float.toString(value), !Float.isFinite(value));
  }

  /** A value of ASCII characters that need no escape, quoted or not. */
  private void ascii(String s, boolean quoted) {
    int len = s.length();
    int p = beginValue(len + 2);
    byte[] b = buf;
    if (quoted) {
      b[p++] = '"';
    }
    for (int i = 0; i < len; i++) {
      b[p++] = (byte) s.charAt(i);
    }
    if (quoted) {
      b[p++] = '"';
    }
    pos = p;
  }

  /**
   * A string: ASCII as is except {@code "} {@code \} and control characters (short escapes
   * where JSON has them, else <code>&#92;u00XX</code>), other characters as UTF-8, surrogates
   * (paired or not) each as a <code>&#92;uXXXX</code> escape: what jackson-core's UTF-8 generator
   * writes by default.
   */
  public void writeString(String value) {
    int len = value.length();
    int p = beginValue(len + 2);
    byte[] b = buf;
    b[p++] = '"';
    for (int i = 0; i < len; i++) {
      char c = value.charAt(i);
      if (c >= 0x80 || ESCAPES[c] != 0) {
        pos = p;
        escaped(value, i, len);
        ensure(1);
        buf[pos++] = '"';
        return;
      }
      b[p++] = (byte) c;
    }
    b[p] = '"';
    pos = p + 1;
  }

  /** The rest of a string from {@code i}, once a character needs more than one byte. */
  private void escaped(String value, int i, int len) {
    for (; i < len; i++) {
      ensure(6);
      byte[] b = buf;
      int p = pos;
      char c = value.charAt(i);
      if (c < 0x80) {
        byte e = ESCAPES[c];
        if (e == 0) {
          b[p++] = (byte) c;
        } else {
          b[p++] = '\\';
          b[p++] = e;
          if (e == 'u') {
            b[p++] = '0';
            b[p++] = '0';
            b[p++] = HEX[c >> 4];
            b[p++] = HEX[c & 0xf];
          }
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isSurrogate(c)) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[c >> 12];
        b[p++] = HEX[(c >> 8) & 0xf];
        b[p++] = HEX[(c >> 4) & 0xf];
        b[p++] = HEX[c & 0xf];
      } else {
        b[p++] = (byte) (0xe0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[p++] = (byte) (0x80 | (c & 0x3f));
      }
      pos = p;
    }
  }

  /** Base64 of {@code value} (standard alphabet, padded, no line feeds), as Jackson writes it. */
  public void writeBinary(byte[] value) {
    writeBinary(value, 0, value.length);
  }

  /** Base64 of {@code length} bytes of {@code value} from {@code offset}. */
  public void writeBinary(byte[] value, int offset, int length) {
    long size = (length + 2L) / 3 * 4 + 2;
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("the base64 of " + length + " bytes would be larger than"
          + " a Java array can hold");
    }
    int p = beginValue((int) size);
    byte[] b = buf;
    b[p++] = '"';
    int i = offset;
    int end = offset + length;
    for (; i + 2 < end; i += 3) {
      int bits = (value[i] & 0xff) << 16 | (value[i + 1] & 0xff) << 8 | (value[i + 2] & 0xff);
      b[p++] = BASE64[bits >>> 18];
      b[p++] = BASE64[(bits >>> 12) & 0x3f];
      b[p++] = BASE64[(bits >>> 6) & 0x3f];
      b[p++] = BASE64[bits & 0x3f];
    }
    int left = end - i;
    if (left > 0) {
      int bits = (value[i] & 0xff) << 16 | (left == 2 ? (value[i + 1] & 0xff) << 8 : 0);
      b[p++] = BASE64[bits >>> 18];
      b[p++] = BASE64[(bits >>> 12) & 0x3f];
      b[p++] = left == 2 ? BASE64[(bits >>> 6) & 0x3f] : (byte) '=';
      b[p++] = '=';
    }
    b[p++] = '"';
    pos = p;
  }

  // ------------------------------------------------------------------ for JsonWrite's helpers

  /**
   * Starts a value of at most {@code max} bytes: writes the comma if one is due, makes room, and
   * returns the position to write the value's bytes at; the caller sets {@link #pos} past them.
   */
  int beginValue(int max) {
    ensure(max + 1);
    int p = pos;
    if (comma) {
      buf[p++] = ',';
    }
    comma = true;
    return p;
  }

  private void ensure(int more) {
    if (pos + more > buf.length) {
      grow(more);
    }
  }

  private void grow(int more) {
    long wanted = Math.max((long) pos + more, (long) buf.length * 2);
    if (wanted > Integer.MAX_VALUE - 8) {
      if ((long) pos + more > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("the JSON would be larger than a Java array can hold");
      }
      wanted = Integer.MAX_VALUE - 8;
    }
    buf = Arrays.copyOf(buf, (int) wanted);
  }

  @Override
  public String toString() {
    return new String(buf, 0, pos, StandardCharsets.UTF_8);
  }
}
