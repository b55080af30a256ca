package com.example.checkout;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

// Several event types on one topic: a sealed interface of records is one Avro union, in permits
// order. The generated CheckoutEventSerializer writes any of them; CheckoutEventDeserializer returns
// the subtype that was written.
@Event(namespace = "com.example.checkout", fieldNaming = FieldNaming.SNAKE_CASE)
public sealed interface CheckoutEvent
    permits CheckoutEvent.CartCreated, CheckoutEvent.ItemAdded, CheckoutEvent.OrderPlaced {

  UUID cartId();

  record CartCreated(UUID cartId, @NotBlank String customer, Instant at)
      implements CheckoutEvent {}

  record ItemAdded(UUID cartId, @NotBlank String sku, @Positive int quantity)
      implements CheckoutEvent {}

  record OrderPlaced(UUID cartId, @Digits(integer = 10, fraction = 2) BigDecimal total,
      Instant at) implements CheckoutEvent {}
}
