package io.eventschema.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import io.eventschema.AvroLogicalType;
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
import io.eventschema.generator.Plan.Null;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.Accessor;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * Avro schemas → {@link Plan}: the inverse of the processor's mapping. Every construct the
 * processor cannot write back exactly is a {@link GenerationError}; nothing is approximated.
 */
final class Planner {
  /** Keys the processor refuses in {@code @AvroProp} on a record or enum. */
  private static final Set<String> TYPE_RESERVED = Set.of("doc", "fields", "items", "name",
      "namespace", "size", "symbols", "values", "type", "aliases", "default", "logicalType",
      "precision", "scale", "constraints");
  /**
   * Keys the processor refuses in {@code @AvroTypeProp} ({@code logicalType} is
   * {@code @AvroLogicalType}; {@code precision} and {@code scale} are refused on a decimal only).
   */
  private static final Set<String> TYPE_PROP_RESERVED = Set.of("doc", "fields", "items", "name",
      "namespace", "size", "symbols", "values", "type", "aliases", "default", "constraints");
  private static final String JAVA_TIME = "java.time";
  private static final List<String> GENERATED_SUFFIXES =
      List.of("Codec", "Serializer", "Deserializer", "Serde", "Validator");

  private final Map<String, String> packages;
  private final List<GenerationError> errors = new ArrayList<>();
  private final Map<String, NamedDef> named = new LinkedHashMap<>();
  private final Map<List<String>, SealedDef> sealed = new LinkedHashMap<>();
  /** General unions by package and schema text: one interface per union in a package. */
  private final Map<String, BranchUnionDef> branchUnions = new LinkedHashMap<>();
  /** The package of the record whose fields are being planned. */
  private String recordPackage = "";
  private final List<RootDef> roots = new ArrayList<>();
  private RootDef current;

  Planner(Map<String, String> packages) {
    this.packages = packages;
  }

  List<GenerationError> errors() {
    return errors;
  }

  List<RootDef> roots() {
    return roots;
  }

  Map<String, NamedDef> named() {
    return named;
  }

  Map<List<String>, SealedDef> sealed() {
    return sealed;
  }

  Map<String, BranchUnionDef> branchUnions() {
    return branchUnions;
  }

  private void error(String path, String construct, String message, String choices) {
    errors.add(new GenerationError(current.origin, path, construct, message, choices));
  }

  // ------------------------------------------------------------------------------- roots

  /** Plans the event of one input schema. */
  void addRoot(String origin, String regenerate, Schema schema, String baseName) {
    RootDef root = new RootDef(origin, regenerate, schema);
    current = root;
    int before = errors.size();
    if (schema.getType() == Schema.Type.RECORD) {
      Plan.JType t = type(schema, schema.getFullName(), false);
      if (t instanceof Ref r && r.def() instanceof RecordDef rec) {
        if (!firstRoot(rec.root, schema.getFullName(), "record")) {
          return;
        }
        rec.root = root;
        root.record = rec;
      }
    } else if (schema.getType() == Schema.Type.ENUM) {
      // a top-level enum: @Event enum
      Plan.JType t = type(schema, schema.getFullName(), false);
      if (t instanceof Ref r && r.def() instanceof EnumDef e) {
        if (!firstRoot(e.root, schema.getFullName(), "enum")) {
          return;
        }
        e.root = root;
        root.enumeration = e;
      }
    } else if (schema.getType() == Schema.Type.UNION && schema.getTypes().size() > 1
        && schema.getTypes().stream().allMatch(s -> s.getType() == Schema.Type.RECORD)) {
      Plan.JType t = type(schema, baseName, false);
      if (t instanceof SealedRef s) {
        if (!firstRoot(s.def().root, "union", "union")) {
          return;
        }
        s.def().root = root;
        root.sealed = s.def();
      }
    } else if (schema.getType() == Schema.Type.UNION) {
      // a top-level general union: @Event @AvroUnion, in the package of the event's namespace
      String ns = unionNamespace(schema);
      String outer = recordPackage;
      recordPackage = JavaNames.packageFor(ns, packages);
      Plan.JType t = branchUnion(schema, baseName);
      recordPackage = outer;
      if (t instanceof BranchUnionRef u) {
        if (!firstRoot(u.def().root, "union", "union")) {
          return;
        }
        u.def().root = root;
        root.union = u.def();
        root.emptyNamespace = ns.isEmpty() && !u.def().java.packageName().isEmpty()
            && !namedTypes(schema).isEmpty();
      }
    } else {
      error("", "top-level " + describe(schema), "an event's schema is a record, an enum or a"
          + " union; a top-level " + describe(schema) + " has no @Event form yet",
          "wrap it in a record with one field");
      return;
    }
    if (errors.size() == before) {
      roots.add(root);
    }
  }

