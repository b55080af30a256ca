package io.eventschema.registry;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Confluent's schema id in a record header instead of the payload prefix: header
 * {@code __key_schema_id} or {@code __value_schema_id}. Its value starts with a format byte:
 * {@code 0x00} then the 4-byte big-endian schema id (what eventschema writes: every registry has
 * ids), or {@code 0x01} then a 16-byte schema GUID (what Confluent's HeaderSchemaIdSerializer
 * writes against Confluent Schema Registry 8+, which assigns GUIDs). Confluent's
 * DualSchemaIdDeserializer reads both forms from the header.
 */
public final class SchemaIdHeaders {
  public static final String KEY_SCHEMA_ID_HEADER = "__key_schema_id";
  public static final String VALUE_SCHEMA_ID_HEADER = "__value_schema_id";
  public static final byte ID_FORMAT = 0x00;
  public static final byte GUID_FORMAT = 0x01;

  private SchemaIdHeaders() {}

  public static String name(boolean isKey) {
    return isKey ? KEY_SCHEMA_ID_HEADER : VALUE_SCHEMA_ID_HEADER;
  }

  /** The header value for schema id {@code id}: {@code 0x00} and the id, big-endian. */
  public static byte[] value(int id) {
    return new byte[] {ID_FORMAT, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8),
        (byte) id};
  }

  /** Replaces any schema id header of keys or values in {@code headers} with {@code id}. */
  public static void write(Headers headers, boolean isKey, int id) {
    String name = name(isKey);
    headers.remove(name);
    headers.add(name, value(id));
  }

  /**
   * The schema id in the last key or value schema id header, or null when there is none.
   *
   * @throws IllegalArgumentException when the header is there but holds no id this client can use
   */
  public static Integer read(Headers headers, boolean isKey) {
    if (headers == null) {
      return null;
    }
    Header header = headers.lastHeader(name(isKey));
    if (header == null || header.value() == null) {
      return null;
    }
    byte[] v = header.value();
    if (v.length == 0) {
      throw new IllegalArgumentException("header " + name(isKey) + " is empty");
    }
    if (v[0] == ID_FORMAT) {
      if (v.length != 5) {
        throw new IllegalArgumentException("header " + name(isKey) + " has " + v.length
            + " byte(s); a schema id header is 5 (0x00 and a 4-byte id)");
      }
      return ((v[1] & 0xff) << 24) | ((v[2] & 0xff) << 16) | ((v[3] & 0xff) << 8) | (v[4] & 0xff);
    }
    if (v[0] == GUID_FORMAT) {
      throw new IllegalArgumentException("header " + name(isKey) + " holds a schema GUID"
          + " (format byte 1), which only Confluent Schema Registry 8+ assigns; eventschema"
          + " resolves schema ids: have the producer write ids (format byte 0) or the payload"
          + " prefix");
    }
    throw new IllegalArgumentException("header " + name(isKey) + " starts with unknown format"
        + " byte " + (v[0] & 0xff) + " (expected 0: schema id, or 1: schema GUID)");
  }
}
