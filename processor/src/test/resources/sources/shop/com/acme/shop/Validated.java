package com.acme.shop;

import io.eventschema.AvroDecimal;
import io.eventschema.Event;
import io.eventschema.Fixed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Bean Validation on the shop's types, through the generated serdes. */
@Event(namespace = "com.acme.shop")
public record Validated(
    @Fixed(4) byte[] tag,
    @AvroDecimal(precision = 5, scale = 2) BigDecimal amount,
    @Digits(integer = 3, fraction = 2) BigDecimal price,
    @Size(max = 2) Set<String> labels,
    @Past Instant at,
    @Past LocalDate day,
    @Min(0) short small,
    @Size(max = 3) int[] scores,
    UUID id,
    List<@NotBlank String> names,
    @Valid Item item) {

  public record Item(@Positive int quantity) {}
}
