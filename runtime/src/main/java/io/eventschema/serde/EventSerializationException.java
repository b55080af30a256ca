package io.eventschema.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * An event could not be serialized or deserialized. Says where: topic, key or value, subject and
 * schema id when known. Subclasses say what: {@link EventValidationException} for constraint
 * violations, {@link MalformedEventException} for bytes that are not a valid event.
 */
public class EventSerializationException extends SerializationException {
  private static final long serialVersionUID = 1L;

  private final String topic;
  private final boolean isKey;
  private final String subject;
  private final Integer schemaId;

  public EventSerializationException(String what, String topic, boolean isKey, String subject,
      Integer schemaId, Throwable cause) {
    this(what, "", topic, isKey, subject, schemaId, cause);
  }

  /** {@code details} follow the first line, which says what and where. */
  protected EventSerializationException(String what, String details, String topic, boolean isKey,
      String subject, Integer schemaId, Throwable cause) {
    super(what + where(topic, isKey, subject, schemaId) + details, cause);
    this.topic = topic;
    this.isKey = isKey;
    this.subject = subject;
    this.schemaId = schemaId;
  }

  private static String where(String topic, boolean isKey, String subject, Integer schemaId) {
    StringBuilder sb = new StringBuilder(" [topic '").append(topic).append("', ")
        .append(isKey ? "key" : "value");
    if (subject != null) {
      sb.append(", subject '").append(subject).append('\'');
    }
    if (schemaId != null) {
      sb.append(", schema id ").append(schemaId);
    }
    return sb.append(']').toString();
  }

  public String topic() {
    return topic;
  }

  public boolean isKey() {
    return isKey;
  }

  /** The registry subject, or null if not known at the point of failure. */
  public String subject() {
    return subject;
  }

  /** The schema id, or null if not known at the point of failure. */
  public Integer schemaId() {
    return schemaId;
  }
}
