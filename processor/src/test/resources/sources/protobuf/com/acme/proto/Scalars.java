package com.acme.proto;

import io.eventschema.CharAs;
import io.eventschema.EnumDefault;
import io.eventschema.Event;
import io.eventschema.Fixed;
import io.eventschema.Format;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Every scalar, in Protobuf. */
@Event(namespace = "com.acme.proto", formats = {Format.AVRO, Format.PROTOBUF})
public record Scalars(
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
    LocalDateTime local,
    LocalDate day,
    LocalTime time,
    Level level,
    Optional<String> note,
    @Nullable Integer retries,
    Optional<Level> maybeLevel,
    Optional<Double> maybeScore,
    @Nullable Instant closedAt) {

  /** How loud; readers of an older schema read a new level as UNKNOWN. */
  public enum Level { LOW, HIGH, @EnumDefault UNKNOWN }
}
