package io.eventschema.processor.testing;

import java.io.ByteArrayOutputStream;

/** Hand-made Avro binary for hostile-payload tests: zig-zag varints and Confluent's prefix. */
public final class WireBytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Starts a payload with the magic byte and schema id {@code id}. */
  public static WireBytes prefixed(int id) {
    WireBytes w = new WireBytes();
    w.out.write(0);
    w.out.write(id >>> 24);
    w.out.write(id >>> 16);
    w.out.write(id >>> 8);
    w.out.write(id);
    return w;
  }

  /** Starts a bare Avro body. */
  public static WireBytes bare() {
    return new WireBytes();
  }

  /** Appends an Avro long (an int, a count, a union index, a length). */
  public WireBytes varint(long value) {
    long n = (value << 1) ^ (value >> 63);
    while ((n & ~0x7FL) != 0) {
      out.write((int) ((n & 0x7F) | 0x80));
      n >>>= 7;
    }
    out.write((int) n);
    return this;
  }

  /** Appends {@code times} copies of {@code bytes}. */
  public WireBytes repeat(int times, int... bytes) {
    for (int i = 0; i < times; i++) {
      for (int b : bytes) {
        out.write(b);
      }
    }
    return this;
  }

  public int size() {
    return out.size();
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  /** The schema id in the prefix of {@code payload}. */
  public static int schemaId(byte[] payload) {
    return ((payload[1] & 0xff) << 24) | ((payload[2] & 0xff) << 16) | ((payload[3] & 0xff) << 8)
        | (payload[4] & 0xff);
  }
}
