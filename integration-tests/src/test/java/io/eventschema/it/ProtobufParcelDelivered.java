package io.eventschema.it;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import io.eventschema.Format;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A Protobuf-only event of the integration tests, with the two imports a generated {@code .proto}
 * can have: an {@code Instant} ({@code google/protobuf/timestamp.proto}) and a {@code LocalDate}
 * ({@code google/type/date.proto}); the processor generates its codec and serdes at test-compile.
 */
@Event(namespace = "io.eventschema.it.proto", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = Format.PROTOBUF)
public record ProtobufParcelDelivered(
    @NotBlank String parcelId,
    @NotNull Instant deliveredAt,
    @NotNull LocalDate plannedFor,
    @NotNull Recipient recipient,
    Optional<@Size(max = 40) String> note,
    List<@Positive Integer> scans) {

  /** Who signed for the parcel. */
  public record Recipient(@NotBlank String name, @Valid Optional<LocalDate> birthday) {}
}
