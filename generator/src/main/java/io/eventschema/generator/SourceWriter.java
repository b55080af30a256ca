package io.eventschema.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.generator.Plan.BranchDef;
import io.eventschema.generator.Plan.BranchUnionDef;
import io.eventschema.generator.Plan.BranchUnionRef;
import io.eventschema.generator.Plan.Bytes;
import io.eventschema.generator.Plan.ConstraintDef;
import io.eventschema.generator.Plan.Decimal;
import io.eventschema.generator.Plan.EnumDef;
import io.eventschema.generator.Plan.FieldDef;
import io.eventschema.generator.Plan.FixedDef;
import io.eventschema.generator.Plan.FixedRef;
import io.eventschema.generator.Plan.JType;
import io.eventschema.generator.Plan.ListOf;
import io.eventschema.generator.Plan.MapOf;
import io.eventschema.generator.Plan.NamedDef;
import io.eventschema.generator.Plan.Nullable;
import io.eventschema.generator.Plan.Prim;
import io.eventschema.generator.Plan.Props;
import io.eventschema.generator.Plan.RecordDef;
import io.eventschema.generator.Plan.Ref;
import io.eventschema.generator.Plan.RootDef;
import io.eventschema.generator.Plan.SealedDef;
import io.eventschema.generator.Plan.SealedRef;
import io.eventschema.generator.Plan.Str;
import io.eventschema.generator.Plan.Time;
import io.eventschema.generator.Plan.Uuid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/** {@link Plan} → Java sources, formatted by JavaPoet (two-space indent), no timestamps. */
final class SourceWriter {
  private static final String API = "io.eventschema";
  private static final ClassName EVENT = ClassName.get(API, "Event");
  private static final ClassName FIELD_NAMING = ClassName.get(API, "FieldNaming");
  private static final ClassName AVRO_NAME = ClassName.get(API, "AvroName");
  private static final ClassName AVRO_NAMESPACE = ClassName.get(API, "AvroNamespace");
  private static final ClassName AVRO_ERROR = ClassName.get(API, "AvroError");
  private static final ClassName AVRO_DEFAULT = ClassName.get(API, "AvroDefault");
  private static final ClassName NO_DEFAULT = ClassName.get(API, "NoDefault");
  private static final ClassName AVRO_UNION = ClassName.get(API, "AvroUnion");
  private static final ClassName AVRO_ALIAS = ClassName.get(API, "AvroAlias");
  private static final ClassName AVRO_DOC = ClassName.get(API, "AvroDoc");
  private static final ClassName AVRO_PROP = ClassName.get(API, "AvroProp");
  private static final ClassName AVRO_TYPE_PROP = ClassName.get(API, "AvroTypeProp");
  private static final ClassName AVRO_LOGICAL_TYPE = ClassName.get(API, "AvroLogicalType");
  private static final ClassName AVRO_ORDER = ClassName.get(API, "AvroOrder");
  private static final ClassName SORT_ORDER = ClassName.get(API, "SortOrder");
  private static final ClassName AVRO_DECIMAL = ClassName.get(API, "AvroDecimal");
  private static final ClassName FIXED = ClassName.get(API, "Fixed");
  private static final ClassName AVRO_BIG_DECIMAL = ClassName.get(API, "AvroBigDecimal");
  private static final ClassName AVRO_DURATION = ClassName.get(API, "AvroDuration");
  private static final ClassName ENUM_DEFAULT = ClassName.get(API, "EnumDefault");
  private static final ClassName TIME_PRECISION = ClassName.get(API, "TimePrecision");
  private static final ClassName PRECISION = ClassName.get(API, "Precision");
  private static final ClassName CONSTRAINTS_IN_SCHEMA = ClassName.get(API, "ConstraintsInSchema");
  private static final Set<String> JAVA_LANG = Set.of("String", "Integer", "Long", "Float",
      "Double", "Boolean", "Object", "Override", "Deprecated", "Record", "Enum", "Character",
      "Byte", "Short", "Number", "Void", "Class", "System", "Math", "Iterable",
      "SuppressWarnings", "FunctionalInterface", "SafeVarargs");

  private final NullStyle nullStyle;
  private final AnnotationSpec nullable;
  private final Set<String> simpleNamesOf;

  SourceWriter(NullStyle nullStyle, ClassName nullableAnnotation, Set<String> generatedSimpleNames) {
    this.nullStyle = nullStyle;
    this.nullable = AnnotationSpec.builder(nullableAnnotation).build();
    this.simpleNamesOf = generatedSimpleNames;
  }

