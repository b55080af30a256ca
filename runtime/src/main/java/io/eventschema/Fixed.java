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
 * {@code {"type": "fixed", "name": "Md5", "size": 16}}. On a {@link java.math.BigDecimal} with
 * {@link AvroDecimal}, a decimal on fixed ({@code "logicalType": "decimal"}, the unscaled value
 * two's-complement big-endian, sign-extended to the size); on an {@link AvroDuration}, the name of
 * its {@code duration} fixed (the size must be 12).
 *
 * <p>A fixed is a named Avro type: its name is {@link #name()}, or the Avro field name with its
 * first letter in upper case; its namespace is {@link #namespace()}, by default the event's. Two
 * components with the same fixed full name share one definition, which the first of them gives
 * (size, logical type, doc, aliases); a later one names the same size and logical type.
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

  /**
   * The Avro namespace of the fixed type; empty (the default) means the event's namespace, and
   * {@link #NO_NAMESPACE} none at all.
   */
  String namespace() default "";

  /** The fixed type's {@code "doc"}; empty means none. */
  String doc() default "";

  /**
   * The fixed type's {@code "aliases"}: names it had before, each a simple name (in the fixed's
   * namespace) or a full name.
   */
  String[] aliases() default {};

  /** {@link #namespace()} for a fixed without a namespace ({@code "namespace": ""}). */
  String NO_NAMESPACE = "-";

  String message() default "must be exactly {value} bytes long";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Checks the length of a {@code byte[]} or the remaining bytes of a {@link ByteBuffer}. A
   * decimal's size is its precision's ({@link AvroDecimal} checks it), a duration's always 12.
   */
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
      if (value instanceof java.math.BigDecimal || value instanceof AvroDuration) {
        return true;
      }
      return false;
    }
  }
}
