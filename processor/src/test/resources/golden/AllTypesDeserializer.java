package com.acme.types;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventDeserializer;
import javax.annotation.processing.Generated;

/**
 * Reads {@link AllTypes} from Confluent's wire format and validates it.
 * Use as {@code value.deserializer=com.acme.types.AllTypesDeserializer}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class AllTypesDeserializer extends EventDeserializer<AllTypes> {
    /**
     * The registry is the one {@code schema.registry.url} names.
     */
    public AllTypesDeserializer() {
        super(AllTypesCodec.INSTANCE, null, AllTypesValidator.INSTANCE);
    }

    /**
     * Uses {@code registry} whatever the configuration says (tests, frameworks).
     */
    public AllTypesDeserializer(SchemaRegistryClient registry) {
        super(AllTypesCodec.INSTANCE, registry, AllTypesValidator.INSTANCE);
    }
}
