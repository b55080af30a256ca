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
 * Maps one {@code @Event} record (or sealed interface of records), and every type it reaches, to a
 * {@link TypeModel}. Every refusal is reported through {@link Diagnostics} on the record component
 * responsible; the caller writes nothing for an event whose mapping reported an error.
 *
 * <p>One instance per event: it remembers the named types (records, enums, fixed) and sealed
 * unions it has mapped, so each is defined once and a record may refer to itself. The families of
 * types with rules of their own live beside it: {@link TimeMapping} (java.time), {@link Mirrors}
 * (annotation values), {@link JsonText} (defaults and properties), {@link Javadoc} (docs).
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
  private static final Set<String> FIELD_RESERVED = Set.of("default", "doc", "name", "order",
      "type", "aliases", "constraints");
  private static final Set<String> TYPE_RESERVED = Set.of("doc", "fields", "items", "name",
      "namespace", "size", "symbols", "values", "type", "aliases", "default", "logicalType",
      "precision", "scale", "constraints");

  private final Diagnostics diagnostics;
  private final boolean lastRound;
  private final EventSettings settings;
  private final Elements elements;
  private final Map<String, Named> namedByJavaName = new HashMap<>();
  private final Map<String, String> javaNameByAvroName = new HashMap<>();
  private final Map<String, FixedType> fixedByAvroName = new HashMap<>();
  private final Map<String, UnionType> unionsByJavaName = new HashMap<>();
  /** The component each field came from, for the format bindings' refusals. */
  private final Map<FieldModel, Element> sites = new IdentityHashMap<>();
  /** The event's namespace, which fixed types take. */
  private String rootNamespace = "";
  /** Whether the event asked for its constraints in the schema ({@code @ConstraintsInSchema}). */
  private boolean constraintsInSchema;

  public EventMapper(Diagnostics diagnostics, EventSettings settings, boolean lastRound) {
    this(diagnostics, settings, lastRound, null);
  }

  /** With {@code elements}, docs are read from Javadoc. */
  public EventMapper(Diagnostics diagnostics, EventSettings settings, boolean lastRound,
      Elements elements) {
    this.diagnostics = diagnostics;
    this.settings = settings;
    this.lastRound = lastRound;
    this.elements = elements;
  }

  /**
   * Where a type is being mapped: the element to report on, the field's path, the time precision in
   * force, and the declaration annotations of the component (for those that configure its mapping,
   * which are marked used once they have been applied).
   */
  private static final class Site {
    final Element at;
    final String field;
    final TimePrecision precision;
    /** The component's declaration annotations: field-wide settings (@TimePrecision, @CharAs). */
    final List<? extends AnnotationMirror> declared;
    /** Those that configure the value at this position (@Fixed, @AvroDecimal, @Digits). */
    final List<? extends AnnotationMirror> positional;
    /** The configuring annotations applied so far, shared by every position of the field. */
    final Set<String> used;

    Site(Element at, String field, TimePrecision precision,
        List<? extends AnnotationMirror> declared) {
      this(at, field, precision, declared, declared, new HashSet<>());
    }

    private Site(Element at, String field, TimePrecision precision,
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
    Site inside(String suffix) {
      return new Site(at, field + suffix, precision, declared, List.of(), used);
    }
  }

  /** The element to report on for {@code field} (its record component's field), or null. */
  public Element siteOf(FieldModel field) {
    return sites.get(field);
  }

  /** The model of {@code type}, or empty if an error was reported. */
  public Optional<EventModel> map(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    boolean sealedInterface = type.getKind() == ElementKind.INTERFACE
        && type.getModifiers().contains(Modifier.SEALED);
    if (type.getKind() != ElementKind.RECORD && !sealedInterface) {
      String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (type.getKind() == ElementKind.INTERFACE) {
        kind = "non-sealed interface";
      }
      String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
      diagnostics.error(type, Message.NOT_A_RECORD, type.getSimpleName(), article + kind,
          type.getSimpleName());
      return Optional.empty();
    }
    if (!accessible(type)) {
      return Optional.empty();
    }
    String namespace = settings.namespace().isEmpty() ? packageOf(type) : settings.namespace();
    String name = settings.name().isEmpty() ? type.getSimpleName().toString() : settings.name();
    if (!Names.isValidName(name)) {
      diagnostics.error(type, Message.INVALID_NAME, name, "record name");
    }
    if (!Names.isValidNamespace(namespace)) {
      diagnostics.error(type, Message.INVALID_NAME, namespace, "namespace");
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    SchemaName avroName = new SchemaName(namespace, name);
    rootNamespace = namespace;
    constraintsInSchema =
        Mirrors.find(type.getAnnotationMirrors(), Mirrors.CONSTRAINTS_IN_SCHEMA) != null;
    TimePrecision precision = precisionOf(type, TimePrecision.MICROS);
    ClassName javaName = ClassName.get(type);
    String prefix = String.join("_", javaName.simpleNames());
    TypeModel root;
    if (sealedInterface) {
      root = mapSealed(type, new Site(type, type.getSimpleName().toString(), precision, List.of()),
          precision);
      if (root == null) {
        return Optional.empty();
      }
    } else {
      RecordType record = new RecordType(javaName, avroName, namedInfo(type));
      register(type, record, type);
      mapFields(type, record, precision);
      root = record;
    }
    if (diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new EventModel(root, avroName, javaName, prefix));
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
    return ((PackageElement) e).getQualifiedName().toString();
  }

  // ----------------------------------------------------------------------------------- records

  private void mapFields(TypeElement record, RecordType model, TimePrecision inherited) {
    TimePrecision recordPrecision = precisionOf(record, inherited);
    Javadoc javadoc = javadoc(record);
    Map<String, String> javaByAvro = new HashMap<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String javaName = component.getSimpleName().toString();
      Element site = site(record, component);
      List<AnnotationMirror> declared = declarationAnnotations(component, site);
      AnnotationMirror rename = Mirrors.find(declared, Mirrors.AVRO_NAME);
      String avroName = rename != null ? Mirrors.string(rename, "value", javaName)
          : settings.fieldName(javaName);
      if (!Names.isValidName(avroName)) {
        diagnostics.error(site, Message.INVALID_NAME, avroName, "field name");
        continue;
      }
      String clash = javaByAvro.putIfAbsent(avroName, javaName);
      if (clash != null) {
        diagnostics.error(site, Message.DUPLICATE_FIELD, clash, javaName, avroName);
        continue;
      }
      TimePrecision precision = precisionOf(component, recordPrecision);
      Site where = new Site(site, javaName, precision, declared);
      boolean nullable = hasNullable(declared) || hasNullable(component.asType()
          .getAnnotationMirrors());
      TypeModel type = map(component.asType(), nullable, where);
      if (type == null) {
        continue;
      }
      checkUsed(where, component.asType());
      Object defaultValue = null;
      AnnotationMirror def = Mirrors.find(declared, Mirrors.AVRO_DEFAULT);
      if (def != null) {
        String text = Mirrors.string(def, "value", "");
        try {
          defaultValue = JsonText.parse(text);
        } catch (JsonText.Invalid e) {
          diagnostics.error(site, def, Message.INVALID_JSON, "@AvroDefault(" + quote(text) + ")",
              "field '" + javaName + "'", e.getMessage());
          continue;
        }
        type = withDefault(type, defaultValue, text, site, def, javaName);
        if (type == null) {
          continue;
        }
      }
      String doc = docOf(declared, javadoc.params().getOrDefault(javaName, ""));
      Info info = new Info(doc, aliasesOf(declared), props(declared, site, FIELD_RESERVED,
          "field '" + javaName + "'"));
      FieldModel field = new FieldModel(javaName, avroName, type,
          ConstraintMapper.of(record, component));
      sites.put(field, site);
      model.addField(field, new FieldSchema(info, defaultValue, constraintsInSchema));
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

  /**
   * A component's declaration annotations: they land on the component, the field, the accessor or
   * the constructor parameter, depending on their {@code @Target} (jakarta's {@code @Nullable}
   * allows no RECORD_COMPONENT), so all are read, each annotation type once.
   */
  private static List<AnnotationMirror> declarationAnnotations(RecordComponentElement component,
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

  private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror a : annotations) {
      if (a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** Configuring annotations on a component that its type did not use: say so. */
  private void checkUsed(Site site, TypeMirror type) {
    Map<String, String> hints = new LinkedHashMap<>();
    hints.put(Mirrors.FIXED, "@Fixed goes on byte[] or ByteBuffer");
    hints.put(Mirrors.AVRO_DECIMAL, "@AvroDecimal goes on BigDecimal");
    hints.put(Mirrors.TIME_PRECISION, "@TimePrecision goes on Instant, LocalDateTime or LocalTime"
        + " (or on a record, for all of its fields)");
    hints.put(Mirrors.CHAR_AS, "@CharAs goes on char or Character");
    for (Map.Entry<String, String> e : hints.entrySet()) {
      AnnotationMirror a = Mirrors.find(site.declared, e.getKey());
      if (a != null && !site.used.contains(e.getKey())) {
        diagnostics.error(site.at, a, Message.MISPLACED_ANNOTATION,
            e.getKey().substring(Mirrors.PACKAGE.length()), site.field, display(type, false),
            e.getValue());
      }
    }
  }

  // ------------------------------------------------------------------------------ defaults

  /**
   * Checks a field's default against its schema, and puts the default's branch first in a union
   * (Avro requires it; other languages' parsers reject anything else).
   */
  private TypeModel withDefault(TypeModel type, Object value, String text, Element at,
      AnnotationMirror def, String field) {
    TypeModel result = type;
    boolean valid;
    if (type instanceof NullableType n) {
      if (value == Json.NULL) {
        valid = true;
      } else if (n.inner() instanceof UnionType u) {
        RecordType branch = JsonText.branchOf(u, value);
        valid = branch != null;
        result = valid ? new NullableType(n.javaType(), u.withFirst(branch), n.form(), false) : n;
      } else {
        valid = JsonText.validDefault(n.inner(), value);
        result = new NullableType(n.javaType(), n.inner(), n.form(), false);
      }
    } else if (type instanceof UnionType u) {
      RecordType branch = JsonText.branchOf(u, value);
      valid = branch != null;
      result = valid ? u.withFirst(branch) : u;
    } else {
      valid = JsonText.validDefault(type, value);
    }
    if (valid && type instanceof UuidType && value instanceof String s) {
      try {
        UUID.fromString(s);
      } catch (IllegalArgumentException e) {
        valid = false;
      }
    }
    if (!valid) {
      diagnostics.error(at, def, Message.INVALID_DEFAULT, text, field,
          JsonText.schemaText(type));
      return null;
    }
    return result;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  // --------------------------------------------------------------------- docs, aliases, props

  private Javadoc javadoc(Element e) {
    return elements == null ? Javadoc.parse(null) : Javadoc.parse(elements.getDocComment(e));
  }

  private static String docOf(List<? extends AnnotationMirror> annotations, String fallback) {
    AnnotationMirror doc = Mirrors.find(annotations, Mirrors.AVRO_DOC);
    return doc != null ? Mirrors.string(doc, "value", "") : fallback;
  }

  private static List<String> aliasesOf(List<? extends AnnotationMirror> annotations) {
    AnnotationMirror alias = Mirrors.find(annotations, Mirrors.AVRO_ALIAS);
    return alias == null ? List.of() : Mirrors.strings(alias, "value");
  }

  private Map<String, Object> props(List<? extends AnnotationMirror> annotations, Element at,
      Set<String> reserved, String owner) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (AnnotationMirror p : Mirrors.props(annotations)) {
      String key = Mirrors.string(p, "key", "");
      String text = Mirrors.string(p, "value", "");
      if (reserved.contains(key) || key.isEmpty()) {
        diagnostics.error(at, Message.RESERVED_PROPERTY, key, owner);
        continue;
      }
      try {
        out.put(key, JsonText.parse(text));
      } catch (JsonText.Invalid e) {
        diagnostics.error(at, Message.INVALID_JSON, "@AvroProp(key = " + quote(key) + ", value = "
            + quote(text) + ")", owner, e.getMessage());
      }
    }
    return out;
  }

  /** Doc, aliases and properties of a record or enum. */
  private Info namedInfo(TypeElement type) {
    List<? extends AnnotationMirror> annotations = type.getAnnotationMirrors();
    return new Info(docOf(annotations, javadoc(type).description()), aliasesOf(annotations),
        props(annotations, type, TYPE_RESERVED, type.getSimpleName().toString()));
  }

  private static TimePrecision precisionOf(Element e, TimePrecision otherwise) {
    AnnotationMirror a = Mirrors.find(e.getAnnotationMirrors(), Mirrors.TIME_PRECISION);
    String unit = a == null ? null : Mirrors.enumName(a, "value");
    return unit == null ? otherwise : TimePrecision.valueOf(unit);
  }

  // --------------------------------------------------------------------------------- types

  /** Maps {@code type}; null after reporting an error. */
  private TypeModel map(TypeMirror type, boolean nullable, Site site) {
    if (nullable) {
      if (type.getKind().isPrimitive()) {
        diagnostics.error(site.at, Message.NULLABLE_PRIMITIVE, site.field, display(type, false),
            boxName(type.getKind()));
        return null;
      }
      TypeModel inner = mapNonNull(type, site);
      if (inner == null) {
        return null;
      }
      if (inner instanceof NullableType) {
        diagnostics.error(site.at, Message.NESTED_OPTIONAL, site.field, display(type, true));
        return null;
      }
      return new NullableType(inner.javaType(), inner, NullForm.NULL);
    }
    return mapNonNull(type, site);
  }

  private static String boxName(TypeKind kind) {
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
    return s.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s+", "").replaceAll("\\bjava\\.lang\\.", "")
        .replaceAll("\\bjava\\.util\\.", "");
  }

  /** The annotations that configure the value at this position: declared, then type-use. */
  private static List<AnnotationMirror> here(TypeMirror type, Site site) {
    List<AnnotationMirror> out = new ArrayList<>(site.positional);
    out.addAll(type.getAnnotationMirrors());
    return out;
  }

  private TypeModel mapNonNull(TypeMirror type, Site site) {
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
      case BYTE:
        return new NarrowInt(TypeName.BYTE);
      case SHORT:
        return new NarrowInt(TypeName.SHORT);
      case CHAR:
        return charType(TypeName.CHAR, type, site);
      case ARRAY:
        return mapArray((javax.lang.model.type.ArrayType) type, site);
      case TYPEVAR:
      case WILDCARD:
        diagnostics.error(site.at, Message.NOT_CONCRETE, site.field, display(type, false));
        return null;
      case ERROR:
        if (!lastRound) {
          throw new Deferred();
        }
        diagnostics.error(site.at, Message.UNRESOLVED_TYPE, site.field, type);
        return null;
      case DECLARED:
        return mapDeclared((DeclaredType) type, site);
      default:
        return unsupported(type, site);
    }
  }

  private TypeModel unsupported(TypeMirror type, Site site) {
    diagnostics.error(site.at, Message.UNSUPPORTED_TYPE, site.field, display(type, false));
    return null;
  }

  private TypeModel charType(TypeName javaType, TypeMirror type, Site site) {
    AnnotationMirror as = Mirrors.find(site.declared, Mirrors.CHAR_AS);
    if (as == null) {
      diagnostics.error(site.at, Message.CHAR_TYPE, site.field, display(type, false));
      return null;
    }
    site.used.add(Mirrors.CHAR_AS);
    return new CharType(javaType, "STRING".equals(Mirrors.enumName(as, "value")));
  }

  private TypeModel mapArray(javax.lang.model.type.ArrayType type, Site site) {
    TypeMirror component = type.getComponentType();
    if (component.getKind() == TypeKind.BYTE) {
      List<AnnotationMirror> annotations = here(type, site);
      annotations.addAll(component.getAnnotationMirrors());
      return bytes(ArrayTypeName.of(TypeName.BYTE), type, annotations, site);
    }
    TypeModel elements = map(component, hasNullable(component.getAnnotationMirrors()),
        site.inside("[]"));
    if (elements == null) {
      return null;
    }
    TypeName javaElement = component.getKind().isPrimitive() ? elements.javaType().unbox()
        : elements.javaType();
    return new ArrayType(ArrayTypeName.of(javaElement), elements, CollectionKind.ARRAY);
  }

  private TypeModel bytes(TypeName javaType, TypeMirror type, List<AnnotationMirror> annotations,
      Site site) {
    AnnotationMirror fixed = Mirrors.find(annotations, Mirrors.FIXED);
    if (fixed == null) {
      return new BytesType(javaType);
    }
    site.used.add(Mirrors.FIXED);
    int size = Mirrors.integer(fixed, "value", 0);
    if (size < 1) {
      diagnostics.error(site.at, fixed, Message.INVALID_FIXED, site.field,
          "size " + size + " is less than 1");
      return null;
    }
    String fieldName = site.field.replaceAll("\\W", "");
    String name = Mirrors.string(fixed, "name", "");
    if (name.isEmpty()) {
      name = Names.pascalCase(settings.fieldName(fieldName));
    }
    if (!Names.isValidName(name)) {
      diagnostics.error(site.at, Message.INVALID_NAME, name, "fixed name");
      return null;
    }
    SchemaName avroName = new SchemaName(eventNamespace(), name);
    FixedType known = fixedByAvroName.get(avroName.fullName());
    if (known != null) {
      if (known.size() != size) {
        diagnostics.error(site.at, fixed, Message.INVALID_FIXED, site.field, "the fixed "
            + avroName + " already has size " + known.size() + ", not " + size);
        return null;
      }
      return known.javaType().equals(javaType) ? known
          : new FixedType(javaType, avroName, size, known.info());
    }
    String other = javaNameByAvroName.putIfAbsent(avroName.fullName(), "@Fixed " + name);
    if (other != null) {
      diagnostics.error(site.at, Message.DUPLICATE_NAME, other, "@Fixed " + name,
          avroName.fullName());
      return null;
    }
    FixedType model = new FixedType(javaType, avroName, size, Info.NONE);
    fixedByAvroName.put(avroName.fullName(), model);
    return model;
  }

  private String eventNamespace() {
    return rootNamespace;
  }

  private TypeModel mapDeclared(DeclaredType type, Site site) {
    TypeElement element = (TypeElement) type.asElement();
    String qualified = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (!element.getTypeParameters().isEmpty() && args.isEmpty()) {
      diagnostics.error(site.at, Message.NOT_CONCRETE, site.field,
          display(type, false) + " (raw)");
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
      case "java.lang.Byte":
        return new NarrowInt(TypeName.BYTE.box());
      case "java.lang.Short":
        return new NarrowInt(TypeName.SHORT.box());
      case "java.lang.Character":
        return charType(TypeName.CHAR.box(), type, site);
      case "java.lang.String":
        return new StringType(ClassName.get(String.class));
      case "java.lang.CharSequence":
        return new StringType(ClassName.get(CharSequence.class));
      case "java.nio.ByteBuffer":
        return bytes(ClassName.get("java.nio", "ByteBuffer"), type, here(type, site), site);
      case "java.util.UUID":
        return new UuidType(ClassName.get(UUID.class));
      case "java.math.BigDecimal":
        return decimal(type, site);
      case "java.util.Optional": {
        TypeMirror arg = args.get(0);
        // the Optional's value is the field's value: the field's settings apply to it
        TypeModel value = map(arg, hasNullable(arg.getAnnotationMirrors()), site);
        if (value == null) {
          return null;
        }
        if (value instanceof NullableType) {
          diagnostics.error(site.at, Message.NESTED_OPTIONAL, site.field, display(type, false));
          return null;
        }
        return new NullableType(
            ParameterizedTypeName.get(ClassName.get(Optional.class), value.javaType().box()),
            value, NullForm.OPTIONAL);
      }
      case "java.util.List":
        return collection(type, args.get(0), CollectionKind.LIST, List.class, site);
      case "java.util.Set":
        return collection(type, args.get(0), CollectionKind.SET, Set.class, site);
      case "java.util.Collection":
        return collection(type, args.get(0), CollectionKind.COLLECTION, Collection.class, site);
      case "java.util.Map":
        return map(args, site);
      case "java.lang.Object":
        diagnostics.error(site.at, Message.ABSTRACT_TYPE, site.field, display(type, false));
        return null;
      default:
        break;
    }
    if (TimeMapping.handles(qualified)) {
      AnnotationMirror precision = Mirrors.find(site.declared, Mirrors.TIME_PRECISION);
      if (precision != null) {
        site.used.add(Mirrors.TIME_PRECISION);
      }
      TimeMapping.Result r = TimeMapping.map(qualified, site.precision);
      if (r.model() != null) {
        return r.model();
      }
      diagnostics.error(site.at, r.message(), r.args(site.field, display(type, false)));
      return null;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return mapEnum(element, site.at);
    }
    if (element.getKind() == ElementKind.RECORD) {
      if (!element.getTypeParameters().isEmpty()) {
        diagnostics.error(site.at, Message.NOT_CONCRETE, site.field, display(type, false));
        return null;
      }
      return mapRecord(element, site.at, site.precision);
    }
    if (element.getKind() == ElementKind.INTERFACE
        && element.getModifiers().contains(Modifier.SEALED)) {
      return mapSealed(element, site, site.precision);
    }
    if (element.getKind() == ElementKind.INTERFACE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(site.at, Message.ABSTRACT_TYPE, site.field, display(type, false));
      return null;
    }
    return unsupported(type, site);
  }

  private TypeModel decimal(DeclaredType type, Site site) {
    List<AnnotationMirror> annotations = here(type, site);
    AnnotationMirror explicit = Mirrors.find(annotations, Mirrors.AVRO_DECIMAL);
    AnnotationMirror digits = Mirrors.findAny(annotations, Mirrors.DIGITS);
    if (explicit == null && digits == null) {
      diagnostics.error(site.at, Message.DECIMAL_WITHOUT_SCALE, site.field);
      return null;
    }
    int precision;
    int scale;
    if (explicit != null) {
      site.used.add(Mirrors.AVRO_DECIMAL);
      precision = Mirrors.integer(explicit, "precision", 0);
      scale = Mirrors.integer(explicit, "scale", 0);
      if (digits != null) {
        int dp = Mirrors.integer(digits, "integer", 0) + Mirrors.integer(digits, "fraction", 0);
        int ds = Mirrors.integer(digits, "fraction", 0);
        if (dp > precision || ds != scale) {
          diagnostics.error(site.at, explicit, Message.INVALID_DECIMAL, site.field,
              "@Digits(integer = " + (dp - ds) + ", fraction = " + ds + ") allows values that"
                  + " decimal(" + precision + ", " + scale + ") cannot hold");
          return null;
        }
      }
    } else {
      scale = Mirrors.integer(digits, "fraction", 0);
      precision = Mirrors.integer(digits, "integer", 0) + scale;
    }
    if (precision < 1 || scale < 0 || scale > precision) {
      diagnostics.error(site.at, Message.INVALID_DECIMAL, site.field,
          "precision " + precision + " and scale " + scale);
      return null;
    }
    return new DecimalType(ClassName.get("java.math", "BigDecimal"), precision, scale);
  }

  private TypeModel collection(DeclaredType type, TypeMirror arg, CollectionKind kind,
      Class<?> javaClass, Site site) {
    TypeModel elements = map(arg, hasNullable(arg.getAnnotationMirrors()), site.inside("[]"));
    return elements == null ? null : new ArrayType(
        ParameterizedTypeName.get(ClassName.get(javaClass), elements.javaType().box()),
        elements, kind);
  }

  private TypeModel map(List<? extends TypeMirror> args, Site site) {
    TypeMirror key = args.get(0);
    if (!(key.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) key).asElement())
        .getQualifiedName().contentEquals("java.lang.String"))) {
      if (key.getKind() == TypeKind.ERROR && !lastRound) {
        throw new Deferred();
      }
      diagnostics.error(site.at, Message.MAP_KEY_NOT_STRING, site.field, display(key, false));
      return null;
    }
    TypeMirror arg = args.get(1);
    TypeModel values = map(arg, hasNullable(arg.getAnnotationMirrors()), site.inside("[]"));
    return values == null ? null : new MapType(ParameterizedTypeName.get(
        ClassName.get(Map.class), ClassName.get(String.class), values.javaType().box()), values);
  }

  // ------------------------------------------------------------------------ named types

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
    String defaultSymbol = null;
    for (Element e : element.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        String symbol = e.getSimpleName().toString();
        if (!Names.isValidName(symbol)) {
          diagnostics.error(e, Message.INVALID_NAME, symbol, "enum symbol");
          return null;
        }
        if (Mirrors.find(e.getAnnotationMirrors(), Mirrors.ENUM_DEFAULT) != null) {
          if (defaultSymbol != null) {
            diagnostics.error(e, Message.DUPLICATE_ENUM_DEFAULT, element.getSimpleName(),
                defaultSymbol, symbol);
            return null;
          }
          defaultSymbol = symbol;
        }
        symbols.add(symbol);
      }
    }
    SchemaName name = nestedName(element, at);
    if (name == null) {
      return null;
    }
    EnumType model = new EnumType(ClassName.get(element), name, symbols, defaultSymbol,
        namedInfo(element));
    return register(element, model, at) ? model : null;
  }

  private TypeModel mapRecord(TypeElement element, Element at, TimePrecision precision) {
    String key = element.getQualifiedName().toString();
    Named known = namedByJavaName.get(key);
    if (known != null) {
      return known;
    }
    if (!accessible(element)) {
      return null;
    }
    SchemaName name = nestedName(element, at);
    if (name == null) {
      return null;
    }
    RecordType model = new RecordType(ClassName.get(element), name, namedInfo(element));
    if (!register(element, model, at)) {
      return null;
    }
    int errorsBefore = diagnostics.errorCount();
    mapFields(element, model, precision);
    return diagnostics.errorCount() == errorsBefore ? model : null;
  }

  /**
   * A sealed interface: the union of its permitted records in {@code permits} order, a permitted
   * sealed interface contributing its own records in place.
   */
  private UnionType mapSealed(TypeElement element, Site site, TimePrecision precision) {
    String key = element.getQualifiedName().toString();
    UnionType known = unionsByJavaName.get(key);
    if (known != null) {
      return known;
    }
    if (!accessible(element)) {
      return null;
    }
    UnionType union = new UnionType(ClassName.get(element));
    unionsByJavaName.put(key, union);
    int errorsBefore = diagnostics.errorCount();
    Set<RecordType> seen = new HashSet<>();
    addBranches(element, union, seen, site, precision);
    union.freeze();
    if (union.branches().isEmpty() && diagnostics.errorCount() == errorsBefore) {
      diagnostics.error(site.at, Message.SEALED_NOT_RECORDS, element.getQualifiedName(),
          "nothing");
    }
    return diagnostics.errorCount() == errorsBefore ? union : null;
  }

  private void addBranches(TypeElement sealed, UnionType union, Set<RecordType> seen, Site site,
      TimePrecision precision) {
    for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        if (!lastRound) {
          throw new Deferred();
        }
        diagnostics.error(site.at, Message.UNRESOLVED_TYPE, site.field, permitted);
        continue;
      }
      TypeElement sub = (TypeElement) ((DeclaredType) permitted).asElement();
      if (sub.getKind() == ElementKind.RECORD && sub.getTypeParameters().isEmpty()) {
        TypeModel branch = mapRecord(sub, site.at, precision);
        if (branch instanceof RecordType r && seen.add(r)) {
          union.addBranch(r);
        }
      } else if (sub.getKind() == ElementKind.INTERFACE
          && sub.getModifiers().contains(Modifier.SEALED)) {
        addBranches(sub, union, seen, site, precision);
      } else {
        diagnostics.error(site.at == sealed ? sub : site.at, Message.SEALED_NOT_RECORDS,
            sealed.getQualifiedName(), sub.getQualifiedName());
      }
    }
  }

  /**
   * The Avro name of a record or enum reached from the event: {@code @SchemaName} if present (a
   * simple name in the event's namespace, or a full name); if it is an {@code @Event} itself, the
   * name its own schema has; else its simple name in the event's namespace.
   */
  private SchemaName nestedName(TypeElement element, Element at) {
    String name = element.getSimpleName().toString();
    String namespace = settings.namespace();
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      if (Mirrors.name(a).equals(EVENT)) {
        EventSettings own = EventSettings.of(a);
        name = own.name().isEmpty() ? name : own.name();
        namespace = own.namespace().isEmpty() ? packageOf(element) : own.namespace();
      }
    }
    AnnotationMirror rename = Mirrors.find(element.getAnnotationMirrors(), Mirrors.AVRO_NAME);
    if (rename != null) {
      String value = Mirrors.string(rename, "value", name);
      int dot = value.lastIndexOf('.');
      name = dot < 0 ? value : value.substring(dot + 1);
      namespace = dot < 0 ? namespace : value.substring(0, dot);
      if (!Names.isValidName(name) || !Names.isValidNamespace(namespace)) {
        diagnostics.error(element, rename, Message.INVALID_NAME, value, "name");
        return null;
      }
    }
    if (namespace.isEmpty()) {
      namespace = packageOf(element);
    }
    return new SchemaName(namespace, name);
  }

  private boolean register(TypeElement element, Named model, Element at) {
    String javaName = element.getQualifiedName().toString();
    String fullName = model.schemaName().fullName();
    String other = javaNameByAvroName.putIfAbsent(fullName, javaName);
    if (other != null && !other.equals(javaName)) {
      diagnostics.error(at, Message.DUPLICATE_NAME, other, javaName, fullName);
      return false;
    }
    namedByJavaName.put(javaName, model);
    return true;
  }
}
