package io.eventschema.processor.mapping;

import static io.eventschema.processor.mapping.ComponentSite.declarationAnnotations;
import static io.eventschema.processor.mapping.ComponentSite.hasNullable;

import com.palantir.javapoet.ClassName;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.format.avro.SchemaWriter;
import io.eventschema.processor.model.ConstraintModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.BranchUnionType;
import io.eventschema.processor.model.TypeModel.BranchUnionType.Branch;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.NullType;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * An {@code @AvroUnion} sealed interface to a general Avro union: each permitted record, in
 * {@code permits} order, one branch holding its value as its one component (none for null).
 * Checked as Avro checks a union: no two branches of one Avro type, no union in a union.
 */
final class BranchUnions {
  /** Annotations that say something about a field, which a branch's component is not. */
  private static final List<String> FIELD_ONLY = List.of(Mirrors.AVRO_DEFAULT,
      Mirrors.NO_DEFAULT, Mirrors.AVRO_NAME, Mirrors.AVRO_DOC, Mirrors.AVRO_ALIAS,
      Mirrors.AVRO_PROP, Mirrors.AVRO_PROPS, Mirrors.AVRO_ORDER);

  private final MappingContext ctx;
  private final Diagnostics diagnostics;

  BranchUnions(MappingContext ctx) {
    this.ctx = ctx;
    this.diagnostics = ctx.diagnostics;
  }

  static boolean isBranchUnion(TypeElement element) {
    return Mirrors.find(element.getAnnotationMirrors(), Mirrors.AVRO_UNION) != null;
  }

  /** The union of {@code element}; null after reporting an error. */
  BranchUnionType map(TypeElement element, ComponentSite site) {
    String key = element.getQualifiedName().toString();
    BranchUnionType known = ctx.branchUnionsByJavaName.get(key);
    if (known != null) {
      return known;
    }
    if (!ctx.named.accessible(element)) {
      return null;
    }
    BranchUnionType union = new BranchUnionType(ClassName.get(element));
    ctx.branchUnionsByJavaName.put(key, union);
    int errorsBefore = diagnostics.errorCount();
    Map<String, String> byAvroType = new HashMap<>();
    for (TypeMirror permitted : element.getPermittedSubclasses()) {
      TypeElement sub = ctx.named.permittedElement(permitted, site);
      if (sub == null) {
        continue;
      }
      Branch branch = branch(element, sub, site);
      if (branch == null) {
        continue;
      }
      String avroType = avroType(branch.type());
      String other = byAvroType.putIfAbsent(avroType, sub.getSimpleName().toString());
      if (other != null) {
        diagnostics.error(sub, Message.INVALID_AVRO_UNION, element.getQualifiedName(),
            "the branches " + other + " and " + sub.getSimpleName() + " are both " + avroType
                + ", and an Avro union has one branch of each type");
        continue;
      }
      union.addBranch(branch);
    }
    union.freeze();
    if (union.branches().isEmpty() && diagnostics.errorCount() == errorsBefore) {
      diagnostics.error(site.at, Message.INVALID_AVRO_UNION, element.getQualifiedName(),
          "it permits no record");
    }
    return diagnostics.errorCount() == errorsBefore ? union : null;
  }

  private Branch branch(TypeElement union, TypeElement sub, ComponentSite site) {
    if (sub.getKind() != ElementKind.RECORD || !sub.getTypeParameters().isEmpty()) {
      diagnostics.error(sub, Message.INVALID_AVRO_UNION, union.getQualifiedName(),
          sub.getSimpleName() + " is not a record (a branch is a record with one component)");
      return null;
    }
    if (!ctx.named.accessible(sub)) {
      return null;
    }
    List<? extends RecordComponentElement> components = sub.getRecordComponents();
    if (components.isEmpty()) {
      return new Branch(ClassName.get(sub), null, NullType.INSTANCE);
    }
    if (components.size() > 1) {
      diagnostics.error(sub, Message.INVALID_AVRO_UNION, union.getQualifiedName(),
          sub.getSimpleName() + " has " + components.size() + " components, and a branch holds"
              + " one value");
      return null;
    }
    RecordComponentElement component = components.get(0);
    String name = component.getSimpleName().toString();
    Element at = ComponentSite.site(sub, component);
    List<AnnotationMirror> declared = declarationAnnotations(component, at);
    for (AnnotationMirror a : declared) {
      if (FIELD_ONLY.contains(Mirrors.name(a))) {
        diagnostics.error(at, Message.INVALID_AVRO_UNION, union.getQualifiedName(), "@"
            + Mirrors.name(a).substring(Mirrors.PACKAGE.length()) + " on " + sub.getSimpleName()
            + "." + name + " has no meaning: a branch is a type, not a field");
        return null;
      }
    }
    for (ConstraintModel c : ConstraintMapper.of(sub, component)) {
      if (!c.isCascade() && !c.annotation().startsWith(Mirrors.PACKAGE)) {
        diagnostics.error(at, Message.INVALID_AVRO_UNION, union.getQualifiedName(),
            "Bean Validation constraints on a branch (" + sub.getSimpleName() + "." + name
                + ") are not supported yet");
        return null;
      }
    }
    TimePrecision precision = SchemaInfoReader.precisionOf(component,
        SchemaInfoReader.precisionOf(sub, site.precision));
    ComponentSite where = new ComponentSite(at, sub.getSimpleName() + "." + name, precision,
        declared);
    boolean nullable = hasNullable(declared)
        || hasNullable(component.asType().getAnnotationMirrors());
    TypeModel type = ctx.types.map(component.asType(), nullable, where);
    if (type == null) {
      return null;
    }
    ctx.types.checkUsed(where, component.asType());
    if (type instanceof NullableType || type instanceof UnionType
        || type instanceof BranchUnionType) {
      diagnostics.error(at, Message.INVALID_AVRO_UNION, union.getQualifiedName(),
          sub.getSimpleName() + "." + name + " is itself a union (" + type.javaType()
              + "), and Avro unions do not nest");
      return null;
    }
    return new Branch(ClassName.get(sub), name, type);
  }

  /** What Avro tells union branches apart by: a named type's full name, else the type. */
  private static String avroType(TypeModel type) {
    if (type instanceof Named n) {
      return n.schemaName().fullName();
    }
    Object schema = SchemaWriter.standalone(type);
    return schema instanceof Map<?, ?> m ? String.valueOf(m.get("type")) : String.valueOf(schema);
  }
}
