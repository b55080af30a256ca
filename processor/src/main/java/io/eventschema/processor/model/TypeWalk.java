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
    return walk(root, new HashSet<>(), BranchUnionType.class);
  }

  /**
   * The first field reached from {@code root} whose type is the Avro null type ({@code Void}) at
   * its top or in its items or values; or null.
   */
  public static FieldModel firstNullTypeField(TypeModel root) {
    return walk(root, new HashSet<>(), TypeModel.NullType.class);
  }

  /**
   * The first field reached from {@code root} whose type is a logical type only Avro has (a
   * {@code duration} or a {@code big-decimal}) at its top or in its items or values; or null.
   */
  public static FieldModel firstAvroOnlyLogicalField(TypeModel root) {
    return walk(root, new HashSet<>(), t -> avroOnlyLogical(t) != null);
  }

  /** "duration" or "big-decimal" for such a type, else null. */
  public static String avroOnlyLogical(TypeModel t) {
    if (t instanceof TypeModel.FixedType f && f.duration()) {
      return "duration";
    }
    return t instanceof TypeModel.BigDecimalType ? "big-decimal" : null;
  }

  /** The type inside {@code t}'s optionals, arrays and maps: {@code t} itself if none. */
  public static TypeModel innermost(TypeModel t) {
    while (true) {
      if (t instanceof NullableType n) {
        t = n.inner();
      } else if (t instanceof ArrayType a) {
        t = a.elements();
      } else if (t instanceof MapType m) {
        t = m.values();
      } else {
        return t;
      }
    }
  }

  private static FieldModel walk(TypeModel t, Set<RecordType> seen,
      Class<? extends TypeModel> kind) {
    return walk(t, seen, kind::isInstance);
  }

  private static FieldModel walk(TypeModel t, Set<RecordType> seen,
      java.util.function.Predicate<TypeModel> kind) {
    if (t instanceof RecordType r) {
      if (!seen.add(r)) {
        return null;
      }
      for (FieldModel f : r.fields()) {
        if (holds(f.type(), kind)) {
          return f;
        }
        FieldModel inner = walk(f.type(), seen, kind);
        if (inner != null) {
          return inner;
        }
      }
    } else if (t instanceof UnionType u) {
      for (RecordType b : u.branches()) {
        FieldModel inner = walk(b, seen, kind);
        if (inner != null) {
          return inner;
        }
      }
    } else if (t instanceof NullableType n) {
      return walk(n.inner(), seen, kind);
    } else if (t instanceof ArrayType a) {
      return walk(a.elements(), seen, kind);
    } else if (t instanceof MapType m) {
      return walk(m.values(), seen, kind);
    }
    return null;
  }

  private static boolean holds(TypeModel t, java.util.function.Predicate<TypeModel> kind) {
    if (kind.test(t)) {
      return true;
    }
    if (t instanceof NullableType n) {
      return holds(n.inner(), kind);
    }
    if (t instanceof ArrayType a) {
      return holds(a.elements(), kind);
    }
    if (t instanceof MapType m) {
      return holds(m.values(), kind);
    }
    return false;
  }
}
