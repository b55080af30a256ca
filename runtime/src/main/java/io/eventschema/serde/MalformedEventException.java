package io.eventschema.serde;

/**
 * The bytes on the topic are not an event of the expected type: a wrong magic byte, a truncated or
 * over-long payload, a length prefix past the end, or a value the schema does not allow.
 */
public final class MalformedEventException extends EventSerializationException {
  private static final long serialVersionUID = 1L;

  private final String fieldPath;

  public MalformedEventException(String what, String topic, boolean isKey, String subject,
      Integer schemaId, Throwable cause) {
    this(what, topic, isKey, subject, schemaId, cause, null);
  }

  /** With the field path of the value that could not be read, as {@link #fieldPath()}. */
  public MalformedEventException(String what, String topic, boolean isKey, String subject,
      Integer schemaId, Throwable cause, String fieldPath) {
    super(what, topic, isKey, subject, schemaId, cause);
    this.fieldPath = fieldPath;
  }

  /**
   * The schema field path of the value that was being read when the payload turned out bad
   * ({@code items[2].quantity}: field names, item indexes, map keys), or null when the payload
   * failed outside one (its header, trailing bytes) or the reader does not say.
   */
  public String fieldPath() {
    return fieldPath;
  }
}
