package io.eventschema;

/**
 * How a record component's Java name becomes its Avro field name. A component annotated
 * {@link AvroName} keeps the name given there.
 */
public enum FieldNaming {
  /** The component name as written: {@code userId} stays {@code userId}. */
  AS_DECLARED,
  /**
   * Lower snake case, as Pydantic and most Python services write fields: {@code userId} becomes
   * {@code user_id}, {@code httpURLValue} becomes {@code http_url_value}.
   */
  SNAKE_CASE,
  /**
   * Lower camel case, for components written in snake case: {@code user_id} becomes
   * {@code userId}; a name without underscores is kept.
   */
  CAMEL_CASE,
  /**
   * Upper camel case, as .NET services often write fields: {@code userId} and {@code user_id}
   * become {@code UserId}.
   */
  PASCAL_CASE
}
