package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins the Protobuf field number of a record component ({@code @Event(formats = PROTOBUF)}).
 * Without it, components are numbered 1, 2, 3, ... in declaration order, skipping the numbers
 * pinned in the same record. Field numbers are the Protobuf wire contract: once an event is
 * released, a field keeps its number, and a removed field's number is never used again.
 *
 * <p>Valid numbers are 1 to 536,870,911, except 19000 to 19999 (reserved by Protobuf).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD,
    ElementType.PARAMETER})
public @interface ProtoField {
  /** The field number. */
  int value();
}
