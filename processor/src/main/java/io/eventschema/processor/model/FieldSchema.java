package io.eventschema.processor.model;

import io.eventschema.processor.model.TypeModel.Info;

/**
 * How one field is written in the schema beyond its name and type: its doc, aliases and custom
 * properties, its default (a JSON tree as {@code schema.Json} prints it, or null for none), and
 * whether to write its Bean Validation constraints as the {@code constraints} property (the event
 * is annotated {@code @ConstraintsInSchema}). {@code noDefault} is true for a nullable field that
 * has no default ({@code @NoDefault}): without it a nullable field's default is null.
 * {@code order} is the field's {@code "order"} as Avro writes it ({@code "descending"}, from
 * {@code @AvroOrder}), or null for none.
 */
public record FieldSchema(Info info, Object defaultValue, boolean writeConstraints,
    boolean noDefault, String order) {
  public static final FieldSchema NONE = new FieldSchema(Info.NONE, null, false, false, null);

  public FieldSchema(Info info, Object defaultValue, boolean writeConstraints) {
    this(info, defaultValue, writeConstraints, false, null);
  }

  public FieldSchema(Info info, Object defaultValue, boolean writeConstraints,
      boolean noDefault) {
    this(info, defaultValue, writeConstraints, noDefault, null);
  }

  /**
   * True if the field of {@code type} has the implicit default null: it is {@code ["null", T]}
   * with neither an {@code @AvroDefault} nor {@code @NoDefault}.
   */
  public boolean nullByDefault(TypeModel type) {
    return !hasDefault() && !noDefault && type instanceof TypeModel.NullableType n
        && n.nullFirst();
  }

  public boolean hasDefault() {
    return defaultValue != null;
  }
}
