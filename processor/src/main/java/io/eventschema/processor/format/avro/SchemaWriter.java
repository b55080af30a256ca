package io.eventschema.processor.format.avro;

import io.eventschema.processor.format.ConstraintsProperty;
import io.eventschema.processor.json.Json;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.FieldSchema;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.CharType;
import io.eventschema.processor.model.TypeModel.DateType;
import io.eventschema.processor.model.TypeModel.DecimalType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.Info;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.NarrowInt;
import io.eventschema.processor.model.TypeModel.NullType;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.TimeOfDayType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import io.eventschema.processor.model.TypeModel.TimestampType;
import io.eventschema.processor.model.TypeModel.UnionType;
import io.eventschema.processor.model.TypeModel.UuidType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link TypeModel} into its Avro schema as a JSON tree: fields in declaration order, each
 * named type defined at its first use (depth first, in field order) and referenced by full name
 * after. Keys are written in one fixed order, so the text is reproducible.
 */
public final class SchemaWriter {
  /** The property holding a field's (or record's) Bean Validation constraints. */
  public static final String CONSTRAINTS = ConstraintsProperty.NAME;

  private final Set<String> defined = new HashSet<>();
  /** The namespace of the record being written: a type without one says "namespace": "". */
  private String enclosing = "";

  private SchemaWriter() {}

  /** The schema of an event's root (a record, or a union of records) as a JSON tree. */
  public static Object schema(TypeModel root) {
    return new SchemaWriter().type(root);
  }

  /** The schema of {@code type} alone, every named type in it defined (for checking defaults). */
  public static Object standalone(TypeModel type) {
    return new SchemaWriter().type(type);
  }

  private Object type(TypeModel type) {
    Object schema = bare(type);
    Map<String, Object> props = TypeModel.propsOf(type);
    if (props.isEmpty()) {
      return schema;
    }
    // a property on the type: {"type": "string", "avro.java.string": "String"}
    Map<String, Object> m;
    if (schema instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      m = typed;
    } else {
      m = new LinkedHashMap<>();
      m.put("type", schema);
    }
    m.putAll(props);
    return m;
  }

  private Object bare(TypeModel type) {
    if (type instanceof Primitive p) {
      return p.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof NarrowInt) {
      return "int";
    }
    if (type instanceof CharType c) {
      return c.asString() ? "string" : "int";
    }
    if (type instanceof StringType) {
      return "string";
    }
    if (type instanceof BytesType) {
      return "bytes";
    }
    if (type instanceof UuidType) {
      return logical("string", "uuid");
    }
    if (type instanceof DecimalType d) {
      Map<String, Object> m = logical("bytes", "decimal");
      m.put("precision", d.precision());
      if (d.scaleWritten()) {
        m.put("scale", d.scale());
      }
      return m;
    }
    if (type instanceof TypeModel.BigDecimalType) {
      return logical("bytes", "big-decimal");
    }
    if (type instanceof TimestampType t) {
      return logical("long", (t.local() ? "local-timestamp-" : "timestamp-") + unit(t.precision()));
    }
    if (type instanceof DateType) {
      return logical("int", "date");
    }
    if (type instanceof TimeOfDayType t) {
      return logical(t.precision() == TimePrecision.MILLIS ? "int" : "long",
          "time-" + unit(t.precision()));
    }
    if (type instanceof ArrayType a) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "array");
      m.put("items", type(a.elements()));
      return m;
    }
    if (type instanceof MapType mt) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "map");
      m.put("values", type(mt.values()));
      return m;
    }
    if (type instanceof NullableType n) {
      List<Object> union = new ArrayList<>();
      for (TypeModel branch : n.branches()) {
        union.add(type(branch));
      }
      return union;
    }
    if (type instanceof NullType) {
      return "null";
    }
    if (type instanceof TypeModel.BranchUnionType u) {
      List<Object> union = new ArrayList<>();
      for (TypeModel.BranchUnionType.Branch branch : u.branches()) {
        union.add(type(branch.type()));
      }
      return union;
    }
    if (type instanceof UnionType u) {
      List<Object> union = new ArrayList<>();
      for (RecordType branch : u.branches()) {
        union.add(type(branch));
      }
      return union;
    }
    if (type instanceof Named named) {
      String fullName = named.schemaName().fullName();
      if (!defined.add(fullName)) {
        return fullName;
      }
      if (named instanceof RecordType r) {
        return record(r);
      }
      if (named instanceof EnumType e) {
        return enumeration(e);
      }
      return fixed((FixedType) named);
    }
    throw new IllegalArgumentException("no schema for " + type);
  }

  /** The unit suffix of Avro's time logical types: millis, micros, nanos. */
  private static String unit(TimePrecision precision) {
    return precision.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<String, Object> logical(String base, String logicalType) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", base);
    m.put("logicalType", logicalType);
    return m;
  }

  private Map<String, Object> header(String kind, Named named) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", kind);
    m.put("name", named.schemaName().name());
    if (!named.schemaName().namespace().isEmpty() || !enclosing.isEmpty()) {
      // an empty namespace inside a namespaced record must be said, or the type would take it
      m.put("namespace", named.schemaName().namespace());
    }
    Info info = named.info();
    if (info.writesDoc()) {
      m.put("doc", info.doc());
    }
    if (!info.aliases().isEmpty()) {
      m.put("aliases", new ArrayList<Object>(info.aliases()));
    }
    return m;
  }

  private Map<String, Object> record(RecordType r) {
    Map<String, Object> m = header(r.isError() ? "error" : "record", r);
    m.putAll(r.info().props());
    String outer = enclosing;
    enclosing = r.schemaName().namespace();
    List<Object> fields = new ArrayList<>();
    for (FieldModel f : r.fields()) {
      FieldSchema fs = r.schemaOf(f);
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", f.schemaName());
      field.put("type", type(f.type()));
      if (fs.info().writesDoc()) {
        field.put("doc", fs.info().doc());
      }
      if (fs.hasDefault()) {
        field.put("default", fs.defaultValue());
      } else if (fs.nullByDefault(f.type())) {
        field.put("default", Json.NULL);
      }
      if (fs.order() != null) {
        field.put("order", fs.order());
      }
      if (!fs.info().aliases().isEmpty()) {
        field.put("aliases", new ArrayList<Object>(fs.info().aliases()));
      }
      field.putAll(fs.info().props());
      List<Object> constraints = fs.writeConstraints()
          ? ConstraintsProperty.of(f.constraints(), f.type()) : List.of();
      if (!constraints.isEmpty()) {
        field.put(CONSTRAINTS, constraints);
      }
      fields.add(field);
    }
    m.put("fields", fields);
    enclosing = outer;
    return m;
  }

  private Map<String, Object> enumeration(EnumType e) {
    Map<String, Object> m = header("enum", e);
    m.put("symbols", new ArrayList<Object>(e.symbols()));
    if (e.defaultSymbol() != null) {
      m.put("default", e.defaultSymbol());
    }
    m.putAll(e.info().props());
    return m;
  }

  private Map<String, Object> fixed(FixedType f) {
    Map<String, Object> m = header("fixed", f);
    m.put("size", f.size());
    if (f.decimal() != null) {
      m.put("logicalType", "decimal");
      m.put("precision", f.decimal().precision());
      if (f.decimal().scaleWritten()) {
        m.put("scale", f.decimal().scale());
      }
    } else if (f.duration()) {
      m.put("logicalType", "duration");
    }
    m.putAll(f.info().props());
    return m;
  }
}