  /** The sources of every record, enum and sealed interface of the plan, sorted by class name. */
  static List<GeneratedSource> write(Planner planner, NullStyle style, ClassName nullable) {
    Set<String> simple = new TreeSet<>();
    for (NamedDef d : planner.named().values()) {
      if (d.java != null) {
        simple.add(d.java.simpleName());
      }
    }
    for (SealedDef s : planner.sealed().values()) {
      simple.add(s.java.simpleName());
    }
    for (BranchUnionDef u : planner.branchUnions().values()) {
      simple.add(u.java.simpleName());
    }
    SourceWriter w = new SourceWriter(style, nullable, simple);
    List<GeneratedSource> out = new ArrayList<>();
    for (NamedDef d : planner.named().values()) {
      if (d instanceof RecordDef r) {
        out.add(w.file(r.java, w.record(r), r.roots, "Avro record " + r.fullName()));
      } else if (d instanceof EnumDef e) {
        out.add(w.file(e.java, w.enumeration(e), e.roots, "Avro enum " + e.fullName()));
      }
    }
    for (SealedDef s : planner.sealed().values()) {
      Set<RootDef> roots = new java.util.LinkedHashSet<>();
      for (RecordDef r : s.branches) {
        roots.addAll(r.roots);
      }
      out.add(w.file(s.java, w.sealed(s), roots, "Avro union " + s.key()));
    }
    for (BranchUnionDef u : planner.branchUnions().values()) {
      out.add(w.file(u.java, w.branchUnion(u), u.roots, "Avro union " + u.schema));
    }
    out.sort(java.util.Comparator.comparing(GeneratedSource::className));
    return out;
  }

  private GeneratedSource file(ClassName name, TypeSpec.Builder type, Set<RootDef> roots,
      String what) {
    List<String> conflicts = new ArrayList<>();
    for (String s : simpleNamesOf) {
      if (JAVA_LANG.contains(s)) {
        conflicts.add(s);
      }
    }
    type.alwaysQualify(conflicts.toArray(new String[0]));
    Set<String> origins = new TreeSet<>();
    Set<String> regenerate = new TreeSet<>();
    for (RootDef r : roots) {
      origins.add(r.origin);
      regenerate.add(r.regenerate);
    }
    StringBuilder comment = new StringBuilder("Generated by eventschema-generator from ")
        .append(String.join(", ", origins)).append(" (").append(what).append(").\n")
        .append("Regenerate rather than edit: ");
    comment.append(regenerate.size() == 1 ? regenerate.iterator().next()
        : "generate " + String.join(" and ", origins) + " together");
    String text = JavaFile.builder(name.packageName(), type.build())
        .addFileComment("$L", comment.toString())
        .skipJavaLangImports(true)
        .indent("  ")
        .build()
        .toString();
    text = joinAnnotations(text);
    // a nested record without a body, as a user writes it: record Null() implements Id {}
    text = text.replaceAll("(?m)^( +)(.*\\brecord\\b.*) \\{\n\\1\\}$", "$1$2 {}");
    if (text.endsWith(" {\n}\n")) {
      // an empty body as a user writes it: record Money(long cents) {}
      text = text.substring(0, text.length() - "{\n}\n".length()) + "{}\n";
    }
    return new GeneratedSource(name.canonicalName(), text);
  }

  private static final java.util.regex.Pattern MULTILINE_ANNOTATION = java.util.regex.Pattern
      .compile("(?m)^( *)(@[\\w.]+)\\(\\n((?:\\1    [^\\n]*\\n)+)\\1\\)$");

