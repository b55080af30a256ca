package io.eventschema.processor.model;

/** An Avro full name: namespace (may be empty) and simple name. */
public record SchemaName(String namespace, String name) {

  public String fullName() {
    return namespace.isEmpty() ? name : namespace + "." + name;
  }

  @Override
  public String toString() {
    return fullName();
  }
}
