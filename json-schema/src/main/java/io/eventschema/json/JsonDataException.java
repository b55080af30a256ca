package io.eventschema.json;

/**
 * A JSON payload is not a valid event: a value of the wrong JSON type, a missing required property,
 * a number out of range or with a fraction where an integer belongs, a malformed date, too deep or
 * too many items. Says where, as a JSON path ({@code $.items[2].quantity}). The deserializer turns
 * it into a {@link io.eventschema.serde.MalformedEventException} that also names topic, subject
 * and schema id.
 */
public final class JsonDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  public JsonDataException(String path, String problem) {
    this(path, problem, null);
  }

  public JsonDataException(String path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  /** Where in the payload, such as {@code $.items[2].quantity}; {@code $} is the event itself. */
  public String path() {
    return path;
  }

  /** What was wrong there, without the path. */
  public String problem() {
    return problem;
  }
}
