package io.eventschema.processor.schema;

import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.InstantType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link RecordType} into its Avro schema as a JSON tree: fields in declaration order, each
 * named type defined at its first use (depth first, in field order) and referenced by full name
 * after, names relative to the enclosing namespace left full for clarity.
 */
public final class SchemaWriter {
  private final Set<String> defined = new HashSet<>();

  private SchemaWriter() {}

  /** The schema of {@code root} as a JSON tree (see {@link Json}). */
  public static Object schema(RecordType root) {
    return new SchemaWriter().type(root);
  }

  private Object type(TypeModel type) {
    if (type instanceof Primitive p) {
      return p.kind().avroName;
    }
    if (type instanceof StringType) {
      return "string";
    }
    if (type instanceof BytesType) {
      return "bytes";
    }
    if (type instanceof InstantType i) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "long");
      m.put("logicalType", i.precision().logicalType);
      return m;
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
      union.add("null");
      union.add(type(n.inner()));
      return union;
    }
    if (type instanceof Named named) {
      String fullName = named.avroName().fullName();
      if (!defined.add(fullName)) {
        return fullName;
      }
      return named instanceof RecordType r ? record(r) : enumeration((EnumType) named);
    }
    throw new IllegalArgumentException("no schema for " + type);
  }

  private Map<String, Object> header(String kind, Named named) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", kind);
    m.put("name", named.avroName().name());
    if (!named.avroName().namespace().isEmpty()) {
      m.put("namespace", named.avroName().namespace());
    }
    return m;
  }

  private Map<String, Object> record(RecordType r) {
    Map<String, Object> m = header("record", r);
    List<Object> fields = new ArrayList<>();
    for (FieldModel f : r.fields()) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", f.avroName());
      field.put("type", type(f.type()));
      if (f.type() instanceof NullableType) {
        field.put("default", Json.NULL);
      }
      fields.add(field);
    }
    m.put("fields", fields);
    return m;
  }

  private Map<String, Object> enumeration(EnumType e) {
    Map<String, Object> m = header("enum", e);
    m.put("symbols", new ArrayList<Object>(e.symbols()));
    return m;
  }
}
