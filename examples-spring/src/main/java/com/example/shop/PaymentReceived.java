package com.example.shop;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/** A payment for an order arrived: topic {@code shop.payments}. */
@Event(namespace = "com.example.shop", fieldNaming = FieldNaming.SNAKE_CASE)
public record PaymentReceived(@NotBlank String orderId, @PositiveOrZero long cents,
    Instant at) {}
