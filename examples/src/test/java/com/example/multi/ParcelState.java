package com.example.multi;

import io.eventschema.AvroName;
import io.eventschema.EnumDefault;
import io.eventschema.Event;

/** A top-level enum event: its schema is the enum, found by EventsDeserializer by its name. */
@Event(namespace = "com.example.parcels")
public enum ParcelState {
  @EnumDefault WAITING, MOVING, @AvroName("done") DONE_
}
