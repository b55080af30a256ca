package io.eventschema.validation;

import java.util.List;

/**
 * The base of the generated {@code <Record>Validator}s: generated code checks the built-in
 * constraints of a valid event without reflection; an event that fails any check (or a type the
 * generated code does not cover: custom constraints, groups, class-level constraints) goes to the
 * fallback, Hibernate Validator by default, so every violation reported is its own.
 *
 * <p>The fast check is exact in the direction that matters: it passes only events that Hibernate
 * Validator would pass. When it is unsure it fails, and Hibernate Validator decides.
 */
public abstract class GeneratedValidator<T> implements EventValidator<T> {
  private final EventValidator<T> fixedFallback;
  private volatile EventValidator<T> fallback;

  /** Falls back to the shared Hibernate Validator, built on the first event that needs it. */
  protected GeneratedValidator() {
    this.fixedFallback = null;
  }

  /** Falls back to {@code fallback}. */
  protected GeneratedValidator(EventValidator<T> fallback) {
    this.fixedFallback = fallback;
    this.fallback = fallback;
  }

  /**
   * True when {@code event} satisfies every constraint Hibernate Validator would check on it;
   * false when one fails or the generated code cannot tell.
   */
  protected abstract boolean passes(T event);

  /**
   * The schema's names of the fields named otherwise in Java, for the violations' schema paths;
   * null (the default) when every field keeps its Java name.
   */
  protected SchemaPaths schemaPaths() {
    return null;
  }

  @Override
  public final List<Violation> validate(T event) {
    if (event != null && passes(event)) {
      return List.of();
    }
    EventValidator<T> f = fallback();
    SchemaPaths paths = schemaPaths();
    if (paths != null && f instanceof BeanValidation<T> bean) {
      return bean.validate(event, paths);
    }
    return f.validate(event);
  }

  private EventValidator<T> fallback() {
    EventValidator<T> f = fallback;
    if (f == null) {
      f = fixedFallback != null ? fixedFallback : BeanValidation.shared();
      fallback = f;
    }
    return f;
  }
}
