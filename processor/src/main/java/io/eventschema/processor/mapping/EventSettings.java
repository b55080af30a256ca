package io.eventschema.processor.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * The values of one {@code @Event} annotation, read through its mirror (never through the
 * annotation class, which the processor does not load). Empty strings mean "the default".
 *
 * @param formats the names of the {@code io.eventschema.Format} constants the event asks for, in
 *     the order given ({@code AVRO} when the annotation does not say)
 */
public record EventSettings(String name, String namespace, String fieldNaming,
    List<String> formats) {

  public EventSettings {
    formats = List.copyOf(formats);
  }

  /** Settings with the default format, Avro. */
  public EventSettings(String name, String namespace, String fieldNaming) {
    this(name, namespace, fieldNaming, List.of("AVRO"));
  }

  public static final String SNAKE_CASE = "SNAKE_CASE";
  public static final String AS_DECLARED = "AS_DECLARED";
  public static final String CAMEL_CASE = "CAMEL_CASE";
  public static final String PASCAL_CASE = "PASCAL_CASE";

  /** Reads the explicit values of {@code event}, defaulting the rest. */
  public static EventSettings of(AnnotationMirror event) {
    String name = "";
    String namespace = "";
    String fieldNaming = AS_DECLARED;
    List<String> formats = List.of("AVRO");
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : event.getElementValues().entrySet()) {
      Object value = e.getValue().getValue();
      switch (e.getKey().getSimpleName().toString()) {
        case "name" -> name = String.valueOf(value);
        case "namespace" -> namespace = String.valueOf(value);
        case "fieldNaming" -> fieldNaming = value instanceof VariableElement v
            ? v.getSimpleName().toString() : String.valueOf(value);
        case "formats" -> formats = enumNames(value);
        default -> { }
      }
    }
    return new EventSettings(name, namespace, fieldNaming, formats);
  }

  /** The constant names of an enum array value (a single constant counts as a one-element array). */
  private static List<String> enumNames(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        Object v = o instanceof AnnotationValue av ? av.getValue() : o;
        out.add(v instanceof VariableElement e ? e.getSimpleName().toString() : String.valueOf(v));
      }
    } else if (value instanceof VariableElement e) {
      out.add(e.getSimpleName().toString());
    }
    return out;
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
