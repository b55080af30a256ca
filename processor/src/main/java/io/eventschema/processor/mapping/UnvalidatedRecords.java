package io.eventschema.processor.mapping;

import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.model.ConstraintModel;
import io.eventschema.processor.model.ConstraintModel.Step;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Warns ({@link Message#NOT_VALID}) on a record component that holds a record with constraints
 * at a place Bean Validation does not cascade into: no {@code @Valid} on the component, nor on the
 * type argument ({@code List<@Valid LineItem>}). Hibernate Validator, and the generated validator,
 * then never check that record's constraints. Positions follow the generated validator: a
 * {@code @Valid} covers every record inside the value at its place (the record, the items of a
 * collection or array, the values of a map, the value of an Optional, the records of a sealed
 * interface).
 *
 * <p>Suppressed by {@code @SuppressWarnings("eventschema:EVS027")} (or
 * {@code "eventschema"}, every eventschema warning) on the component, its record or a type
 * enclosing it.
 */
public final class UnvalidatedRecords {
  /** The {@code @SuppressWarnings} key of this warning, and the key of every eventschema one. */
  public static final String SUPPRESS_KEY = "eventschema:" + Message.NOT_VALID.id();

  static final String SUPPRESS_ALL = "eventschema";

  private final Diagnostics diagnostics;
  private final Function<FieldModel, Element> sites;
  private final Function<RecordType, TypeElement> types;
  /** Components already warned about, by record and name: a record shared by events warns once. */
  private final Set<String> warned;
  private final Map<RecordType, Boolean> constrained = new HashMap<>();
  private final Predicate<Element> inSource;

  /**
   * @param sites the element of each field (its record component's field)
   * @param types the record's type element, or null (for its class-level constraints)
   * @param warned the components warned about so far in this compilation; added to
   */
  public UnvalidatedRecords(Diagnostics diagnostics, Function<FieldModel, Element> sites,
      Function<RecordType, TypeElement> types, Set<String> warned) {
    this(diagnostics, sites, types, warned, e -> true);
  }

  /**
   * With {@code inSource}: a component read from a class file (a record compiled elsewhere, which
   * this build cannot change and javac could not point at) gets no warning.
   */
  public UnvalidatedRecords(Diagnostics diagnostics, Function<FieldModel, Element> sites,
      Function<RecordType, TypeElement> types, Set<String> warned, Predicate<Element> inSource) {
    this.diagnostics = diagnostics;
    this.sites = sites;
    this.types = types;
    this.warned = warned;
    this.inSource = inSource;
  }

  /** Warns on every such component of every record {@code event} reaches. */
  public void check(EventModel event) {
    Set<RecordType> seen = new HashSet<>();
    List<RecordType> todo = new ArrayList<>();
    collect(event.root(), todo);
    while (!todo.isEmpty()) {
      RecordType r = todo.remove(todo.size() - 1);
      if (!seen.add(r)) {
        continue;
      }
      for (FieldModel f : r.fields()) {
        check(r, f);
        collect(f.type(), todo);
      }
    }
  }

  private void check(RecordType owner, FieldModel f) {
    Set<String> skipped = new LinkedHashSet<>();
    skipped(f.type(), new ArrayList<>(), cascades(f), skipped);
    if (skipped.isEmpty()) {
      return;
    }
    Element site = sites.apply(f);
    if (site == null || !inSource.test(site) || suppressed(site)
        || !warned.add(owner.javaType() + "#" + f.javaName())) {
      return;
    }
    diagnostics.warning(site, Message.NOT_VALID, f.javaName(), String.join(", ", skipped),
        skipped.size() == 1 ? "has" : "have", f.javaName());
  }

  /** The paths at which {@code f} cascades ({@code @Valid} on it, or on a type argument). */
  private static List<List<Step>> cascades(FieldModel f) {
    List<List<Step>> out = new ArrayList<>();
    for (ConstraintModel c : f.constraints()) {
      if (c.isCascade()) {
        out.add(c.path());
      }
    }
    return out;
  }

  /**
   * Adds to {@code out} the records with constraints inside {@code type} (at {@code path}) that
   * no cascade covers.
   */
  private void skipped(TypeModel type, List<Step> path, List<List<Step>> cascades,
      Set<String> out) {
    for (List<Step> c : cascades) {
      if (path.size() >= c.size() && path.subList(0, c.size()).equals(c)) {
        return; // everything below a cascade is validated
      }
    }
    if (type instanceof RecordType r) {
      if (hasConstraints(r)) {
        out.add(simpleName(r));
      }
    } else if (type instanceof UnionType u) {
      for (RecordType b : u.branches()) {
        skipped(b, path, cascades, out);
      }
    } else if (type instanceof NullableType n) {
      List<Step> inner = path;
      if (n.form() == NullForm.OPTIONAL) {
        inner = new ArrayList<>(path);
        inner.add(Step.ELEMENT);
      }
      skipped(n.inner(), inner, cascades, out);
    } else if (type instanceof ArrayType a) {
      List<Step> inner = new ArrayList<>(path);
      inner.add(Step.ELEMENT);
      skipped(a.elements(), inner, cascades, out);
    } else if (type instanceof MapType m) {
      List<Step> inner = new ArrayList<>(path);
      inner.add(Step.MAP_VALUE);
      skipped(m.values(), inner, cascades, out);
    }
  }

  private static String simpleName(RecordType r) {
    return r.javaType() instanceof com.palantir.javapoet.ClassName c
        ? String.join(".", c.simpleNames()) : r.javaType().toString();
  }

  /**
   * Whether validating {@code r} checks anything: a constraint on a component, a class-level
   * constraint or constrained getter, or a cascade into a record that has constraints.
   */
  private boolean hasConstraints(RecordType r) {
    Boolean known = constrained.get(r);
    if (known != null) {
      return known;
    }
    constrained.put(r, false); // a record that reaches itself adds nothing through itself
    boolean found = false;
    TypeElement element = types.apply(r);
    if (element != null && !ConstraintMapper.typeProblems(element).isEmpty()) {
      found = true;
    }
    for (FieldModel f : r.fields()) {
      if (found) {
        break;
      }
      for (ConstraintModel c : f.constraints()) {
        if (!c.isCascade()) {
          found = true;
          break;
        }
      }
      if (!found && !cascades(f).isEmpty()) {
        List<RecordType> reached = new ArrayList<>();
        collect(f.type(), reached);
        for (RecordType inner : reached) {
          if (hasConstraints(inner)) {
            found = true;
            break;
          }
        }
      }
    }
    constrained.put(r, found);
    return found;
  }

  /** The records directly inside {@code type} (not inside their fields). */
  private static void collect(TypeModel type, List<RecordType> out) {
    if (type instanceof RecordType r) {
      out.add(r);
    } else if (type instanceof UnionType u) {
      out.addAll(u.branches());
    } else if (type instanceof NullableType n) {
      collect(n.inner(), out);
    } else if (type instanceof ArrayType a) {
      collect(a.elements(), out);
    } else if (type instanceof MapType m) {
      collect(m.values(), out);
    }
  }

  /**
   * {@code @SuppressWarnings} with {@link #SUPPRESS_KEY} or {@link #SUPPRESS_ALL} on {@code site}
   * or an element enclosing it (its record, the types around that).
   */
  static boolean suppressed(Element site) {
    for (Element e = site; e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      for (AnnotationMirror a : e.getAnnotationMirrors()) {
        if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals("java.lang.SuppressWarnings") && names(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean names(AnnotationMirror suppress) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : suppress.getElementValues().entrySet()) {
      if (e.getValue().getValue() instanceof List<?> values) {
        for (Object v : values) {
          Object s = ((AnnotationValue) v).getValue();
          if (SUPPRESS_KEY.equals(s) || SUPPRESS_ALL.equals(s)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
