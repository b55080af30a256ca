package io.eventschema.processor.mapping;

import static io.eventschema.processor.mapping.ComponentSite.display;
import static io.eventschema.processor.mapping.ComponentSite.hasNullable;
import static io.eventschema.processor.mapping.ComponentSite.here;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.eventschema.AvroLogicalType;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.model.SchemaName;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.FieldSchema;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BigDecimalType;
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
import io.eventschema.processor.model.TypeModel.NullType;
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
 * Maps one Java type at one site to its {@link TypeModel}: primitives and their boxes, strings,
 * bytes, UUIDs, decimals, java.time (through {@link TimeMapping}), optionals and nullables,
 * collections and maps, and hands enums, records and sealed interfaces to {@link NamedTypes}. Null
 * after reporting an error on the site.
 */
final class TypeMapper {
  private final MappingContext ctx;
  private final Diagnostics diagnostics;

  private final BranchUnions branchUnions;

  TypeMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.diagnostics = ctx.diagnostics;
    this.branchUnions = new BranchUnions(ctx);
  }

  /** The general union of the {@code @AvroUnion} {@code element}; null after an error. */
  TypeModel.BranchUnionType branchUnion(TypeElement element, ComponentSite site) {
    return branchUnions.map(element, site);
  }

  /** Maps {@code type}; null after reporting an error. */
  TypeModel map(TypeMirror type, boolean nullable, ComponentSite site) {
    if (nullable) {
      if (type.getKind().isPrimitive()) {
        diagnostics.error(site.at, Message.NULLABLE_PRIMITIVE, site.field, display(type, false),
            ComponentSite.boxName(type.getKind()));
        return null;
      }
      TypeModel inner = mapNonNull(type, site);
      if (inner == null) {
        return null;
      }
      if (inner instanceof NullableType || inner instanceof NullType) {
        diagnostics.error(site.at, Message.NESTED_OPTIONAL, site.field, display(type, true));
        return null;
      }
      if (inner instanceof TypeModel.BranchUnionType) {
        diagnostics.error(site.at, Message.NULLABLE_AVRO_UNION, site.field, display(type, true));
        return null;
      }
      return new NullableType(inner.javaType(), inner, NullForm.NULL);
    }
    return mapNonNull(type, site);
  }

  /** Configuring annotations on a component that its type did not use: say so. */
  void checkUsed(ComponentSite site, TypeMirror type) {
    Map<String, String> hints = new LinkedHashMap<>();
    hints.put(Mirrors.FIXED, "@Fixed goes on byte[], ByteBuffer, an AvroDuration or a BigDecimal"
        + " (a decimal on fixed)");
    hints.put(Mirrors.AVRO_DECIMAL, "@AvroDecimal goes on BigDecimal");
    hints.put(Mirrors.AVRO_BIG_DECIMAL, "@AvroBigDecimal goes on BigDecimal");
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

  /**
   * Maps a type that is not itself nullable, with the {@code @AvroLogicalType} and
   * {@code @AvroTypeProp}s on it (on a {@code byte[]} they land on the {@code byte}, as javac
   * reads {@code @AvroTypeProp byte[]}).
   */
  private TypeModel mapNonNull(TypeMirror type, ComponentSite site) {
    List<AnnotationMirror> annotations = new ArrayList<>(type.getAnnotationMirrors());
    if (type.getKind() == TypeKind.ARRAY && ((javax.lang.model.type.ArrayType) type)
        .getComponentType().getKind() == TypeKind.BYTE) {
      annotations.addAll(((javax.lang.model.type.ArrayType) type).getComponentType()
          .getAnnotationMirrors());
    }
    AnnotationMirror logical = Mirrors.find(annotations, Mirrors.AVRO_LOGICAL_TYPE);
    if (Mirrors.typeProps(annotations).isEmpty() && logical == null) {
      return mapType(type, site);
    }
    int fixedBefore = ctx.fixedByAvroName.size();
    TypeModel model = mapType(type, site);
    if (model == null) {
      return null;
    }
    int errorsBefore = diagnostics.errorCount();
    Map<String, Object> props = ctx.info.typeProps(annotations, site.at,
        "the type of field '" + site.field + "'");
    if (diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    String own = logicalTypeOf(model);
    if (own != null) {
      String refused = own.equals("decimal") && props.containsKey("precision") ? "precision"
          : own.equals("decimal") && props.containsKey("scale") ? "scale" : null;
      if (refused != null) {
        diagnostics.error(site.at, Message.RESERVED_PROPERTY, refused,
            "the decimal of field '" + site.field + "'");
        return null;
      }
      String dropping = droppingKey(props);
      if (dropping != null) {
        diagnostics.error(site.at, Message.INVALID_TYPE_PROP, site.field, display(type, false),
            "Avro's parser drops the logical type " + own + " beside a string \"" + dropping
                + "\" and reads a plain " + baseOf(model) + " (for that schema write"
                + " @AvroLogicalType(\"" + own + "\") with it on a " + javaBaseOf(model) + ")");
        return null;
      }
    }
    if (logical != null) {
      props = withLogicalType(logical, own, props, model, type, site);
      if (props == null) {
        return null;
      }
    }
    if (model instanceof FixedType f) {
      return fixedWithProps(f, props, ctx.fixedByAvroName.size() > fixedBefore, type, site);
    }
    TypeModel with = TypeModel.withProps(model, props);
    if (with == null) {
      String kind = model instanceof NullableType ? "an Optional (put it on the type argument:"
              + " Optional<@AvroTypeProp(...) T>)"
          : model instanceof Named ? "a record or enum, whose properties are @AvroProp on its"
              + " declaration"
          : "a union";
      if (logical != null) {
        diagnostics.error(site.at, logical, Message.INVALID_LOGICAL_TYPE,
            Mirrors.string(logical, "value", ""), site.field, display(type, false),
            "it is " + kind.replace("@AvroTypeProp(...)", "@AvroLogicalType(...)")
                + ", which has no logical type of its own");
        return null;
      }
      diagnostics.error(site.at, Message.INVALID_TYPE_PROP, site.field, display(type, false),
          "it is " + kind + ", which has no properties of its own");
      return null;
    }
    return with;
  }

  /**
   * {@code props} with {@code "logicalType"} first, or null after an error: a name Avro knows
   * (unless a property beside it makes Avro drop it), or a type that has a logical type.
   */
  private Map<String, Object> withLogicalType(AnnotationMirror logical, String own,
      Map<String, Object> props, TypeModel model, TypeMirror type, ComponentSite site) {
    String name = Mirrors.string(logical, "value", "");
    String reason = null;
    if (own != null) {
      reason = "it is already the logical type " + own + "; a custom logical type goes on the"
          + " type its values are coded as (String, long, int, ByteBuffer, an @Fixed, ...)";
    } else if (name.isEmpty()) {
      reason = "the name is empty";
    } else if (AvroLogicalType.AVRO_OWN.contains(name) && droppingKey(props) == null) {
      reason = "Avro 1.12 reads \"" + name + "\" as its own logical type; use the Java type the"
          + " processor maps to it (UUID, BigDecimal with @AvroDecimal or @AvroBigDecimal,"
          + " AvroDuration, java.time)";
    }
    if (reason != null) {
      diagnostics.error(site.at, logical, Message.INVALID_LOGICAL_TYPE, name, site.field,
          display(type, false), reason);
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("logicalType", name);
    out.putAll(props);
    return out;
  }

  /** The first property whose string value makes Avro's parser drop a logical type, or null. */
  private static String droppingKey(Map<String, Object> props) {
    for (String key : AvroLogicalType.DROPPED_BESIDE) {
      if (props.get(key) instanceof String) {
        return key;
      }
    }
    return null;
  }

  /** The Avro logical type {@code model} is written with, or null. */
  private static String logicalTypeOf(TypeModel model) {
    if (model instanceof UuidType) {
      return "uuid";
    } else if (model instanceof DecimalType
        || (model instanceof FixedType f && f.decimal() != null)) {
      return "decimal";
    } else if (model instanceof FixedType f && f.duration()) {
      return "duration";
    } else if (model instanceof BigDecimalType) {
      return "big-decimal";
    } else if (model instanceof TypeModel.TimestampType t) {
      return (t.local() ? "local-timestamp-" : "timestamp-")
          + t.precision().name().toLowerCase(Locale.ROOT);
    } else if (model instanceof TypeModel.DateType) {
      return "date";
    } else if (model instanceof TypeModel.TimeOfDayType t) {
      return "time-" + t.precision().name().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** The Avro type under a logical type. */
  private static String baseOf(TypeModel model) {
    return model instanceof UuidType ? "string" : model instanceof FixedType ? "fixed"
        : model instanceof DecimalType || model instanceof BigDecimalType ? "bytes"
        : model instanceof TypeModel.DateType || (model instanceof TypeModel.TimeOfDayType t
            && t.precision() == TimePrecision.MILLIS) ? "int" : "long";
  }

  /** The Java type of {@link #baseOf}. */
  private static String javaBaseOf(TypeModel model) {
    return switch (baseOf(model)) {
      case "string" -> "String";
      case "bytes" -> "ByteBuffer";
      case "fixed" -> "@Fixed ByteBuffer";
      case "int" -> "int";
      default -> "long";
    };
  }

  /**
   * A fixed's properties are part of its one definition: given at its first use ({@code defined}),
   * they are the registered fixed's; a later use names the same ones or none.
   */
  private TypeModel fixedWithProps(FixedType f, Map<String, Object> props, boolean defined,
      TypeMirror type, ComponentSite site) {
    String fullName = f.schemaName().fullName();
    if (defined) {
      Info info = new Info(f.info().doc(), f.info().aliases(), props);
      FixedType known = ctx.fixedByAvroName.get(fullName);
      ctx.fixedByAvroName.put(fullName, known.withInfo(info));
      return f.withInfo(info);
    }
    if (!f.info().props().equals(props)) {
      diagnostics.error(site.at, Message.INVALID_TYPE_PROP, site.field, display(type, false),
          "the fixed " + fullName + " was defined at its first use with "
              + (f.info().props().isEmpty() ? "no properties" : "the properties "
              + Json.compact(f.info().props())) + ", and a fixed has one definition");
      return null;
    }
    return f;
  }

  private TypeModel mapType(TypeMirror type, ComponentSite site) {
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
        if (!ctx.lastRound) {
          throw new EventMapper.Deferred();
        }
        diagnostics.error(site.at, Message.UNRESOLVED_TYPE, site.field, type);
        return null;
      case DECLARED:
        return mapDeclared((DeclaredType) type, site);
      default:
        return unsupported(type, site);
    }
  }

  private TypeModel unsupported(TypeMirror type, ComponentSite site) {
    diagnostics.error(site.at, Message.UNSUPPORTED_TYPE, site.field, display(type, false));
    return null;
  }

  private TypeModel charType(TypeName javaType, TypeMirror type, ComponentSite site) {
    AnnotationMirror as = Mirrors.find(site.declared, Mirrors.CHAR_AS);
    if (as == null) {
      diagnostics.error(site.at, Message.CHAR_TYPE, site.field, display(type, false));
      return null;
    }
    site.used.add(Mirrors.CHAR_AS);
    return new CharType(javaType, "STRING".equals(Mirrors.enumName(as, "value")));
  }

  private TypeModel mapArray(javax.lang.model.type.ArrayType type, ComponentSite site) {
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
      ComponentSite site) {
    AnnotationMirror fixed = Mirrors.find(annotations, Mirrors.FIXED);
    if (fixed == null) {
      return new BytesType(javaType);
    }
    return fixed(javaType, fixed, null, false, site);
  }

  /**
   * The fixed type an {@code @Fixed} ({@code fixed}; null for a duration without one) gives a
   * component: plain bytes, a decimal on fixed ({@code decimal}) or a duration. Its full name is
   * its name in {@code @Fixed(namespace)}, else the event's namespace; the first use of a full
   * name defines it (doc, aliases), later ones must name the same size and logical type.
   */
  private FixedType fixed(TypeName javaType, AnnotationMirror fixed, DecimalType decimal,
      boolean duration, ComponentSite site) {
    int size = io.eventschema.AvroDuration.SIZE;
    String name = "";
    String namespace = "";
    String doc = "";
    List<String> aliases = List.of();
    if (fixed != null) {
      site.used.add(Mirrors.FIXED);
      size = Mirrors.integer(fixed, "value", 0);
      name = Mirrors.string(fixed, "name", "");
      namespace = Mirrors.string(fixed, "namespace", "");
      doc = Mirrors.string(fixed, "doc", "");
      aliases = Mirrors.strings(fixed, "aliases");
    }
    if (size < 1) {
      diagnostics.error(site.at, fixed, Message.INVALID_FIXED, site.field,
          "size " + size + " is less than 1");
      return null;
    }
    if (duration && size != io.eventschema.AvroDuration.SIZE) {
      diagnostics.error(site.at, fixed, Message.INVALID_FIXED, site.field,
          "an Avro duration is a fixed of 12 bytes, not " + size);
      return null;
    }
    if (decimal != null && decimal.precision() > maxPrecision(size)) {
      diagnostics.error(site.at, fixed, Message.INVALID_DECIMAL, site.field, "a fixed of " + size
          + " bytes holds at most " + maxPrecision(size) + " digits, not " + decimal.precision());
      return null;
    }
    if (name.isEmpty()) {
      name = Names.pascalCase(ctx.settings.fieldName(site.field.replaceAll("\\W", "")));
    }
    if (!Names.isValidName(name)) {
      diagnostics.error(site.at, Message.INVALID_NAME, name, "fixed name");
      return null;
    }
    if (namespace.equals(io.eventschema.Fixed.NO_NAMESPACE)) {
      namespace = "";
    } else if (namespace.isEmpty()) {
      namespace = ctx.rootNamespace;
    } else if (!Names.isValidNamespace(namespace)) {
      diagnostics.error(site.at, Message.INVALID_NAME, namespace, "namespace");
      return null;
    }
    for (String alias : aliases) {
      if (!Names.isValidNamespace(alias)) {
        diagnostics.error(site.at, Message.INVALID_NAME, alias, "alias");
        return null;
      }
    }
    SchemaName avroName = new SchemaName(namespace, name);
    String kind = fixedKind(duration, decimal);
    FixedType known = ctx.fixedByAvroName.get(avroName.fullName());
    if (known != null) {
      String knownKind = fixedKind(known.duration(), known.decimal());
      if (known.size() != size) {
        diagnostics.error(site.at, fixed, Message.INVALID_FIXED, site.field, "the fixed "
            + avroName + " already has size " + known.size() + ", not " + size);
        return null;
      }
      if (!kind.equals(knownKind)) {
        diagnostics.error(site.at, fixed, Message.INVALID_FIXED, site.field, "the fixed "
            + avroName + " already holds " + knownKind + ", not " + kind);
        return null;
      }
      if ((!doc.isEmpty() && !doc.equals(known.info().doc()))
          || (!aliases.isEmpty() && !aliases.equals(known.info().aliases()))) {
        diagnostics.error(site.at, fixed, Message.INVALID_FIXED, site.field, "the fixed "
            + avroName + " was defined at its first use with another doc or other aliases, and"
            + " a fixed has one definition");
        return null;
      }
      return known.javaType().equals(javaType) ? known : known.withJavaType(javaType);
    }
    String other = ctx.javaNameByAvroName.putIfAbsent(avroName.fullName(), "@Fixed " + name);
    if (other != null) {
      diagnostics.error(site.at, Message.DUPLICATE_NAME, other, "@Fixed " + name,
          avroName.fullName());
      return null;
    }
    FixedType model = new FixedType(javaType, avroName, size, new Info(doc, aliases, Map.of()),
        decimal, duration);
    ctx.fixedByAvroName.put(avroName.fullName(), model);
    return model;
  }

  /** What a fixed holds, as its messages say: a duration, a decimal(p, s) or bytes. */
  private static String fixedKind(boolean duration, DecimalType decimal) {
    return duration ? "a duration" : decimal != null ? "decimal(" + decimal.precision() + ", "
        + decimal.scale() + ")" : "bytes";
  }

  /** The most digits a decimal on a fixed of {@code size} bytes holds, as Avro computes it. */
  static long maxPrecision(int size) {
    return Math.round(Math.floor(Math.log10(2) * (8 * size - 1)));
  }

  private TypeModel mapDeclared(DeclaredType type, ComponentSite site) {
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
      case "java.lang.Void":
        // the Avro null type: a field or item that is always null
        return NullType.INSTANCE;
      case "java.math.BigDecimal":
        return decimal(type, site);
      case "io.eventschema.AvroDuration":
        return fixed(ClassName.get("io.eventschema", "AvroDuration"),
            Mirrors.find(here(type, site), Mirrors.FIXED), null, true, site);
      case "java.util.Optional": {
        TypeMirror arg = args.get(0);
        // the Optional's value is the field's value: the field's ctx.settings apply to it
        TypeModel value = map(arg, hasNullable(arg.getAnnotationMirrors()), site);
        if (value == null) {
          return null;
        }
        if (value instanceof NullableType || value instanceof NullType) {
          diagnostics.error(site.at, Message.NESTED_OPTIONAL, site.field, display(type, false));
          return null;
        }
        if (value instanceof TypeModel.BranchUnionType) {
          diagnostics.error(site.at, Message.NULLABLE_AVRO_UNION, site.field,
              display(type, false));
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
      // the precision in force (site.precision) is SchemaInfoReader's reading of @TimePrecision
      site.used.add(Mirrors.TIME_PRECISION);
      TimeMapping.Result r = TimeMapping.map(qualified, site.precision);
      if (r.model() != null) {
        return r.model();
      }
      diagnostics.error(site.at, r.message(), r.args(site.field, display(type, false)));
      return null;
    }
    if (element.getKind() == ElementKind.ENUM) {
      return ctx.named.mapEnum(element, site.at);
    }
    if (element.getKind() == ElementKind.RECORD) {
      if (!element.getTypeParameters().isEmpty()) {
        diagnostics.error(site.at, Message.NOT_CONCRETE, site.field, display(type, false));
        return null;
      }
      return ctx.named.mapRecord(element, site.at, site.precision);
    }
    if (element.getKind() == ElementKind.INTERFACE
        && element.getModifiers().contains(Modifier.SEALED)) {
      if (BranchUnions.isBranchUnion(element)) {
        return branchUnions.map(element, site);
      }
      return ctx.named.mapSealed(element, site, site.precision);
    }
    if (element.getKind() == ElementKind.INTERFACE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      diagnostics.error(site.at, Message.ABSTRACT_TYPE, site.field, display(type, false));
      return null;
    }
    return unsupported(type, site);
  }

  private TypeModel decimal(DeclaredType type, ComponentSite site) {
    List<AnnotationMirror> annotations = here(type, site);
    AnnotationMirror explicit = Mirrors.find(annotations, Mirrors.AVRO_DECIMAL);
    AnnotationMirror digits = Mirrors.findAny(annotations, Mirrors.DIGITS);
    AnnotationMirror fixed = Mirrors.find(annotations, Mirrors.FIXED);
    AnnotationMirror big = Mirrors.find(annotations, Mirrors.AVRO_BIG_DECIMAL);
    if (big != null) {
      site.used.add(Mirrors.AVRO_BIG_DECIMAL);
      if (explicit != null || fixed != null) {
        diagnostics.error(site.at, big, Message.BIG_DECIMAL_WITH_SCALE, site.field,
            explicit != null ? "@AvroDecimal" : "@Fixed");
        site.used.add(Mirrors.AVRO_DECIMAL);
        site.used.add(Mirrors.FIXED);
        return null;
      }
      return new BigDecimalType(ClassName.get("java.math", "BigDecimal"));
    }
    if (explicit == null && digits == null) {
      diagnostics.error(site.at, Message.DECIMAL_WITHOUT_SCALE, site.field);
      return null;
    }
    int precision;
    int scale;
    boolean writeScale = true;
    if (explicit != null) {
      site.used.add(Mirrors.AVRO_DECIMAL);
      precision = Mirrors.integer(explicit, "precision", 0);
      scale = Mirrors.integer(explicit, "scale", 0);
      writeScale = Mirrors.bool(explicit, "writeScale", true);
      if (!writeScale && scale != 0) {
        diagnostics.error(site.at, explicit, Message.INVALID_DECIMAL, site.field,
            "writeScale = false leaves \"scale\" out of the schema, which Avro reads as scale 0,"
                + " not " + scale);
        return null;
      }
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
    DecimalType decimal = new DecimalType(ClassName.get("java.math", "BigDecimal"), precision,
        scale, Map.of(), writeScale);
    return fixed == null ? decimal : fixed(decimal.javaType(), fixed, decimal, false, site);
  }

  private TypeModel collection(DeclaredType type, TypeMirror arg, CollectionKind kind,
      Class<?> javaClass, ComponentSite site) {
    TypeModel elements = map(arg, hasNullable(arg.getAnnotationMirrors()), site.inside("[]"));
    return elements == null ? null : new ArrayType(
        ParameterizedTypeName.get(ClassName.get(javaClass), elements.javaType().box()),
        elements, kind);
  }

  private TypeModel map(List<? extends TypeMirror> args, ComponentSite site) {
    TypeMirror key = args.get(0);
    if (!(key.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) key).asElement())
        .getQualifiedName().contentEquals("java.lang.String"))) {
      if (key.getKind() == TypeKind.ERROR && !ctx.lastRound) {
        throw new EventMapper.Deferred();
      }
      diagnostics.error(site.at, Message.MAP_KEY_NOT_STRING, site.field, display(key, false));
      return null;
    }
    TypeMirror arg = args.get(1);
    TypeModel values = map(arg, hasNullable(arg.getAnnotationMirrors()), site.inside("[]"));
    return values == null ? null : new MapType(ParameterizedTypeName.get(
        ClassName.get(Map.class), ClassName.get(String.class), values.javaType().box()), values);
  }
}
