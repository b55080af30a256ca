package io.eventschema.processor.compat;

import io.eventschema.Compatibility;
import io.eventschema.evolution.CompatibilityChecker;
import io.eventschema.evolution.CompatibilityProblem;
import io.eventschema.evolution.CompatibilityReport;
import io.eventschema.evolution.SchemaHistory;
import io.eventschema.evolution.SchemaHistoryException;
import io.eventschema.evolution.SchemaIncompatibility;
import io.eventschema.evolution.SchemaVersion;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.format.avro.AvroBinding;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import org.apache.avro.Schema;

/**
 * Checks each event's new schema against its released versions in the schema history, at the
 * level on its {@code @Event(compatibility = ...)} (default BACKWARD), with the runtime's
 * {@link CompatibilityChecker} (Confluent's meaning, Avro's rules). Every break is an error on the
 * record component responsible, or on the record for a removed field, saying which version it
 * breaks and why. A break inside a nested record ({@code items[].quantity}) is reported on the
 * event's component and on the nested record's component too, naming the path from the event.
 */
public final class CompatibilityGate {
  /** The processor option naming the history folder. */
  public static final String OPTION = HistoryLocator.OPTION;

  private final Filer filer;
  private final String option;
  private final Diagnostics diagnostics;
  private final Predicate<Element> inSource;
  private HistoryLocator.Location location;
  private boolean warned;

  public CompatibilityGate(Filer filer, Map<String, String> options, Diagnostics diagnostics) {
    this(filer, options, diagnostics, e -> true);
  }

  /**
   * With {@code inSource}, which tells an element of this compilation (one an error can be shown
   * on) from one read from a class file: a nested record compiled elsewhere gets no error of its
   * own.
   */
  public CompatibilityGate(Filer filer, Map<String, String> options, Diagnostics diagnostics,
      Predicate<Element> inSource) {
    this.filer = filer;
    this.option = options.get(OPTION);
    this.diagnostics = diagnostics;
    this.inSource = inSource;
  }

  /**
   * Reports every break of {@code schema} against the history of {@code event}.
   *
   * @return true if the schema keeps its level (or there is nothing to check against)
   */
  public boolean check(TypeElement type, AnnotationMirror eventAnnotation, EventModel event,
      Schema schema) {
    return check(type, eventAnnotation, event, () -> schema, f -> null);
  }

  /**
   * As {@link #check(TypeElement, AnnotationMirror, EventModel, Schema)}; {@code sites} gives the
   * element of each field of the model (nested records' too), for errors on nested components.
   * {@code newSchema} is asked for only when the event has released versions to check against
   * (parsing it loads Avro).
   */
  public boolean check(TypeElement type, AnnotationMirror eventAnnotation, EventModel event,
      Supplier<Schema> newSchema, Function<FieldModel, Element> sites) {
    Compatibility level = level(eventAnnotation);
    if (level == Compatibility.NONE) {
      return true;
    }
    Optional<Path> folder = folder(type, AvroBinding.schemaResource(event));
    if (folder.isEmpty()) {
      return true;
    }
    List<SchemaVersion> versions;
    try {
      // the event's name, not schema.getFullName(): a sealed event's schema is a union, whose
      // "full name" is just "union"
      versions = new SchemaHistory(folder.get()).versions(event.name().fullName());
    } catch (SchemaHistoryException e) {
      diagnostics.error(type, eventAnnotation, Message.HISTORY_INVALID, e.path(),
          e.getMessage().substring(e.path().toString().length() + 2));
      return false;
    }
    if (versions.isEmpty()) {
      return true; // no released version: the new schema is not even parsed
    }
    Schema schema = newSchema.get();
    CompatibilityReport report = CompatibilityChecker.check(schema, versions, level);
    for (CompatibilityProblem p : report.problems()) {
      report(type, event, level, p, schema, sites);
    }
    return report.isCompatible();
  }

  private Optional<Path> folder(TypeElement type, String probe) {
    if (location == null) {
      location = HistoryLocator.locate(option, filer, probe);
    }
    if (location.problem() != null && !warned) {
      warned = true;
      diagnostics.warning(type, Message.HISTORY_NOT_FOUND, location.problem());
    }
    return location.folder();
  }

  private void report(TypeElement type, EventModel event, Compatibility level,
      CompatibilityProblem p, Schema schema, Function<FieldModel, Element> sites) {
    SchemaIncompatibility i = p.incompatibility();
    String version = p.version().source();
    String field = p.newSchemaField();
    boolean topLevel = i.path().equals(i.readerField());
    if (field == null) {
      if (!p.newReadsOld() && topLevel
          && i.kind().equals("READER_FIELD_MISSING_DEFAULT_VALUE")) {
        diagnostics.error(type, Message.REMOVED_FIELD, i.readerField(), level, version);
      } else {
        diagnostics.error(type, Message.INCOMPATIBLE_SCHEMA, type.getSimpleName(), level,
            version, why(p));
      }
      return;
    }
    Element component = component(type, event, field);
    if (p.newReadsOld() && topLevel && i.kind().equals("READER_FIELD_MISSING_DEFAULT_VALUE")) {
      String renamed = renamedFrom(schema, p.version().schema(), field);
      if (renamed != null) {
        diagnostics.error(component, Message.RENAMED_FIELD_WITHOUT_ALIAS, field, level, version,
            renamed, renamed);
      } else {
        diagnostics.error(component, Message.NEW_FIELD_WITHOUT_DEFAULT, field, level, version);
      }
    } else if (topLevel) {
      diagnostics.error(component, Message.INCOMPATIBLE_FIELD, field, level, version, why(p));
    } else {
      reportNested(type, event, level, p, component, sites);
    }
  }

