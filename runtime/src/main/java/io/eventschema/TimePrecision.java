package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The precision of {@link java.time.Instant}, {@link java.time.LocalDateTime} and
 * {@link java.time.LocalTime} values: on a record component, for that field; on an {@code @Event}
 * record, for every time field of the event (nested records included) that does not say otherwise;
 * on a nested record, for its fields. Without it the precision is {@link Precision#MICROS}.
 *
 * <p>Writing keeps what the precision holds and drops the rest exactly as Avro's own conversions do
 * (towards the past for instants); Avro has no {@code time-nanos}, so {@code NANOS} on a LocalTime
 * is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface TimePrecision {

  /** The unit values are stored in. */
  Precision value();
}
