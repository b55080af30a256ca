package io.eventschema.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one Java type becomes in Avro, and how its Java value is shaped. Plain, immutable data: the
 * schema and code writers read this and never look at {@code javax.lang.model} again.
 */
public sealed interface TypeModel {

  /** The Java type of values of this model, as written in generated code. */
  TypeName javaType();

  /** The Java primitives every format has a scalar for: boolean, int, long, float, double. */
  enum PrimitiveKind {
    BOOLEAN, INT, LONG, FLOAT, DOUBLE
  }

  /** boolean, int, long, float, double, or their boxes (never null on the wire). */
  record Primitive(PrimitiveKind kind, TypeName javaType, Map<String, Object> props)
      implements TypeModel {
    public Primitive {
      props = frozen(props);
    }

    public Primitive(PrimitiveKind kind, TypeName javaType) {
      this(kind, javaType, Map.of());
    }

    public boolean boxed() {
      return javaType.isBoxedPrimitive();
    }
  }

  /** Avro int from byte or short (or their boxes): widened on write, range-checked on read. */
  record NarrowInt(TypeName javaType, Map<String, Object> props) implements TypeModel {
    public NarrowInt {
      props = frozen(props);
    }

    public NarrowInt(TypeName javaType) {
      this(javaType, Map.of());
    }

    /** True for byte, false for short. */
    public boolean isByte() {
      return javaType.unbox().equals(TypeName.BYTE);
    }
  }

  /** A char or Character, as a one-character Avro string or an int code unit ({@code @CharAs}). */
  record CharType(TypeName javaType, boolean asString, Map<String, Object> props)
      implements TypeModel {
    public CharType {
      props = frozen(props);
    }

    public CharType(TypeName javaType, boolean asString) {
      this(javaType, asString, Map.of());
    }
  }

  /** Avro string from {@code String} or {@code CharSequence} (read back as a String). */
  record StringType(TypeName javaType, Map<String, Object> props) implements TypeModel {
    public StringType {
      props = frozen(props);
    }

    public StringType(TypeName javaType) {
      this(javaType, Map.of());
    }

    public boolean charSequence() {
      return !javaType.equals(ClassName.get(String.class));
    }
  }

  /** Avro bytes from {@code byte[]} or {@code java.nio.ByteBuffer}. */
  record BytesType(TypeName javaType, Map<String, Object> props) implements TypeModel {
    public BytesType {
      props = frozen(props);
    }

    public BytesType(TypeName javaType) {
      this(javaType, Map.of());
    }

    public boolean buffer() {
      return !(javaType instanceof com.palantir.javapoet.ArrayTypeName);
    }
  }

  /** {@code {"type": "string", "logicalType": "uuid"}} from {@code java.util.UUID}. */
  record UuidType(TypeName javaType, Map<String, Object> props) implements TypeModel {
    public UuidType {
      props = frozen(props);
    }

    public UuidType(TypeName javaType) {
      this(javaType, Map.of());
    }
  }

  /**
   * {@code {"type": "bytes", "logicalType": "decimal", ...}} from {@code java.math.BigDecimal};
   * without {@code "scale"} when not {@code scaleWritten} (scale 0, as Avro reads it).
   */
  record DecimalType(TypeName javaType, int precision, int scale, Map<String, Object> props,
      boolean scaleWritten) implements TypeModel {
    public DecimalType {
      props = frozen(props);
    }

    public DecimalType(TypeName javaType, int precision, int scale, Map<String, Object> props) {
      this(javaType, precision, scale, props, true);
    }

    public DecimalType(TypeName javaType, int precision, int scale) {
      this(javaType, precision, scale, Map.of());
    }
  }

  /** The unit a time value keeps ({@code @TimePrecision}): finer parts are not stored. */
  enum TimePrecision {
    MILLIS, MICROS, NANOS
  }