  /** JavaPoet writes a type's annotation members one per line; a user writes a short one on one. */
  static String joinAnnotations(String text) {
    java.util.regex.Matcher m = MULTILINE_ANNOTATION.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      StringBuilder members = new StringBuilder();
      for (String line : m.group(3).split("\n")) {
        members.append(members.length() == 0 ? "" : " ").append(line.strip());
      }
      String joined = m.group(1) + m.group(2) + "(" + members + ")";
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          joined.length() <= 100 ? joined : m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  // ------------------------------------------------------------------------------- records

  private TypeSpec.Builder record(RecordDef r) {
    TypeSpec.Builder b = TypeSpec.recordBuilder(r.java.simpleName()).addModifiers(Modifier.PUBLIC);
    StringBuilder javadoc = new StringBuilder();
    if (r.root != null) {
      b.addAnnotation(event(r.root));
      if (r.root.constraintsInSchema) {
        b.addAnnotation(CONSTRAINTS_IN_SCHEMA);
      }
    } else if (r.avroName != null) {
      b.addAnnotation(string(AVRO_NAME, r.avroName));
    }
    if (r.emptyNamespace) {
      b.addAnnotation(string(AVRO_NAMESPACE, ""));
    }
    if (r.schema.isError()) {
      b.addAnnotation(AVRO_ERROR);
    }
    typeInfo(b, r, javadoc);
    for (SealedDef s : r.implemented) {
      b.addSuperinterface(s.java);
    }
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    List<String> params = new ArrayList<>();
    for (FieldDef f : r.fields) {
      ctor.addParameter(component(f, params));
    }
    if (!params.isEmpty()) {
      if (javadoc.length() > 0) {
        javadoc.append("\n");
      }
      for (String p : params) {
        javadoc.append(p).append("\n");
      }
    }
    if (javadoc.length() > 0) {
      b.addJavadoc("$L", javadoc.toString());
    }
    return b.recordConstructor(ctor.build());
  }

  private AnnotationSpec event(RootDef root) {
    AnnotationSpec.Builder a = AnnotationSpec.builder(EVENT);
    if (!root.explicitName.isEmpty()) {
      a.addMember("name", "$S", root.explicitName);
    }
    if (!root.explicitNamespace.isEmpty()) {
      a.addMember("namespace", "$S", root.explicitNamespace);
    }
    if (root.naming != JavaNames.Naming.AS_DECLARED) {
      a.addMember("fieldNaming", "$T.$L", FIELD_NAMING, root.naming.name());
    }
    return a.build();
  }

  /** Doc (Javadoc when it reads back the same, else @AvroDoc), aliases, properties. */
  private void typeInfo(TypeSpec.Builder b, NamedDef d, StringBuilder javadoc) {
    String doc = d.schema.getDoc();
    if (doc != null) {
      if (javadocSafe(doc)) {
        javadoc.append(doc).append("\n");
      } else {
        b.addAnnotation(doc(doc));
      }
    }
    if (!d.schema.getAliases().isEmpty()) {
      b.addAnnotation(aliases(shortAliases(d)));
    }
    for (Map.Entry<String, Object> e : d.schema.getObjectProps().entrySet()) {
      b.addAnnotation(prop(e.getKey(), json(e.getValue())));
    }
  }

  /** The aliases of {@code d}, simple where they are in its own namespace. */
  private static List<String> shortAliases(NamedDef d) {
    List<String> aliases = new ArrayList<>();
    String prefix = d.namespace().isEmpty() ? "" : d.namespace() + ".";
    for (String a : d.schema.getAliases()) {
      aliases.add(!prefix.isEmpty() && a.startsWith(prefix)
          && a.indexOf('.', prefix.length()) < 0 ? a.substring(prefix.length()) : a);
    }
    return aliases;
  }

  private static String json(Object value) {
    return org.apache.avro.util.internal.JacksonUtils.toJsonNode(value).toString();
  }

  /**
   * True if Javadoc gives back exactly {@code doc}: the processor collapses whitespace, replaces
   * inline tags, drops HTML, and ends the description at a line starting with {@code @}.
   */
  static boolean javadocSafe(String doc) {
    return !doc.isEmpty() && doc.equals(doc.strip()) && !doc.matches("(?s).*\\s\\s.*")
        && doc.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\t' || c == '\\'
            || c == '<' || c == '{' || c == '}' || c < 0x20)
        && !doc.contains("*/") && !doc.startsWith("@") && !doc.contains("$");
  }

  private ParameterSpec component(FieldDef f, List<String> params) {
    List<AnnotationSpec> decl = new ArrayList<>();
    if (f.needsAvroName) {
      decl.add(string(AVRO_NAME, f.avroName));
    }
    boolean nullDefault = f.type instanceof Nullable n && n.nullFirst();
    if (f.defaultJson != null && !nullDefault) {
      decl.add(string(AVRO_DEFAULT, f.defaultJson));
    }
    if (f.noDefault) {
      decl.add(f.type instanceof Nullable n && !n.nullFirst()
          ? AnnotationSpec.builder(NO_DEFAULT).addMember("nullLast", "true").build()
          : AnnotationSpec.builder(NO_DEFAULT).build());
    }
    if (!f.aliases.isEmpty()) {
      decl.add(aliases(f.aliases));
    }
    if (f.doc != null) {
      if (javadocSafe(f.doc)) {
        params.add("@param " + f.javaName + " " + f.doc);
      } else {
        decl.add(doc(f.doc));
      }
    }
    for (Map.Entry<String, String> p : f.props.entrySet()) {
      decl.add(prop(p.getKey(), p.getValue()));
    }
    if (f.precision != null) {
      decl.add(AnnotationSpec.builder(TIME_PRECISION)
          .addMember("value", "$T.$L", PRECISION, f.precision).build());
    }
    if (f.order != null) {
      decl.add(AnnotationSpec.builder(AVRO_ORDER)
          .addMember("value", "$T.$L", SORT_ORDER, f.order.name()).build());
    }
    TypeName type = type(f.type, "", true, decl, f);
    return ParameterSpec.builder(type, f.javaName).addAnnotations(decl).build();
  }

