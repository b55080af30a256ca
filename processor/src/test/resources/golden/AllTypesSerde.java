package com.acme.types;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventSerde;
import javax.annotation.processing.Generated;

/**
 * The Kafka Streams {@code Serde} of {@link AllTypes}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class AllTypesSerde extends EventSerde<AllTypes> {
    public AllTypesSerde() {
        super(new AllTypesSerializer(), new AllTypesDeserializer());
    }

    public AllTypesSerde(SchemaRegistryClient registry) {
        super(new AllTypesSerializer(registry), new AllTypesDeserializer(registry));
    }
}
