package io.eventschema.generator;

/**
 * How a field of Avro type {@code ["null", T]} (default null) is written in Java. Both give the same
 * schema; array items and map values that may be null are always {@code @Nullable}, since an
 * {@code Optional} inside a collection is not what a Java programmer writes.
 */
public enum NullStyle {
  /**
   * {@code @Nullable T} (jspecify's {@code org.jspecify.annotations.Nullable} unless
   * {@link Generator.Builder#nullableAnnotation(String)} names another). The default: it works in
   * every position a schema can put a null (fields, array items, map values), a record component
   * costs no wrapper, and the record's accessors return what Avro readers in other languages see.
   */
  NULLABLE,
  /** {@code Optional<T>} for fields; {@code @Nullable} for array items and map values. */
  OPTIONAL
}
