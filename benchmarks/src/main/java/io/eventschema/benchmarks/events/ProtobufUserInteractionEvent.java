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

// The reference event (UserInteractionEvent) for Protobuf: the same components, constraints and
// message name, except that `details` is not @Nullable. proto3 cannot tell a null map from an
// empty one, so the processor refuses a nullable map with EVS303; a Protobuf user writes the map
// as non-null (empty when there are no details), as here. A line comment, not Javadoc, as in
// UserInteractionEvent: Javadoc would become the message's comment.
@Event(name = "UserInteractionEvent", namespace = "com.example.events",
    fieldNaming = FieldNaming.SNAKE_CASE, formats = Format.PROTOBUF)
public record ProtobufUserInteractionEvent(
    @Positive long userId,
    @NotBlank @Size(max = 32) String interactionType,
    @Nullable @Size(max = 64) String targetItemId,
    @NotNull Instant timestamp,
    Optional<@Size(max = 64) String> sessionId,
    @NotNull @Size(max = 20) Map<String, String> details) {}
