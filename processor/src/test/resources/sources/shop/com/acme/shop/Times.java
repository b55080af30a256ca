package com.acme.shop;

import io.eventschema.Event;
import io.eventschema.Precision;
import io.eventschema.TimePrecision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** java.time with a per-event precision (millis) and per-field overrides. */
@Event(namespace = "com.acme.shop")
@TimePrecision(Precision.MILLIS)
public record Times(
    Instant createdAt,
    @TimePrecision(Precision.MICROS) Instant seenAt,
    @TimePrecision(Precision.NANOS) Instant measuredAt,
    LocalDateTime localMillis,
    @TimePrecision(Precision.MICROS) LocalDateTime localMicros,
    @TimePrecision(Precision.NANOS) LocalDateTime localNanos,
    LocalDate day,
    LocalTime opensAt,
    @TimePrecision(Precision.MICROS) LocalTime closesAt,
    @TimePrecision(Precision.NANOS) List<Instant> ticks,
    Optional<LocalDate> holiday,
    Slot slot) {

  /** A nested record without its own precision: the event's (millis) applies. */
  public record Slot(Instant start, LocalTime at) {}
}