  /**
   * A point on the time line from {@code Instant}, or a wall-clock date and time from
   * {@code LocalDateTime} ({@code local} true), kept to {@code precision}.
   */
  record TimestampType(TypeName javaType, boolean local, TimePrecision precision,
      Map<String, Object> props) implements TypeModel {
    public TimestampType {
      props = frozen(props);
    }

    public TimestampType(TypeName javaType, boolean local, TimePrecision precision) {
      this(javaType, local, precision, Map.of());
    }
  }

  /** Avro int {@code date} from {@code LocalDate}: days since 1970-01-01. */
  record DateType(TypeName javaType, Map<String, Object> props) implements TypeModel {
    public DateType {
      props = frozen(props);
    }

    public DateType(TypeName javaType) {
      this(javaType, Map.of());
    }
  }

  /** A time of day from {@code LocalTime}, kept to {@code precision}. */
  record TimeOfDayType(TypeName javaType, TimePrecision precision, Map<String, Object> props)
      implements TypeModel {
    public TimeOfDayType {
      props = frozen(props);
    }

    public TimeOfDayType(TypeName javaType, TimePrecision precision) {
      this(javaType, precision, Map.of());
    }
  }

  /**
   * Schema metadata of a named type or a field: doc, aliases, custom properties. An empty doc is
   * none, unless {@code emptyDoc} ({@code @AvroDoc(value = "", writeEmpty = true)}): then it is
   * written, {@code "doc": ""}.
   */
  record Info(String doc, List<String> aliases, Map<String, Object> props, boolean emptyDoc) {
    public static final Info NONE = new Info("", List.of(), Map.of());

    public Info {
      aliases = List.copyOf(aliases);
      props = Collections.unmodifiableMap(new LinkedHashMap<>(props));
      emptyDoc = emptyDoc && doc.isEmpty();
    }

    public Info(String doc, List<String> aliases, Map<String, Object> props) {
      this(doc, aliases, props, false);
    }

    /** True if the schema has a {@code "doc"}: a non-empty one, or an empty one said so. */
    public boolean writesDoc() {
      return !doc.isEmpty() || emptyDoc;
    }
  }

  /** A named Avro type (record, enum, fixed): defined at first use, referenced by full name after. */
  sealed interface Named extends TypeModel {
    SchemaName schemaName();

    Info info();
  }

  /** Avro enum from a Java enum; symbols in declaration order; an optional default symbol. */
  record EnumType(TypeName javaType, SchemaName schemaName, List<String> symbols,
      String defaultSymbol, Info info) implements Named {
    public EnumType {
      symbols = List.copyOf(symbols);
    }
  }

  /**
   * Avro fixed of {@code size} bytes from an {@code @Fixed} byte[] or ByteBuffer; with a
   * {@code decimal} (non-null), a decimal on fixed from an {@code @Fixed @AvroDecimal BigDecimal}
   * ({@code decimal} is that decimal as it would be on bytes, which formats other than Avro
   * write); with {@code duration}, Avro's 12-byte {@code duration} from an {@code AvroDuration}.
   */
  record FixedType(TypeName javaType, SchemaName schemaName, int size, Info info,
      DecimalType decimal, boolean duration) implements Named {
    public FixedType(TypeName javaType, SchemaName schemaName, int size, Info info) {
      this(javaType, schemaName, size, info, null, false);
    }

    public boolean buffer() {
      return !(javaType instanceof com.palantir.javapoet.ArrayTypeName);
    }

    /** Plain bytes: no logical type. */
    public boolean bytes() {
      return decimal == null && !duration;
    }

    public FixedType withInfo(Info newInfo) {
      return new FixedType(javaType, schemaName, size, newInfo, decimal, duration);
    }

    public FixedType withJavaType(TypeName newJavaType) {
      return new FixedType(newJavaType, schemaName, size, info, decimal, duration);
    }
  }

  /**
   * {@code {"type": "bytes", "logicalType": "big-decimal"}} (Avro 1.12) from an
   * {@code @AvroBigDecimal BigDecimal}: any precision, each value with its own scale.
   */
  record BigDecimalType(TypeName javaType, Map<String, Object> props) implements TypeModel {
    public BigDecimalType {
      props = frozen(props);
    }

