package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property of the Avro type at this position, not of the field: {@code @AvroTypeProp(key =
 * "avro.java.string", value = "\"String\"") String name} is {@code {"name": "name", "type":
 * {"type": "string", "avro.java.string": "String"}}}; inside a container it goes on the type
 * argument: {@code List<@AvroTypeProp(key = "arg.properties", value = "{\"length\": 8}") String>}
 * puts the property on the items. The value is JSON text, any JSON value (objects and arrays
 * nest). Allowed on primitives and their boxes, strings, bytes, logical types (UUID, BigDecimal,
 * java.time), lists, sets, arrays and maps, and on an {@code @Fixed} (a property of the fixed's
 * definition: every use that names properties names the same ones). Not on a record, an enum
 * (use {@link AvroProp} on its declaration), a sealed interface, {@code Optional} (put it on the
 * type argument) or {@code Void}. Avro's own keys ({@code type}, {@code logicalType},
 * {@code items}, ...) are refused.
 *
 * <p>It is a type-use annotation only, so it never means the field: the field's own properties
 * are {@link AvroProp}. The generated codecs ignore it (a property does not change the encoding);
 * the JSON Schema and Protobuf schemas do not carry it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE_USE)
@Repeatable(AvroTypeProps.class)
public @interface AvroTypeProp {

  /** The property name. */
  String key();

  /** The property value, as JSON text. */
  String value();
}
