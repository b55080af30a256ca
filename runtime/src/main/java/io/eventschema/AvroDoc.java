package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Avro {@code doc} of a field, record or enum. Without it the processor takes the doc from
 * Javadoc: the record's or enum's comment (its first part, before any tag) and, for fields, the
 * record's {@code @param} tags. Use this annotation when the Javadoc is meant for Java readers
 * only, or when the type comes from a jar (javac has no Javadoc for compiled classes).
 * An empty value writes no doc (so {@code @AvroDoc("")} keeps the Javadoc out of the schema);
 * {@code @AvroDoc(value = "", writeEmpty = true)} writes {@code "doc": ""}, which Avro keeps as an
 * empty doc, not as none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface AvroDoc {

  /** The documentation text. */
  String value();

  /** Write {@code "doc": ""} for an empty {@link #value()} instead of no doc. */
  boolean writeEmpty() default false;
}
