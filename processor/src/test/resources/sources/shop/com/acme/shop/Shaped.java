package com.acme.shop;

import io.eventschema.AvroAlias;
import io.eventschema.AvroDefault;
import io.eventschema.AvroDoc;
import io.eventschema.AvroName;
import io.eventschema.AvroProp;
import io.eventschema.ConstraintsInSchema;
import io.eventschema.Event;
import io.eventschema.FieldNaming;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's order, as {@code checkout} records it.
 *
 * <p>Second paragraph.
 *
 * @param orderId the order's id, from the {@link Shaped} checkout
 * @param currency ISO 4217 code
 * @param note free text
 */
@Event(namespace = "com.acme.shop", fieldNaming = FieldNaming.SNAKE_CASE)
@ConstraintsInSchema
@AvroAlias({"Order", "com.acme.legacy.Order"})
@AvroProp(key = "owner", value = "\"checkout-team\"")
@AvroProp(key = "retention", value = "{\"days\": 30}")
public record Shaped(
    @Positive long orderId,
    @AvroDefault("\"EUR\"") @Size(min = 3, max = 3) String currency,
    @AvroDefault("\"none\"") @Nullable String note,
    @AvroDefault("0") Optional<Integer> attempts,
    @AvroDefault("\"OPEN\"") Status status,
    @AvroDefault("[]") List<@NotBlank String> tags,
    @AvroDefault("{}") Map<String, @Min(1) Integer> quantities,
    @AvroDefault("{\"side\": 1.0}") Shape shape,
    @AvroDefault("null") @Nullable Shape previousShape,
    @AvroName("customerRef") @AvroAlias("customer") String customerId,
    @AvroDoc("overrides any Javadoc") @AvroProp(key = "pii", value = "true") String email,
    Optional<@Size(max = 64) String> coupon) {}
