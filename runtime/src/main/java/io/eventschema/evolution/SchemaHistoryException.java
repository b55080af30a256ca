package io.eventschema.evolution;

import java.nio.file.Path;

/** A schema history folder or file cannot be read or used: says which file and why. */
public final class SchemaHistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  public SchemaHistoryException(Path path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /** The file or folder at fault. */
  public Path path() {
    return path;
  }
}
