package io.eventschema.generator;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * The Java side of a set of schemas, before it is written: the types (records, enums, sealed
 * interfaces), their components and the annotations each needs. Built by {@link Planner}, written
 * by {@link SourceWriter}.
 */
final class Plan {
  private Plan() {}

  /** The Java type of a value at one position of a schema. */
  sealed interface JType {}

  /** boolean, int, long, float, double: primitive unless boxed by its position. */
  record Prim(Schema.Type kind) implements JType {}

  record Str() implements JType {}

  record Bytes() implements JType {}

  record Uuid() implements JType {}

  /** A decimal on bytes; without {@code "scale"} (Avro's 0) when not {@code scaleWritten}. */
  record Decimal(int precision, int scale, boolean scaleWritten) implements JType {}

  /** Avro 1.12's {@code {"type": "bytes", "logicalType": "big-decimal"}}. */
  record BigDecimal() implements JType {}

  /** Instant, LocalDateTime, LocalTime (with a precision) or LocalDate (precision null). */
  record Time(ClassName javaType, String precision) implements JType {}

  record FixedRef(FixedDef def) implements JType {}

  /** The Avro null type alone (a field or item that is always null): {@code Void}. */
  record Null() implements JType {}

  /**
   * A type with properties of its own, {@code {"type": "string", "avro.java.string": "String"}}:
   * {@code @AvroTypeProp}s on it; values as JSON text, in the schema's order.
   */
  record Props(JType type, Map<String, String> props) implements JType {}

  /** {@code t} without its {@link Props}. */
  static JType bare(JType t) {
    return t instanceof Props p ? p.type() : t;
  }

  record ListOf(JType items) implements JType {}

  record MapOf(JType values) implements JType {}

  /** {@code ["null", T]} (nullFirst) or {@code [T, "null"]}. */
  record Nullable(JType inner, boolean nullFirst) implements JType {}

  record Ref(NamedDef def) implements JType {}

  record SealedRef(SealedDef def) implements JType {}

  /** A general union: an {@code @AvroUnion} sealed interface of one-component branch records. */
  record BranchUnionRef(BranchUnionDef def) implements JType {}

  /** One branch of a general union: its record's simple name, its value's type (null: null). */
  record BranchDef(String name, JType type) {}

  /** An {@code @AvroUnion} interface, its branch records nested in it in the union's order. */
  static final class BranchUnionDef {
    final Schema schema;
    final List<BranchDef> branches = new ArrayList<>();
    ClassName java;
    /** The root this interface is the event of (a top-level general union), or null. */
    RootDef root;
    /** The roots whose schemas contain this union. */
    final Set<RootDef> roots = new LinkedHashSet<>();

    BranchUnionDef(Schema schema) {
      this.schema = schema;
    }
  }

  /** A named Avro type (record, enum, fixed). */
  abstract static class NamedDef {
    final Schema schema;
    final String origin;
    ClassName java;
    /** The roots whose schemas contain this type. */
    final Set<RootDef> roots = new LinkedHashSet<>();
    /** No namespace where the processor would give one: {@code @AvroNamespace("")}. */
    boolean emptyNamespace;

    NamedDef(Schema schema, String origin) {
      this.schema = schema;
      this.origin = origin;
    }

    String fullName() {
      return schema.getFullName();
    }

    String namespace() {
      return schema.getNamespace() == null ? "" : schema.getNamespace();
    }
  }

  static final class RecordDef extends NamedDef {
    final List<FieldDef> fields = new ArrayList<>();
    final Set<SealedDef> implemented = new LinkedHashSet<>();
    /** The root this record is the event of, or null. */
    RootDef root;
    /** The {@code @AvroName} value this type needs, or null. */
    String avroName;

    RecordDef(Schema schema, String origin) {
      super(schema, origin);
    }
  }

  static final class EnumDef extends NamedDef {
    String avroName;
    /** The root this enum is the event of (a top-level enum), or null. */
    RootDef root;
    /** The Java constant of each symbol, in order: the symbol itself, or e.g. class_. */
    final Map<String, String> constants = new LinkedHashMap<>();

    EnumDef(Schema schema, String origin) {
      super(schema, origin);
    }
  }

  static final class FixedDef extends NamedDef {
    /** A decimal on fixed ({@code @AvroDecimal} on a BigDecimal), or null. */
    final Decimal decimal;
    /** A {@code duration} ({@code AvroDuration}). */
    final boolean duration;
    /** Some event's namespace is not the fixed's: {@code @Fixed(namespace)} on every use. */
    boolean explicitNamespace;

