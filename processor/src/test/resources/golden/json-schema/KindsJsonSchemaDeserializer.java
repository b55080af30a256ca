package com.acme.json;

import io.eventschema.json.JsonSchemaDeserializer;
import io.eventschema.registry.SchemaRegistryClient;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Kinds} from Confluent's JSON Schema wire format (JSON text) and validates it.
 * Use as {@code value.deserializer=com.acme.json.KindsJsonSchemaDeserializer}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class KindsJsonSchemaDeserializer extends JsonSchemaDeserializer<Kinds> {
    /**
     * The registry is the one {@code schema.registry.url} names.
     */
    public KindsJsonSchemaDeserializer() {
        super(KindsJsonCodec.INSTANCE, null, KindsValidator.INSTANCE);
    }

    /**
     * Uses {@code registry} whatever the configuration says (tests, frameworks).
     */
    public KindsJsonSchemaDeserializer(SchemaRegistryClient registry) {
        super(KindsJsonCodec.INSTANCE, registry, KindsValidator.INSTANCE);
    }
}
