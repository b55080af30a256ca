package io.eventschema.registry;

import java.util.List;
import java.util.Objects;

/**
 * A schema as the registry holds it. {@code subject} and {@code version} are absent (null, 0) where
 * the answer does not say them, as for {@code GET /schemas/ids/{id}}.
 */
public record RegisteredSchema(
    String subject, int version, int id, String schemaType, String schema,
    List<SchemaReference> references) {

  public RegisteredSchema {
    Objects.requireNonNull(schema, "schema");
    schemaType = schemaType == null || schemaType.isEmpty() ? SchemaRegistryClient.AVRO : schemaType;
    references = references == null ? List.of() : List.copyOf(references);
  }
}
