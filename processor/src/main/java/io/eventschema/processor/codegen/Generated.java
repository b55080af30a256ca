package io.eventschema.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/**
 * The {@code @Generated} marker for generated classes: the processor's name only, no date, so
 * output is reproducible. Absent when the annotation is not on the compile path.
 */
public final class Generated {
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final String PROCESSOR = "io.eventschema.processor.EventProcessor";

  private final boolean available;

  public Generated(boolean available) {
    this.available = available;
  }

  public void annotate(TypeSpec.Builder type) {
    if (available) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
  }
}
