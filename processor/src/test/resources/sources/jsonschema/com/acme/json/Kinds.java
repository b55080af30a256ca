package com.acme.json;

import io.eventschema.CharAs;
import io.eventschema.Event;
import io.eventschema.Fixed;
import io.eventschema.Format;
import io.eventschema.Precision;
import io.eventschema.TimePrecision;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Every scalar, in JSON.
 *
 * @param flag a boolean
 */
@Event(namespace = "com.acme.json", formats = {Format.AVRO, Format.JSON_SCHEMA})
public record Kinds(
    boolean flag,
    int count,
    Long total,
    float ratio,
    double score,
    byte tiny,
    Short small,
    @CharAs(CharAs.Kind.STRING) char initial,
    @CharAs(CharAs.Kind.INT) char code,
    String label,
    CharSequence text,
    byte[] blob,
    ByteBuffer buffer,
    @Fixed(4) byte[] tag,
    UUID id,
    @Digits(integer = 10, fraction = 2) BigDecimal price,
    Instant at,
    @TimePrecision(Precision.MILLIS) Instant atMillis,
    LocalDateTime local,
    LocalDate day,
    LocalTime time,
    Level level) {

  /** How loud. */
  public enum Level { LOW, HIGH }
}
