package com.example.shop;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import io.eventschema.Format;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * The warehouse is asked to ship an order: topic {@code shop.shipments}, as JSON Schema (its only
 * format, so EventsSerializer writes it as JSON with no setting).
 */
@Event(namespace = "com.example.shop", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = Format.JSON_SCHEMA)
public record ShipmentRequested(@NotBlank String orderId, @NotBlank String address,
    @Positive int parcels) {}
