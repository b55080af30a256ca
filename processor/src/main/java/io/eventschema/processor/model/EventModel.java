package io.eventschema.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * One {@code @Event} type, ready for the format bindings: its root (a record, or for a sealed
 * interface a union of records), its schema name (namespace and name: every format's resource and
 * full name), and where its generated classes go ({@code <package>.<Outer_Inner>Codec} and so on).
 */
public record EventModel(TypeModel root, SchemaName name, ClassName recordClass,
    String generatedPrefix) {

  /** An event whose root is a record: its name is the record's. */
  public EventModel(TypeModel.RecordType root, ClassName recordClass, String generatedPrefix) {
    this(root, root.schemaName(), recordClass, generatedPrefix);
  }

  public ClassName codecClass() {
    return generated("Codec");
  }

  public ClassName generated(String suffix) {
    return ClassName.get(recordClass.packageName(), generatedPrefix + suffix);
  }
}
