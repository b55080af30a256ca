package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the enum constant that readers use for a symbol they do not know, Avro's enum
 * {@code default}: {@code enum Status { ACTIVE, CLOSED, @EnumDefault UNKNOWN }} lets consumers on
 * this schema read events written after a producer added a symbol. At most one constant per enum.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface EnumDefault {}
