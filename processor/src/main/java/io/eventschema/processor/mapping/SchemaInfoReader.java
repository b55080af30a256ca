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
 * What a schema says about a type or field beyond its type: docs (Javadoc, {@code @AvroDoc}),
 * aliases ({@code @AvroAlias}), custom properties ({@code @AvroProp}), and the time precision in
 * force ({@code @TimePrecision} on a component or record). Each of these annotations is read here
 * and nowhere else.
 */
final class SchemaInfoReader {
  static final Set<String> FIELD_RESERVED = Set.of("default", "doc", "name", "order",
      "type", "aliases", "constraints");
  static final Set<String> TYPE_RESERVED = Set.of("doc", "fields", "items", "name",
      "namespace", "size", "symbols", "values", "type", "aliases", "default", "logicalType",
      "precision", "scale", "constraints");
  /**
   * Keys an {@code @AvroTypeProp} may not take: Avro's own, and those the processor writes; a
   * decimal's {@code precision} and {@code scale} are refused on a decimal only (TypeMapper), as
   * other types, a custom logical type's among them, keep them as plain properties.
   */
  static final Set<String> TYPE_PROP_RESERVED = Set.of("doc", "fields", "items", "name",
      "namespace", "size", "symbols", "values", "type", "aliases", "default", "logicalType",
      "constraints");

  private final MappingContext ctx;
  private final Diagnostics diagnostics;

  SchemaInfoReader(MappingContext ctx) {
    this.ctx = ctx;
    this.diagnostics = ctx.diagnostics;
  }

  Javadoc javadoc(Element e) {
    return ctx.elements == null ? Javadoc.parse(null)
        : Javadoc.parse(ctx.elements.getDocComment(e));
  }

  static String docOf(List<? extends AnnotationMirror> annotations, String fallback) {
    AnnotationMirror doc = Mirrors.find(annotations, Mirrors.AVRO_DOC);
    return doc != null ? Mirrors.string(doc, "value", "") : fallback;
  }

  /** True for {@code @AvroDoc(value = "", writeEmpty = true)}: {@code "doc": ""}. */
  static boolean emptyDocOf(List<? extends AnnotationMirror> annotations) {
    AnnotationMirror doc = Mirrors.find(annotations, Mirrors.AVRO_DOC);
    return doc != null && Mirrors.bool(doc, "writeEmpty", false);
  }

  static List<String> aliasesOf(List<? extends AnnotationMirror> annotations) {
    AnnotationMirror alias = Mirrors.find(annotations, Mirrors.AVRO_ALIAS);
    return alias == null ? List.of() : Mirrors.strings(alias, "value");
  }

  Map<String, Object> props(List<? extends AnnotationMirror> annotations, Element at,
      Set<String> reserved, String owner) {
    return props(Mirrors.props(annotations), "@AvroProp", at, reserved, owner);
  }

  /**
   * The {@code @AvroTypeProp}s among a type's annotations; keys Avro uses for types are refused
   * (EVS021), as on records and enums ({@code precision} and {@code scale} but on a decimal).
   */
  Map<String, Object> typeProps(List<? extends AnnotationMirror> annotations, Element at,
      String owner) {
    return props(Mirrors.typeProps(annotations), "@AvroTypeProp", at, TYPE_PROP_RESERVED, owner);
  }

  private Map<String, Object> props(List<AnnotationMirror> props, String annotation, Element at,
      Set<String> reserved, String owner) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (AnnotationMirror p : props) {
      String key = Mirrors.string(p, "key", "");
      String text = Mirrors.string(p, "value", "");
      if (reserved.contains(key) || key.isEmpty()) {
        diagnostics.error(at, Message.RESERVED_PROPERTY, key, owner);
        continue;
      }
      try {
        out.put(key, JsonText.parse(text));
      } catch (JsonText.Invalid e) {
        diagnostics.error(at, Message.INVALID_JSON, annotation + "(key = " + JsonText.quote(key)
            + ", value = "
            + JsonText.quote(text) + ")", owner, e.getMessage());
      }
    }
    return out;
  }

  /**
   * Doc ({@code @AvroDoc}, else {@code javadoc}, the record's {@code @param}), aliases and
   * properties of the record component named {@code javaName}.
   */
  Info fieldInfo(List<? extends AnnotationMirror> declared, Element site, String javaName,
      String javadoc) {
    return new Info(docOf(declared, javadoc), aliasesOf(declared),
        props(declared, site, FIELD_RESERVED, "field '" + javaName + "'"), emptyDocOf(declared));
  }

  /** Doc, aliases and properties of a record or enum. */
  Info namedInfo(TypeElement type) {
    List<? extends AnnotationMirror> annotations = type.getAnnotationMirrors();
    return new Info(docOf(annotations, javadoc(type).description()), aliasesOf(annotations),
        props(annotations, type, TYPE_RESERVED, type.getSimpleName().toString()),
        emptyDocOf(annotations));
  }

  static TimePrecision precisionOf(Element e, TimePrecision otherwise) {
    AnnotationMirror a = Mirrors.find(e.getAnnotationMirrors(), Mirrors.TIME_PRECISION);
    String unit = a == null ? null : Mirrors.enumName(a, "value");
    return unit == null ? otherwise : TimePrecision.valueOf(unit);
  }
}