  /**
   * The Java type at {@code on} inside field {@code f}; at the top, annotations that configure
   * the value go on the component ({@code decl}), inside containers on the type argument.
   */
  private TypeName type(JType t, String on, boolean top, List<AnnotationSpec> decl, FieldDef f) {
    boolean isNullable = t instanceof Nullable;
    JType inner = isNullable ? ((Nullable) t).inner() : t;
    List<AnnotationSpec> here = positional(inner, on, f);
    // @AvroTypeProp is type-use only: on the type itself, so that JavaPoet places it right on a
    // qualified name (java.nio.@AvroTypeProp(...) ByteBuffer)
    List<AnnotationSpec> typeUse = typeProps(inner);
    TypeName base = base(inner, on, isNullable || !top, f);
    if (top && isNullable && nullStyle == NullStyle.OPTIONAL) {
      here.addAll(typeUse);
      return ParameterizedTypeName.get(ClassName.get("java.util", "Optional"),
          here.isEmpty() ? base : base.annotated(here));
    }
    if (top) {
      decl.addAll(here);
      List<AnnotationSpec> onType = new ArrayList<>(typeUse);
      if (isNullable) {
        onType.add(nullable);
      }
      return onType.isEmpty() ? base : base.annotated(onType);
    }
    List<AnnotationSpec> all = new ArrayList<>(here);
    all.addAll(typeUse);
    if (isNullable) {
      all.add(nullable);
    }
    return all.isEmpty() ? base : base.annotated(all);
  }

  /**
   * The {@code @AvroLogicalType} and {@code @AvroTypeProp}s of a type: its own, or a fixed's (its
   * definition's, repeated on every use, as the processor allows). A {@code "logicalType"} the
   * Planner let through is a custom one (or one Avro drops): {@code @AvroLogicalType}, first.
   */
  private static List<AnnotationSpec> typeProps(JType t) {
    Map<String, String> props = new LinkedHashMap<>();
    if (t instanceof Props p) {
      props.putAll(p.props());
    } else if (t instanceof FixedRef fixed) {
      Set<String> logical = fixed.def().logicalKeys();
      fixed.def().schema.getObjectProps().forEach((k, v) -> {
        if (!logical.contains(k)) {
          props.put(k, json(v));
        }
      });
    }
    List<AnnotationSpec> out = new ArrayList<>();
    String logical = props.remove("logicalType");
    if (logical != null) {
      out.add(string(AVRO_LOGICAL_TYPE, textOf(logical)));
    }
    props.forEach((k, v) -> out.add(typeProp(k, v)));
    return out;
  }