  /**
   * A break below the top level ({@code items[].quantity}): on the event's component, and on the
   * component of the nested record the user changed, with the path from the event; a nested record
   * read from a class file (compiled elsewhere) cannot show an error, so the event's says so.
   */
  private void reportNested(TypeElement type, EventModel event, Compatibility level,
      CompatibilityProblem p, Element component, Function<FieldModel, Element> sites) {
    SchemaIncompatibility i = p.incompatibility();
    String version = p.version().source();
    Nested nested = nested(event.root(), i.path());
    Element site = nested == null ? null : sites.apply(nested.field());
    String why = why(p);
    boolean there = site != null && site != component && inSource.test(site);
    if (site != null && site != component && !there) {
      why += "; " + nested.owner().javaType() + " is not compiled here, so only this component"
          + " shows the error";
    }
    diagnostics.error(component, Message.INCOMPATIBLE_FIELD, p.newSchemaField(), level, version,
        why);
    if (there) {
      String path = event.name().name() + "." + i.path();
      if (p.newReadsOld() && i.kind().equals("READER_FIELD_MISSING_DEFAULT_VALUE")
          && i.path().endsWith("." + nested.field().schemaName())) {
        diagnostics.error(site, Message.NEW_FIELD_WITHOUT_DEFAULT, path, level, version);
      } else {
        diagnostics.error(site, Message.INCOMPATIBLE_FIELD, path, level, version, why);
      }
    }
  }

  /** The field of a nested record at {@code path}, and the record that holds it. */
  record Nested(TypeModel.RecordType owner, FieldModel field) {}

  /**
   * The field that {@code path} ({@code items[].quantity}, {@code scores{}.value},
   * {@code address.zip}: field names with {@code []} for array items and {@code {}} for map values)
   * ends at, when it is a field of a record below the root; else null.
   */
  static Nested nested(TypeModel root, String path) {
    String[] steps = path.split("\\.", -1);
    if (steps.length < 2) {
      return null;
    }
    TypeModel at = root;
    Nested found = null;
    for (String step : steps) {
      String name = step;
      int suffix = 0;
      while (name.endsWith("[]") || name.endsWith("{}")) {
        name = name.substring(0, name.length() - 2);
        suffix++;
      }
      found = fieldOf(at, name);
      if (found == null) {
        return null;
      }
      at = found.field().type();
      String rest = step.substring(name.length());
      for (int k = 0; k < suffix; k++) {
        at = unwrapNullable(at);
        if (rest.startsWith("[]", 2 * k) && at instanceof TypeModel.ArrayType a) {
          at = a.elements();
        } else if (rest.startsWith("{}", 2 * k) && at instanceof TypeModel.MapType m) {
          at = m.values();
        } else {
          return null;
        }
      }
    }
    return found;
  }

  private static Nested fieldOf(TypeModel type, String schemaName) {
    TypeModel t = unwrapNullable(type);
    List<TypeModel.RecordType> records = t instanceof TypeModel.RecordType r ? List.of(r)
        : t instanceof TypeModel.UnionType u ? u.branches() : List.of();
    for (TypeModel.RecordType r : records) {
      for (FieldModel f : r.fields()) {
        if (f.schemaName().equals(schemaName)) {
          return new Nested(r, f);
        }
      }
    }
    return null;
  }

  private static TypeModel unwrapNullable(TypeModel t) {
    return t instanceof TypeModel.NullableType n ? n.inner() : t;
  }

  /**
   * The old field {@code newField} looks renamed from: the field of {@code old} at the same
   * position, of the same type, whose name {@code now} no longer has; else null.
   */
  static String renamedFrom(Schema now, Schema old, String newField) {
    if (now.getType() != Schema.Type.RECORD || old.getType() != Schema.Type.RECORD) {
      return null;
    }
    Schema.Field added = now.getField(newField);
    if (added == null || added.pos() >= old.getFields().size()) {
      return null;
    }
    Schema.Field there = old.getFields().get(added.pos());
    if (now.getField(there.name()) != null || !there.schema().equals(added.schema())) {
      return null;
    }
    return there.name();
  }

  private static String why(CompatibilityProblem p) {
    return (p.newReadsOld() ? "the new schema cannot read data written with it"
        : "its readers cannot read data written with the new schema") + " ("
        + p.incompatibility() + ")";
  }

  /** Where to report on the component whose Avro field is {@code avroField}, else the record. */
  private static Element component(TypeElement type, EventModel event, String avroField) {
    Object model = event.root(); // a record, or (sealed interfaces) a union of records
    if (!(model instanceof TypeModel.RecordType root)) {
      return type;
    }
    for (FieldModel f : root.fields()) {
      if (f.schemaName().equals(avroField)) {
        // javac 17 gives a record component no source position; its implicit private field
        // sits on the component's name
        for (Element e : type.getEnclosedElements()) {
          if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)
              && e.getSimpleName().contentEquals(f.javaName())) {
            return e;
          }
        }
      }
    }
    return type;
  }

  static Compatibility level(AnnotationMirror event) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : event.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("compatibility")) {
        Object value = e.getValue().getValue();
        String name = value instanceof VariableElement v ? v.getSimpleName().toString()
            : String.valueOf(value);
        try {
          return Compatibility.valueOf(name);
        } catch (IllegalArgumentException unknown) {
          return Compatibility.BACKWARD;
        }
      }
    }
    return Compatibility.BACKWARD;
  }
}
