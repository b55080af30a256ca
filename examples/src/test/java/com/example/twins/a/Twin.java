package com.example.twins.a;

import io.eventschema.Event;
import io.eventschema.Format;

/**
 * One of two JSON Schema events of one simple name: both titled Twin, so EventsDeserializer needs
 * eventschema.events.packages to tell them apart.
 */
@Event(namespace = "com.example.twins.a", formats = Format.JSON_SCHEMA)
public record Twin(String id) {}
