package io.eventschema.processor.model;

import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BranchUnionType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.HashSet;
import java.util.Set;

/** Walks of the fields an event reaches, for bindings that refuse a construct. */
public final class TypeWalk {
  private TypeWalk() {}

  /**
   * The first field reached from {@code root} (depth first, in field order) whose type holds an
   * {@code @AvroUnion} ({@link BranchUnionType}) at its top or in its items or values; or null.
   */
  public static FieldModel firstBranchUnionField(TypeModel root) {
    return walk(root, new HashSet<>());
  }

  private static FieldModel walk(TypeModel t, Set<RecordType> seen) {
    if (t instanceof RecordType r) {
      if (!seen.add(r)) {
        return null;
      }
      for (FieldModel f : r.fields()) {
        if (holdsBranchUnion(f.type())) {
          return f;
        }
        FieldModel inner = walk(f.type(), seen);
        if (inner != null) {
          return inner;
        }
      }
    } else if (t instanceof UnionType u) {
      for (RecordType b : u.branches()) {
        FieldModel inner = walk(b, seen);
        if (inner != null) {
          return inner;
        }
      }
    } else if (t instanceof NullableType n) {
      return walk(n.inner(), seen);
    } else if (t instanceof ArrayType a) {
      return walk(a.elements(), seen);
    } else if (t instanceof MapType m) {
      return walk(m.values(), seen);
    }
    return null;
  }

  private static boolean holdsBranchUnion(TypeModel t) {
    if (t instanceof BranchUnionType) {
      return true;
    }
    if (t instanceof NullableType n) {
      return holdsBranchUnion(n.inner());
    }
    if (t instanceof ArrayType a) {
      return holdsBranchUnion(a.elements());
    }
    if (t instanceof MapType m) {
      return holdsBranchUnion(m.values());
    }
    return false;
  }
}
