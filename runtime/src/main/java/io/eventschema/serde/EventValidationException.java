package io.eventschema.serde;

import io.eventschema.validation.Violation;
import java.util.List;

/**
 * An event broke its Bean Validation constraints. On the producer side nothing was written; on the
 * consumer side the event was read but not handed over. Lists every violation.
 */
public final class EventValidationException extends EventSerializationException {
  private static final long serialVersionUID = 1L;

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
    for (Violation v : violations) {
      sb.append("\n  - ").append(v);
    }
    return sb.toString();
  }

  /** Every violation, sorted by property path. */
  public List<Violation> violations() {
    return violations;
  }
}
