package io.eventschema.processor.model;

/**
 * One record component: its Java name (accessor and constructor parameter), its Avro field name,
 * and its type.
 */
public record FieldModel(String javaName, String avroName, TypeModel type) {}
