package io.eventschema.it;

import io.eventschema.Event;

/** The integration tests' event; the processor generates its codec and serdes at test-compile. */
@Event(namespace = "io.eventschema.it")
public record ParcelShipped(String parcelId, long weightGrams, int items) {}
