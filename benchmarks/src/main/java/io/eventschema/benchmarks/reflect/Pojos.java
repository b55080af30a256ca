package io.eventschema.benchmarks.reflect;

import io.eventschema.benchmarks.events.OrderPlaced.OrderStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.reflect.ReflectData;

/**
 * The reflect path's setup: the schema under these classes' names (same binary layout as the
 * records' schema), the {@link ReflectData} with the timestamp conversion, and copies from and to
 * the records for the benchmark's fixtures and checks (not measured: reflection users keep these
 * classes as their domain types).
 */
public final class Pojos {
  private Pojos() {}

  /** {@code schema} with its namespaces renamed to this package, so reflection finds these classes. */
  public static Schema renamed(Schema schema) {
    String json = schema.toString()
        .replace("\"com.example.events\"", "\"" + Pojos.class.getPackageName() + "\"")
        .replace("\"com.example.orders\"", "\"" + Pojos.class.getPackageName() + "\"")
        .replace("com.example.orders.", Pojos.class.getPackageName() + ".");
    return new Schema.Parser().parse(json);
  }

  /** Avro's reflection with the timestamp-micros conversion the schemas use. */
  public static ReflectData data() {
    ReflectData data = new ReflectData();
    data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
    data.addLogicalTypeConversion(new Conversions.DecimalConversion());
    return data;
  }

  public static UserInteractionEvent of(io.eventschema.benchmarks.events.UserInteractionEvent e) {
    UserInteractionEvent p = new UserInteractionEvent();
    p.userId = e.userId();
    p.interactionType = e.interactionType();
    p.targetItemId = e.targetItemId();
    p.timestamp = e.timestamp();
    p.sessionId = e.sessionId().orElse(null);
    p.details = e.details();
    return p;
  }

  public static io.eventschema.benchmarks.events.UserInteractionEvent toRecord(
      UserInteractionEvent p) {
    return new io.eventschema.benchmarks.events.UserInteractionEvent(p.userId, p.interactionType,
        p.targetItemId, p.timestamp, Optional.ofNullable(p.sessionId),
        p.details == null ? null : strings(p.details));
  }

  public static OrderPlaced of(io.eventschema.benchmarks.events.OrderPlaced o) {
    OrderPlaced p = new OrderPlaced();
    p.orderId = o.orderId();
    p.customerId = o.customerId();
    p.placedAt = o.placedAt();
    p.status = io.eventschema.benchmarks.reflect.OrderStatus.valueOf(o.status().name());
    p.shippingAddress = of(o.shippingAddress());
    p.billingAddress = o.billingAddress().map(Pojos::of).orElse(null);
    p.items = new ArrayList<>();
    for (io.eventschema.benchmarks.events.OrderPlaced.LineItem i : o.items()) {
      LineItem l = new LineItem();
      l.sku = i.sku();
      l.quantity = i.quantity();
      l.unitPriceCents = i.unitPriceCents();
      l.note = i.note().orElse(null);
      p.items.add(l);
    }
    p.attributes = o.attributes();
    p.contactEmail = o.contactEmail();
    p.loyaltyPoints = o.loyaltyPoints();
    p.total = o.total();
    return p;
  }

  public static io.eventschema.benchmarks.events.OrderPlaced toRecord(OrderPlaced p) {
    var items = new ArrayList<io.eventschema.benchmarks.events.OrderPlaced.LineItem>();
    for (LineItem l : p.items) {
      items.add(new io.eventschema.benchmarks.events.OrderPlaced.LineItem(l.sku, l.quantity,
          l.unitPriceCents, Optional.ofNullable(l.note)));
    }
    return new io.eventschema.benchmarks.events.OrderPlaced(p.orderId, p.customerId, p.placedAt,
        OrderStatus.valueOf(p.status.name()), toRecord(p.shippingAddress),
        Optional.ofNullable(p.billingAddress).map(Pojos::toRecord), items, strings(p.attributes),
        p.contactEmail, p.loyaltyPoints, p.total);
  }

  private static Address of(io.eventschema.benchmarks.events.OrderPlaced.Address a) {
    Address p = new Address();
    p.street = a.street();
    p.city = a.city();
    p.country = a.country();
    p.postalCode = a.postalCode();
    return p;
  }

  private static io.eventschema.benchmarks.events.OrderPlaced.Address toRecord(Address p) {
    return new io.eventschema.benchmarks.events.OrderPlaced.Address(p.street, p.city, p.country,
        p.postalCode);
  }

  private static Map<String, String> strings(Map<?, ?> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.toString(), v.toString()));
    return out;
  }
}
