package io.eventschema.codec;

/**
 * A message went past one of the {@link Limits}: more collection items or deeper record nesting
 * than configured. It names the configuration key, so the message says how to allow more.
 */
public final class LimitExceededException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final String key;

  public LimitExceededException(String message, String key) {
    super(message + " (" + key + ")");
    this.key = key;
  }

  /** The configuration key of the limit that was exceeded. */
  public String key() {
    return key;
  }
}