  /** False, after an error, if the type is already the event of another input. */
  private boolean firstRoot(RootDef owner, String path, String what) {
    if (owner == null) {
      return true;
    }
    error(path, "duplicate input", "the " + what + " is also the schema of " + owner.origin,
        "give each schema once");
    return false;
  }

  private static String describe(Schema s) {
    return s.getType().getName();
  }

  /**
   * The namespace of a top-level union's event, which the processor gives every fixed inside:
   * its first fixed's (depth first, in branch and field order), else its first named type's that
   * has one, else none (the package the mapping gives the empty namespace).
   */
  static String unionNamespace(Schema union) {
    String fixed = firstFixedNamespace(union);
    if (fixed != null) {
      return fixed;
    }
    for (Schema s : namedTypes(union)) {
      if (s.getNamespace() != null && !s.getNamespace().isEmpty()) {
        return s.getNamespace();
      }
    }
    return "";
  }

  /** The namespace of the first fixed inside {@code s} ("" for none), or null without a fixed. */
  private static String firstFixedNamespace(Schema s) {
    for (Schema n : namedTypes(s)) {
      if (n.getType() == Schema.Type.FIXED) {
        return n.getNamespace() == null ? "" : n.getNamespace();
      }
    }
    return null;
  }

  /** The named types inside {@code s}, each once, depth first in branch and field order. */
  private static List<Schema> namedTypes(Schema s) {
    List<Schema> out = new ArrayList<>();
    namedTypes(s, out, new HashSet<>());
    return out;
  }

  private static void namedTypes(Schema s, List<Schema> out, Set<String> seen) {
    switch (s.getType()) {
      case RECORD -> {
        if (seen.add(s.getFullName())) {
          out.add(s);
          for (Schema.Field f : s.getFields()) {
            namedTypes(f.schema(), out, seen);
          }
        }
      }
      case ENUM, FIXED -> {
        if (seen.add(s.getFullName())) {
          out.add(s);
        }
      }
      case ARRAY -> namedTypes(s.getElementType(), out, seen);
      case MAP -> namedTypes(s.getValueType(), out, seen);
      case UNION -> s.getTypes().forEach(b -> namedTypes(b, out, seen));
      default -> { }
    }
  }

  // ------------------------------------------------------------------------------- types

  /**
   * The Java type of {@code s} at {@code path}; {@code inField} is true for a field's own type
   * (where a union's null may come last, given a default), false inside arrays and maps.
   */
  private JType type(Schema s, String path, boolean inField) {
    switch (s.getType()) {
      case RECORD:
        return record(s, path);
      case ENUM:
        return enumeration(s, path);
      case FIXED:
        return fixed(s, path);
      case ARRAY: {
        Map<String, String> props = typeProps(s, path, "array", Set.of());
        JType items = props == null ? null : type(s.getElementType(), path + "[]", false);
        return items == null ? null : withProps(new ListOf(items), props);
      }
      case MAP: {
        Map<String, String> props = typeProps(s, path, "map", Set.of());
        JType values = props == null ? null : type(s.getValueType(), path + "{}", false);
        return values == null ? null : withProps(new MapOf(values), props);
      }
      case UNION:
        return union(s, path, inField);
      case NULL: {
        // Void, with its properties: @AvroTypeProp(...) Void
        Map<String, String> props = typeProps(s, path, "null", Set.of());
        return props == null ? null : withProps(new Null(), props);
      }
      default:
        return scalar(s, path);
    }
  }

  /** The null branch of a union: the processor writes it without properties. */
  private boolean noProps(Schema s, String path, String what) {
    if (s.getObjectProps().isEmpty()) {
      return true;
    }
    error(path, "properties on " + what, "properties " + new TreeMap<>(s.getObjectProps())
        .keySet() + " on " + what + ": the processor writes no properties on " + what,
        "move them to the field, or remove them");
    return false;
  }

