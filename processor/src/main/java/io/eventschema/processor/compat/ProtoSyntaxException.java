package io.eventschema.processor.compat;

/** A history {@code .proto} that {@link ProtoFile#parse} does not understand, at a line. */
final class ProtoSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  ProtoSyntaxException(String source, int line, String message) {
    super(source + ":" + line + ": " + message);
    this.source = source;
    this.line = line;
  }

  String source() {
    return source;
  }

  int line() {
    return line;
  }
}
