package com.example.multi;

import io.eventschema.Event;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A second plain event beside UserInteractionEvent, in its own namespace. */
@Event(namespace = "com.example.payments")
public record PaymentReceived(@NotBlank String orderId, @PositiveOrZero long cents,
    @Digits(integer = 4, fraction = 2) BigDecimal rate) {}
