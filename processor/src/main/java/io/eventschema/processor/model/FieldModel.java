package io.eventschema.processor.model;

import java.util.List;

/**
 * One record component: its Java name (accessor and constructor parameter), its Avro field name,
 * its type, and its Bean Validation constraints (for the generated validator).
 */
public record FieldModel(String javaName, String schemaName, TypeModel type,
    List<ConstraintModel> constraints) {

  public FieldModel {
    constraints = List.copyOf(constraints);
  }

  /** A field without constraints. */
  public FieldModel(String javaName, String schemaName, TypeModel type) {
    this(javaName, schemaName, type, List.of());
  }
}
