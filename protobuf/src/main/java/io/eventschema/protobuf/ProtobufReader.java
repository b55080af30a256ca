package io.eventschema.protobuf;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import io.eventschema.codec.Limits;
import java.io.IOException;
import java.util.List;

/**
 * What the generated Protobuf codecs read with: protobuf-java's {@link CodedInputStream} over one
 * payload, with every failure a {@link ProtobufDataException} naming the field (its path from the
 * event, {@code items.quantity}), and the per-message bounds of every format:
 * {@code eventschema.max.depth} nested records and {@code eventschema.max.items} repeated items
 * and map entries in all.
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

  private final int maxDepth;
  private final long maxItems;
  private CodedInputStream in;
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
    in = CodedInputStream.newInstance(data, offset, length);
    depth = 0;
    items = 0;
    return this;
  }

  /** The next field's tag in the current message, or 0 at its end. */
  public int next() throws IOException {
    try {
      return in.readTag();
    } catch (InvalidProtocolBufferException e) {
      throw error("", "bad field tag: " + e.getMessage(), e);
    }
  }

  /** Skips a field the codec does not know (a newer writer's); groups are refused. */
  public void skip(int tag) throws IOException {
    int type = WireFormat.getTagWireType(tag);
    String field = "#" + WireFormat.getTagFieldNumber(tag);
    if (type == WireFormat.WIRETYPE_START_GROUP || type == WireFormat.WIRETYPE_END_GROUP) {
      throw error(field, "groups (wire type " + type + ") are not supported");
    }
    try {
      if (!in.skipField(tag)) {
        throw error(field, "unexpected end-group tag");
      }
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  public int int32(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_VARINT, field);
    try {
      return in.readInt32();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /**
   * An int32 member {@code part} of field {@code field}'s value (a well-known message's:
   * {@code timestamp.nanos}); the name is put together only for an error.
   */
  public int int32(int tag, String field, String part) throws IOException {
    if (WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_VARINT) {
      expect(tag, WireFormat.WIRETYPE_VARINT, field + "." + part);
    }
    try {
      return in.readInt32();
    } catch (InvalidProtocolBufferException e) {
      throw error(field + "." + part, e.getMessage(), e);
    }
  }

  /** An int64 member {@code part} of field {@code field}'s value: {@code timestamp.seconds}. */
  public long int64(int tag, String field, String part) throws IOException {
    if (WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_VARINT) {
      expect(tag, WireFormat.WIRETYPE_VARINT, field + "." + part);
    }
    try {
      return in.readInt64();
    } catch (InvalidProtocolBufferException e) {
      throw error(field + "." + part, e.getMessage(), e);
    }
  }

  public long int64(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_VARINT, field);
    try {
      return in.readInt64();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  public boolean bool(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_VARINT, field);
    try {
      return in.readBool();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  public float float32(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_FIXED32, field);
    try {
      return in.readFloat();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  public double float64(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_FIXED64, field);
    try {
      return in.readDouble();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** A proto3 {@code string}: valid UTF-8 required. */
  public String string(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, field);
    try {
      return in.readStringRequireUtf8();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  public byte[] bytes(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, field);
    try {
      return in.readByteArray();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** Repeated int32 (also enums), packed or not. */
  public void int32s(int tag, String field, List<Integer> into) throws IOException {
    repeated(tag, field, into, WireFormat.WIRETYPE_VARINT, CodedInputStream::readInt32);
  }

  /** Repeated int64, packed or not. */
  public void int64s(int tag, String field, List<Long> into) throws IOException {
    repeated(tag, field, into, WireFormat.WIRETYPE_VARINT, CodedInputStream::readInt64);
  }

  /** Repeated bool, packed or not. */
  public void bools(int tag, String field, List<Boolean> into) throws IOException {
    repeated(tag, field, into, WireFormat.WIRETYPE_VARINT, CodedInputStream::readBool);
  }

  /** Repeated float, packed or not. */
  public void float32s(int tag, String field, List<Float> into) throws IOException {
    repeated(tag, field, into, WireFormat.WIRETYPE_FIXED32, CodedInputStream::readFloat);
  }

  /** Repeated double, packed or not. */
  public void float64s(int tag, String field, List<Double> into) throws IOException {
    repeated(tag, field, into, WireFormat.WIRETYPE_FIXED64, CodedInputStream::readDouble);
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
  public boolean more() throws IOException {
    return !in.isAtEnd();
  }

  /** One int32 (or enum number) of a packed run. */
  public int int32Value(String field) throws IOException {
    try {
      return in.readInt32();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** One int64 of a packed run. */
  public long int64Value(String field) throws IOException {
    try {
      return in.readInt64();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** One bool of a packed run. */
  public boolean boolValue(String field) throws IOException {
    try {
      return in.readBool();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** One float of a packed run. */
  public float float32Value(String field) throws IOException {
    try {
      return in.readFloat();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** One double of a packed run. */
  public double float64Value(String field) throws IOException {
    try {
      return in.readDouble();
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** One scalar read from the stream. */
  private interface Element<V> {
    V read(CodedInputStream in) throws IOException;
  }

  /** A repeated scalar: one element ({@code wireType}) or a packed run of them (LEN). */
  private <V> void repeated(int tag, String field, List<V> into, int wireType,
      Element<V> element) throws IOException {
    int actual = WireFormat.getTagWireType(tag);
    if (actual != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
      expect(tag, wireType, field);
    }
    try {
      if (actual != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        item(field);
        into.add(element.read(in));
        return;
      }
      int length = in.readRawVarint32();
      if (length < 0) {
        throw error(field, "negative length " + length);
      }
      int saved = in.pushLimit(length);
      while (!in.isAtEnd()) {
        item(field);
        into.add(element.read(in));
      }
      in.popLimit(saved);
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
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
      path = java.util.Arrays.copyOf(path, depth * 2);
      index = java.util.Arrays.copyOf(index, depth * 2);
    }
    path[depth] = field;
    index[depth] = item;
    return saved;
  }

  /** Leaves a record message entered with {@link #enter}. */
  public void exit(int saved) {
    depth--;
    in.popLimit(saved);
  }

  /**
   * Enters a message that is part of a field's value rather than a record (a map entry, a
   * {@code google.protobuf.Timestamp}, a sealed interface's {@code oneof} wrapper): not counted as
   * depth. Leave it with {@link #exitValue(int)}.
   */
  public int enterValue(int tag, String field) throws IOException {
    expect(tag, WireFormat.WIRETYPE_LENGTH_DELIMITED, field);
    try {
      int length = in.readRawVarint32();
      if (length < 0) {
        throw error(field, "negative length " + length);
      }
      return in.pushLimit(length);
    } catch (InvalidProtocolBufferException e) {
      throw error(field, e.getMessage(), e);
    }
  }

  /** Leaves a message entered with {@link #enterValue}. */
  public void exitValue(int saved) {
    in.popLimit(saved);
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

  /** An error about {@code field}, with its cause. */
  public ProtobufDataException error(String field, String message, Throwable cause) {
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
    int actual = WireFormat.getTagWireType(tag);
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
