package io.eventschema.processor.model;

import io.eventschema.processor.model.TypeModel.Info;

/**
 * How one field is written in the schema beyond its name and type: its doc, aliases and custom
 * properties, its default (a JSON tree as {@code schema.Json} prints it, or null for none), and
 * whether to write its Bean Validation constraints as the {@code constraints} property (the event
 * is annotated {@code @ConstraintsInSchema}).
 */
public record FieldSchema(Info info, Object defaultValue, boolean writeConstraints) {
  public static final FieldSchema NONE = new FieldSchema(Info.NONE, null, false);

  public boolean hasDefault() {
    return defaultValue != null;
  }
}
