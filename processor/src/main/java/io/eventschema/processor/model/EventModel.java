package io.eventschema.processor.model;

import com.palantir.javapoet.ClassName;
import io.eventschema.processor.model.TypeModel.RecordType;

/**
 * One {@code @Event} record, ready for the writers: its schema root, and where its generated
 * classes go ({@code <package>.<Outer_Inner>Codec} and so on).
 */
public record EventModel(RecordType root, ClassName recordClass, String generatedPrefix) {

  public ClassName codecClass() {
    return generated("Codec");
  }

  public ClassName generated(String suffix) {
    return ClassName.get(recordClass.packageName(), generatedPrefix + suffix);
  }

  /** The schema resource path, {@code META-INF/avro/<full name>.avsc}. */
  public String schemaResource() {
    return "META-INF/avro/" + root.avroName().fullName() + ".avsc";
  }
}
