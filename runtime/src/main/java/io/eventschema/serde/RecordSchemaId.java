package io.eventschema.serde;

import io.eventschema.registry.SchemaIdHeaders;
import io.eventschema.wire.WireFormat;
import org.apache.kafka.common.header.Headers;

/**
 * Where a record's schema id is: in the schema id header (when the deserializer reads it and the
 * record has one; the body then starts at byte 0) or in Confluent's 5-byte prefix (the body starts
 * after it). Shared by {@link AbstractEventDeserializer} and {@link EventsDeserializer}; the
 * result is packed in a {@code long} so the hot path allocates nothing.
 */
final class RecordSchemaId {
  private RecordSchemaId() {}

  /**
   * The schema id (low 32 bits) and where the body starts (high 32 bits).
   *
   * @throws EventFormat.MalformedPayloadException if the header is malformed, or, without one,
   *     the prefix is missing or wrong
   */
  static long locate(byte[] data, Headers headers, boolean readHeader, boolean isKey) {
    Integer headerId;
    try {
      headerId = readHeader ? SchemaIdHeaders.read(headers, isKey) : null;
    } catch (IllegalArgumentException e) {
      throw new EventFormat.MalformedPayloadException(e.getMessage());
    }
    if (headerId != null) {
      return headerId & 0xffffffffL;
    }
    String problem = WireFormat.headerProblem(data, 0, data.length);
    if (problem != null) {
      throw new EventFormat.MalformedPayloadException(problem);
    }
    return ((long) WireFormat.HEADER_SIZE << 32) | (WireFormat.schemaId(data, 0) & 0xffffffffL);
  }

  /** The schema id of a {@link #locate} result. */
  static int id(long located) {
    return (int) located;
  }

  /** True if the id came in the 5-byte prefix, false if in a record header. */
  static boolean prefixed(long located) {
    return bodyStart(located) != 0;
  }

  /** Where the body starts, of a {@link #locate} result: 0 or {@link WireFormat#HEADER_SIZE}. */
  static int bodyStart(long located) {
    return (int) (located >>> 32);
  }
}
