package io.eventschema.processor.mapping;

import io.eventschema.processor.model.ConstraintModel;
import io.eventschema.processor.model.ConstraintModel.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the Bean Validation annotations of records into {@link ConstraintModel}s, through
 * annotation mirrors only (no annotation classes are loaded). It reads what Hibernate Validator
 * reads: the annotations of the record's private field (declaration annotations, and type-use
 * annotations on the type arguments: {@code Optional<@Size(max = 64) String>}).
 *
 * <p>It sorts, it does not judge: every built-in {@code jakarta.validation.constraints} annotation
 * of the default group is read with its values; anything else that takes part in validation
 * (custom or Hibernate-specific constraints, groups, repeated constraints, class-level constraints,
 * constrained getters) is read as {@linkplain ConstraintModel#unsupported unsupported}, which sends
 * the whole event to Hibernate Validator.
 */
public final class ConstraintMapper {
  private static final String CONSTRAINT = "jakarta.validation.Constraint";
  private static final String BUILT_IN = "jakarta.validation.constraints.";
  private static final Set<String> SUPPORTED = Set.of("Null", "NotNull", "AssertTrue",
      "AssertFalse", "Min", "Max", "DecimalMin", "DecimalMax", "Negative", "NegativeOrZero",
      "Positive", "PositiveOrZero", "Size", "Digits", "Past", "PastOrPresent", "Future",
      "FutureOrPresent", "Pattern", "NotEmpty", "NotBlank", "Email");
  /** eventschema's own constraint: the value fits the decimal type without rounding. */
  private static final String AVRO_DECIMAL = "io.eventschema.AvroDecimal";
  private static final Set<String> REDEFINE_GROUPS = Set.of(
      "jakarta.validation.GroupSequence",
      "org.hibernate.validator.group.GroupSequenceProvider",
      "jakarta.validation.groups.ConvertGroup",
      "jakarta.validation.groups.ConvertGroup.List");

  private ConstraintMapper() {}

  /** The constraints of {@code component} of {@code record}, as Hibernate Validator sees them. */
  public static List<ConstraintModel> of(TypeElement record, RecordComponentElement component) {
    Element declaration = fieldOf(record, component);
    TypeMirror type = declaration.asType();
    List<ConstraintModel> out = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (AnnotationMirror a : declaration.getAnnotationMirrors()) {
      declared.add(name(a));
      read(a, List.of(), out);
    }
    // an annotation that is both a declaration and a type-use annotation shows on both; one that
    // is type-use only, on the component's own type, is beyond what the generated code reads
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (!declared.contains(name(a)) && takesPart(a)) {
        out.add(ConstraintModel.unsupported(name(a), List.of(),
            "a type-use constraint on the type of '" + component.getSimpleName() + "'"));
      }
    }
    typeArguments(type, new ArrayList<>(), out, component, declared);
    for (ConstraintModel c : List.copyOf(out)) {
      if (c.isCascade()) {
        for (TypeElement reached : recordsAt(type, c.path())) {
          for (String problem : typeProblems(reached)) {
            out.add(ConstraintModel.unsupported(ConstraintModel.VALID, c.path(), problem));
          }
        }
      }
    }
    return out;
  }

  /**
   * Why the generated code cannot validate {@code record} as a whole: class-level constraints,
   * a redefined default group, constrained getters (its own or its interfaces'). Empty if none.
   */
  public static List<String> typeProblems(TypeElement record) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    typeProblems(record, problems, seen);
    // a sealed event is validated as the record it is
    List<TypeElement> branches = new ArrayList<>();
    collectRecords(record, branches);
    for (TypeElement branch : branches) {
      typeProblems(branch, problems, seen);
    }
    return problems;
  }

  private static void typeProblems(TypeElement type, List<String> problems, Set<String> seen) {
    if (!seen.add(type.getQualifiedName().toString())) {
      return;
    }
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (REDEFINE_GROUPS.contains(name(a))) {
        problems.add("@" + simple(name(a)) + " on " + type.getSimpleName()
            + " changes the default group");
      } else if (takesPart(a)) {
        problems.add("class-level constraint @" + simple(name(a)) + " on "
            + type.getSimpleName());
      }
    }
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && isGetterName(e.getSimpleName().toString())
          && ((ExecutableElement) e).getParameters().isEmpty()) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
          if (takesPart(a)) {
            problems.add("constrained getter " + type.getSimpleName() + "." + e.getSimpleName()
                + "()");
            break;
          }
        }
      }
    }
    for (TypeMirror i : type.getInterfaces()) {
      if (i.getKind() == TypeKind.DECLARED) {
        typeProblems((TypeElement) ((DeclaredType) i).asElement(), problems, seen);
      }
    }
  }

  /** Hibernate Validator's default getter rule: get*, is*, has* followed by more. */
  private static boolean isGetterName(String name) {
    return (name.startsWith("get") && name.length() > 3)
        || (name.startsWith("is") && name.length() > 2)
        || (name.startsWith("has") && name.length() > 3);
  }

  /** The record's private field for {@code component}: what Hibernate Validator reads. */
  private static Element fieldOf(TypeElement record, RecordComponentElement component) {
    for (Element e : record.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(component.getSimpleName())) {
        return e;
      }
    }
    return component;
  }

  private static void typeArguments(TypeMirror type, List<Step> path, List<ConstraintModel> out,
      RecordComponentElement component, Set<String> declaredHere) {
    if (type.getKind() == TypeKind.ARRAY) {
      // "@Size byte[] b": javac puts the type-use half of a declaration annotation on the
      // element type; it is the same annotation, read above
      TypeMirror item = ((ArrayType) type).getComponentType();
      for (AnnotationMirror a : item.getAnnotationMirrors()) {
        if (takesPart(a) && !(path.isEmpty() && declaredHere.contains(name(a)))) {
          out.add(ConstraintModel.unsupported(name(a), path,
              "@" + simple(name(a)) + " on the array elements of '" + component.getSimpleName()
                  + "'"));
        }
      }
      return;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    DeclaredType declared = (DeclaredType) type;
    List<? extends TypeMirror> args = declared.getTypeArguments();
    if (args.isEmpty()) {
      return;
    }
    String container = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    List<Step> steps = switch (container) {
      case "java.util.Optional", "java.util.List", "java.util.Set", "java.util.Collection" ->
          List.of(Step.ELEMENT);
      case "java.util.Map" -> List.of(Step.MAP_KEY, Step.MAP_VALUE);
      default -> null;
    };
    for (int i = 0; i < args.size(); i++) {
      TypeMirror arg = args.get(i);
      List<Step> at = new ArrayList<>(path);
      if (steps == null || i >= steps.size()) {
        for (AnnotationMirror a : arg.getAnnotationMirrors()) {
          if (takesPart(a)) {
            out.add(ConstraintModel.unsupported(name(a), path, "a constraint on a type argument"
                + " of " + container + " in '" + component.getSimpleName() + "'"));
          }
        }
        continue;
      }
      at.add(steps.get(i));
      for (AnnotationMirror a : arg.getAnnotationMirrors()) {
        read(a, at, out);
      }
      typeArguments(arg, at, out, component, Set.of());
    }
  }

  /** The records in {@code type} at {@code path} and anywhere inside it (lists, maps, optionals). */
  private static List<TypeElement> recordsAt(TypeMirror type, List<Step> path) {
    TypeMirror t = type;
    for (Step step : path) {
      if (t.getKind() != TypeKind.DECLARED) {
        return List.of();
      }
      List<? extends TypeMirror> args = ((DeclaredType) t).getTypeArguments();
      int index = step == Step.MAP_VALUE ? 1 : 0;
      if (args.size() <= index) {
        return List.of();
      }
      t = args.get(index);
    }
    List<TypeElement> out = new ArrayList<>();
    collectRecords(t, out);
    return out;
  }

  private static void collectRecords(TypeMirror t, List<TypeElement> out) {
    if (t.getKind() != TypeKind.DECLARED) {
      return;
    }
    DeclaredType d = (DeclaredType) t;
    collectRecords((TypeElement) d.asElement(), out);
    for (TypeMirror arg : d.getTypeArguments()) {
      collectRecords(arg, out);
    }
  }

  /** A record, or the records a sealed interface permits (at any depth). */
  private static void collectRecords(TypeElement type, List<TypeElement> out) {
    if (out.contains(type)) {
      return;
    }
    if (type.getKind() == ElementKind.RECORD) {
      out.add(type);
    }
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.DECLARED) {
        collectRecords((TypeElement) ((DeclaredType) permitted).asElement(), out);
      }
    }
  }

  private static void read(AnnotationMirror a, List<Step> path, List<ConstraintModel> out) {
    String name = name(a);
    if (name.equals(ConstraintModel.VALID)) {
      out.add(new ConstraintModel(name, path, Map.of(), null));
      return;
    }
    if (REDEFINE_GROUPS.contains(name)) {
      out.add(ConstraintModel.unsupported(name, path, "@" + simple(name) + " converts groups"));
      return;
    }
    if (!takesPart(a)) {
      return;
    }
    if (!isConstraint(a)) {
      out.add(ConstraintModel.unsupported(name, path, "repeated constraints (@" + simple(name)
          + ")"));
      return;
    }
    Map<String, Object> values = values(a);
    Object groups = values.get("groups");
    if (groups instanceof List<?> list && !list.isEmpty()) {
      out.add(ConstraintModel.unsupported(name, path, "@" + simple(name) + " has groups "
          + list));
      return;
    }
    boolean builtIn = name.startsWith(BUILT_IN)
        && SUPPORTED.contains(name.substring(BUILT_IN.length()));
    if (!builtIn && !name.equals(AVRO_DECIMAL)) {
      out.add(ConstraintModel.unsupported(name, path, "custom constraint @" + simple(name)));
      return;
    }
    values.remove("groups");
    values.remove("payload");
    values.remove("message");
    out.add(new ConstraintModel(name, path, values, null));
  }

  /** True for a constraint, or a container of repeated constraints. */
  private static boolean takesPart(AnnotationMirror a) {
    if (isConstraint(a) || name(a).equals(ConstraintModel.VALID)) {
      return true;
    }
    for (Element e : a.getAnnotationType().asElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals("value")) {
        TypeMirror r = ((ExecutableElement) e).getReturnType();
        if (r.getKind() == TypeKind.ARRAY
            && ((ArrayType) r).getComponentType().getKind() == TypeKind.DECLARED) {
          Element item = ((DeclaredType) ((ArrayType) r).getComponentType()).asElement();
          for (AnnotationMirror meta : item.getAnnotationMirrors()) {
            if (name(meta).equals(CONSTRAINT)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean isConstraint(AnnotationMirror a) {
    for (AnnotationMirror meta : a.getAnnotationType().asElement().getAnnotationMirrors()) {
      if (name(meta).equals(CONSTRAINT)) {
        return true;
      }
    }
    return false;
  }

  /** Every attribute of {@code a}, defaults included, as plain values. */
  private static Map<String, Object> values(AnnotationMirror a) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> explicit = a.getElementValues();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Element e : a.getAnnotationType().asElement().getEnclosedElements()) {
      if (e.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement m = (ExecutableElement) e;
      AnnotationValue v = explicit.containsKey(m) ? explicit.get(m) : m.getDefaultValue();
      if (v != null) {
        out.put(m.getSimpleName().toString(), plain(v));
      }
    }
    return out;
  }

  private static Object plain(AnnotationValue v) {
    Object o = v.getValue();
    if (o instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(plain((AnnotationValue) item));
      }
      return List.copyOf(out);
    }
    if (o instanceof VariableElement constant) {
      return constant.getSimpleName().toString();
    }
    if (o instanceof TypeMirror t) {
      return t.toString();
    }
    if (o instanceof AnnotationMirror m) {
      return "@" + name(m);
    }
    return o;
  }

  private static String name(AnnotationMirror a) {
    return ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
