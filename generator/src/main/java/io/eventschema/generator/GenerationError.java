package io.eventschema.generator;

/**
 * Why a schema (or part of it) was not generated: where ({@link #source()} the file or subject, and
 * {@link #path()} inside the schema, e.g. {@code com.acme.Order.lines[].price}), what construct,
 * and what the user can do. Nothing is written for a schema with an error, so no record silently
 * stands for a different schema.
 */
public record GenerationError(String source, String path, String construct, String message,
    String choices) {

  /** One line: {@code source: path: message (construct) Choices: ...}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (!path.isEmpty()) {
      sb.append(": ").append(path);
    }
    sb.append(": ").append(message);
    if (!construct.isEmpty()) {
      sb.append(" [").append(construct).append(']');
    }
    if (!choices.isEmpty()) {
      sb.append(". ").append(choices);
    }
    return sb.toString();
  }
}
