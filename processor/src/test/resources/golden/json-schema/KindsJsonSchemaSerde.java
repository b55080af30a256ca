package com.acme.json;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventSerde;
import javax.annotation.processing.Generated;

/**
 * The Kafka Streams {@code Serde} of {@link Kinds} as JSON.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class KindsJsonSchemaSerde extends EventSerde<Kinds> {
    public KindsJsonSchemaSerde() {
        super(new KindsJsonSchemaSerializer(), new KindsJsonSchemaDeserializer());
    }

    public KindsJsonSchemaSerde(SchemaRegistryClient registry) {
        super(new KindsJsonSchemaSerializer(registry), new KindsJsonSchemaDeserializer(registry));
    }
}
