package io.eventschema.codec;

/** A field whose schema does not admit null was null when the event was encoded. */
public final class NullFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public NullFieldException(String field) {
    super("field '" + field + "' is null, but its schema does not allow null;"
        + " annotate the component @Nullable or make it Optional<...> if null is a valid value");
    this.field = field;
  }

  /** The path of the field, such as {@code address.city}. */
  public String field() {
    return field;
  }
}
