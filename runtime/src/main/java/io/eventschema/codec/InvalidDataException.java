package io.eventschema.codec;

import java.io.IOException;

/** The bytes are not valid Avro binary for the schema being read. */
public class InvalidDataException extends IOException {
  private static final long serialVersionUID = 1L;

  public InvalidDataException(String message) {
    super(message);
  }
}
