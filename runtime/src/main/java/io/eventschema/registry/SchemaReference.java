package io.eventschema.registry;

/** A reference from one schema to a named type registered under another subject. */
public record SchemaReference(String name, String subject, int version) {}
