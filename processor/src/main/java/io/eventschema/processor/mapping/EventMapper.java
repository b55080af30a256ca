package io.eventschema.processor.mapping;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.model.AvroName;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.InstantType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.PrimitiveKind;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps one {@code @Event} record, and every type it reaches, to a {@link TypeModel}. Every refusal
 * is reported through {@link Diagnostics} on the record component responsible; the caller writes
 * nothing for an event whose mapping reported an error.
 *
 * <p>One instance per event: it remembers the named types (records, enums) it has mapped, so each
 * is defined once and a record may refer to itself.
 */
public final class EventMapper {

  /** Thrown when a type is not yet generated (an error type this round): try again next round. */
  public static final class Deferred extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Deferred() {
      super(null, null, false, false);
    }
  }

  private static final String EVENT = "io.eventschema.Event";

  private final Diagnostics diagnostics;
  private final boolean lastRound;
  private final EventSettings settings;
  private final Map<String, Named> namedByJavaName = new HashMap<>();
  private final Map<String, String> javaNameByAvroName = new HashMap<>();

  public EventMapper(Diagnostics diagnostics, EventSettings settings, boolean lastRound) {
    this.diagnostics = diagnostics;
    this.settings = settings;
    this.lastRound = lastRound;
  }

  /** The model of {@code record}, or empty if an error was reported. */
  public Optional<EventModel> map(TypeElement record) {
    int errorsBefore = diagnostics.errorCount();
    if (record.getKind() != ElementKind.RECORD) {
      String kind = record.getKind().toString().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ');
      String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
      diagnostics.error(record, Message.NOT_A_RECORD, record.getSimpleName(), article + kind,
          record.getSimpleName());
      return Optional.empty();
    }
    if (!accessible(record)) {
      return Optional.empty();
    }
    String namespace = settings.namespace().isEmpty()
        ? packageOf(record) : settings.namespace();
    String name = settings.name().isEmpty() ? record.getSimpleName().toString() : settings.name();
    if (!Names.isValidName(name)) {
      diagnostics.error(record, Message.INVALID_NAME, name, "record name");
    }
    if (!Names.isValidNamespace(namespace)) {
      diagnostics.error(record, Message.INVALID_NAME, namespace, "namespace");
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    AvroName avroName = new AvroName(namespace, name);
    RecordType root = new RecordType(ClassName.get(record), avroName);
    register(record, root, record);
    mapFields(record, root);
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    ClassName recordClass = ClassName.get(record);
    String prefix = String.join("_", recordClass.simpleNames());
    return Optional.of(new EventModel(root, recordClass, prefix));
  }

  private boolean accessible(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(type, Message.NOT_ACCESSIBLE, ((TypeElement) e).getQualifiedName());
        return false;
      }
    }
    return true;
  }

  private static String packageOf(Element e) {
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return ((javax.lang.model.element.PackageElement) e).getQualifiedName().toString();
  }

  private void mapFields(TypeElement record, RecordType model) {
    Map<String, String> javaByAvro = new HashMap<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String javaName = component.getSimpleName().toString();
      Element site = site(record, component);
      String avroName = settings.fieldName(javaName);
      if (!Names.isValidName(avroName)) {
        diagnostics.error(site, Message.INVALID_NAME, avroName, "field name");
        continue;
      }
      String clash = javaByAvro.putIfAbsent(avroName, javaName);
      if (clash != null) {
        diagnostics.error(site, Message.DUPLICATE_FIELD, clash, javaName, avroName);
        continue;
      }
      TypeModel type = mapComponent(component, site, javaName);
      if (type != null) {
        model.addField(new FieldModel(javaName, avroName, type,
            ConstraintMapper.of(record, component)));
      }
    }
    model.freeze();
  }

  /**
   * Where to report on a record component: its implicit private field. javac 17 gives a record
   * component element (and its implicit accessor) no source position, so a message on it would
   * carry no file or line; the field sits on the component's name.
   */
  private static Element site(TypeElement record, RecordComponentElement component) {
    for (Element e : record.getEnclosedElements()) {
      if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(component.getSimpleName())
          && !e.getModifiers().contains(Modifier.STATIC)) {
        return e;
      }
    }
    return component;
  }

  private TypeModel mapComponent(RecordComponentElement component, Element site, String field) {
    TypeMirror type = component.asType();
    // a declaration annotation lands on the component, the field, the accessor or the constructor
    // parameter, depending on its @Target (jakarta's @Nullable allows no RECORD_COMPONENT)
    boolean nullable = hasNullable(component.getAnnotationMirrors())
        || hasNullable(site.getAnnotationMirrors())
        || hasNullable(component.getAccessor().getAnnotationMirrors())
        || hasNullable(type.getAnnotationMirrors());
    return map(type, nullable, site, field);
  }

  private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror a : annotations) {
      if (a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** Maps {@code type}; null after reporting an error on {@code at}. */
  private TypeModel map(TypeMirror type, boolean nullable, Element at, String field) {
    if (nullable) {
      if (type.getKind().isPrimitive()) {
        diagnostics.error(at, Message.NULLABLE_PRIMITIVE, field, display(type, false),
            boxName(type.getKind()));
        return null;
      }
      TypeModel inner = mapNonNull(type, at, field);
      if (inner == null) {
        return null;
      }
      if (inner instanceof NullableType) {
        diagnostics.error(at, Message.NESTED_OPTIONAL, field, display(type, true));
        return null;
      }
      return new NullableType(inner.javaType(), inner, NullForm.NULL);
    }
    return mapNonNull(type, at, field);
  }

  private static String boxName(TypeKind kind) {
    String s = kind.toString().toLowerCase(java.util.Locale.ROOT);
    return kind == TypeKind.INT ? "Integer" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String display(TypeMirror type, boolean nullable) {
    return (nullable ? "@Nullable " : "") + stripAnnotations(type.toString());
  }

  private static String stripAnnotations(String s) {
    return s.replaceAll("@\\S+\\s+", "").replaceAll("\\bjava\\.lang\\.", "")
        .replaceAll("\\bjava\\.util\\.", "");
  }

  private TypeModel mapNonNull(TypeMirror type, Element at, String field) {
    switch (type.getKind()) {
      case BOOLEAN:
        return new Primitive(PrimitiveKind.BOOLEAN, TypeName.BOOLEAN);
      case INT:
        return new Primitive(PrimitiveKind.INT, TypeName.INT);
      case LONG:
        return new Primitive(PrimitiveKind.LONG, TypeName.LONG);
      case FLOAT:
        return new Primitive(PrimitiveKind.FLOAT, TypeName.FLOAT);
      case DOUBLE:
        return new Primitive(PrimitiveKind.DOUBLE, TypeName.DOUBLE);
      case CHAR:
        diagnostics.error(at, Message.CHAR_TYPE, field, type);
        return null;
      case ARRAY:
        if (((javax.lang.model.type.ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return new BytesType(ArrayTypeName.of(TypeName.BYTE));
        }
        return unsupported(type, at, field);
      case TYPEVAR:
      case WILDCARD:
        diagnostics.error(at, Message.NOT_CONCRETE, field, display(type, false));
        return null;
      case ERROR:
        if (!lastRound) {
          throw new Deferred();
        }
        diagnostics.error(at, Message.UNRESOLVED_TYPE, field, type);
        return null;
      case DECLARED:
        return mapDeclared((DeclaredType) type, at, field);
      default:
        return unsupported(type, at, field);
    }
  }

  private TypeModel unsupported(TypeMirror type, Element at, String field) {
    diagnostics.error(at, Message.UNSUPPORTED_TYPE, field, display(type, false));
    return null;
  }

  private TypeModel mapDeclared(DeclaredType type, Element at, String field) {
    TypeElement element = (TypeElement) type.asElement();
    String qualified = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (!element.getTypeParameters().isEmpty() && args.isEmpty()) {
      diagnostics.error(at, Message.NOT_CONCRETE, field, display(type, false) + " (raw)");
      return null;
    }
    switch (qualified) {
      case "java.lang.Boolean":
        return new Primitive(PrimitiveKind.BOOLEAN, TypeName.BOOLEAN.box());
      case "java.lang.Integer":
        return new Primitive(PrimitiveKind.INT, TypeName.INT.box());
      case "java.lang.Long":
        return new Primitive(PrimitiveKind.LONG, TypeName.LONG.box());
      case "java.lang.Float":
        return new Primitive(PrimitiveKind.FLOAT, TypeName.FLOAT.box());
      case "java.lang.Double":
        return new Primitive(PrimitiveKind.DOUBLE, TypeName.DOUBLE.box());
      case "java.lang.Character":
        diagnostics.error(at, Message.CHAR_TYPE, field, display(type, false));
        return null;
      case "java.lang.String":
        return new StringType(ClassName.get(String.class));
      case "java.time.Instant":
        return new InstantType(ClassName.get(java.time.Instant.class), TimePrecision.MICROS);
      case "java.util.Optional": {
        TypeMirror arg = args.get(0);
        TypeModel inner = map(arg, hasNullable(arg.getAnnotationMirrors()), at, field);
        if (inner == null) {
          return null;
        }
        if (inner instanceof NullableType) {
          diagnostics.error(at, Message.NESTED_OPTIONAL, field, display(type, false));
          return null;
        }
        return new NullableType(
            ParameterizedTypeName.get(ClassName.get(Optional.class), inner.javaType().box()),
            inner, NullForm.OPTIONAL);
      }
      case "java.util.List": {
        TypeModel elements = mapArgument(args.get(0), at, field + "[]");
        return elements == null ? null : new ArrayType(
            ParameterizedTypeName.get(ClassName.get(List.class), elements.javaType().box()),
            elements);
      }
      case "java.util.Map": {
        TypeMirror key = args.get(0);
        if (!(key.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) key).asElement())
            .getQualifiedName().contentEquals("java.lang.String"))) {
          if (key.getKind() == TypeKind.ERROR && !lastRound) {
            throw new Deferred();
          }
          diagnostics.error(at, Message.MAP_KEY_NOT_STRING, field, display(key, false));
          return null;
        }
        TypeModel values = mapArgument(args.get(1), at, field + "[]");
        return values == null ? null : new MapType(ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), values.javaType().box()),
            values);
      }
      case "java.lang.Object":
        diagnostics.error(at, Message.ABSTRACT_TYPE, field, display(type, false));
        return null;
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return mapEnum(element, at);
    }
    if (element.getKind() == ElementKind.RECORD) {
      return mapRecord(element, at);
    }
    if (element.getKind() == ElementKind.INTERFACE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(at, Message.ABSTRACT_TYPE, field, display(type, false));
      return null;
    }
    return unsupported(type, at, field);
  }

  private TypeModel mapArgument(TypeMirror arg, Element at, String field) {
    return map(arg, hasNullable(arg.getAnnotationMirrors()), at, field);
  }

  private TypeModel mapEnum(TypeElement element, Element at) {
    String key = element.getQualifiedName().toString();
    Named known = namedByJavaName.get(key);
    if (known != null) {
      return known;
    }
    if (!accessible(element)) {
      return null;
    }
    List<String> symbols = new ArrayList<>();
    for (Element e : element.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        String symbol = e.getSimpleName().toString();
        if (!Names.isValidName(symbol)) {
          diagnostics.error(e, Message.INVALID_NAME, symbol, "enum symbol");
          return null;
        }
        symbols.add(symbol);
      }
    }
    EnumType model = new EnumType(ClassName.get(element), nestedName(element), symbols);
    return register(element, model, at) ? model : null;
  }

  private TypeModel mapRecord(TypeElement element, Element at) {
    String key = element.getQualifiedName().toString();
    Named known = namedByJavaName.get(key);
    if (known != null) {
      return known;
    }
    if (!accessible(element)) {
      return null;
    }
    RecordType model = new RecordType(ClassName.get(element), nestedName(element));
    if (!register(element, model, at)) {
      return null;
    }
    int errorsBefore = diagnostics.errorCount();
    mapFields(element, model);
    return diagnostics.errorCount() == errorsBefore ? model : null;
  }

  /**
   * The Avro name of a record or enum reached from the event: if it is an {@code @Event} itself, the
   * name its own schema has; else its simple name in the event's namespace.
   */
  private AvroName nestedName(TypeElement element) {
    String name = element.getSimpleName().toString();
    String namespace = settings.namespace();
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(EVENT)) {
        EventSettings own = EventSettings.of(a);
        name = own.name().isEmpty() ? name : own.name();
        namespace = own.namespace().isEmpty() ? packageOf(element) : own.namespace();
      }
    }
    if (namespace.isEmpty()) {
      namespace = packageOf(element);
    }
    return new AvroName(namespace, name);
  }

  private boolean register(TypeElement element, Named model, Element at) {
    String javaName = element.getQualifiedName().toString();
    String fullName = model.avroName().fullName();
    String other = javaNameByAvroName.putIfAbsent(fullName, javaName);
    if (other != null && !other.equals(javaName)) {
      diagnostics.error(at, Message.DUPLICATE_NAME, other, javaName, fullName);
      return false;
    }
    namedByJavaName.put(javaName, model);
    return true;
  }
}
