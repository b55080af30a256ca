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
 * The named types of one event, each mapped once: enums, records (which may refer to themselves)
 * and sealed interfaces (unions of records), with their schema names ({@code @AvroName}, an
 * {@code @Event}'s own name, or the simple name in the event's namespace), and the check that no
 * two Java types take one schema name.
 */
final class NamedTypes {
  private static final String EVENT = "io.eventschema.Event";

  private final MappingContext ctx;
  private final Diagnostics diagnostics;

  NamedTypes(MappingContext ctx) {
    this.ctx = ctx;
    this.diagnostics = ctx.diagnostics;
  }

  TypeModel mapEnum(TypeElement element, Element at) {
    String key = element.getQualifiedName().toString();
    Named known = ctx.namedByJavaName.get(key);
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
        // @AvroName on the constant: a symbol that is not a Java name (class, _)
        AnnotationMirror rename = Mirrors.find(e.getAnnotationMirrors(), Mirrors.AVRO_NAME);
        String symbol = rename != null ? Mirrors.string(rename, "value", "")
            : e.getSimpleName().toString();
        if (!Names.isValidName(symbol)) {
          diagnostics.error(e, Message.INVALID_NAME, symbol, "enum symbol");
          return null;
        }
        if (symbols.contains(symbol)) {
          diagnostics.error(e, Message.DUPLICATE_ENUM_SYMBOL, element.getSimpleName(),
              e.getSimpleName(), symbol);
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
        ctx.info.namedInfo(element));
    return register(element, model, at) ? model : null;
  }

  TypeModel mapRecord(TypeElement element, Element at, TimePrecision precision) {
    String key = element.getQualifiedName().toString();
    Named known = ctx.namedByJavaName.get(key);
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
    RecordType model = new RecordType(ClassName.get(element), name, ctx.info.namedInfo(element),
        isError(element));
    if (!register(element, model, at)) {
      return null;
    }
    int errorsBefore = diagnostics.errorCount();
    ctx.records.mapFields(element, model, precision);
    return diagnostics.errorCount() == errorsBefore ? model : null;
  }

  /**
   * A sealed interface: the union of its permitted records in {@code permits} order, a permitted
   * sealed interface contributing its own records in place.
   */
  UnionType mapSealed(TypeElement element, ComponentSite site, TimePrecision precision) {
    String key = element.getQualifiedName().toString();
    UnionType known = ctx.unionsByJavaName.get(key);
    if (known != null) {
      return known;
    }
    if (!accessible(element)) {
      return null;
    }
    UnionType union = new UnionType(ClassName.get(element));
    ctx.unionsByJavaName.put(key, union);
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

  private void addBranches(TypeElement sealed, UnionType union, Set<RecordType> seen,
      ComponentSite site,
      TimePrecision precision) {
    for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
      TypeElement sub = permittedElement(permitted, site);
      if (sub == null) {
        continue;
      }
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
   * The type a sealed interface permits; null after reporting one that does not resolve (in the
   * last round: before, the event waits for the next round).
   */
  TypeElement permittedElement(TypeMirror permitted, ComponentSite site) {
    if (permitted.getKind() == TypeKind.ERROR) {
      if (!ctx.lastRound) {
        throw new EventMapper.Deferred();
      }
      diagnostics.error(site.at, Message.UNRESOLVED_TYPE, site.field, permitted);
      return null;
    }
    return (TypeElement) ((DeclaredType) permitted).asElement();
  }

  /**
   * The Avro name of a record or enum reached from the event: {@code @SchemaName} if present (a
   * simple name in the event's namespace, or a full name); if it is an {@code @Event} itself, the
   * name its own schema has; else its simple name in the event's namespace.
   */
  private SchemaName nestedName(TypeElement element, Element at) {
    String name = element.getSimpleName().toString();
    String namespace = ctx.settings.namespace();
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
    AnnotationMirror own = Mirrors.find(element.getAnnotationMirrors(), Mirrors.AVRO_NAMESPACE);
    if (own != null) {
      if (rename != null && Mirrors.string(rename, "value", "").contains(".")) {
        diagnostics.error(element, own, Message.NAMESPACE_TWICE, element.getSimpleName(),
            Mirrors.string(rename, "value", ""));
        return null;
      }
      // "" is no namespace at all, not the package
      return ownNamespace(element, own, name);
    }
    if (namespace.isEmpty()) {
      namespace = packageOf(element);
    }
    return new SchemaName(namespace, name);
  }

  /** {@code @AvroNamespace} on {@code element}, checked: its name in that namespace, or null. */
  SchemaName ownNamespace(TypeElement element, AnnotationMirror own, String name) {
    String namespace = Mirrors.string(own, "value", "");
    if (!namespace.isEmpty() && !Names.isValidNamespace(namespace)) {
      diagnostics.error(element, own, Message.INVALID_NAME, namespace, "namespace");
      return null;
    }
    return new SchemaName(namespace, name);
  }

  /** True if the record is an Avro {@code error} ({@code @AvroError}). */
  static boolean isError(TypeElement element) {
    return Mirrors.find(element.getAnnotationMirrors(), Mirrors.AVRO_ERROR) != null;
  }

  boolean register(TypeElement element, Named model, Element at) {
    String javaName = element.getQualifiedName().toString();
    String fullName = model.schemaName().fullName();
    String other = ctx.javaNameByAvroName.putIfAbsent(fullName, javaName);
    if (other != null && !other.equals(javaName)) {
      diagnostics.error(at, Message.DUPLICATE_NAME, other, javaName, fullName);
      return false;
    }
    ctx.namedByJavaName.put(javaName, model);
    return true;
  }

  boolean accessible(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        diagnostics.error(type, Message.NOT_ACCESSIBLE, ((TypeElement) e).getQualifiedName());
        return false;
      }
    }
    return true;
  }

  static String packageOf(Element e) {
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