  /**
   * The properties of an unnamed type (or a fixed) but {@code allowed} (a logical type's own), as
   * {@code @AvroTypeProp}s write them: JSON text in the schema's order, a custom logical type
   * among them (Avro keeps a {@code "logicalType"} it does not know, or drops beside
   * {@code avro.java.string}, as a property; {@code @AvroLogicalType}); null after an error for
   * a key the processor reserves or a logical type of Avro's that is invalid here.
   */
  private Map<String, String> typeProps(Schema s, String path, String what,
      Set<String> allowed) {
    Set<String> extra = new HashSet<>(s.getObjectProps().keySet());
    extra.removeAll(allowed);
    if (extra.isEmpty()) {
      return Map.of();
    }
    if (extra.contains("logicalType") && s.getLogicalType() == null) {
      String name = s.getProp("logicalType");
      boolean dropped = AvroLogicalType.DROPPED_BESIDE.stream().anyMatch(k -> s.getProp(k) != null);
      if (name == null || name.isEmpty()) {
        error(path, "property logicalType on " + what, "a \"logicalType\" that is not a name"
            + " has no Java form", "remove it");
        return null;
      }
      if (AvroLogicalType.AVRO_OWN.contains(name) && !dropped) {
        error(path, "logical type " + name + " on " + what,
            "Avro's logical type '" + name + "' is invalid on " + what + " (Avro reads a plain "
                + what + "), and the processor writes it only from its Java type",
            "use one of the logical types in docs/generator.md, or remove it");
        return null;
      }
    }
    for (String key : new TreeSet<>(extra)) {
      if (TYPE_PROP_RESERVED.contains(key)) {
        error(path, "property " + key + " on " + what, "the property '" + key + "' on " + what
            + " is one the processor reserves", "remove it");
        return null;
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : s.getObjectProps().entrySet()) {
      if (extra.contains(e.getKey())) {
        out.put(e.getKey(), JacksonUtils.toJsonNode(e.getValue()).toString());
      }
    }
    return out;
  }

  private static JType withProps(JType t, Map<String, String> props) {
    return props.isEmpty() ? t : new Props(t, props);
  }

  private JType scalar(Schema s, String path) {
    LogicalType lt = s.getLogicalType();
    String name = lt == null ? null : lt.getName();
    Schema.Type t = s.getType();
    if (name == null) {
      Map<String, String> props = typeProps(s, path, t.getName(), Set.of());
      if (props == null) {
        return null;
      }
      return withProps(switch (t) {
        case STRING -> new Str();
        case BYTES -> new Bytes();
        default -> new Prim(t);
      }, props);
    }
    if (lt instanceof LogicalTypes.Decimal d) {
      Map<String, String> props = typeProps(s, path, "decimal",
          Set.of("logicalType", "precision", "scale"));
      // no "scale" (Avro's 0): @AvroDecimal(..., writeScale = false)
      return props == null ? null : withProps(new Decimal(d.getPrecision(), d.getScale(),
          s.getObjectProp("scale") != null), props);
    }
    Map<String, String> props = typeProps(s, path, name, Set.of("logicalType"));
    if (props == null) {
      return null;
    }
    JType out = switch (name) {
      case "uuid" -> t == Schema.Type.STRING ? new Uuid() : null;
      case "big-decimal" -> new Plan.BigDecimal();
      case "date" -> new Time(ClassName.get(JAVA_TIME, "LocalDate"), null);
      case "time-millis" -> new Time(ClassName.get(JAVA_TIME, "LocalTime"), "MILLIS");
      case "time-micros" -> new Time(ClassName.get(JAVA_TIME, "LocalTime"), "MICROS");
      case "timestamp-millis" -> new Time(ClassName.get(JAVA_TIME, "Instant"), "MILLIS");
      case "timestamp-micros" -> new Time(ClassName.get(JAVA_TIME, "Instant"), "MICROS");
      case "timestamp-nanos" -> new Time(ClassName.get(JAVA_TIME, "Instant"), "NANOS");
      case "local-timestamp-millis" ->
          new Time(ClassName.get(JAVA_TIME, "LocalDateTime"), "MILLIS");
      case "local-timestamp-micros" ->
          new Time(ClassName.get(JAVA_TIME, "LocalDateTime"), "MICROS");
      case "local-timestamp-nanos" ->
          new Time(ClassName.get(JAVA_TIME, "LocalDateTime"), "NANOS");
      default -> null;
    };
    if (out == null) {
      error(path, "logical type " + name, "the logical type '" + name + "' on " + t.getName()
          + " has no Java form yet", "see the mapping table in docs/generator.md");
      return null;
    }
    return withProps(out, props);
  }

  private JType union(Schema s, String path, boolean inField) {
    List<Schema> branches = s.getTypes();
    int nullAt = -1;
    List<Schema> others = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      if (branches.get(i).getType() == Schema.Type.NULL) {
        if (!noProps(branches.get(i), path + "<" + i + ">", "a union's null")) {
          return null;
        }
        nullAt = i;
      } else {
        others.add(branches.get(i));
      }
    }
    boolean nullFirst = nullAt == 0;
    // null first, or last in a field's own type: a nullable T or a nullable union of records
    boolean nullableForm = nullAt < 0 || nullFirst
        || (nullAt == branches.size() - 1 && inField);
    JType inner;
    if (nullableForm && others.size() == 1 && nullAt >= 0) {
      inner = type(others.get(0), path, false);
    } else if (nullableForm && others.size() > 1
        && others.stream().allMatch(b -> b.getType() == Schema.Type.RECORD)) {
      inner = sealedUnion(others, path);
    } else {
      // anything else: an @AvroUnion of branch records, null (if any) one of them
      return branchUnion(s, path);
    }
    if (inner == null) {
      return null;
    }
    return nullAt < 0 ? inner : new Nullable(inner, nullFirst);
  }

