package io.eventschema.validation;

/**
 * One constraint violation: the Java property path, as Bean Validation gives it
 * ({@code customerId}, {@code items[2].unitPrice}, {@code tags[1].<list element>}), the
 * interpolated message, the rejected value, the constraint's annotation type, and the same path in
 * the schema's field names ({@code customer_id}, {@code items[2].unit_price}), which the other
 * services reading the topic know the field by.
 *
 * @param schemaPath the path in the schema's field names; equal to {@code propertyPath} when no
 *     field on the way is named otherwise in the schema (or the names are unknown)
 */
public record Violation(String propertyPath, String message, Object invalidValue,
    String constraint, String schemaPath) {

  /** A violation whose fields have their Java names in the schema too. */
  public Violation(String propertyPath, String message, Object invalidValue, String constraint) {
    this(propertyPath, message, invalidValue, constraint, propertyPath);
  }

  /**
   * {@code customerId (customer_id): must not be blank (was '')}: the schema's path in
   * parentheses when it differs from the Java one.
   */
  @Override
  public String toString() {
    return propertyPath + (schemaPath == null || schemaPath.equals(propertyPath) ? ""
        : " (" + schemaPath + ")") + ": " + message + " (was " + render(invalidValue) + ")";
  }

  private static String render(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
