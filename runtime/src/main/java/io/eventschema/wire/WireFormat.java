package io.eventschema.wire;

/**
 * Confluent's wire format: magic byte {@code 0}, the schema id as a 4-byte big-endian int, then the
 * Avro binary body. Readable by every Confluent-compatible consumer, in any language.
 */
public final class WireFormat {
  public static final byte MAGIC_BYTE = 0;
  public static final int HEADER_SIZE = 5;

  private WireFormat() {}

  /** Reads the schema id of a framed payload; the caller has checked the size and magic byte. */
  public static int schemaId(byte[] payload, int offset) {
    return ((payload[offset + 1] & 0xff) << 24)
        | ((payload[offset + 2] & 0xff) << 16)
        | ((payload[offset + 3] & 0xff) << 8)
        | (payload[offset + 4] & 0xff);
  }

  /**
   * Why {@code payload} is not a framed message, or null if its header is well formed.
   */
  public static String headerProblem(byte[] payload, int offset, int length) {
    if (length < HEADER_SIZE) {
      return "payload of " + length + " byte(s) is shorter than the 5-byte header"
          + " (magic byte and schema id)";
    }
    if (payload[offset] != MAGIC_BYTE) {
      return "unknown magic byte " + (payload[offset] & 0xff)
          + " (expected 0: was this written by a Confluent-compatible Avro serializer?)";
    }
    return null;
  }
}