  /**
   * A general union: an {@code @AvroUnion} interface in the package of the record being planned,
   * named after the field, one branch record per branch in the union's order.
   */
  private JType branchUnion(Schema s, String path) {
    String key = recordPackage + " " + s;
    BranchUnionDef known = branchUnions.get(key);
    if (known != null) {
      return new BranchUnionRef(known);
    }
    BranchUnionDef def = new BranchUnionDef(s);
    branchUnions.put(key, def);
    String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("[\\[\\]{}<>].*", "");
    def.java = ClassName.get(recordPackage,
        uniqueTypeName(recordPackage, JavaNames.interfaceName(leaf)));
    Set<String> names = new HashSet<>();
    names.add(def.java.simpleName());
    List<Schema> types = s.getTypes();
    for (int i = 0; i < types.size(); i++) {
      Schema b = types.get(i);
      JType t = null;
      if (b.getType() != Schema.Type.NULL) {
        t = type(b, path + "<" + i + ">", false);
        if (t == null) {
          return null;
        }
      }
      String base = branchName(b);
      String name = base;
      for (int n = 2; !names.add(name); n++) {
        name = base + n;
      }
      def.branches.add(new BranchDef(name, t));
    }
    return new BranchUnionRef(def);
  }

  /** {@code Null}, {@code IntValue}, {@code TimestampMillisValue}, {@code PaymentValue}, ... */
  private static String branchName(Schema b) {
    return switch (b.getType()) {
      case NULL -> "Null";
      case RECORD, ENUM, FIXED -> JavaNames.interfaceName(b.getName()) + "Value";
      default -> JavaNames.interfaceName((b.getLogicalType() != null
          ? b.getLogicalType().getName() : b.getType().getName()).replace('-', '_')) + "Value";
    };
  }

  private JType sealedUnion(List<Schema> records, String path) {
    List<RecordDef> defs = new ArrayList<>();
    for (Schema r : records) {
      JType t = record(r, path + "<" + r.getName() + ">");
      if (!(t instanceof Ref ref)) {
        return null;
      }
      defs.add((RecordDef) ref.def());
    }
    List<String> key = new ArrayList<>();
    for (RecordDef d : defs) {
      key.add(d.fullName());
    }
    SealedDef def = sealed.computeIfAbsent(key, k -> new SealedDef(defs));
    if (def.java == null) {
      String pkg = defs.get(0).java.packageName();
      for (RecordDef d : defs) {
        if (!d.java.packageName().equals(pkg)) {
          error(path, "union of records in several packages", "a sealed interface and its"
              + " records must be in one package, and " + d.fullName() + " goes to package '"
              + d.java.packageName() + "', " + defs.get(0).fullName() + " to '" + pkg + "'",
              "map their namespaces to one package (packageMapping / --package)");
          sealed.remove(key);
          return null;
        }
      }
      String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("[\\[\\]{}<>].*", "");
      def.java = ClassName.get(pkg, uniqueTypeName(pkg, JavaNames.interfaceName(leaf)));
      for (RecordDef d : defs) {
        d.implemented.add(def);
      }
    }
    return new SealedRef(def);
  }

