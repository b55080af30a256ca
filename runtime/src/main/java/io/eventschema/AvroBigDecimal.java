package io.eventschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * Maps a {@link BigDecimal} component to Avro 1.12's {@code {"type": "bytes", "logicalType":
 * "big-decimal"}}: a decimal of any precision and scale, each value carrying its own scale. The
 * bytes are those of Avro's {@code Conversions.BigDecimalConversion}: the unscaled value
 * (two's-complement, big-endian) as Avro {@code bytes}, then the scale as an Avro {@code int},
 * together as one {@code bytes} value. A value is written with the scale it has ({@code 1.50}
 * stays {@code 1.50}), never rounded.
 *
 * <p>Not with {@link AvroDecimal} or {@link Fixed} on the same component (a compile error,
 * EVS054); {@code @Digits} still applies as a Bean Validation constraint.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface AvroBigDecimal {}
