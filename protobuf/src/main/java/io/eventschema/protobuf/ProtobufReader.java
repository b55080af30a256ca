package io.eventschema.protobuf;

import com.google.protobuf.WireFormat;
import io.eventschema.codec.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the generated Protobuf codecs read with: a decoder of the Protobuf wire format over one
 * payload's bytes, with every failure a {@link ProtobufDataException} naming the field (its path
 * from the event, {@code items[2].quantity}), and the per-message bounds of every format:
 * {@code eventschema.max.depth} nested records and {@code eventschema.max.items} repeated items
 * and map entries in all.
 *
 * <p>It reads what protobuf-java's {@code CodedInputStream} reads, the same way (varints of up to
 * ten bytes, an int32 the low 32 bits of its varint, strings required to be UTF-8, every read
 * bounded by the end of the message it is in), but over the array itself: one reader per thread
 * serves every payload, where {@code CodedInputStream.newInstance} is a new decoder per payload,
 * and nested messages are a saved end offset, not protobuf-java's limit bookkeeping.
 * {@code ProtobufReaderMalformedTest} and the DynamicMessage oracle tests hold it to that.
 *
 * <p>The codecs' read loop is {@code for (int tag = in.next(); tag != 0; tag = in.next())}, a
 * {@code switch} on the field number calling the typed method with the tag (which checks the wire
 * type), and {@link #skip} for the numbers they do not know. Not thread-safe: one per thread,
 * {@link #reset} per payload.
 */
public final class ProtobufReader {
  /** The key and default every format's reader uses ({@link Limits}). */
  public static final String MAX_DEPTH_CONFIG = Limits.MAX_DEPTH_CONFIG;
  public static final int DEFAULT_MAX_DEPTH = Limits.DEFAULT_MAX_DEPTH;
  /** The key and default every format's reader uses ({@link Limits}). */
  public static final String MAX_ITEMS_CONFIG = Limits.MAX_ITEMS_CONFIG;
  public static final long DEFAULT_MAX_ITEMS = Limits.DEFAULT_MAX_ITEMS;

  private static final byte[] NONE = new byte[0];
  private static final int VARINT = WireFormat.WIRETYPE_VARINT;
  private static final int FIXED64 = WireFormat.WIRETYPE_FIXED64;
  private static final int LEN = WireFormat.WIRETYPE_LENGTH_DELIMITED;
  private static final int FIXED32 = WireFormat.WIRETYPE_FIXED32;

  private final int maxDepth;
  private final long maxItems;
  private byte[] buf = NONE;
  /** The next byte to read. */
  private int pos;
  /** The end of the message (or packed run) being read: no read goes past it. */
  private int end;
  /** The tag {@link #skip} is skipping, for the name of its errors ({@code #9}). */
  private int skipping;
  /** The field names of the records entered, by depth (index 0 unused: the event). */
  private String[] path = new String[16];
  /** The list index of each record entered, by depth; -1 for a record that is no list item. */
  private int[] index = new int[16];
  private int depth;
  private long items;

  public ProtobufReader() {
    this(DEFAULT_MAX_ITEMS, DEFAULT_MAX_DEPTH);
  }

  public ProtobufReader(long maxItems, int maxDepth) {
    this.maxItems = maxItems;
    this.maxDepth = maxDepth;
  }

  /** Starts reading one message of {@code length} bytes at {@code offset}. */
  public ProtobufReader reset(byte[] data, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, data.length);
    buf = data;
    pos = offset;
    end = offset + length;
    depth = 0;
    items = 0;
    return this;
  }

  /** The next field's tag in the current message, or 0 at its end. */
  public int next() throws IOException {
    int p = pos;
    if (p == end) {
      return 0;
    }
    int tag = buf[p];
    if (tag >= 0) {
      pos = p + 1; // fields 1 to 15: a one-byte tag
    } else {
      tag = (int) varint("");
    }
    if (tag >>> 3 == 0) {
      throw error("", "bad field tag: " + tag + " names field number 0");
    }
    return tag;
  }

  /** Skips a field the codec does not know (a newer writer's); groups are refused. */
  public void skip(int tag) throws IOException {
    skipping = tag;
    switch (tag & 7) {
      case VARINT -> varint(null);
      case FIXED64 -> take(8, null);
      case LEN -> take(length(null), null);
      case FIXED32 -> take(4, null);
      case WireFormat.WIRETYPE_START_GROUP, WireFormat.WIRETYPE_END_GROUP ->
          throw error(null, "groups (wire type " + (tag & 7) + ") are not supported");
      default -> throw error(null, "invalid wire type " + (tag & 7));
    }
  }

  public int int32(int tag, String field) throws IOException {
    expect(tag, VARINT, field);
    return (int) varint(field);
  }

  /**
   * An int32 member {@code part} of field {@code field}'s value (a well-known message's:
   * {@code timestamp.nanos}); the name is put together only for an error.
   */
  public int int32(int tag, String field, String part) throws IOException {
    return (int) int64(tag, field, part);
  }

  /** An int64 member {@code part} of field {@code field}'s value: {@code timestamp.seconds}. */
  public long int64(int tag, String field, String part) throws IOException {
    if ((tag & 7) != VARINT) {
      expect(tag, VARINT, field + "." + part);
    }
    int p = pos;
    if (p < end && buf[p] >= 0) {
      pos = p + 1;
      return buf[p];
    }
    try {
      return varint(field);
    } catch (ProtobufDataException e) {
      throw error(field + "." + part, e.reason(), e.getCause());
    }
  }

  public long int64(int tag, String field) throws IOException {
    expect(tag, VARINT, field);
    return varint(field);
  }

  public boolean bool(int tag, String field) throws IOException {
    expect(tag, VARINT, field);
    return varint(field) != 0;
  }

  public float float32(int tag, String field) throws IOException {
    expect(tag, FIXED32, field);
    return Float.intBitsToFloat(fixed32(field));
  }

  public double float64(int tag, String field) throws IOException {
    expect(tag, FIXED64, field);
    return Double.longBitsToDouble(fixed64(field));
  }

  /** A proto3 {@code string}: valid UTF-8 required. */
  public String string(int tag, String field) throws IOException {
    expect(tag, LEN, field);
    int length = length(field);
    if (length == 0) {
      return "";
    }
    int p = pos;
    // an ASCII string is a copy of its bytes here (the JDK checks for them first); anything the
    // decoder had to replace is U+FFFD, which valid UTF-8 may hold too: then compare bytes
    String value = new String(buf, p, length, StandardCharsets.UTF_8);
    pos = p + length;
    if (value.indexOf('\uFFFD') >= 0) {
      byte[] again = value.getBytes(StandardCharsets.UTF_8);
      if (!Arrays.equals(again, 0, again.length, buf, p, p + length)) {
        throw error(field, "not valid UTF-8 (a proto3 string must be)");
      }
    }
    return value;
  }

  /** Where the reader is, for {@link #rewind}. */
  int mark() {
    return pos;
  }

  /** Goes back to {@code mark} in the same message, to read a field again another way. */
  void rewind(int mark) {
    pos = mark;
  }

  /**
   * The string field of a decimal (its wire type checked) as its unscaled value at {@code scale},
   * when it is the plain text {@code -?[0-9]+(.[0-9]+)?} of at most 18 digits (and at most the
   * {@code precision + 1 + scale} the text path allows) and at most {@code scale} of them after
   * the point; else {@code Long.MIN_VALUE} (the caller rewinds and reads the text).
   */
  long plainDecimal(int tag, String field, int precision, int scale) throws IOException {
    expect(tag, LEN, field);
    int length = length(field);
    int at = pos;
    int stop = at + length;
    pos = stop;
    boolean negative = at < stop && buf[at] == '-';
    if (negative) {
      at++;
    }
    long digits = 0;
    int count = 0;
    int most = Math.min(18, precision + 1 + scale);
    int fraction = -1;
    for (; at < stop; at++) {
      int c = buf[at];
      if (c >= '0' && c <= '9') {
        if (++count > most) {
          return Long.MIN_VALUE;
        }
        digits = digits * 10 + (c - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0 && count > 0) {
        fraction = 0;
      } else {
        return Long.MIN_VALUE;
      }
    }
    if (count == 0 || fraction == 0) {
      return Long.MIN_VALUE; // empty, "-" or "5.": the text path decides
    }
    return ProtobufCodecs.rescaled(negative ? -digits : digits, Math.max(fraction, 0), scale);
  }

  public byte[] bytes(int tag, String field) throws IOException {
    expect(tag, LEN, field);
    int length = length(field);
    int p = pos;
    pos = p + length;
    return Arrays.copyOfRange(buf, p, p + length);
  }

  /** Repeated int32 (also enums), packed or not. */
  public void int32s(int tag, String field, List<Integer> into) throws IOException {
    repeated(tag, field, into, VARINT, ProtobufReader::int32Value);
  }

  /** Repeated int64, packed or not. */
  public void int64s(int tag, String field, List<Long> into) throws IOException {
    repeated(tag, field, into, VARINT, ProtobufReader::int64Value);
  }

  /** Repeated bool, packed or not. */
  public void bools(int tag, String field, List<Boolean> into) throws IOException {
    repeated(tag, field, into, VARINT, ProtobufReader::boolValue);
  }

  /** Repeated float, packed or not. */
  public void float32s(int tag, String field, List<Float> into) throws IOException {
    repeated(tag, field, into, FIXED32, ProtobufReader::float32Value);
  }

  /** Repeated double, packed or not. */
  public void float64s(int tag, String field, List<Double> into) throws IOException {
    repeated(tag, field, into, FIXED64, ProtobufReader::float64Value);
  }

  /**
   * Starts a packed run of repeated scalars (the tag's wire type is length-delimited): read its
   * elements with the {@code ...Value} methods while {@link #more()}, then
   * {@link #exitValue(int)} with what this returned.
   */
  public int packed(int tag, String field) throws IOException {
    return enterValue(tag, field);
  }

  /** True while the current packed run (or message) has bytes left. */
  public boolean more() {
    return pos < end;
  }

  /** One int32 (or enum number) of a packed run. */
  public int int32Value(String field) throws IOException {
    return (int) varint(field);
  }

  /** One int64 of a packed run. */
  public long int64Value(String field) throws IOException {
    return varint(field);
  }

  /** One bool of a packed run. */
  public boolean boolValue(String field) throws IOException {
    return varint(field) != 0;
  }

  /** One float of a packed run. */
  public float float32Value(String field) throws IOException {
    return Float.intBitsToFloat(fixed32(field));
  }

  /** One double of a packed run. */
  public double float64Value(String field) throws IOException {
    return Double.longBitsToDouble(fixed64(field));
  }

  /** One scalar of a repeated field. */
  private interface Element<V> {
    V read(ProtobufReader in, String field) throws IOException;
  }

  /** A repeated scalar: one element ({@code wireType}) or a packed run of them (LEN). */
  private <V> void repeated(int tag, String field, List<V> into, int wireType,
      Element<V> element) throws IOException {
    if ((tag & 7) != LEN) {
      expect(tag, wireType, field);
      item(field);
      into.add(element.read(this, field));
      return;
    }
    int saved = enterValue(tag, field);
    while (pos < end) {
      item(field);
      into.add(element.read(this, field));
    }
    exitValue(saved);
  }

  // ------------------------------------------------------------------ the wire

  /** A varint of up to ten bytes (the bits past 64 dropped, as protobuf-java drops them). */
  private long varint(String field) throws ProtobufDataException {
    int p = pos;
    int e = end;
    byte[] b = buf;
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p == e) {
        throw error(field, "truncated: the message ends inside a varint");
      }
      byte x = b[p++];
      value |= (long) (x & 0x7f) << shift;
      if (x >= 0) {
        pos = p;
        return value;
      }
    }
    throw error(field, "malformed varint: more than ten bytes");
  }

  /**
   * A length prefix: at most the bytes left in the current message. Its varint is read as
   * protobuf-java reads it, as an int32 (the low 32 bits), so both accept the same lengths.
   */
  private int length(String field) throws ProtobufDataException {
    int p = pos;
    int length;
    if (p < end && buf[p] >= 0) {
      pos = p + 1;
      length = buf[p];
    } else {
      length = (int) varint(field);
    }
    if (length < 0 || length > end - pos) {
      throw error(field, "truncated: a length of " + length + " with " + (end - pos)
          + " bytes left in the message");
    }
    return length;
  }

  /** Skips {@code count} bytes of the current message. */
  private void take(int count, String field) throws ProtobufDataException {
    if (count > end - pos) {
      throw error(field, "truncated: " + count + " bytes needed, " + (end - pos) + " left");
    }
    pos += count;
  }

  private int fixed32(String field) throws ProtobufDataException {
    int p = pos;
    take(4, field);
    byte[] b = buf;
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16
        | (b[p + 3] & 0xff) << 24;
  }

  private long fixed64(String field) throws ProtobufDataException {
    int p = pos;
    take(8, field);
    byte[] b = buf;
    return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16
        | (b[p + 3] & 0xffL) << 24 | (b[p + 4] & 0xffL) << 32 | (b[p + 5] & 0xffL) << 40
        | (b[p + 6] & 0xffL) << 48 | (b[p + 7] & 0xffL) << 56;
  }

  /**
   * Enters the nested record message of field {@code field}: counted against
   * {@code eventschema.max.depth}. Read its fields with {@link #next} until 0, then
   * {@link #exit(int)} with what this returned.
   */
  public int enter(int tag, String field) throws IOException {
    return enter(tag, field, -1);
  }

  /**
   * {@link #enter(int, String)} for item {@code item} (from 0) of a repeated field: errors inside
   * name it {@code items[3].sku}; -1 for a record that is no list item.
   */
  public int enter(int tag, String field, int item) throws IOException {
    int saved = enterValue(tag, field);
    if (depth + 1 > maxDepth) {
      throw error(field, "records nested more than " + maxDepth + " deep ("
          + MAX_DEPTH_CONFIG + ")");
    }
    depth++;
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
      index = Arrays.copyOf(index, depth * 2);
    }
    path[depth] = field;
    index[depth] = item;
    return saved;
  }

  /** Leaves a record message entered with {@link #enter}. */
  public void exit(int saved) {
    depth--;
    exitValue(saved);
  }

  /**
   * Enters a message that is part of a field's value rather than a record (a map entry, a
   * {@code google.protobuf.Timestamp}, a sealed interface's {@code oneof} wrapper): not counted as
   * depth. Leave it with {@link #exitValue(int)}.
   */
  public int enterValue(int tag, String field) throws IOException {
    expect(tag, LEN, field);
    int length = length(field);
    int saved = end;
    end = pos + length;
    return saved;
  }

  /** Leaves a message entered with {@link #enterValue}, past any of it not read. */
  public void exitValue(int saved) {
    pos = end;
    end = saved;
  }

  /** Counts one repeated item or map entry of {@code field} against {@code eventschema.max.items}. */
  public void item(String field) throws ProtobufDataException {
    if (++items > maxItems) {
      throw error(field, "more than " + maxItems + " items and map entries in one payload ("
          + MAX_ITEMS_CONFIG + ")");
    }
  }

  /** The error for a record field the message does not hold. */
  public ProtobufDataException missing(String field) {
    return error(field, "missing: the message has no value for this record field");
  }

  /** An error about {@code field} of the current message, with the path of the records entered. */
  public ProtobufDataException error(String field, String message) {
    return error(field, message, null);
  }

  /** An error about {@code field} (null: the field {@link #skip} is skipping), with its cause. */
  public ProtobufDataException error(String field, String message, Throwable cause) {
    if (field == null) {
      field = "#" + (skipping >>> 3);
    }
    StringBuilder where = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      where.append(path[i]);
      if (index[i] >= 0) {
        where.append('[').append(index[i]).append(']');
      }
      where.append('.');
    }
    if (field.isEmpty() && where.length() > 0) {
      where.setLength(where.length() - 1);
    } else {
      where.append(field);
    }
    return new ProtobufDataException(where.toString(), message, cause);
  }

  private void expect(int tag, int wireType, String field) throws ProtobufDataException {
    int actual = tag & 7;
    if (actual != wireType) {
      throw error(field, "wire type " + actual + " (" + wireName(actual) + "), but the field is "
          + wireName(wireType));
    }
  }

  private static String wireName(int type) {
    return switch (type) {
      case WireFormat.WIRETYPE_VARINT -> "varint";
      case WireFormat.WIRETYPE_FIXED64 -> "64-bit";
      case WireFormat.WIRETYPE_LENGTH_DELIMITED -> "length-delimited";
      case WireFormat.WIRETYPE_START_GROUP -> "start group";
      case WireFormat.WIRETYPE_END_GROUP -> "end group";
      case WireFormat.WIRETYPE_FIXED32 -> "32-bit";
      default -> "invalid";
    };
  }
}