  private final Map<String, Set<String>> typeNamesByPackage = new HashMap<>();

  private boolean claimTypeName(String pkg, String simple) {
    return typeNamesByPackage.computeIfAbsent(pkg, p -> new HashSet<>())
        .add(simple.toLowerCase(Locale.ROOT));
  }

  private String uniqueTypeName(String pkg, String base) {
    String name = base;
    if (!claimTypeName(pkg, name)) {
      name = base + "Union";
      for (int i = 2; !claimTypeName(pkg, name); i++) {
        name = base + "Union" + i;
      }
    }
    return name;
  }

  /** The definition already planned under {@code s}'s full name, if the same; else an error. */
  private NamedDef known(Schema s, String path) {
    NamedDef def = named.get(s.getFullName());
    if (def == null) {
      return null;
    }
    if (!def.schema.equals(s) || !def.schema.toString().equals(s.toString())) {
      error(path, "two definitions of " + s.getFullName(), s.getFullName() + " is defined"
          + " differently in " + def.origin, "give every definition of a named type the same"
          + " text, or rename one");
      return def;
    }
    return def;
  }

  private ClassName javaName(Schema s, String path) {
    String namespace = s.getNamespace() == null ? "" : s.getNamespace();
    String pkg = JavaNames.packageFor(namespace, packages);
    if (namespace.isEmpty() && pkg.isEmpty() && !recordPackage.isEmpty()) {
      // a type without namespace reached from a record in a package: a class in the unnamed
      // package could not be imported there, so it joins that record (with @AvroNamespace(""))
      pkg = recordPackage;
    }
    String simple = JavaNames.typeName(s.getName());
    if (!claimTypeName(pkg, simple)) {
      error(path, "Java name taken", "the class " + (pkg.isEmpty() ? "" : pkg + ".") + simple
          + " for " + s.getFullName() + " is taken by another type (file names ignore case)",
          "rename one of the types, or map one namespace to another package");
      return null;
    }
    return ClassName.get(pkg, simple);
  }

  private JType record(Schema s, String path) {
    NamedDef known = known(s, path);
    if (known != null) {
      return known instanceof RecordDef ? new Ref(known) : null;
    }
    RecordDef def = new RecordDef(s, current.origin);
    named.put(s.getFullName(), def);
    def.java = javaName(s, path);
    if (def.java == null || !typeInfo(s, s.getFullName())) {
      return null;
    }
    Set<String> javaNames = new HashSet<>();
    String outerPackage = recordPackage;
    recordPackage = def.java.packageName();
    for (Schema.Field f : s.getFields()) {
      FieldDef fd = field(f, s.getFullName() + "." + f.name());
      if (fd == null) {
        continue;
      }
      String base = JavaNames.componentName(f.name());
      String java = base;
      for (int i = 2; !javaNames.add(java.toLowerCase(Locale.ROOT)); i++) {
        java = base + i;
      }
      fd.javaName = java;
      def.fields.add(fd);
    }
    recordPackage = outerPackage;
    return new Ref(def);
  }

  /** Doc, aliases and properties of a record or enum (an empty doc too: writeEmpty). */
  private boolean typeInfo(Schema s, String path) {
    for (String key : s.getObjectProps().keySet()) {
      if (TYPE_RESERVED.contains(key)) {
        error(path, "property " + key, "the property '" + key + "' on a " + s.getType().getName()
            + " is one the processor reserves", "remove it");
        return false;
      }
    }
    return true;
  }

  private JType enumeration(Schema s, String path) {
    NamedDef known = known(s, path);
    if (known != null) {
      return known instanceof EnumDef ? new Ref(known) : null;
    }
    EnumDef def = new EnumDef(s, current.origin);
    named.put(s.getFullName(), def);
    def.java = javaName(s, path);
    if (def.java == null || !typeInfo(s, path)) {
      return null;
    }
    // a symbol that is not a Java name (class, _) becomes class_ with @AvroName("class")
    Set<String> taken = new HashSet<>(s.getEnumSymbols());
    for (String symbol : s.getEnumSymbols()) {
      String constant = symbol;
      while (!JavaNames.isIdentifier(constant) || (!constant.equals(symbol)
          && taken.contains(constant))) {
        constant = constant + "_";
      }
      taken.add(constant);
      def.constants.put(symbol, constant);
    }
    return new Ref(def);
  }

