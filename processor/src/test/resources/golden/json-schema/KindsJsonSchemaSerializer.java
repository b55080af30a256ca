package com.acme.json;

import io.eventschema.json.JsonSchemaSerializer;
import io.eventschema.registry.SchemaRegistryClient;
import javax.annotation.processing.Generated;

/**
 * Writes {@link Kinds} in Confluent's JSON Schema wire format (JSON text) after validating it.
 * Use as {@code value.serializer=com.acme.json.KindsJsonSchemaSerializer}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class KindsJsonSchemaSerializer extends JsonSchemaSerializer<Kinds> {
    /**
     * The registry is the one {@code schema.registry.url} names.
     */
    public KindsJsonSchemaSerializer() {
        super(KindsJsonCodec.INSTANCE, null, KindsValidator.INSTANCE);
    }

    /**
     * Uses {@code registry} whatever the configuration says (tests, frameworks).
     */
    public KindsJsonSchemaSerializer(SchemaRegistryClient registry) {
        super(KindsJsonCodec.INSTANCE, registry, KindsValidator.INSTANCE);
    }
}
