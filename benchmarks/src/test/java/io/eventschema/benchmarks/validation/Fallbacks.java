package io.eventschema.benchmarks.validation;

import io.eventschema.Event;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/** Events the generated validator hands to Hibernate Validator whole. */
public final class Fallbacks {
  private Fallbacks() {}

  /** A custom constraint: only Hibernate Validator knows what it means. */
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = EvenValidator.class)
  public @interface Even {
    String message() default "must be even";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class EvenValidator implements ConstraintValidator<Even, Long> {
    @Override
    public boolean isValid(Long value, ConstraintValidatorContext context) {
      return value == null || value % 2 == 0;
    }
  }

  /** A group other than the default one. */
  public interface Strict {}

  @Event(namespace = "test.validation")
  public record WithCustom(@Even long number, @NotBlank String name) {}

  @Event(namespace = "test.validation")
  public record WithGroups(@Size(max = 3, groups = Strict.class) String code,
      @NotBlank String name) {}

  /** A class-level constraint. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = OrderedValidator.class)
  public @interface Ordered {
    String message() default "low must not exceed high";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class OrderedValidator implements ConstraintValidator<Ordered, Range> {
    @Override
    public boolean isValid(Range value, ConstraintValidatorContext context) {
      return value == null || value.low() <= value.high();
    }
  }

  @Ordered
  @Event(namespace = "test.validation")
  public record Range(long low, long high) {}

  /** A class-level constraint one @Valid away: Hibernate Validator checks it, so the type is its. */
  @Event(namespace = "test.validation")
  public record HoldsRange(@Valid Range range, @NotBlank String name) {}

  /** The same record without @Valid: Hibernate Validator does not look inside, nor need we. */
  @Event(namespace = "test.validation")
  public record MentionsRange(Range range, @NotBlank String name) {}

  /** A constraint on an Optional itself: Hibernate Validator unwraps it; the type is its. */
  @Event(namespace = "test.validation")
  public record WithOptionalConstraint(@NotNull Optional<String> note) {}
}
