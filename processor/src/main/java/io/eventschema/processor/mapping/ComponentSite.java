package io.eventschema.processor.mapping;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.model.SchemaName;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.FieldSchema;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.CharType;
import io.eventschema.processor.model.TypeModel.CollectionKind;
import io.eventschema.processor.model.TypeModel.DecimalType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.Info;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.NarrowInt;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.PrimitiveKind;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import io.eventschema.processor.model.TypeModel.UnionType;
import io.eventschema.processor.model.TypeModel.UuidType;
import io.eventschema.processor.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Where a type is being mapped: the element to report on (a record component's field), the
 * field's path, the time precision in force, and the declaration annotations of the component (for
 * those that configure its mapping, which are marked used once they have been applied). Also where
 * a component's annotations are found, and the one place {@code @Nullable} is read.
 */
final class ComponentSite {
  final Element at;
  final String field;
  final TimePrecision precision;
  /** The component's declaration annotations: field-wide settings (@TimePrecision, @CharAs). */
  final List<? extends AnnotationMirror> declared;
  /** Those that configure the value at this position (@Fixed, @AvroDecimal, @Digits). */
  final List<? extends AnnotationMirror> positional;
  /** The configuring annotations applied so far, shared by every position of the field. */
  final Set<String> used;

  ComponentSite(Element at, String field, TimePrecision precision,
      List<? extends AnnotationMirror> declared) {
    this(at, field, precision, declared, declared, new HashSet<>());
  }

  private ComponentSite(Element at, String field, TimePrecision precision,
      List<? extends AnnotationMirror> declared, List<? extends AnnotationMirror> positional,
      Set<String> used) {
    this.at = at;
    this.field = field;
    this.precision = precision;
    this.declared = declared;
    this.positional = positional;
    this.used = used;
  }

  /** The items or values of a container: field-wide settings still apply. */
  ComponentSite inside(String suffix) {
    return new ComponentSite(at, field + suffix, precision, declared, List.of(), used);
  }

  /**
   * Where to report on a record component: its implicit private field. javac 17 gives a record
   * component element (and its implicit accessor) no source position, so a message on it would
   * carry no file or line; the field sits on the component's name.
   */
  static Element site(TypeElement record, RecordComponentElement component) {
    for (Element e : record.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(component.getSimpleName())
          && !e.getModifiers().contains(Modifier.STATIC)) {
        return e;
      }
    }
    return component;
  }

  /**
   * A component's declaration annotations: they land on the component, the field, the accessor or
   * the constructor parameter, depending on their {@code @Target} (jakarta's {@code @Nullable}
   * allows no RECORD_COMPONENT), so all are read, each annotation type once.
   */
  static List<AnnotationMirror> declarationAnnotations(RecordComponentElement component,
      Element field) {
    List<AnnotationMirror> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<List<? extends AnnotationMirror>> sources = List.of(component.getAnnotationMirrors(),
        field.getAnnotationMirrors(), component.getAccessor().getAnnotationMirrors());
    for (List<? extends AnnotationMirror> source : sources) {
      for (AnnotationMirror a : source) {
        String n = Mirrors.name(a);
        if (seen.add(n) || n.equals(Mirrors.AVRO_PROP)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror a : annotations) {
      if (a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  static String boxName(TypeKind kind) {
    String s = kind.toString().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case INT -> "Integer";
      case CHAR -> "Character";
      default -> Character.toUpperCase(s.charAt(0)) + s.substring(1);
    };
  }

  static String display(TypeMirror type, boolean nullable) {
    return (nullable ? "@Nullable " : "") + stripAnnotations(type.toString());
  }

  private static String stripAnnotations(String s) {
    return s.replaceAll("@[\\w.]+(\\([^)]*\\))?[,\\s]+", "").replaceAll("\\bjava\\.lang\\.", "")
        .replaceAll("\\bjava\\.util\\.", "");
  }

  /** The annotations that configure the value at this position: declared, then type-use. */
  static List<AnnotationMirror> here(TypeMirror type, ComponentSite site) {
    List<AnnotationMirror> out = new ArrayList<>(site.positional);
    out.addAll(type.getAnnotationMirrors());
    return out;
  }
}
