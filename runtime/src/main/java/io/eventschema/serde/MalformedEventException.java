package io.eventschema.serde;

/**
 * The bytes on the topic are not an event of the expected type: a wrong magic byte, a truncated or
 * over-long payload, a length prefix past the end, or a value the schema does not allow.
 */
public final class MalformedEventException extends EventSerializationException {
  private static final long serialVersionUID = 1L;

  public MalformedEventException(String what, String topic, boolean isKey, String subject,
      Integer schemaId, Throwable cause) {
    super(what, topic, isKey, subject, schemaId, cause);
  }
}
