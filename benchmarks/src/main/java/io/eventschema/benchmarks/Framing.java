package io.eventschema.benchmarks;

import java.io.IOException;

/** Confluent's 5-byte header on the read side of the Avro paths. */
final class Framing {
  static final int HEADER = 5;

  private Framing() {}

  /** Checks the magic byte and the schema id, as a Confluent deserializer does. */
  static void check(byte[] bytes, int expectedId) throws IOException {
    if (bytes.length < HEADER || bytes[0] != 0) {
      throw new IOException("not a framed Avro message");
    }
    int id = ((bytes[1] & 0xff) << 24) | ((bytes[2] & 0xff) << 16) | ((bytes[3] & 0xff) << 8)
        | (bytes[4] & 0xff);
    if (id != expectedId) {
      throw new IOException("unexpected schema id " + id);
    }
  }
}
