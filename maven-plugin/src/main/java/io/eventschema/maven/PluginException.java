package io.eventschema.maven;

/** A problem in the user's build or configuration that fails the goal with this message. */
final class PluginException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PluginException(String message) {
    super(message);
  }

  PluginException(String message, Throwable cause) {
    super(message, cause);
  }
}
