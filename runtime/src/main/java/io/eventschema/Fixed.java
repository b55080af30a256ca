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
import java.nio.ByteBuffer;

/**
 * Maps a {@code byte[]} or {@link ByteBuffer} component to an Avro {@code fixed} of {@link #value()}
 * bytes instead of {@code bytes}: {@code @Fixed(16) byte[] md5} becomes
 * {@code {"type": "fixed", "name": "Md5", "size": 16}}.
 *
 * <p>A fixed is a named Avro type: its name is {@link #name()}, or the Avro field name with its
 * first letter in upper case; its namespace is the event's. Two components with the same fixed name
 * and size share one definition.
 *
 * <p>Also a Bean Validation constraint: a value of another length is a violation (the serializer
 * rejects the event before writing anything; the deserializer after reading).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = Fixed.Validator.class)
public @interface Fixed {

  /** The size in bytes, at least 1. */
  int value();

  /** The Avro name of the fixed type; empty means the field name with a capital first letter. */
  String name() default "";

  String message() default "must be exactly {value} bytes long";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the length of a {@code byte[]} or the remaining bytes of a {@link ByteBuffer}. */
  final class Validator implements ConstraintValidator<Fixed, Object> {
    private int size;

    @Override
    public void initialize(Fixed annotation) {
      size = annotation.value();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      if (value instanceof byte[] bytes) {
        return bytes.length == size;
      }
      if (value instanceof ByteBuffer buffer) {
        return buffer.remaining() == size;
      }
      return false;
    }
  }
}
