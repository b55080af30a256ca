package io.eventschema.serde;

import io.eventschema.validation.Violation;
import java.util.List;

/**
 * An event broke its Bean Validation constraints. On the producer side nothing was written; on the
 * consumer side the event was read but not handed over. {@link #violations()} has every violation;
 * the message lists the first {@value #LISTED} of them, so that an event with a list of a million
 * blank strings does not make a message (and a log line) of tens of megabytes.
 */
public final class EventValidationException extends EventSerializationException {
  private static final long serialVersionUID = 1L;

  /** How many violations the message lists at most; the rest are counted. */
  public static final int LISTED = 100;

  private final transient List<Violation> violations;

  public EventValidationException(String eventType, List<Violation> violations, boolean produced,
      String topic, boolean isKey, String subject, Integer schemaId) {
    super(summary(eventType, violations, produced), list(violations), topic, isKey, subject,
        schemaId, null);
    this.violations = List.copyOf(violations);
  }

  private static String summary(String eventType, List<Violation> violations, boolean produced) {
    return eventType + (produced
        ? " was rejected before sending, nothing was written: "
        : " read from Kafka is invalid: ")
        + violations.size() + (violations.size() == 1 ? " violation" : " violations");
  }

  private static String list(List<Violation> violations) {
    StringBuilder sb = new StringBuilder();
    int listed = Math.min(LISTED, violations.size());
    for (int i = 0; i < listed; i++) {
      sb.append("\n  - ").append(violations.get(i));
    }
    if (violations.size() > listed) {
      sb.append("\n  - and ").append(violations.size() - listed)
          .append(" more (all in EventValidationException.violations())");
    }
    return sb.toString();
  }

  /** Every violation, sorted by property path. */
  public List<Violation> violations() {
    return violations;
  }
}
