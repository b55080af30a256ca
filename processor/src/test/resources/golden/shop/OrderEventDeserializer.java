package com.acme.shop;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventDeserializer;
import javax.annotation.processing.Generated;

/**
 * Reads {@link OrderEvent} from Confluent's wire format and validates it.
 * Use as {@code value.deserializer=com.acme.shop.OrderEventDeserializer}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class OrderEventDeserializer extends EventDeserializer<OrderEvent> {
    /**
     * The registry is the one {@code schema.registry.url} names.
     */
    public OrderEventDeserializer() {
        super(OrderEventCodec.INSTANCE, null, OrderEventValidator.INSTANCE);
    }

    /**
     * Uses {@code registry} whatever the configuration says (tests, frameworks).
     */
    public OrderEventDeserializer(SchemaRegistryClient registry) {
        super(OrderEventCodec.INSTANCE, registry, OrderEventValidator.INSTANCE);
    }
}
