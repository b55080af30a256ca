package com.example.shop;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** An order was placed: topic {@code shop.orders}. */
@Event(namespace = "com.example.shop", fieldNaming = FieldNaming.SNAKE_CASE)
public record OrderPlaced(@NotBlank String orderId, @NotBlank String customerId,
    @Positive int items, @Digits(integer = 10, fraction = 2) BigDecimal total) {}
