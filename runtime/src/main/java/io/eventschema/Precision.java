package io.eventschema;

/** The unit a time value is stored in: see {@link TimePrecision}. */
public enum Precision {
  /** Milliseconds: {@code timestamp-millis}, {@code local-timestamp-millis}, {@code time-millis}. */
  MILLIS,
  /** Microseconds, the default: {@code timestamp-micros}, {@code local-timestamp-micros}, {@code time-micros}. */
  MICROS,
  /** Nanoseconds: {@code timestamp-nanos}, {@code local-timestamp-nanos}; not for LocalTime. */
  NANOS
}
