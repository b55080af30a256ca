package com.acme.shop;

import io.eventschema.Event;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import jakarta.validation.constraints.Digits;

/** Three event types on one topic: the event is the sealed interface, a union of its records. */
@Event(namespace = "com.acme.orders")
public sealed interface OrderEvent permits OrderEvent.Placed, OrderEvent.Paid, OrderEvent.Shipped {

  /** An order was placed. */
  record Placed(@NotBlank String orderId, @Positive int items) implements OrderEvent {}

  /** It was paid. */
  record Paid(@NotBlank String orderId,
      @Digits(integer = 8, fraction = 2) BigDecimal amount) implements OrderEvent {}

  /** It left the warehouse. */
  record Shipped(@NotBlank String orderId, String carrier) implements OrderEvent {}
}
