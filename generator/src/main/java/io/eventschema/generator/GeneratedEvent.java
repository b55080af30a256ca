package io.eventschema.generator;

/**
 * One input schema and the event generated for it: the {@code @Event} type's qualified class name
 * and the name of the {@code .avsc} the processor will write for it
 * ({@code META-INF/avro/<schemaName>.avsc}; for a union, the interface's).
 */
public record GeneratedEvent(String origin, String className, String schemaName) {}
