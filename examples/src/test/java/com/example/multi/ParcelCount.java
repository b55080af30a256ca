package com.example.multi;

import io.eventschema.AvroUnion;
import io.eventschema.Event;

/** A top-level union of no named type, {@code ["int", "string"]}: found by class only. */
@Event(namespace = "com.example.parcels")
@AvroUnion
public sealed interface ParcelCount permits ParcelCount.Exact, ParcelCount.Estimate {
  record Exact(int value) implements ParcelCount {}

  record Estimate(String value) implements ParcelCount {}
}
