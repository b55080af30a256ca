package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Avro default of a field, as JSON text in Avro's encoding of defaults: {@code "\"EUR\""} for a
 * string, {@code "0"} for a number, {@code "null"}, {@code "[]"}, {@code "{\"x\": 1}"} for a
 * record, the symbol as a string for an enum, bytes as a string of code points 0-255.
 *
 * <p>Readers use the default when the writer's schema lacks the field, which is what makes adding
 * a field a compatible change. The processor checks the default against the field's schema and
 * fails the build on a mismatch. In a union (an Optional, a {@code @Nullable} or a sealed type)
 * the branch of the default is put first, as Avro requires: {@code @AvroDefault("\"n/a\"")
 * Optional<String>} becomes {@code ["string", "null"]} with default {@code "n/a"}. Without this
 * annotation an Optional or {@code @Nullable} field has default null (none under {@link NoDefault})
 * and other fields none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface AvroDefault {

  /** The default as JSON text. */
  String value();
}
