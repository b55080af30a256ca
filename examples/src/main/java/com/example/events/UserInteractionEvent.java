package com.example.events;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import io.eventschema.Format;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

// A user did something with an item: the reference event, from the Pydantic walkthrough this
// project started from. Python services read and write the same schema (snake_case fields).
// A line comment, not Javadoc: Javadoc would become the schema's "doc", and the reference schema
// has none. Written as Avro and as JSON Schema (one topic each in the example).
@Event(namespace = "com.example.events", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = {Format.AVRO, Format.JSON_SCHEMA})
public record UserInteractionEvent(
    @Positive long userId,
    @NotBlank @Size(max = 32) String interactionType,
    @Nullable @Size(max = 64) String targetItemId,
    @NotNull Instant timestamp,
    Optional<@Size(max = 64) String> sessionId,
    @Nullable @Size(max = 20) Map<String, String> details) {}
