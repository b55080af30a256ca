package io.eventschema.benchmarks.validation;

import io.eventschema.Event;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A sealed event: Hibernate Validator validates the record it is. */
@Event(namespace = "test.validation")
public sealed interface Shape permits Shape.Circle, Shape.Polygon {

  record Circle(@Positive double radius, @NotBlank @Size(max = 8) String label) implements Shape {}

  record Polygon(@NotEmpty @Size(max = 4) List<@NotNull @Positive Double> sides,
      @Size(max = 2) Set<@NotBlank String> tags) implements Shape {}

  /** A shape one @Valid away, and one that Hibernate Validator does not look into. */
  @Event(namespace = "test.validation")
  record Drawing(@Valid @NotNull Shape main, Shape sketch, @Valid List<Shape> layers) {}
}
