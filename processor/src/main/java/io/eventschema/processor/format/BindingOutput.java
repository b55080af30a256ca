package io.eventschema.processor.format;

import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * What a format binding writes for one event: resources (the schema, under {@code META-INF/}) and
 * classes in the event's package, each with the event as its originating element.
 */
public record BindingOutput(List<Resource> resources, List<TypeSpec> types) {

  public BindingOutput {
    resources = List.copyOf(resources);
    types = List.copyOf(types);
  }

  /** A class-path resource: its path and its text (UTF-8). */
  public record Resource(String path, String text) {}
}
