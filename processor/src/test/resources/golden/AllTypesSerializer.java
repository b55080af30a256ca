package com.acme.types;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventSerializer;
import javax.annotation.processing.Generated;

/**
 * Writes {@link AllTypes} in Confluent's wire format after validating it.
 * Use as {@code value.serializer=com.acme.types.AllTypesSerializer}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class AllTypesSerializer extends EventSerializer<AllTypes> {
    /**
     * The registry is the one {@code schema.registry.url} names.
     */
    public AllTypesSerializer() {
        super(AllTypesCodec.INSTANCE, null, AllTypesValidator.INSTANCE);
    }

    /**
     * Uses {@code registry} whatever the configuration says (tests, frameworks).
     */
    public AllTypesSerializer(SchemaRegistryClient registry) {
        super(AllTypesCodec.INSTANCE, registry, AllTypesValidator.INSTANCE);
    }
}
