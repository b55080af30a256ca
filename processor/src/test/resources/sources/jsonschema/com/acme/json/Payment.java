package com.acme.json;

import io.eventschema.AvroDefault;
import io.eventschema.Event;
import io.eventschema.Format;
import java.util.Optional;

/** A sealed event: JSON oneOf with a discriminator. */
@Event(namespace = "com.acme.json", formats = {Format.AVRO, Format.JSON_SCHEMA})
public sealed interface Payment permits Payment.Card, Payment.Transfer, Payment.Voucher {
  record Card(String last4, Optional<Fee> fee) implements Payment {}

  record Transfer(String iban, @AvroDefault("{\"code\": \"none\"}") Fee fee) implements Payment {}

  record Voucher(String code, Payment replaces) implements Payment {}

  /** What the payment costs. */
  sealed interface Fee permits Flat, Percent {}

  record Flat(String code) implements Fee {}

  record Percent(double rate) implements Fee {}
}
