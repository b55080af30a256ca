package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;

/**
 * A custom Avro logical type on the type at this position: {@code @AvroLogicalType("iso-datetime")
 * String at} is {@code {"name": "at", "type": {"type": "string", "logicalType":
 * "iso-datetime"}}}; inside a container it goes on the type argument: {@code
 * List<@AvroLogicalType("x") Long>}. Avro's parser keeps a logical type it does not know as a
 * property of the type, so the value is coded as the underlying type (here a String) and
 * {@code Schema.equals} sees the name. Attributes of the logical type are plain properties beside
 * it: {@code @AvroLogicalType("x") @AvroTypeProp(key = "precision", value = "5") ByteBuffer}.
 *
 * <p>Allowed where {@link AvroTypeProp} is, on a type without a logical type of its own:
 * primitives and their boxes, strings, bytes, an {@code @Fixed} (part of its definition, like its
 * properties), lists, sets, arrays and maps. Not on UUID, BigDecimal or java.time, which have
 * theirs, and not a name Avro 1.12 knows ({@code decimal}, {@code uuid}, {@code date},
 * {@code time-*}, {@code timestamp-*}, {@code local-timestamp-*}, {@code duration},
 * {@code big-decimal}): Avro would read the value as that type. The one exception is a type that
 * also carries {@code avro.java.string} (or {@code java-class}, {@code java-key-class},
 * {@code java-element-class}) as a string: Avro's parser then drops the logical type and keeps
 * both as properties of a plain type, and that is what the processor writes.
 *
 * <p>JSON Schema and Protobuf write the underlying type; the generated codecs code it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE_USE)
public @interface AvroLogicalType {

  /**
   * Avro 1.12's own logical types: a type of one of these names is read as that type, so the
   * processor writes them from Java types (UUID, BigDecimal, java.time, ...), never by name.
   */
  Set<String> AVRO_OWN = Set.of("decimal", "big-decimal", "duration", "uuid", "date",
      "time-millis", "time-micros", "timestamp-millis", "timestamp-micros", "timestamp-nanos",
      "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos");

  /**
   * Properties beside which, when their value is a string, Avro's parser drops any logical type
   * and keeps both as plain properties (Avro's {@code LogicalType.INCOMPATIBLE_PROPS}).
   */
  List<String> DROPPED_BESIDE = List.of("avro.java.string", "java-class", "java-key-class",
      "java-element-class");

  /** The logical type's name, written as {@code "logicalType"}. */
  String value();
}