    FixedDef(Schema schema, String origin, Decimal decimal, boolean duration) {
      super(schema, origin);
      this.decimal = decimal;
      this.duration = duration;
    }

    /** The properties the processor writes itself: the logical type's. */
    Set<String> logicalKeys() {
      return decimal != null ? Set.of("logicalType", "precision", "scale")
          : duration ? Set.of("logicalType") : Set.of();
    }
  }

  /** A union of records: a sealed interface, its records permitted in the union's order. */
  static final class SealedDef {
    final List<RecordDef> branches;
    ClassName java;
    /** The root this interface is the event of (a top-level union), or null. */
    RootDef root;

    SealedDef(List<RecordDef> branches) {
      this.branches = branches;
    }

    List<String> key() {
      List<String> k = new ArrayList<>();
      for (RecordDef r : branches) {
        k.add(r.fullName());
      }
      return k;
    }
  }

  static final class FieldDef {
    final Schema.Field field;
    final String avroName;
    String javaName;
    final JType type;
    /** The default as JSON text, or null. */
    final String defaultJson;
    final String doc;
    final List<String> aliases;
    final Map<String, String> props;
    final List<ConstraintDef> constraints;
    /** MILLIS, NANOS or null (the processor's default, MICROS). */
    String precision;
    boolean needsAvroName;
    /** A nullable field without a default: {@code @NoDefault}. */
    boolean noDefault;
    /** The field's {@code "order"} when not ascending ({@code @AvroOrder}), or null. */
    Schema.Field.Order order;

    FieldDef(Schema.Field field, JType type, String defaultJson, Map<String, String> props,
        List<ConstraintDef> constraints) {
      this.field = field;
      this.avroName = field.name();
      this.type = type;
      this.defaultJson = defaultJson;
      this.doc = field.doc();
      this.aliases = new ArrayList<>(field.aliases());
      this.props = props;
      this.constraints = constraints;
    }
  }

  /**
   * One Bean Validation constraint from a {@code constraints} property: the annotation, where it
   * sits ({@code ""}, {@code items}, {@code values}, {@code keys}, joined by dots) and its
   * attributes as Java source expressions (defaults left out).
   */
  record ConstraintDef(ClassName annotation, String on,
      Map<String, com.palantir.javapoet.CodeBlock> members) {}

  /** One input schema: the event it becomes. */
  static final class RootDef {
    final String origin;
    final String regenerate;
    final Schema schema;
    RecordDef record;
    SealedDef sealed;
    /** A top-level enum's definition, or null. */
    EnumDef enumeration;
    /** A top-level general union's interface, or null. */
    BranchUnionDef union;
    /** A top-level union without namespace in a package: {@code @AvroNamespace("")}. */
    boolean emptyNamespace;
    JavaNames.Naming naming = JavaNames.Naming.AS_DECLARED;
    /** The {@code @Event(namespace)} value, or "" when the package gives it. */
    String explicitNamespace = "";
    String explicitName = "";
    boolean constraintsInSchema;
    final Set<NamedDef> closure = new LinkedHashSet<>();
    final Map<String, String> errorsByPath = new LinkedHashMap<>();

    RootDef(String origin, String regenerate, Schema schema) {
      this.origin = origin;
      this.regenerate = regenerate;
      this.schema = schema;
    }

    /** The event's Avro namespace, which fixed types take. */
    String namespace() {
      if (record != null) {
        return record.namespace();
      }
      if (enumeration != null) {
        return enumeration.namespace();
      }
      if (emptyNamespace) {
        return "";
      }
      return explicitNamespace.isEmpty() ? java().packageName() : explicitNamespace;
    }

    /** The Java type of the event: its record, enum or interface. */
    ClassName java() {
      if (record != null) {
        return record.java;
      }
      if (enumeration != null) {
        return enumeration.java;
      }
      return union != null ? union.java : sealed.java;
    }

    /** The event's full name: its record's or enum's, else its namespace and interface. */
    String fullName() {
      if (record != null) {
        return record.fullName();
      }
      if (enumeration != null) {
        return enumeration.fullName();
      }
      String ns = namespace();
      return (ns.isEmpty() ? "" : ns + ".") + java().simpleName();
    }
  }
}
