package io.eventschema.benchmarks.events;

import io.eventschema.Event;
import io.eventschema.FieldNaming;
import io.eventschema.Format;
import io.eventschema.SharedType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The larger benchmark event: nested records, an array of records, a map, unions (an optional
 * record and a nullable string), an enum, a decimal and a timestamp.
 */
@Event(namespace = "com.example.orders", fieldNaming = FieldNaming.SNAKE_CASE,
    formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})
public record OrderPlaced(
    @NotBlank @Size(max = 36) String orderId,
    @Positive long customerId,
    @NotNull @PastOrPresent Instant placedAt,
    @NotNull OrderStatus status,
    @NotNull @Valid Address shippingAddress,
    Optional<@Valid Address> billingAddress,
    @NotEmpty @Size(max = 100) List<@NotNull @Valid LineItem> items,
    @NotNull @Size(max = 16) Map<String, @NotBlank @Size(max = 64) String> attributes,
    @Nullable @Email @Size(max = 254) String contactEmail,
    @PositiveOrZero int loyaltyPoints,
    @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal total) {

  // shared code (OrderPlaced_AddressAvroCodec), which the two address fields call, as the events
  // of a module that share an address would; the Javadoc is the schema's doc, so it stays as it was
  /** Where an order goes. */
  @SharedType(fieldNaming = FieldNaming.SNAKE_CASE)
  public record Address(
      @NotBlank @Size(max = 100) String street,
      @NotBlank @Size(max = 60) String city,
      @NotBlank @Size(min = 2, max = 2) String country,
      @Nullable @Size(max = 12) String postalCode) {}

  /** One line of an order. */
  public record LineItem(
      @NotBlank @Size(max = 32) String sku,
      @Positive int quantity,
      @PositiveOrZero long unitPriceCents,
      Optional<@Size(max = 200) String> note) {}

  /** Where the order stands. */
  public enum OrderStatus { PLACED, PAID, SHIPPED, CANCELLED }
}
