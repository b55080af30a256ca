package io.eventschema.evolution;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One earlier version of a schema: its version number (as in the registry, or {@code N} of a
 * history file {@code v<N>.avsc}), the schema, and where it came from, for messages.
 */
public record SchemaVersion(int version, Schema schema, String source) {
  public SchemaVersion {
    Objects.requireNonNull(schema, "schema");
    source = source == null ? "v" + version : source;
  }

  public SchemaVersion(int version, Schema schema) {
    this(version, schema, null);
  }
}
