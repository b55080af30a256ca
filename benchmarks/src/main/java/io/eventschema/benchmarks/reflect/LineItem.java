package io.eventschema.benchmarks.reflect;

import org.apache.avro.reflect.AvroName;

/** An order line for Avro's reflection. */
public class LineItem {
  public String sku;
  public int quantity;
  @AvroName("unit_price_cents") public long unitPriceCents;
  public String note;
}
