package com.example.evolution;

import io.eventschema.AvroAlias;
import io.eventschema.AvroDefault;
import io.eventschema.Event;
import io.eventschema.FieldNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Version 2 of {@link com.example.events.UserInteractionEvent}, as the next release of the event
 * declares it: a field added with a default ({@code channel}, "web"), and {@code target_item_id}
 * renamed to {@code item_id}, keeping the old name as an alias.
 *
 * <p>In a real project v2 replaces v1 in the same source file. Here both live on one test class
 * path, so v2 takes another namespace ({@code com.example.evolution}) to keep its generated
 * {@code META-INF/avro} resource apart from v1's, and names v1's full name as an alias: Avro
 * applies field aliases ({@code item_id}'s) only within records whose full names match.
 */
@AvroAlias("com.example.events.UserInteractionEvent")
@Event(name = "UserInteractionEvent", namespace = "com.example.evolution",
    fieldNaming = FieldNaming.SNAKE_CASE)
public record UserInteractionEventV2(
    @Positive long userId,
    @NotBlank @Size(max = 32) String interactionType,
    @AvroDefault("\"web\"") @NotBlank @Size(max = 16) String channel,
    @AvroAlias("target_item_id") @Nullable @Size(max = 64) String itemId,
    @NotNull Instant timestamp,
    Optional<@Size(max = 64) String> sessionId,
    @Nullable @Size(max = 20) Map<String, String> details) {}
