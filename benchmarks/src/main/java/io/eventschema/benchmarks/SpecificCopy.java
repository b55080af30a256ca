package io.eventschema.benchmarks;

import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.OrderPlaced.Address;
import io.eventschema.benchmarks.events.OrderPlaced.LineItem;
import io.eventschema.benchmarks.events.OrderPlaced.OrderStatus;
import io.eventschema.benchmarks.events.UserInteractionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies between the records and the classes avro-maven-plugin generates for the same schemas
 * (all-args constructors and getters: the cheapest copy those classes allow). Users of the specific
 * path who keep their own domain types pay this on every message.
 */
final class SpecificCopy {
  private static final OrderStatus[] STATUSES = OrderStatus.values();
  private static final com.example.orders.OrderStatus[] SPECIFIC_STATUSES =
      com.example.orders.OrderStatus.values();

  private SpecificCopy() {}

  static com.example.events.UserInteractionEvent toSpecific(UserInteractionEvent e) {
    return new com.example.events.UserInteractionEvent(e.userId(), e.interactionType(),
        e.targetItemId(), e.timestamp(), e.sessionId().orElse(null), e.details());
  }

  static UserInteractionEvent fromSpecific(com.example.events.UserInteractionEvent s) {
    return new UserInteractionEvent(s.getUserId(), s.getInteractionType(), s.getTargetItemId(),
        s.getTimestamp(), Optional.ofNullable(s.getSessionId()), s.getDetails());
  }

  static com.example.orders.OrderPlaced toSpecific(OrderPlaced o) {
    List<com.example.orders.LineItem> items = new ArrayList<>(o.items().size());
    for (LineItem i : o.items()) {
      items.add(new com.example.orders.LineItem(i.sku(), i.quantity(), i.unitPriceCents(),
          i.note().orElse(null)));
    }
    return new com.example.orders.OrderPlaced(o.orderId(), o.customerId(), o.placedAt(),
        SPECIFIC_STATUSES[o.status().ordinal()], toSpecific(o.shippingAddress()),
        o.billingAddress().map(SpecificCopy::toSpecific).orElse(null), items, o.attributes(),
        o.contactEmail(), o.loyaltyPoints(), o.total());
  }

  static OrderPlaced fromSpecific(com.example.orders.OrderPlaced s) {
    List<LineItem> items = new ArrayList<>(s.getItems().size());
    for (com.example.orders.LineItem i : s.getItems()) {
      items.add(new LineItem(i.getSku(), i.getQuantity(), i.getUnitPriceCents(),
          Optional.ofNullable(i.getNote())));
    }
    com.example.orders.Address billing = s.getBillingAddress();
    return new OrderPlaced(s.getOrderId(), s.getCustomerId(), s.getPlacedAt(),
        STATUSES[s.getStatus().ordinal()], fromSpecific(s.getShippingAddress()),
        billing == null ? Optional.empty() : Optional.of(fromSpecific(billing)), items,
        s.getAttributes(), s.getContactEmail(), s.getLoyaltyPoints(), s.getTotal());
  }

  private static com.example.orders.Address toSpecific(Address a) {
    return new com.example.orders.Address(a.street(), a.city(), a.country(), a.postalCode());
  }

  private static Address fromSpecific(com.example.orders.Address a) {
    return new Address(a.getStreet(), a.getCity(), a.getCountry(), a.getPostalCode());
  }
}
