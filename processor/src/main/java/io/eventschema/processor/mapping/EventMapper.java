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
 * Maps one {@code @Event} record (an enum, a sealed interface of records or an {@code @AvroUnion}),
 * and every type it reaches, to an
 * {@link EventModel}: what the Java side is, for every format's binding. Every refusal is reported
 * through {@link Diagnostics} on the record component responsible; the caller writes nothing for
 * an event whose mapping reported an error.
 *
 * <p>One instance per event. This class checks the event itself (a record, enum or sealed interface,
 * accessible, validly named); the steps that each do one job live beside it and share a
 * {@link MappingContext}: {@link RecordMapper} (components to fields), {@link TypeMapper} (a Java
 * type at a site to its model), {@link NamedTypes} (enums, records, sealed unions, their names),
 * {@link DefaultMapper} ({@code @AvroDefault}), {@link SchemaInfoReader} (docs, aliases,
 * properties, time precision), {@link ComponentSite} (where to report, a component's annotations),
 * with {@link TimeMapping} (java.time), {@link Mirrors} (annotation values), {@link JsonText} (JSON
 * in annotations) and {@link ConstraintMapper} (Bean Validation).
 */
public final class EventMapper {

  /** Thrown when a type is not yet generated (an error type this round): try again next round. */
  public static final class Deferred extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Deferred() {
      super(null, null, false, false);
    }
  }

  private final MappingContext ctx;

  public EventMapper(Diagnostics diagnostics, EventSettings settings, boolean lastRound) {
    this(diagnostics, settings, lastRound, null);
  }

  /** With {@code elements}, docs are read from Javadoc. */
  public EventMapper(Diagnostics diagnostics, EventSettings settings, boolean lastRound,
      Elements elements) {
    this.ctx = new MappingContext(diagnostics, settings, lastRound, elements);
  }

  /** The element to report on for {@code field} (its record component's field), or null. */
  public Element siteOf(FieldModel field) {
    return ctx.sites.get(field);
  }

  public Optional<EventModel> map(TypeElement type) {
    int errorsBefore = ctx.diagnostics.errorCount();
    boolean sealedInterface = type.getKind() == ElementKind.INTERFACE
        && type.getModifiers().contains(Modifier.SEALED);
    boolean enumeration = type.getKind() == ElementKind.ENUM;
    if (type.getKind() != ElementKind.RECORD && !sealedInterface && !enumeration) {
      String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (type.getKind() == ElementKind.INTERFACE) {
        kind = "non-sealed interface";
      }
      String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ";
      ctx.diagnostics.error(type, Message.NOT_A_RECORD, type.getSimpleName(), article + kind,
          type.getSimpleName());
      return Optional.empty();
    }
    if (!ctx.named.accessible(type)) {
      return Optional.empty();
    }
    EventSettings settings = ctx.settings;
    String namespace = settings.namespace().isEmpty() ? NamedTypes.packageOf(type)
        : settings.namespace();
    String name = settings.name().isEmpty() ? type.getSimpleName().toString() : settings.name();
    if (!Names.isValidName(name)) {
      ctx.diagnostics.error(type, Message.INVALID_NAME, name,
          enumeration ? "enum name" : "record name");
    }
    if (!Names.isValidNamespace(namespace)) {
      ctx.diagnostics.error(type, Message.INVALID_NAME, namespace, "namespace");
    }
    if (ctx.diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    AnnotationMirror own = Mirrors.find(type.getAnnotationMirrors(), Mirrors.AVRO_NAMESPACE);
    if (own != null) {
      if (!settings.namespace().isEmpty()) {
        ctx.diagnostics.error(type, own, Message.NAMESPACE_TWICE, type.getSimpleName(),
            "@Event(namespace = \"" + settings.namespace() + "\")");
        return Optional.empty();
      }
      SchemaName named = ctx.named.ownNamespace(type, own, name);
      if (named == null) {
        return Optional.empty();
      }
      namespace = named.namespace();
    }
    SchemaName avroName = new SchemaName(namespace, name);
    ctx.rootNamespace = namespace;
    ctx.constraintsInSchema =
        Mirrors.find(type.getAnnotationMirrors(), Mirrors.CONSTRAINTS_IN_SCHEMA) != null;
    TimePrecision precision = SchemaInfoReader.precisionOf(type, TimePrecision.MICROS);
    ClassName javaName = ClassName.get(type);
    String prefix = String.join("_", javaName.simpleNames());
    TypeModel root;
    ComponentSite site =
        new ComponentSite(type, type.getSimpleName().toString(), precision, List.of());
    if (enumeration) {
      // a top-level enum: its schema is the enum, named as a record event is
      root = ctx.named.mapEnum(type, type);
      if (root == null) {
        return Optional.empty();
      }
    } else if (sealedInterface && BranchUnions.isBranchUnion(type)) {
      // a top-level general union: its schema is the union array, the event's name its own
      root = ctx.types.branchUnion(type, site);
      if (root == null) {
        return Optional.empty();
      }
    } else if (sealedInterface) {
      root = ctx.named.mapSealed(type, site, precision);
      if (root == null) {
        return Optional.empty();
      }
    } else {
      RecordType record = new RecordType(javaName, avroName, ctx.info.namedInfo(type),
          NamedTypes.isError(type));
      ctx.named.register(type, record, type);
      ctx.records.mapFields(type, record, precision);
      root = record;
    }
    if (ctx.diagnostics.errorCount() != errorsBefore) {
      return Optional.empty();
    }
    // an enum's own name is the event's (the same but for an @AvroName on it)
    SchemaName eventName = root instanceof EnumType e ? e.schemaName() : avroName;
    return Optional.of(new EventModel(root, eventName, javaName, prefix));
  }
}
