package io.eventschema.processor.mapping;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The values of one {@code @Event} annotation, read through its mirror (never through the
 * annotation class, which the processor does not load). Empty strings mean "the default".
 */
public record EventSettings(String name, String namespace, String fieldNaming) {

  public static final String SNAKE_CASE = "SNAKE_CASE";
  public static final String AS_DECLARED = "AS_DECLARED";
  public static final String CAMEL_CASE = "CAMEL_CASE";
  public static final String PASCAL_CASE = "PASCAL_CASE";

  /** Reads the explicit values of {@code event}, defaulting the rest. */
  public static EventSettings of(AnnotationMirror event) {
    String name = "";
    String namespace = "";
    String fieldNaming = AS_DECLARED;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : event.getElementValues().entrySet()) {
      Object value = e.getValue().getValue();
      switch (e.getKey().getSimpleName().toString()) {
        case "name" -> name = String.valueOf(value);
        case "namespace" -> namespace = String.valueOf(value);
        case "fieldNaming" -> fieldNaming = value instanceof VariableElement v
            ? v.getSimpleName().toString() : String.valueOf(value);
        default -> { }
      }
    }
    return new EventSettings(name, namespace, fieldNaming);
  }

  /** The Avro field name of a component named {@code javaName}. */
  public String fieldName(String javaName) {
    return switch (fieldNaming) {
      case SNAKE_CASE -> Names.snakeCase(javaName);
      case CAMEL_CASE -> Names.camelCase(javaName);
      case PASCAL_CASE -> Names.pascalCase(javaName);
      default -> javaName;
    };
  }
}
