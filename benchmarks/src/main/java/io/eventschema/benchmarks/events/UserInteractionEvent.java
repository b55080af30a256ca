package io.eventschema.benchmarks.events;

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

// The reference event of examples/ (com.example.events.UserInteractionEvent), declared again here
// with the same components, constraints and Avro name, so that Avro's plugin can generate its
// specific class under the Avro full name without clashing with this record. A line comment, not
// Javadoc, as in examples/: Javadoc would become the schema's doc.
@Event(namespace = "com.example.events", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = {Format.AVRO, Format.JSON_SCHEMA})
public record UserInteractionEvent(
    @Positive long userId,
    @NotBlank @Size(max = 32) String interactionType,
    @Nullable @Size(max = 64) String targetItemId,
    @NotNull Instant timestamp,
    Optional<@Size(max = 64) String> sessionId,
    @Nullable @Size(max = 20) Map<String, String> details) {}
