package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record written as an Avro {@code error} ({@code "type": "error"}) instead of a
 * {@code "record"}: the form Avro IDL protocols give their error types, which {@code .avsc}
 * files and registry subjects carry as well. The schema, fields and encoding are a record's; only
 * the type name differs (Avro's {@code Schema.isError()}; {@code Schema.equals} and the Parsing
 * Canonical Form do not tell them apart). On the {@code @Event} record or any record it reaches.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AvroError {}
