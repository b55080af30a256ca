package io.eventschema.maven;

import java.nio.file.Path;

/**
 * One schema the processor wrote into the build's output: an event's full name, the registry's
 * schema type ({@code AVRO}, {@code JSON}), the text the serdes register, and the file it came from.
 */
record LocalSchema(String fullName, String schemaType, String text, Path file) {

  /** The last dot-separated part of the full name. */
  String simpleName() {
    return fullName.substring(fullName.lastIndexOf('.') + 1);
  }

  /** {@code com.example.Order (AVRO)}. */
  String label() {
    return fullName + " (" + schemaType + ")";
  }
}
