package io.eventschema;

/** How Avro sorts records by a field: see {@link AvroOrder}. */
public enum SortOrder {
  /** {@code "order": "ascending"}, Avro's default. */
  ASCENDING,
  /** {@code "order": "descending"}. */
  DESCENDING,
  /** {@code "order": "ignore"}: the field does not take part in sorting. */
  IGNORE
}
