package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field's Avro sort order, written as its {@code "order"}: {@code @AvroOrder(SortOrder.DESCENDING)
 * long score} is {@code {"name": "score", "type": "long", "order": "descending"}}. Without it no
 * {@code "order"} is written, which Avro reads as ascending. It affects only how Avro compares
 * binary-encoded records (sorting, MapReduce keys), not the encoding; the JSON Schema and Protobuf
 * schemas have no sort order and ignore it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface AvroOrder {

  /** The order. */
  SortOrder value();
}
