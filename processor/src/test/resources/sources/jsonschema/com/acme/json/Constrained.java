package com.acme.json;

import io.eventschema.ConstraintsInSchema;
import io.eventschema.Event;
import io.eventschema.Format;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bean Validation constraints as JSON Schema keywords; the rest as the constraints property. */
@Event(namespace = "com.acme.json", formats = Format.JSON_SCHEMA)
@ConstraintsInSchema
public record Constrained(
    @Size(min = 3, max = 3) String currency,
    @Size(max = 5) List<String> tags,
    @Size(min = 1) Map<String, Integer> stock,
    @Min(1) @Max(99) int quantity,
    @Positive long id,
    @PositiveOrZero int retries,
    @Negative int debt,
    @NegativeOrZero short floor,
    @DecimalMin("0.5") @DecimalMax(value = "100", inclusive = false) double ratio,
    @Pattern(regexp = "[A-Z]{2}-[0-9]+") String code,
    @Pattern(regexp = "abc", flags = Pattern.Flag.CASE_INSENSITIVE) String caseless,
    @Email String email,
    @NotBlank String name,
    @NotBlank @Pattern(regexp = "[a-z]+") String slug,
    @NotEmpty List<String> lines,
    @NotEmpty String comment,
    @NotNull String required,
    @AssertTrue boolean accepted,
    @Digits(integer = 5, fraction = 2) @DecimalMin("0") BigDecimal amount,
    @Past Instant at,
    Optional<@Size(max = 8) String> nickname,
    List<@Min(0) Integer> scores,
    Map<@Size(max = 4) String, @Positive Integer> limits) {}
