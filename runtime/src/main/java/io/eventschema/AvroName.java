package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Avro name of one field, of a nested record or enum, or of an enum constant's symbol, instead
 * of the one derived from Java. On a record component it wins over the event's {@link FieldNaming}.
 * On a record or enum it may be a simple name (kept in the event's namespace) or a full name
 * {@code com.acme.Money} (its own namespace). On an enum constant it is the symbol, for symbols
 * that are not Java names: {@code @AvroName("class") CLASS_}. For the event itself use
 * {@link Event#name()} and {@link Event#namespace()}; for a type without a namespace,
 * {@link AvroNamespace}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.FIELD})
public @interface AvroName {

  /** A valid Avro name (letters, digits, _; not starting with a digit), or a full name. */
  String value();
}
