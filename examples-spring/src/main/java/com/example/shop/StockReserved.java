package com.example.shop;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import io.eventschema.Format;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Stock was put aside for an order: topic {@code shop.stock}, as Protobuf (its only format, so
 * EventsSerializer writes it as Protobuf with no setting).
 */
@Event(namespace = "com.example.shop", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = Format.PROTOBUF)
public record StockReserved(@NotBlank String orderId, @NotBlank String sku,
    @Positive int quantity) {}
