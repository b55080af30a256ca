package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A nullable field ({@code Optional<T>} or a {@code @Nullable} T) with no Avro default: the field
 * is written {@code ["null", T]} without {@code "default": null}, or, with {@code nullLast},
 * {@code [T, "null"]}. Avro's documentation example {@code "favorite_number": ["int", "null"]} is
 * {@code @NoDefault(nullLast = true) @Nullable Integer favoriteNumber}.
 *
 * <p>Without a default, a reader with this schema cannot read data written without the field (the
 * value must be on the wire, null or not): adding such a field is not a backward-compatible change.
 * Without this annotation a nullable field has {@code "default": null}. It cannot be combined with
 * {@code @AvroDefault}, and has no effect on a field that is not nullable (a compile error says so).
 * In JSON Schema the property is required (its value may be null); Protobuf has no defaults, so its
 * schema is the same with or without it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface NoDefault {

  /** True for {@code [T, "null"]}: the null branch last; false (the default) for {@code ["null", T]}. */
  boolean nullLast() default false;
}
