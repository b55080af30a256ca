package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of repeated {@link AvroTypeProp}s; write {@code @AvroTypeProp} several times. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE_USE)
public @interface AvroTypeProps {

  /** The properties, in the order written. */
  AvroTypeProp[] value();
}
