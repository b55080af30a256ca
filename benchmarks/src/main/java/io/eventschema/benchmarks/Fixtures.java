package io.eventschema.benchmarks;

import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.OrderPlaced.Address;
import io.eventschema.benchmarks.events.OrderPlaced.LineItem;
import io.eventschema.benchmarks.events.OrderPlaced.OrderStatus;
import io.eventschema.benchmarks.events.ProtobufUserInteractionEvent;
import io.eventschema.benchmarks.events.UserInteractionEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The events every benchmark writes, reads and validates: valid, and typical in size. */
public final class Fixtures {
  private Fixtures() {}

  /** A reference event with every optional field present. */
  public static UserInteractionEvent userInteraction() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("page", "/products/42");
    details.put("referrer", "search");
    details.put("experiment", "checkout-b");
    return new UserInteractionEvent(
        1_234_567L,
        "add_to_cart",
        "sku-000042",
        Instant.parse("2026-03-14T09:26:53.589793Z"),
        Optional.of("sess-7f3a9c21"),
        details);
  }

  /** The reference event for Protobuf: the same values as {@link #userInteraction()}. */
  public static ProtobufUserInteractionEvent protobufUserInteraction() {
    UserInteractionEvent e = userInteraction();
    return new ProtobufUserInteractionEvent(e.userId(), e.interactionType(), e.targetItemId(),
        e.timestamp(), e.sessionId(), e.details());
  }

  /** An order of three lines, with a billing address and four attributes. */
  public static OrderPlaced order() {
    Address shipping = new Address("221B Baker Street", "London", "GB", "NW1 6XE");
    Address billing = new Address("10 Downing Street", "London", "GB", null);
    List<LineItem> items = List.of(
        new LineItem("BOOK-0001", 1, 1_999L, Optional.empty()),
        new LineItem("PIPE-0042", 2, 4_550L, Optional.of("gift wrap, please")),
        new LineItem("HAT-DEER-7", 1, 3_200L, Optional.empty()));
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("channel", "web");
    attributes.put("campaign", "spring-sale");
    attributes.put("currency", "GBP");
    attributes.put("device", "mobile");
    return new OrderPlaced(
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        987_654_321L,
        Instant.parse("2026-03-14T09:26:53.589793Z"),
        OrderStatus.PLACED,
        shipping,
        Optional.of(billing),
        items,
        attributes,
        "sherlock@example.com",
        120,
        new BigDecimal("137.49"));
  }
}
