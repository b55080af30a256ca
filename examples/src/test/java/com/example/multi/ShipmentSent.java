package com.example.multi;

import io.eventschema.Event;
import io.eventschema.Format;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** A plain event in every format, with a nested record (Protobuf's second message, index [1]). */
@Event(namespace = "com.example.shipping",
    formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})
public record ShipmentSent(@NotBlank String parcelId, @Positive int items, @Valid Box box) {

  /** The parcel's size: a record of the event, not an event. */
  public record Box(@Positive int widthMm, @Positive int heightMm) {}
}
