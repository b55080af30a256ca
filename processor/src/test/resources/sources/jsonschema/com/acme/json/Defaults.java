package com.acme.json;

import io.eventschema.AvroDefault;
import io.eventschema.Event;
import io.eventschema.Fixed;
import io.eventschema.Format;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Defaults as Avro's JSON encoding in @AvroDefault, as the JSON codec's encoding in JSON Schema.
 *
 * @param currency the currency, EUR when an older writer left it out
 */
@Event(namespace = "com.acme.json", formats = {Format.AVRO, Format.JSON_SCHEMA})
public record Defaults(
    String id,
    @AvroDefault("\"EUR\"") String currency,
    @AvroDefault("3") int tries,
    @AvroDefault("\"\\u0001\\u00ff\"") byte[] magic,
    @AvroDefault("\"\\u0000\\u0000\\u0001\"") @Fixed(3) byte[] triple,
    @AvroDefault("\"\\u0004\\u00d2\"") @Digits(integer = 4, fraction = 2) BigDecimal price,
    @AvroDefault("1700000000123456") Instant at,
    @AvroDefault("19000") LocalDate day,
    @AvroDefault("36000000000") LocalTime opens,
    @AvroDefault("[1, 2]") List<Integer> levels,
    @AvroDefault("{\"a\": \"x\"}") Map<String, String> labels,
    @AvroDefault("\"LOW\"") Kinds.Level level,
    @AvroDefault("\"note\"") @Nullable String note,
    @AvroDefault("5") Optional<Integer> limit) {}
