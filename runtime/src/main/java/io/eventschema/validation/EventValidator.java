package io.eventschema.validation;

import java.util.List;

/** Checks an event against its Bean Validation constraints. Implementations are thread-safe. */
@FunctionalInterface
public interface EventValidator<T> {

  /** Every violation, sorted by property path; empty when the event is valid. */
  List<Violation> validate(T event);

  /** A validator that accepts everything. */
  static <T> EventValidator<T> none() {
    return event -> List.of();
  }
}
