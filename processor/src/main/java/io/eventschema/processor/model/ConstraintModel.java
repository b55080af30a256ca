package io.eventschema.processor.model;

import java.util.List;
import java.util.Map;

/**
 * One Bean Validation annotation on a record component, or on a type argument inside it, read at
 * compile time for the generated validator. Plain data: values are Strings, Longs, Integers,
 * Booleans, or Lists of those (enum constants and classes by name).
 *
 * @param annotation the annotation's qualified name, e.g. {@code jakarta.validation.constraints.Size}
 * @param path where in the component's type it sits: empty for the component itself, then one step
 *     per type argument ({@code Optional<@Size String>} is {@code [ELEMENT]})
 * @param values every attribute, defaults included
 * @param unsupported why the generated validator cannot check it, or null when it can; a type
 *     with any unsupported constraint is validated by Hibernate Validator alone
 */
public record ConstraintModel(String annotation, List<Step> path, Map<String, Object> values,
    String unsupported) {

  /** {@code jakarta.validation.Valid}: cascade into the record (or the records in the container). */
  public static final String VALID = "jakarta.validation.Valid";

  public ConstraintModel {
    path = List.copyOf(path);
    values = Map.copyOf(values);
  }

  /** A step into a type argument. */
  public enum Step {
    /** The value of an {@code Optional}, or the elements of a {@code List}. */
    ELEMENT,
    /** The keys of a {@code Map}. */
    MAP_KEY,
    /** The values of a {@code Map}. */
    MAP_VALUE
  }

  public boolean isCascade() {
    return VALID.equals(annotation);
  }

  /** The annotation's simple name ({@code Size}). */
  public String simpleName() {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }

  /** A constraint the generated validator cannot check, and why. */
  public static ConstraintModel unsupported(String annotation, List<Step> path, String why) {
    return new ConstraintModel(annotation, path, Map.of(), why);
  }
}