  private JType fixed(Schema s, String path) {
    NamedDef known = known(s, path);
    if (known != null) {
      return known instanceof FixedDef f ? new FixedRef(f) : null;
    }
    Decimal decimal = null;
    boolean duration = false;
    if (s.getLogicalType() instanceof LogicalTypes.Decimal d) {
      // no "scale" (Avro's 0): @AvroDecimal(..., writeScale = false)
      decimal = new Decimal(d.getPrecision(), d.getScale(), s.getObjectProp("scale") != null);
    } else if (s.getLogicalType() != null && s.getLogicalType().getName().equals("duration")) {
      duration = true;
    } else if (s.getLogicalType() != null) {
      error(path, "logical type " + s.getLogicalType().getName() + " on fixed", "the logical"
          + " type '" + s.getLogicalType().getName() + "' on fixed has no Java form",
          "see the mapping table in docs/generator.md");
      return null;
    }
    FixedDef def = new FixedDef(s, current.origin, decimal, duration);
    // the fixed's properties are its definition's: @AvroTypeProp on each use (SourceWriter)
    if (typeProps(s, path, "fixed", def.logicalKeys()) == null) {
      return null;
    }
    if (emptyDoc(s.getDoc(), path)) {
      return null;
    }
    named.put(s.getFullName(), def);
    return new FixedRef(def);
  }

  /** An empty "doc", which the processor writes as none: an error. */
  private boolean emptyDoc(String doc, String path) {
    if (doc == null || !doc.isEmpty()) {
      return false;
    }
    error(path, "empty doc", "an empty \"doc\" is written as no doc", "remove the \"doc\"");
    return true;
  }

  // ------------------------------------------------------------------------------- fields

