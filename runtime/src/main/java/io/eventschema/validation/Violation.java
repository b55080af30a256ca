package io.eventschema.validation;

/**
 * One constraint violation: the property path ({@code details}, {@code sessionId.<optional value>}),
 * the interpolated message, the rejected value, and the constraint's annotation type.
 */
public record Violation(String propertyPath, String message, Object invalidValue,
    String constraint) {

  @Override
  public String toString() {
    return propertyPath + ": " + message + " (was " + render(invalidValue) + ")";
  }

  private static String render(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
