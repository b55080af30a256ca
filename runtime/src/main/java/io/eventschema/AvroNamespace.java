package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Avro namespace of a record or enum, instead of the event's namespace or the Java package;
 * {@code ""} for a type without a namespace ({@code "namespace": ""} inside a namespaced event,
 * which an {@link AvroName} cannot say). On the {@code @Event} record itself, {@code ""} is a schema
 * without namespace although the record has a package (an empty {@link Event#namespace()} means
 * the package). A full {@code @AvroName} on the same type is an error (EVS051).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AvroNamespace {

  /** A valid Avro namespace (names joined by dots), or {@code ""} for none. */
  String value();
}
