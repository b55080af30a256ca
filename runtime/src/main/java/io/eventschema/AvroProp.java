package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom Avro schema property: on a record component, a property of the field; on a record or
 * enum, a property of the type. The value is JSON text: {@code @AvroProp(key = "pii", value =
 * "true")}, {@code @AvroProp(key = "owner", value = "\"payments\"")}. Keys that Avro itself uses
 * ({@code type}, {@code name}, {@code default}, {@code doc}, {@code aliases}, {@code logicalType},
 * ...) and {@code constraints} (written by eventschema) are refused at compile time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(AvroProps.class)
public @interface AvroProp {

  /** The property name. */
  String key();

  /** The property value, as JSON text. */
  String value();
}
