package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sealed interface that is a general Avro union: {@code ["int", "string"]},
 * {@code ["null", "string", "long"]}, a record or an int, an array or a map. Each permitted record,
 * in {@code permits} order, is one branch and holds the branch's value as its one component; a
 * record without components is the {@code null} branch:
 *
 * <pre>{@code
 * @AvroUnion
 * public sealed interface IntOrString permits IntOrString.IntValue, IntOrString.StringValue {
 *   record IntValue(int value) implements IntOrString {}
 *   record StringValue(String value) implements IntOrString {}
 * }
 *
 * @Event
 * public record Reading(IntOrString value) {}   // "type": ["int", "string"]
 * }</pre>
 *
 * <p>The codec writes the index of the branch the value is, then the component. A component may
 * have any type a field may have but a union (no {@code Optional}, {@code @Nullable} or sealed
 * type: Avro unions do not nest); two branches may not have the same Avro type (two ints, two
 * arrays, one record twice). The field's default ({@code @AvroDefault}) is a value of the first
 * branch, in Avro's JSON encoding. Without this annotation a sealed interface is a union of its
 * records, each an Avro record. JSON Schema and Protobuf have no form for it yet (EVS210, EVS340).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AvroUnion {}
