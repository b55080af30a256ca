package io.eventschema.benchmarks.validation;

import io.eventschema.AvroDecimal;
import io.eventschema.Event;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every built-in constraint the generated validator checks, on every shape it checks them in. */
@Event(namespace = "test.validation")
public record Constrained(
    @NotNull @Size(min = 2, max = 8) String code,
    @NotBlank String name,
    @NotEmpty @Size(max = 3) List<@NotBlank @Size(max = 5) String> tags,
    @Nullable @Size(max = 3) Map<@Size(min = 1, max = 4) String, @NotNull @Pattern(regexp = "[a-z]+") String> labels,
    Optional<@Email String> email,
    @Nullable @Email(regexp = ".+@example\\.com") String workEmail,
    @Min(-5) @Max(5) int level,
    @Positive long count,
    @PositiveOrZero Integer boxed,
    @Negative int negative,
    @NegativeOrZero long negativeOrZero,
    @Digits(integer = 3, fraction = 0) long digits,
    @DecimalMin("1.5") @DecimalMax(value = "100", inclusive = false) long decimal,
    @Positive double ratio,
    @NotNull @PositiveOrZero @Digits(integer = 4, fraction = 2) BigDecimal amount,
    @Nullable @Negative @Digits(integer = 12, fraction = 2) BigDecimal debt,
    @NotNull @AvroDecimal(precision = 6, scale = 2) BigDecimal price,
    @PositiveOrZero float share,
    @Past Instant past,
    @Nullable @PastOrPresent Instant pastOrPresent,
    @Nullable @Future Instant future,
    @Nullable @FutureOrPresent Instant futureOrPresent,
    @Nullable @Past LocalDate born,
    @Nullable @Future LocalDateTime due,
    @Nullable @PastOrPresent LocalTime startedAt,
    @AssertTrue boolean accepted,
    @AssertFalse Boolean rejected,
    @Null @Nullable String mustBeNull,
    @NotEmpty @Size(max = 4) byte[] bytes,
    @Pattern(regexp = "^[A-Z]{2}-\\d+$", flags = Pattern.Flag.CASE_INSENSITIVE) String reference,
    @Valid @NotNull Inner inner,
    @Valid List<@NotNull Inner> inners,
    Optional<@Valid Inner> maybeInner,
    @Nullable Map<String, @Valid Inner> innerByKey,
    Inner notCascaded) {

  /** Reached through @Valid (and once without it, where Hibernate Validator does not look). */
  public record Inner(@NotBlank @Size(max = 6) String id, @Max(10) int n) {}
}
