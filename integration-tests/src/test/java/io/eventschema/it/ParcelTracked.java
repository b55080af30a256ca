package io.eventschema.it;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import io.eventschema.Format;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A JSON-only event of the integration tests: the processor generates its JSON codec and serdes. */
@Event(namespace = "io.eventschema.it", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = Format.JSON_SCHEMA)
public record ParcelTracked(
    @NotBlank String parcelId,
    Instant scannedAt,
    Optional<@Size(max = 40) String> note,
    List<String> hubs) {}