    public BigDecimalType(TypeName javaType) {
      this(javaType, Map.of());
    }
  }

  /**
   * The model formats other than Avro write for {@code type}: a decimal on fixed is a decimal
   * there; anything else is itself.
   */
  static TypeModel valueModel(TypeModel type) {
    return type instanceof FixedType f && f.decimal() != null ? f.decimal() : type;
  }

  /**
   * Avro record from a Java record. Built in two steps so that a record can refer to itself: the
   * mapper creates it, registers it, then adds its fields and {@link #freeze()}s it.
   */
  final class RecordType implements Named {
    private final TypeName javaType;
    private final SchemaName schemaName;
    private final Info info;
    private final boolean error;
    private final List<FieldModel> fields = new ArrayList<>();
    private final Map<String, FieldSchema> schemaByField = new LinkedHashMap<>();
    private boolean frozen;

    public RecordType(TypeName javaType, SchemaName schemaName) {
      this(javaType, schemaName, Info.NONE);
    }

    public RecordType(TypeName javaType, SchemaName schemaName, Info info) {
      this(javaType, schemaName, info, false);
    }

    /** {@code error}: written as an Avro {@code "error"} ({@code @AvroError}), not a record. */
    public RecordType(TypeName javaType, SchemaName schemaName, Info info, boolean error) {
      this.javaType = javaType;
      this.schemaName = schemaName;
      this.info = info;
      this.error = error;
    }

    /** True for an Avro {@code "type": "error"} ({@code @AvroError}). */
    public boolean isError() {
      return error;
    }

    @Override
    public TypeName javaType() {
      return javaType;
    }

    @Override
    public SchemaName schemaName() {
      return schemaName;
    }

    @Override
    public Info info() {
      return info;
    }

    public List<FieldModel> fields() {
      return Collections.unmodifiableList(fields);
    }

    /** How {@code field} is written in the schema: doc, default, aliases, properties. */
    public FieldSchema schemaOf(FieldModel field) {
      return schemaByField.getOrDefault(field.javaName(), FieldSchema.NONE);
    }

    public void addField(FieldModel field) {
      addField(field, FieldSchema.NONE);
    }

    public void addField(FieldModel field, FieldSchema schema) {
      if (frozen) {
        throw new IllegalStateException(schemaName + " is frozen");
      }
      fields.add(field);
      schemaByField.put(field.javaName(), schema);
    }

    public void freeze() {
      frozen = true;
    }

    @Override
    public String toString() {
      return "RecordType[" + schemaName + "]";
    }
  }

  /**
   * A union of records from a sealed interface whose permitted subtypes are records (sealed
   * interfaces among them contribute their own records), in {@code permits} order. Built like a
   * {@link RecordType}, so that a subtype may refer to the interface.
   */
  final class UnionType implements TypeModel {
    private final TypeName javaType;
    private final List<RecordType> branches = new ArrayList<>();
    private boolean frozen;

    public UnionType(TypeName javaType) {
      this.javaType = javaType;
    }

    @Override
    public TypeName javaType() {
      return javaType;
    }

    public List<RecordType> branches() {
      return Collections.unmodifiableList(branches);
    }

    public void addBranch(RecordType branch) {
      if (frozen) {
        throw new IllegalStateException(javaType + " is frozen");
      }
      branches.add(branch);
    }

    public void freeze() {
      frozen = true;
    }

    /** The same union with {@code first} moved to the front (a field default's branch). */
    public UnionType withFirst(RecordType first) {
      UnionType u = new UnionType(javaType);
      u.branches.add(first);
      for (RecordType b : branches) {
        if (b != first) {
          u.branches.add(b);
        }
      }
      u.frozen = true;
      return u;
    }

    @Override
    public String toString() {
      return "UnionType[" + javaType + "]";
    }
  }

