package com.example.multi;

import io.eventschema.Event;
import io.eventschema.Format;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A sealed event in every format: an Avro union of its records, a JSON Schema {@code oneOf}, a
 * Protobuf message with a {@code oneof}. Its serdes write any of the records and read back the
 * one that was written.
 */
@Event(namespace = "com.example.parcels",
    formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})
public sealed interface ParcelEvent permits ParcelEvent.Picked, ParcelEvent.Delivered {

  String parcelId();

  record Picked(String parcelId, @NotBlank String by) implements ParcelEvent {}

  record Delivered(String parcelId, @PositiveOrZero int bay) implements ParcelEvent {}
}
