package io.eventschema.benchmarks.reflect;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.reflect.AvroName;

/** The larger event as a class for Avro's reflection. */
public class OrderPlaced {
  @AvroName("order_id") public String orderId;
  @AvroName("customer_id") public long customerId;
  @AvroName("placed_at") public Instant placedAt;
  public OrderStatus status;
  @AvroName("shipping_address") public Address shippingAddress;
  @AvroName("billing_address") public Address billingAddress;
  public List<LineItem> items;
  public Map<String, String> attributes;
  @AvroName("contact_email") public String contactEmail;
  @AvroName("loyalty_points") public int loyaltyPoints;
  public BigDecimal total;
}