  /**
   * A general Avro union ({@code ["int", "string"]}, {@code ["null", "string", "long"]}, a record
   * or an int, an array or a map) from an {@code @AvroUnion} sealed interface: each permitted
   * record, in {@code permits} order, is one branch, and holds the branch's value as its one
   * component ({@link Branch#type()}); a record without components is the {@code null} branch.
   * Built like a {@link RecordType}, so that a branch may refer back to the union.
   */
  final class BranchUnionType implements TypeModel {
    /**
     * One branch: the record that holds it, its component (null for the null branch) and the
     * branch's type ({@link NullType#INSTANCE} for null).
     */
    public record Branch(TypeName record, String component, TypeModel type) {
      public boolean isNull() {
        return component == null;
      }
    }

    private final TypeName javaType;
    private final List<Branch> branches = new ArrayList<>();
    private boolean frozen;

    public BranchUnionType(TypeName javaType) {
      this.javaType = javaType;
    }

    @Override
    public TypeName javaType() {
      return javaType;
    }

    public List<Branch> branches() {
      return Collections.unmodifiableList(branches);
    }

    public void addBranch(Branch branch) {
      if (frozen) {
        throw new IllegalStateException(javaType + " is frozen");
      }
      branches.add(branch);
    }

    public void freeze() {
      frozen = true;
    }

    @Override
    public String toString() {
      return "BranchUnionType[" + javaType + "]";
    }
  }

  /** How a Java collection holds the items of an Avro array. */
  enum CollectionKind {
    /** {@code List<T>}, read as an ArrayList. */
    LIST,
    /** {@code Set<T>}, read as a LinkedHashSet (wire order kept). */
    SET,
    /** {@code Collection<T>}, read as an ArrayList. */
    COLLECTION,
    /** {@code T[]}, any T but byte. */
    ARRAY
  }

  /** Avro array from {@code List<T>}, {@code Set<T>}, {@code Collection<T>} or {@code T[]}. */
  record ArrayType(TypeName javaType, TypeModel elements, CollectionKind kind,
      Map<String, Object> props) implements TypeModel {
    public ArrayType {
      props = frozen(props);
    }

    public ArrayType(TypeName javaType, TypeModel elements, CollectionKind kind) {
      this(javaType, elements, kind, Map.of());
    }

    public ArrayType(TypeName javaType, TypeModel elements) {
      this(javaType, elements, CollectionKind.LIST);
    }
  }

  /** Avro map from {@code Map<String, V>}. */
  record MapType(TypeName javaType, TypeModel values, Map<String, Object> props)
      implements TypeModel {
    public MapType {
      props = frozen(props);
    }

    public MapType(TypeName javaType, TypeModel values) {
      this(javaType, values, Map.of());
    }
  }

  /** How a Java value says "absent". */
  enum NullForm {
    /** A reference that may be null ({@code @Nullable}). */
    NULL,
    /** {@code java.util.Optional}: empty is absent (a null Optional is written as absent too). */
    OPTIONAL
  }

  /**
   * {@code ["null", T]} from {@code Optional<T>} or a {@code @Nullable} T, with default null; or
   * {@code [T, "null"]} when the field's default is a T ({@code nullFirst} false). When T is a
   * {@link UnionType}, its records are branches of this union (Avro unions do not nest).
   */
  record NullableType(TypeName javaType, TypeModel inner, NullForm form, boolean nullFirst)
      implements TypeModel {
    public NullableType(TypeName javaType, TypeModel inner, NullForm form) {
      this(javaType, inner, form, true);
    }

    /** The union's branches in order: {@link NullType#INSTANCE} and the inner branches. */
    public List<TypeModel> branches() {
      List<TypeModel> out = new ArrayList<>();
      if (nullFirst) {
        out.add(NullType.INSTANCE);
      }
      if (inner instanceof UnionType u) {
        out.addAll(u.branches());
      } else {
        out.add(inner);
      }
      if (!nullFirst) {
        out.add(NullType.INSTANCE);
      }
      return out;
    }
  }

  /**
   * The null branch of a union, or a field or item of the Avro type null ({@code Void}); only the
   * latter may have properties ({@code @AvroTypeProp(...) Void}: {@code {"type": "null", ...}}).
   */
  record NullType(TypeName javaType, Map<String, Object> props) implements TypeModel {
    public static final NullType INSTANCE = new NullType(ClassName.get(Void.class));

