package io.eventschema.benchmarks;

import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.OrderPlaced.Address;
import io.eventschema.benchmarks.events.OrderPlaced.LineItem;
import io.eventschema.benchmarks.events.OrderPlaced.OrderStatus;
import io.eventschema.benchmarks.events.UserInteractionEvent;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericRecord;

/**
 * Copies between the records and Avro's {@link GenericRecord}s, by field position (the cheapest
 * access generic records allow). Strings read by Avro's generic reader are {@code Utf8}.
 */
final class GenericCopy {
  private static final OrderStatus[] STATUSES = OrderStatus.values();
  private static final Conversions.DecimalConversion DECIMAL = new Conversions.DecimalConversion();

  private final Schema schema;
  private final Schema address;
  private final Schema lineItem;
  private final Schema status;
  private final GenericData.EnumSymbol[] symbols;
  private final Schema total;

  GenericCopy(Schema schema) {
    this.schema = schema;
    if (schema.getField("shipping_address") != null) {
      address = schema.getField("shipping_address").schema();
      lineItem = schema.getField("items").schema().getElementType();
      status = schema.getField("status").schema();
      total = schema.getField("total").schema();
      symbols = new GenericData.EnumSymbol[STATUSES.length];
      for (OrderStatus s : STATUSES) {
        symbols[s.ordinal()] = new GenericData.EnumSymbol(status, s.name());
      }
    } else {
      address = lineItem = status = total = null;
      symbols = null;
    }
  }

  GenericRecord toGeneric(UserInteractionEvent e) {
    GenericData.Record r = new GenericData.Record(schema);
    r.put(0, e.userId());
    r.put(1, e.interactionType());
    r.put(2, e.targetItemId());
    r.put(3, HandWritten.micros(e.timestamp()));
    r.put(4, e.sessionId().orElse(null));
    r.put(5, e.details());
    return r;
  }

  static UserInteractionEvent userInteraction(GenericRecord r) {
    return new UserInteractionEvent((Long) r.get(0), str(r.get(1)), str(r.get(2)),
        HandWritten.instant((Long) r.get(3)), Optional.ofNullable(str(r.get(4))),
        r.get(5) == null ? null : stringMap(r.get(5)));
  }

  GenericRecord toGeneric(OrderPlaced o) {
    GenericData.Record r = new GenericData.Record(schema);
    r.put(0, o.orderId());
    r.put(1, o.customerId());
    r.put(2, HandWritten.micros(o.placedAt()));
    r.put(3, symbols[o.status().ordinal()]);
    r.put(4, toGeneric(o.shippingAddress()));
    r.put(5, o.billingAddress().isPresent() ? toGeneric(o.billingAddress().get()) : null);
    List<GenericRecord> items = new ArrayList<>(o.items().size());
    for (LineItem i : o.items()) {
      GenericData.Record item = new GenericData.Record(lineItem);
      item.put(0, i.sku());
      item.put(1, i.quantity());
      item.put(2, i.unitPriceCents());
      item.put(3, i.note().orElse(null));
      items.add(item);
    }
    r.put(6, items);
    r.put(7, o.attributes());
    r.put(8, o.contactEmail());
    r.put(9, o.loyaltyPoints());
    r.put(10, DECIMAL.toBytes(o.total(), total, total.getLogicalType()));
    return r;
  }

  OrderPlaced order(GenericRecord r) {
    List<?> genericItems = (List<?>) r.get(6);
    List<LineItem> items = new ArrayList<>(genericItems.size());
    for (Object o : genericItems) {
      GenericRecord i = (GenericRecord) o;
      items.add(new LineItem(str(i.get(0)), (Integer) i.get(1), (Long) i.get(2),
          Optional.ofNullable(str(i.get(3)))));
    }
    GenericRecord billing = (GenericRecord) r.get(5);
    return new OrderPlaced(str(r.get(0)), (Long) r.get(1), HandWritten.instant((Long) r.get(2)),
        OrderStatus.valueOf(((GenericEnumSymbol<?>) r.get(3)).toString()),
        address((GenericRecord) r.get(4)),
        billing == null ? Optional.empty() : Optional.of(address(billing)), items,
        stringMap(r.get(7)), str(r.get(8)), (Integer) r.get(9),
        DECIMAL.fromBytes((ByteBuffer) r.get(10), total, total.getLogicalType()));
  }

  private GenericRecord toGeneric(Address a) {
    GenericData.Record r = new GenericData.Record(address);
    r.put(0, a.street());
    r.put(1, a.city());
    r.put(2, a.country());
    r.put(3, a.postalCode());
    return r;
  }

  private static Address address(GenericRecord r) {
    return new Address(str(r.get(0)), str(r.get(1)), str(r.get(2)), str(r.get(3)));
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static Map<String, String> stringMap(Object o) {
    Map<?, ?> m = (Map<?, ?>) o;
    Map<String, String> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
    for (Map.Entry<?, ?> e : m.entrySet()) {
      out.put(e.getKey().toString(), e.getValue().toString());
    }
    return out;
  }
}
