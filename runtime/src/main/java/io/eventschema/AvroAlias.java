package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Former names, written as Avro {@code aliases}: on a record component, names the field had (so a
 * reader finds data written under the old name); on a record or enum, names (simple or full) the
 * type had.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface AvroAlias {

  /** One or more former names. */
  String[] value();
}
