package io.eventschema.benchmarks;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array as an {@link OutputStream}, without {@code ByteArrayOutputStream}'s
 * synchronized methods: the best stream to put under Avro's {@code DirectBinaryEncoder}, so the
 * Avro paths are measured at their best. Writes the Confluent header too.
 */
final class ByteSink extends OutputStream {
  private byte[] buf = new byte[256];
  private int pos;

  ByteSink reset() {
    pos = 0;
    return this;
  }

  /** Magic byte 0 and the schema id, big-endian. */
  ByteSink header(int schemaId) {
    ensure(5);
    buf[0] = 0;
    buf[1] = (byte) (schemaId >>> 24);
    buf[2] = (byte) (schemaId >>> 16);
    buf[3] = (byte) (schemaId >>> 8);
    buf[4] = (byte) schemaId;
    pos = 5;
    return this;
  }

  @Override
  public void write(int b) {
    ensure(1);
    buf[pos++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, pos, len);
    pos += len;
  }

  private void ensure(int n) {
    if (buf.length - pos < n) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
    }
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }
}
