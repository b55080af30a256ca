package io.eventschema.processor.format.avro;

import static io.eventschema.processor.codegen.GeneratedNames.simpleName;

import com.palantir.javapoet.ClassName;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BranchUnionType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which records a codec calls shared code for ({@code @SharedType}: {@code <Record>AvroCodec}, or
 * the codec of a record that is also an {@code @Event}) instead of writing their methods itself.
 * A record's code is shared only where the codec's view of it has the same {@link #shape}: the
 * code written for it depends on nothing else.
 */
public interface SharedCodecs {

  /** Nothing shared: every record's methods are written into the codec. */
  SharedCodecs NONE = record -> null;

  /**
   * The class holding the public {@link #writer} and {@link #reader} of {@code record} as this
   * codec sees it, or null to write them here.
   */
  ClassName codecOf(RecordType record);

  /** The shared class of a {@code @SharedType} record that is not an event. */
  static ClassName sharedClass(EventModel model) {
    return model.generated("AvroCodec");
  }

  /** The name of the public method of a shared class that writes {@code record}. */
  static String writer(RecordType record) {
    return "write" + simpleName(record);
  }

  /** The name of the public method of a shared class that reads {@code record}. */
  static String reader(RecordType record) {
    return "read" + simpleName(record);
  }

  /**
   * Everything of {@code record} the code that writes and reads it depends on, as text: Java
   * types, component and Avro field names, the Avro name (failure paths name it:
   * {@code Address.street}), and each field's Avro type down to its precision, kind and size,
   * through nested records (a record seen again is named, not expanded). Docs, defaults,
   * namespaces and properties are left out: they change the schema, not the code. Two views of a
   * record with equal shapes get the same code, so one may call the other's.
   */
  static String shape(RecordType record) {
    StringBuilder out = new StringBuilder();
    shape(record, new HashSet<>(), out);
    return out.toString();
  }

  private static void shape(TypeModel type, Set<RecordType> open, StringBuilder out) {
    if (type instanceof RecordType r) {
      out.append("record ").append(r.javaType()).append(' ').append(r.schemaName().name());
      if (!open.add(r)) {
        return; // its shape is being written
      }
      out.append(" {");
      for (FieldModel f : r.fields()) {
        out.append(f.javaName()).append(' ').append(f.schemaName()).append(": ");
        shape(f.type(), open, out);
        out.append("; ");
      }
      out.append('}');
      open.remove(r);
    } else if (type instanceof UnionType u) {
      out.append("union ").append(u.javaType()).append(" [");
      for (RecordType b : u.branches()) {
        shape(b, open, out);
        out.append(", ");
      }
      out.append(']');
    } else if (type instanceof BranchUnionType u) {
      out.append("branches ").append(u.javaType()).append(" [");
      for (BranchUnionType.Branch b : u.branches()) {
        out.append(b.record()).append(' ').append(b.component()).append(' ');
        if (!b.isNull()) {
          shape(b.type(), open, out);
        }
        out.append(", ");
      }
      out.append(']');
    } else if (type instanceof NullableType n) {
      out.append("nullable ").append(n.javaType()).append(' ').append(n.form()).append(' ')
          .append(n.nullFirst()).append(" (");
      shape(n.inner(), open, out);
      out.append(')');
    } else if (type instanceof ArrayType a) {
      out.append("array ").append(a.javaType()).append(' ').append(a.kind()).append(" (");
      shape(a.elements(), open, out);
      out.append(')');
    } else if (type instanceof MapType m) {
      out.append("map ").append(m.javaType()).append(" (");
      shape(m.values(), open, out);
      out.append(')');
    } else if (type instanceof EnumType e) {
      out.append("enum ").append(e.javaType()); // read by ordinal into the Java constants
    } else if (type instanceof FixedType f) {
      out.append("fixed ").append(f.javaType()).append(' ').append(f.size()).append(' ')
          .append(f.decimal()).append(' ').append(f.duration());
    } else {
      // a scalar or logical type: a plain record, equal where its code is (its properties aside)
      TypeModel bare = TypeModel.withProps(type, Map.of());
      out.append(type.getClass().getSimpleName()).append(' ').append(bare != null ? bare : type);
    }
  }
}
