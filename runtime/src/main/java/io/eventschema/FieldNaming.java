package io.eventschema;

/** How a record component's Java name becomes its Avro field name. */
public enum FieldNaming {
  /** The component name as written: {@code userId} stays {@code userId}. */
  AS_DECLARED,
  /**
   * Lower snake case, as Pydantic and most Python services write fields: {@code userId} becomes
   * {@code user_id}, {@code httpURLValue} becomes {@code http_url_value}.
   */
  SNAKE_CASE
}
