package io.eventschema.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@link EventValidator} backed by the Jakarta Bean Validation provider on the class path
 * (Hibernate Validator by default). The validator factory is built once, on first use, and shared.
 */
public final class BeanValidation<T> implements EventValidator<T> {
  private static final Comparator<Violation> ORDER = (a, b) -> {
    int byPath = a.propertyPath().compareTo(b.propertyPath());
    return byPath != 0 ? byPath : a.message().compareTo(b.message());
  };

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  private final Validator validator;

  private BeanValidation(Validator validator) {
    this.validator = validator;
  }

  /** Validates with the shared default validator. */
  public static <T> BeanValidation<T> shared() {
    return new BeanValidation<>(Holder.VALIDATOR);
  }

  /** Validates with {@code validator}. */
  public static <T> BeanValidation<T> using(Validator validator) {
    return new BeanValidation<>(validator);
  }

  @Override
  public List<Violation> validate(T event) {
    return validate(event, null);
  }

  /**
   * Validates {@code event}, giving each violation its path in the schema's names through
   * {@code paths} (null: the Java path).
   */
  public List<Violation> validate(T event, SchemaPaths paths) {
    Set<ConstraintViolation<T>> found = validator.validate(event);
    if (found.isEmpty()) {
      return List.of();
    }
    Violation[] out = new Violation[found.size()];
    int i = 0;
    for (ConstraintViolation<T> v : found) {
      String path = v.getPropertyPath().toString();
      out[i++] = new Violation(path, v.getMessage(), v.getInvalidValue(),
          v.getConstraintDescriptor().getAnnotation().annotationType().getName(),
          paths == null ? path : paths.of(v.getPropertyPath(), path));
    }
    Arrays.sort(out, ORDER);
    return Collections.unmodifiableList(Arrays.asList(out));
  }
}