  private FieldDef field(Schema.Field f, String path) {
    JType type = type(f.schema(), path, true);
    if (type == null) {
      return null;
    }
    JsonNode dflt = f.hasDefaultValue() ? Accessor.defaultValue(f) : null;
    // Avro's parser reads a float or double default "NaN" (or "1.5") as the number; the
    // processor writes NaN and the infinities back as Avro does, as strings
    String defaultJson = dflt == null ? null : dflt.isNumber() && !Double.isFinite(
        dflt.doubleValue()) ? "\"" + dflt.doubleValue() + "\"" : dflt.toString();
    if (!defaultFits(f, type, dflt, path)) {
      return null;
    }
    Map<String, String> props = new LinkedHashMap<>();
    List<ConstraintDef> constraints = List.of();
    for (Map.Entry<String, Object> e : new TreeMap<>(f.getObjectProps()).entrySet()) {
      String json = JacksonUtils.toJsonNode(e.getValue()).toString();
      if (e.getKey().equals(Constraints.PROPERTY)) {
        constraints = Constraints.parse(JacksonUtils.toJsonNode(e.getValue()), type, path,
            errors, current.origin);
        if (constraints == null) {
          return null;
        }
      } else {
        props.put(e.getKey(), json);
      }
    }
    // keep the schema's own order of properties
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String key : f.getObjectProps().keySet()) {
      if (props.containsKey(key)) {
        ordered.put(key, props.get(key));
      }
    }
    FieldDef fd = new FieldDef(f, type, defaultJson, ordered, constraints);
    fd.noDefault = type instanceof Nullable && dflt == null;
    fd.order = f.order() == Schema.Field.Order.ASCENDING ? null : f.order();
    fd.precision = precisionOf(type);
    return fd;
  }

  /** The time precision at a field's leaf, if not the processor's default. */
  static String precisionOf(JType t) {
    if (t instanceof Props p) {
      return precisionOf(p.type());
    }
    if (t instanceof Time time) {
      return time.precision() == null || time.precision().equals("MICROS")
          ? null : time.precision();
    }
    if (t instanceof ListOf l) {
      return precisionOf(l.items());
    }
    if (t instanceof MapOf m) {
      return precisionOf(m.values());
    }
    if (t instanceof Nullable n) {
      return precisionOf(n.inner());
    }
    return null;
  }

  /**
   * The field's default against what the processor writes: a union of records with the default
   * in the first branch that it fits (the processor puts the default's branch first); no
   * float default as a string.
   */
  private boolean defaultFits(Schema.Field f, JType type, JsonNode dflt, String path) {
    // a nullable without a default is @NoDefault (nullLast for [T, "null"]); Avro's parser has
    // checked that a default is a value of the first branch
    if (type instanceof Nullable n && dflt != null) {
      if (!n.nullFirst() && n.inner() instanceof SealedRef s
          && !firstFit(s.def(), f.schema().getTypes().get(0), dflt, path)) {
        return false;
      }
    }
    if (type instanceof SealedRef s && dflt != null
        && !firstFit(s.def(), f.schema().getTypes().get(0), dflt, path)) {
      return false;
    }
    if (type instanceof BranchUnionRef && dflt != null
        && !f.schema().getTypes().get(0).isValidDefault(dflt)) {
      error(path, "union default not of the first branch", "a union's default is a value of"
          + " its first branch, and the processor checks it so", "reorder the union or change"
          + " the default");
      return false;
    }
    return true;
  }

  /** The processor picks the first record the default fits; it must be the schema's first. */
  private boolean firstFit(SealedDef def, Schema first, JsonNode dflt, String path) {
    for (RecordDef r : def.branches) {
      if (fits(r.schema, dflt)) {
        if (!r.fullName().equals(first.getFullName())) {
          error(path, "union default that fits an earlier branch", "the default fits "
              + r.fullName() + ", which the processor would then put first", "reorder the"
              + " union or change the default");
          return false;
        }
        return true;
      }
    }
    return true;
  }

  /** A record default fits a record if it has a value for every field without a default. */
  private static boolean fits(Schema record, JsonNode value) {
    if (!value.isObject()) {
      return false;
    }
    for (Schema.Field f : record.getFields()) {
      if (!value.has(f.name()) && !f.hasDefaultValue()) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------ whole-plan checks

  /**
   * After every root: closures, field naming per event, names the processor derives, fixed
   * namespaces, class names the processor generates.
   */
  void finish() {
    for (RootDef root : roots) {
      current = root;
      if (root.record != null) {
        collect(root.record, root);
      } else if (root.enumeration != null) {
        collect(root.enumeration, root);
      } else if (root.union != null) {
        collect(new BranchUnionRef(root.union), root);
      } else {
        for (RecordDef r : root.sealed.branches) {
          collect(r, root);
        }
      }
      root.naming = chooseNaming(root);
      if (root.record != null) {
        String pkg = root.record.java.packageName();
        String ns = root.record.namespace();
        if (!pkg.equals(ns)) {
          if (ns.isEmpty()) {
            // an empty @Event namespace means the package: say "none" with @AvroNamespace("")
            root.record.emptyNamespace = true;
          } else {
            root.explicitNamespace = ns;
          }
        }
        if (!root.record.java.simpleName().equals(root.record.schema.getName())) {
          root.explicitName = root.record.schema.getName();
        }
        claimGenerated(root);
      } else if (root.enumeration != null) {
        // a top-level enum: named by @Event as a record event
        EnumDef e = root.enumeration;
        String ns = e.namespace();
        if (!e.java.packageName().equals(ns)) {
          if (ns.isEmpty()) {
            e.emptyNamespace = true;
          } else {
            root.explicitNamespace = ns;
          }
        }
        if (!e.java.simpleName().equals(e.schema.getName())) {
          root.explicitName = e.schema.getName();
        }
        claimGenerated(root);
      } else if (root.union != null) {
        // a top-level general union: the interface is named after its source
        String ns = unionNamespace(root.schema);
        if (!root.emptyNamespace && !ns.isEmpty()
            && !root.union.java.packageName().equals(ns)) {
          root.explicitNamespace = ns;
        }
        claimGenerated(root);
      } else {
        // a top-level union of records: the interface is named after its source
        SealedDef s = root.sealed;
        String pkg = s.java.packageName();
        String fixed = firstFixedNamespace(root.schema);
        String ns = fixed != null ? fixed : s.branches.get(0).namespace();
        if (!pkg.equals(ns) && !ns.isEmpty()) {
          root.explicitNamespace = ns;
        }
      }
    }
    for (RootDef root : roots) {
      current = root;
      for (NamedDef d : root.closure) {
        if (d instanceof FixedDef f && !f.namespace().equals(root.namespace())) {
          // the processor puts a fixed in the event's namespace unless @Fixed(namespace) says
          f.explicitNamespace = true;
        }
      }
    }
    for (NamedDef d : named.values()) {
      if (d instanceof RecordDef r) {
        for (FieldDef f : r.fields) {
          for (RootDef root : r.roots) {
            if (!root.naming.apply(f.javaName).equals(f.avroName)) {
              f.needsAvroName = true;
            }
          }
        }
        if (r.root == null) {
          r.avroName = typeAvroName(r);
        }
      } else if (d instanceof EnumDef e && e.root == null) {
        e.avroName = typeAvroName(e);
      }
    }
  }

  /** The classes the processor generates for an event must be free names in its package. */
  private void claimGenerated(RootDef root) {
    for (String suffix : GENERATED_SUFFIXES) {
      String generated = root.java().simpleName() + suffix;
      if (!claimTypeName(root.java().packageName(), generated)) {
        error(root.fullName(), "Java name taken", "the processor generates " + generated
            + " for this event, and another type has that name", "rename one of them");
      }
    }
  }

  /** The {@code @AvroName} a nested record or enum needs for the processor's name to be its own. */
  private String typeAvroName(NamedDef d) {
    boolean nameDiffers = !d.java.simpleName().equals(d.schema.getName());
    boolean namespaceDiffers = false;
    for (RootDef root : d.roots) {
      String computed = root.explicitNamespace.isEmpty() ? d.java.packageName()
          : root.explicitNamespace;
      boolean unnamedPackage = d.java.packageName().isEmpty()
          && !rootPackage(root).isEmpty();
      if (!computed.equals(d.namespace()) || unnamedPackage) {
        namespaceDiffers = true;
      }
    }
    if (namespaceDiffers && d.namespace().isEmpty()) {
      // the processor would give it the event's namespace or its package: @AvroNamespace("")
      d.emptyNamespace = true;
      return nameDiffers ? d.schema.getName() : null;
    }
    if (namespaceDiffers) {
      return d.fullName();
    }
    return nameDiffers ? d.schema.getName() : null;
  }

  private static String rootPackage(RootDef root) {
    return root.java().packageName();
  }

  private void collect(NamedDef d, RootDef root) {
    if (!root.closure.add(d)) {
      return;
    }
    d.roots.add(root);
    if (d instanceof RecordDef r) {
      for (FieldDef f : r.fields) {
        collect(f.type, root);
        if (!f.constraints.isEmpty()) {
          root.constraintsInSchema = true;
        }
      }
    }
  }

  private void collect(JType t, RootDef root) {
    if (t instanceof Props p) {
      collect(p.type(), root);
    } else if (t instanceof Ref r) {
      collect(r.def(), root);
    } else if (t instanceof FixedRef f) {
      collect(f.def(), root);
    } else if (t instanceof SealedRef s) {
      for (RecordDef r : s.def().branches) {
        collect(r, root);
      }
    } else if (t instanceof ListOf l) {
      collect(l.items(), root);
    } else if (t instanceof MapOf m) {
      collect(m.values(), root);
    } else if (t instanceof Nullable n) {
      collect(n.inner(), root);
    } else if (t instanceof BranchUnionRef u && u.def().roots.add(root)) {
      for (BranchDef b : u.def().branches) {
        if (b.type() != null) {
          collect(b.type(), root);
        }
      }
    }
  }

  /** The strategy that reproduces most of the event's field names; ties go to AS_DECLARED. */
  private static JavaNames.Naming chooseNaming(RootDef root) {
    JavaNames.Naming best = JavaNames.Naming.AS_DECLARED;
    int bestMisses = Integer.MAX_VALUE;
    for (JavaNames.Naming n : JavaNames.Naming.values()) {
      int misses = 0;
      for (NamedDef d : root.closure) {
        if (d instanceof RecordDef r) {
          for (FieldDef f : r.fields) {
            if (!n.apply(f.javaName).equals(f.avroName)) {
              misses++;
            }
          }
        }
      }
      if (misses < bestMisses) {
        best = n;
        bestMisses = misses;
      }
    }
    return best;
  }
}