  /** The string a JSON string's text holds. */
  private static String textOf(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<AnnotationSpec> positional(JType type, String on, FieldDef f) {
    List<AnnotationSpec> out = new ArrayList<>();
    JType t = Plan.bare(type);
    if (t instanceof FixedRef fixed) {
      out.add(fixed(fixed.def()));
      if (fixed.def().decimal != null) {
        out.add(decimal(fixed.def().decimal));
      }
    } else if (t instanceof Plan.BigDecimal) {
      out.add(AnnotationSpec.builder(AVRO_BIG_DECIMAL).build());
    } else if (t instanceof Decimal d) {
      out.add(decimal(d));
    }
    for (ConstraintDef c : f == null ? List.<ConstraintDef>of() : f.constraints) {
      if (c.on().equals(on)) {
        AnnotationSpec.Builder a = AnnotationSpec.builder(c.annotation());
        for (Map.Entry<String, CodeBlock> m : c.members().entrySet()) {
          a.addMember(m.getKey(), m.getValue());
        }
        out.add(a.build());
      }
    }
    return out;
  }

  private TypeName base(JType type, String on, boolean boxed, FieldDef f) {
    String prefix = on.isEmpty() ? "" : on + ".";
    JType t = Plan.bare(type);
    if (t instanceof Plan.Null) {
      return ClassName.get(Void.class);
    }
    if (t instanceof Prim p) {
      TypeName prim = switch (p.kind()) {
        case BOOLEAN -> TypeName.BOOLEAN;
        case INT -> TypeName.INT;
        case LONG -> TypeName.LONG;
        case FLOAT -> TypeName.FLOAT;
        case DOUBLE -> TypeName.DOUBLE;
        default -> throw new IllegalStateException(p.kind().toString());
      };
      return boxed ? prim.box() : prim;
    }
    if (t instanceof Str) {
      return ClassName.get(String.class);
    }
    if (t instanceof FixedRef fixed && fixed.def().decimal != null) {
      return ClassName.get("java.math", "BigDecimal");
    }
    if (t instanceof FixedRef fixed && fixed.def().duration) {
      return AVRO_DURATION;
    }
    if (t instanceof Bytes || t instanceof FixedRef) {
      return ClassName.get("java.nio", "ByteBuffer");
    }
    if (t instanceof Uuid) {
      return ClassName.get("java.util", "UUID");
    }
    if (t instanceof Decimal || t instanceof Plan.BigDecimal) {
      return ClassName.get("java.math", "BigDecimal");
    }
    if (t instanceof Time time) {
      return time.javaType();
    }
    if (t instanceof ListOf l) {
      return ParameterizedTypeName.get(ClassName.get("java.util", "List"),
          type(l.items(), prefix + "items", false, null, f));
    }
    if (t instanceof MapOf m) {
      TypeName key = ClassName.get(String.class);
      List<AnnotationSpec> keys = positional(new Plan.Str(), prefix + "keys", f);
      return ParameterizedTypeName.get(ClassName.get("java.util", "Map"),
          keys.isEmpty() ? key : key.annotated(keys),
          type(m.values(), prefix + "values", false, null, f));
    }
    if (t instanceof Ref r) {
      return r.def().java;
    }
    if (t instanceof SealedRef s) {
      return s.def().java;
    }
    if (t instanceof BranchUnionRef u) {
      return u.def().java;
    }
    throw new IllegalStateException("no Java type for " + t);
  }

  // ------------------------------------------------------------------------------- enums

  private TypeSpec.Builder enumeration(EnumDef e) {
    TypeSpec.Builder b = TypeSpec.enumBuilder(e.java.simpleName()).addModifiers(Modifier.PUBLIC);
    if (e.root != null) {
      b.addAnnotation(event(e.root)); // a top-level enum
    }
    if (e.avroName != null) {
      b.addAnnotation(string(AVRO_NAME, e.avroName));
    }
    if (e.emptyNamespace) {
      b.addAnnotation(string(AVRO_NAMESPACE, ""));
    }
    StringBuilder javadoc = new StringBuilder();
    typeInfo(b, e, javadoc);
    if (javadoc.length() > 0) {
      b.addJavadoc("$L", javadoc.toString());
    }
    String dflt = e.schema.getEnumDefault();
    for (String symbol : e.schema.getEnumSymbols()) {
      String constant = e.constants.get(symbol);
      List<AnnotationSpec> annotations = new ArrayList<>();
      if (symbol.equals(dflt)) {
        annotations.add(AnnotationSpec.builder(ENUM_DEFAULT).build());
      }
      if (!constant.equals(symbol)) {
        annotations.add(string(AVRO_NAME, symbol));
      }
      if (annotations.isEmpty()) {
        b.addEnumConstant(constant);
      } else {
        b.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("")
            .addAnnotations(annotations).build());
      }
    }
    return b;
  }

  // ------------------------------------------------------------------------------- unions

  private TypeSpec.Builder sealed(SealedDef s) {
    TypeSpec.Builder b = TypeSpec.interfaceBuilder(s.java.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED);
    if (s.root != null) {
      b.addAnnotation(event(s.root));
      if (s.root.constraintsInSchema) {
        b.addAnnotation(CONSTRAINTS_IN_SCHEMA);
      }
    }
    for (RecordDef r : s.branches) {
      b.addPermittedSubclass(r.java);
    }
    return b;
  }

