package io.eventschema;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The precision and scale of a {@link BigDecimal} component, which becomes Avro
 * {@code {"type": "bytes", "logicalType": "decimal", "precision": p, "scale": s}}. Needed only
 * when the component has no {@code @Digits(integer, fraction)}, which gives precision
 * {@code integer + fraction} and scale {@code fraction}; a BigDecimal with neither is a compile
 * error, as Avro cannot store a decimal without them.
 *
 * <p>Also a Bean Validation constraint: a value that cannot be written at this scale without
 * rounding, or that has more than {@code precision} digits at this scale, is a violation; values
 * are never rounded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = AvroDecimal.Validator.class)
public @interface AvroDecimal {

  /** The maximum number of digits, at least 1. */
  int precision();

  /** The number of digits after the decimal point, from 0 to {@link #precision()}. */
  int scale();

  /**
   * False: the schema has no {@code "scale"}, which Avro reads as 0 (a schema written so by hand
   * or by another tool: {@code {"type": "bytes", "logicalType": "decimal", "precision": 5}});
   * only with {@code scale = 0}. {@code Schema.equals} tells the two apart.
   */
  boolean writeScale() default true;

  String message() default
      "does not fit decimal({precision}, {scale}) without rounding";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule Avro's {@code DecimalConversion} applies when it writes a value. */
  final class Validator implements ConstraintValidator<AvroDecimal, BigDecimal> {
    private int precision;
    private int scale;

    @Override
    public void initialize(AvroDecimal annotation) {
      precision = annotation.precision();
      scale = annotation.scale();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        return value.setScale(scale, RoundingMode.UNNECESSARY).precision() <= precision;
      } catch (ArithmeticException e) {
        return false;
      }
    }
  }
}
