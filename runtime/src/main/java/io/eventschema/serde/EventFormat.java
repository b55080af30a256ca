package io.eventschema.serde;

import io.eventschema.registry.RegisteredSchema;
import java.io.IOException;
import java.util.Map;

/**
 * What one schema format (Avro, JSON Schema, Protobuf) gives the format-neutral serdes
 * ({@link AbstractEventSerializer}, {@link AbstractEventDeserializer}), which do the rest the same
 * way for every format: validation, subject naming, registration and id caching, the wire header
 * or header ids, error reporting. One instance belongs to one serializer or deserializer; it is
 * configured with it and then used from every thread.
 *
 * @param <T> the event type
 */
public interface EventFormat<T> {

  /** The event's record class. */
  Class<T> type();

  /** The schema's full name, {@code <namespace>.<Name>}: what the subject name strategies use. */
  String fullName();

  /** The registry's schema type: {@code AVRO}, {@code JSON} or {@code PROTOBUF}. */
  String schemaType();

  /** The schema text to register and look up. */
  String schemaText();

  /**
   * Reads the format's own settings from the serde's configuration; called by
   * {@code configure(...)} before any event. The default reads nothing.
   */
  default void configure(Map<String, ?> configs, boolean isKey) {}

  /**
   * Why {@code registered} would not write the same bytes as {@link #schemaText()} (for
   * {@code use.schema.id} and {@code use.latest.version} with their strict checks), or null if it
   * would.
   */
  String layoutDifference(RegisteredSchema registered);

  /**
   * The event encoded, preceded by Confluent's 5-byte header ({@code 0x00}, the big-endian id) when
   * {@code prefix} is set (else the schema id travels in a record header). A new array the caller
   * owns.
   *
   * @throws Exception anything the encoder throws: the serializer reports it with topic, subject
   *     and id
   */
  byte[] encode(T value, int schemaId, boolean prefix) throws Exception;

  /**
   * How to read payloads written with {@code writer}, decided once per schema id.
   *
   * @throws IllegalArgumentException if the writer's schema is of another type, is not valid, or
   *     cannot be read into this event (the message says why)
   */
  Reader<T> readerFor(RegisteredSchema writer);

  /** Reads one payload body written with one writer schema. Thread-safe. */
  interface Reader<T> {

    /**
     * Reads the event from {@code length} bytes at {@code offset} (after the wire header, if any),
     * requiring that the event takes all of them.
     *
     * @throws MalformedPayloadException with a complete message (no more context needed)
     * @throws IOException or a RuntimeException if the bytes are not a valid event
     */
    T read(byte[] data, int offset, int length) throws IOException;

    /**
     * As {@link #read(byte[], int, int)}, told how the schema id travelled: {@code prefixed} when
     * the payload began with Confluent's 5-byte prefix, false when the id came in a record header
     * and the bytes at {@code offset} are the body alone. A format whose framing differs between
     * the two (Protobuf: the message-index array follows the prefix only) overrides this; the
     * deserializer calls it, never guessing from the offset.
     */
    default T read(byte[] data, int offset, int length, boolean prefixed) throws IOException {
      return read(data, offset, length);
    }

    /** What kind of reader this is, for tests and diagnostics ("direct", "transcoding", ...). */
    String kind();
  }

  /**
   * A read that failed in a known field: {@link #path()} ({@code items[2].quantity}) and the
   * failure itself as the cause. Only between a {@link Reader} and the deserializer, which turns it
   * into a {@link MalformedEventException} naming the path.
   */
  final class FieldReadException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String path;

    public FieldReadException(String path, Throwable cause) {
      super("at " + path + ": " + cause.getMessage(), cause);
      this.path = path;
    }

    /** The field path the failed read was in. */
    public String path() {
      return path;
    }
  }

  /** A payload problem whose message says all there is (such as trailing bytes). */
  final class MalformedPayloadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedPayloadException(String message) {
      super(message);
    }
  }
}
