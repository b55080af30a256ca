package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses how a {@code char} or {@link Character} component is stored; without it such a component
 * is a compile error, because Avro has no character type and both choices have costs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface CharAs {

  /** The Avro type of the character. */
  Kind value();

  /** The choices. */
  enum Kind {
    /** A one-character Avro {@code string}: readable by every language; a reader checks the length. */
    STRING,
    /** An Avro {@code int} holding the UTF-16 code unit (0 to 65535); compact. */
    INT
  }
}
