package io.eventschema.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * One {@code @Event} type, ready for the writers: its schema root (a record, or for a sealed
 * interface a union of records), its Avro name (the resource and the codec's {@code fullName}),
 * and where its generated classes go ({@code <package>.<Outer_Inner>Codec} and so on).
 */
public record EventModel(TypeModel root, AvroName name, ClassName recordClass,
    String generatedPrefix) {

  /** An event whose root is a record: its name is the record's. */
  public EventModel(TypeModel.RecordType root, ClassName recordClass, String generatedPrefix) {
    this(root, root.avroName(), recordClass, generatedPrefix);
  }

  public ClassName codecClass() {
    return generated("Codec");
  }

  public ClassName generated(String suffix) {
    return ClassName.get(recordClass.packageName(), generatedPrefix + suffix);
  }

  /** The schema resource path, {@code META-INF/avro/<full name>.avsc}. */
  public String schemaResource() {
    return "META-INF/avro/" + name.fullName() + ".avsc";
  }
}