  /**
   * An {@code @AvroUnion}: a sealed interface whose nested records are the branches, in the
   * union's order, each holding its value as {@code value} (none for null).
   */
  private TypeSpec.Builder branchUnion(BranchUnionDef u) {
    TypeSpec.Builder b = TypeSpec.interfaceBuilder(u.java.simpleName())
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED);
    if (u.root != null) {
      // a top-level general union
      b.addAnnotation(event(u.root));
      if (u.root.constraintsInSchema) {
        b.addAnnotation(CONSTRAINTS_IN_SCHEMA);
      }
      if (u.root.emptyNamespace) {
        b.addAnnotation(string(AVRO_NAMESPACE, ""));
      }
    }
    b.addAnnotation(AVRO_UNION);
    for (BranchDef branch : u.branches) {
      ClassName name = u.java.nestedClass(branch.name());
      b.addPermittedSubclass(name);
      MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
      if (branch.type() != null) {
        List<AnnotationSpec> decl = new ArrayList<>();
        String precision = Planner.precisionOf(branch.type());
        if (precision != null) {
          decl.add(AnnotationSpec.builder(TIME_PRECISION)
              .addMember("value", "$T.$L", PRECISION, precision).build());
        }
        TypeName type = type(branch.type(), "", true, decl, null);
        ctor.addParameter(ParameterSpec.builder(type, "value").addAnnotations(decl).build());
      }
      b.addType(TypeSpec.recordBuilder(branch.name())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC).addSuperinterface(u.java)
          .recordConstructor(ctor.build()).build());
    }
    return b;
  }

  // ------------------------------------------------------------------------------- helpers

  /**
   * The {@code @Fixed} of every use of a fixed: size and name; its namespace where some event's
   * is another; its doc and aliases (the first use defines them, later ones repeat them).
   */
  private static AnnotationSpec fixed(FixedDef def) {
    AnnotationSpec.Builder a = AnnotationSpec.builder(FIXED)
        .addMember("value", "$L", def.schema.getFixedSize())
        .addMember("name", "$S", def.schema.getName());
    if (def.explicitNamespace) {
      if (def.namespace().isEmpty()) {
        a.addMember("namespace", "$T.NO_NAMESPACE", FIXED);
      } else {
        a.addMember("namespace", "$S", def.namespace());
      }
    }
    if (def.schema.getDoc() != null) {
      a.addMember("doc", "$S", def.schema.getDoc());
    }
    List<String> aliases = shortAliases(def);
    if (!aliases.isEmpty()) {
      a.addMember("aliases", strings(aliases));
    }
    return a.build();
  }

  private static AnnotationSpec decimal(Decimal d) {
    AnnotationSpec.Builder a = AnnotationSpec.builder(AVRO_DECIMAL)
        .addMember("precision", "$L", d.precision()).addMember("scale", "$L", d.scale());
    if (!d.scaleWritten()) {
      a.addMember("writeScale", "false");
    }
    return a.build();
  }

  private static AnnotationSpec string(ClassName type, String value) {
    return AnnotationSpec.builder(type).addMember("value", "$S", value).build();
  }

  /** {@code @AvroDoc("...")}; an empty doc {@code @AvroDoc(value = "", writeEmpty = true)}. */
  private static AnnotationSpec doc(String doc) {
    return doc.isEmpty() ? AnnotationSpec.builder(AVRO_DOC).addMember("value", "$S", "")
        .addMember("writeEmpty", "true").build() : string(AVRO_DOC, doc);
  }

  private static AnnotationSpec aliases(List<String> aliases) {
    AnnotationSpec.Builder a = AnnotationSpec.builder(AVRO_ALIAS);
    a.addMember("value", strings(aliases));
    return a.build();
  }

  /** An annotation's String[] value: {@code "a"} for one, {@code {"a", "b"}} for more. */
  private static CodeBlock strings(List<String> values) {
    if (values.size() == 1) {
      return CodeBlock.of("$S", values.get(0));
    }
    List<CodeBlock> items = new ArrayList<>();
    for (String s : values) {
      items.add(CodeBlock.of("$S", s));
    }
    return CodeBlock.of("{$L}", CodeBlock.join(items, ", "));
  }

  private static AnnotationSpec typeProp(String key, String json) {
    return AnnotationSpec.builder(AVRO_TYPE_PROP).addMember("key", "$S", key)
        .addMember("value", "$S", json).build();
  }

  private static AnnotationSpec prop(String key, String json) {
    return AnnotationSpec.builder(AVRO_PROP).addMember("key", "$S", key)
        .addMember("value", "$S", json).build();
  }
}