    public NullType {
      props = frozen(props);
    }

    public NullType(TypeName javaType) {
      this(javaType, Map.of());
    }
  }

  /**
   * The Avro properties of the (unnamed) type itself, from {@code @AvroTypeProp}:
   * {@code {"type": "string", "avro.java.string": "String"}}, with a custom logical type
   * ({@code @AvroLogicalType}) as its {@code "logicalType"} property first. Empty for named types
   * (a fixed's are in its {@link Info}) and unions. Formats other than Avro ignore them.
   */
  static Map<String, Object> propsOf(TypeModel type) {
    if (type instanceof Primitive t) {
      return t.props();
    } else if (type instanceof NarrowInt t) {
      return t.props();
    } else if (type instanceof CharType t) {
      return t.props();
    } else if (type instanceof StringType t) {
      return t.props();
    } else if (type instanceof BytesType t) {
      return t.props();
    } else if (type instanceof UuidType t) {
      return t.props();
    } else if (type instanceof DecimalType t) {
      return t.props();
    } else if (type instanceof BigDecimalType t) {
      return t.props();
    } else if (type instanceof TimestampType t) {
      return t.props();
    } else if (type instanceof DateType t) {
      return t.props();
    } else if (type instanceof TimeOfDayType t) {
      return t.props();
    } else if (type instanceof ArrayType t) {
      return t.props();
    } else if (type instanceof MapType t) {
      return t.props();
    } else if (type instanceof NullType t) {
      return t.props();
    }
    return Map.of();
  }

  /**
   * {@code type} with the properties {@code props} on it, or null if its kind has no properties
   * of its own (a named type, a union, an optional).
   */
  static TypeModel withProps(TypeModel type, Map<String, Object> props) {
    if (type instanceof Primitive t) {
      return new Primitive(t.kind(), t.javaType(), props);
    } else if (type instanceof NarrowInt t) {
      return new NarrowInt(t.javaType(), props);
    } else if (type instanceof CharType t) {
      return new CharType(t.javaType(), t.asString(), props);
    } else if (type instanceof StringType t) {
      return new StringType(t.javaType(), props);
    } else if (type instanceof BytesType t) {
      return new BytesType(t.javaType(), props);
    } else if (type instanceof UuidType t) {
      return new UuidType(t.javaType(), props);
    } else if (type instanceof DecimalType t) {
      return new DecimalType(t.javaType(), t.precision(), t.scale(), props, t.scaleWritten());
    } else if (type instanceof BigDecimalType t) {
      return new BigDecimalType(t.javaType(), props);
    } else if (type instanceof TimestampType t) {
      return new TimestampType(t.javaType(), t.local(), t.precision(), props);
    } else if (type instanceof DateType t) {
      return new DateType(t.javaType(), props);
    } else if (type instanceof TimeOfDayType t) {
      return new TimeOfDayType(t.javaType(), t.precision(), props);
    } else if (type instanceof ArrayType t) {
      return new ArrayType(t.javaType(), t.elements(), t.kind(), props);
    } else if (type instanceof MapType t) {
      return new MapType(t.javaType(), t.values(), props);
    } else if (type instanceof NullType t) {
      return new NullType(t.javaType(), props);
    }
    return null;
  }

  private static Map<String, Object> frozen(Map<String, Object> props) {
    return props.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(props));
  }

  /**
   * The records a value of {@code type} holds directly: the record itself, a sealed interface's
   * records, or those of the items, values or value of a collection, map or nullable; not the
   * records inside their fields.
   */
  static List<RecordType> recordsIn(TypeModel type) {
    List<RecordType> out = new ArrayList<>();
    TypeModel t = TypeWalk.innermost(type);
    if (t instanceof RecordType r) {
      out.add(r);
    } else if (t instanceof UnionType u) {
      out.addAll(u.branches());
    }
    return out;
  }
}
