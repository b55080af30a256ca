package com.example.multi;

import io.eventschema.AvroUnion;
import io.eventschema.Event;

/**
 * A top-level general union event, {@code ["null", "string", ParcelState]}: EventsDeserializer
 * finds it by its named branch (the enum).
 */
@Event(namespace = "com.example.parcels")
@AvroUnion
public sealed interface ParcelNote permits ParcelNote.None, ParcelNote.Text, ParcelNote.State {
  record None() implements ParcelNote {}

  record Text(String value) implements ParcelNote {}

  record State(ParcelState value) implements ParcelNote {}
}
