package io.eventschema.processor.format.avro;

import io.eventschema.processor.json.Json;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * Field defaults in Avro's terms. {@code @AvroDefault} holds Avro's JSON encoding of the value, so
 * Avro's own rule checks it against the schema this binding writes for the field's type (other
 * formats convert the checked value to their own encoding).
 */
public final class AvroDefaults {
  private AvroDefaults() {}

  /** The float and double defaults Avro writes as strings, exactly as it writes them. */
  private static final java.util.Set<String> NOT_FINITE = java.util.Set.of("NaN", "Infinity",
      "-Infinity");

  /**
   * Whether the JSON tree {@code value} is a valid default for {@code type}: Avro's rule
   * ({@link Schema#isValidDefault}, which checks only the JSON kind of strings, enums and fixed)
   * and then the value itself: an enum symbol that exists, a fixed of the right length, bytes as
   * code points 0-255, a UUID that parses, a number in the Java type's range, every record field
   * either given or defaulted and no other.
   */
  public static boolean isValid(TypeModel type, Object value) {
    Schema schema = new Schema.Parser().parse(Json.compact(SchemaWriter.standalone(type)));
    return schema.isValidDefault(JacksonUtils.toJsonNode(avro(value))) && fits(type, value);
  }

  /**
   * Whether {@code value} is a valid default of a field of {@code type}: {@link #isValid}, and for
   * a field that is a float or double (not in a union or a container, where Avro's parser refuses
   * them) also the strings Avro writes for the numbers JSON lacks.
   */
  public static boolean isValidFieldDefault(TypeModel type, Object value) {
    if (type instanceof TypeModel.Primitive p && NOT_FINITE.contains(value)
        && (p.kind() == TypeModel.PrimitiveKind.FLOAT
            || p.kind() == TypeModel.PrimitiveKind.DOUBLE)) {
      return true;
    }
    return isValid(type, value);
  }

  private static boolean fits(TypeModel type, Object v) {
    if (type instanceof TypeModel.Primitive p) {
      return switch (p.kind()) {
        case BOOLEAN -> v instanceof Boolean;
        case INT -> integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case LONG -> integral(v, Long.MIN_VALUE, Long.MAX_VALUE);
        case FLOAT, DOUBLE -> v instanceof Number;
      };
    }
    if (type instanceof TypeModel.NarrowInt n) {
      return n.isByte() ? integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE)
          : integral(v, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    if (type instanceof TypeModel.CharType c) {
      return c.asString() ? v instanceof String s && s.length() == 1
          : integral(v, Character.MIN_VALUE, Character.MAX_VALUE);
    }
    if (type instanceof TypeModel.StringType) {
      return v instanceof String;
    }
    if (type instanceof TypeModel.UuidType) {
      try {
        java.util.UUID.fromString((String) v);
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
    if (type instanceof TypeModel.BytesType) {
      return latin1(v);
    }
    if (type instanceof TypeModel.DecimalType) {
      return latin1(v) && !((String) v).isEmpty();
    }
    if (type instanceof TypeModel.BigDecimalType) {
      return latin1(v) && !((String) v).isEmpty();
    }
    if (type instanceof TypeModel.FixedType f) {
      return latin1(v) && ((String) v).length() == f.size();
    }
    if (type instanceof TypeModel.TimestampType) {
      return integral(v, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type instanceof TypeModel.DateType) {
      return integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type instanceof TypeModel.TimeOfDayType t) {
      return t.precision() == TypeModel.TimePrecision.MILLIS
          ? integral(v, 0, 86_399_999) : integral(v, 0, 86_399_999_999L);
    }
    if (type instanceof TypeModel.EnumType e) {
      return v instanceof String s && e.symbols().contains(s);
    }
    if (type instanceof TypeModel.ArrayType a) {
      return v instanceof List<?> l && l.stream().allMatch(item -> fits(a.elements(), item));
    }
    if (type instanceof TypeModel.MapType m) {
      return v instanceof Map<?, ?> map
          && map.values().stream().allMatch(item -> fits(m.values(), item));
    }
    if (type instanceof TypeModel.NullableType n) {
      return v == Json.NULL || fits(n.inner(), v);
    }
    if (type instanceof UnionType u) {
      return u.branches().stream().anyMatch(b -> fits(b, v));
    }
    if (type instanceof TypeModel.NullType) {
      return v == Json.NULL;
    }
    if (type instanceof TypeModel.BranchUnionType u) {
      // a union's default is a value of its first branch
      TypeModel first = u.branches().get(0).type();
      return first instanceof TypeModel.NullType ? v == Json.NULL : fits(first, v);
    }
    if (type instanceof RecordType r) {
      if (!(v instanceof Map<?, ?> map)) {
        return false;
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      for (var f : r.fields()) {
        names.add(f.schemaName());
        Object given = map.get(f.schemaName());
        if (given != null) {
          if (!fits(f.type(), given)) {
            return false;
          }
        } else if (!r.schemaOf(f).hasDefault() && !r.schemaOf(f).nullByDefault(f.type())) {
          return false;
        }
      }
      return names.containsAll(map.keySet().stream().map(String::valueOf).toList());
    }
    return false;
  }

  private static boolean integral(Object v, long min, long max) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      long n = ((Number) v).longValue();
      return n >= min && n <= max;
    }
    return false; // a fraction, a BigInteger beyond long, or not a number
  }

  /** Avro's JSON encoding of bytes: a string of code points 0 to 255. */
  private static boolean latin1(Object v) {
    return v instanceof String s && s.chars().allMatch(c -> c <= 0xff);
  }

  /** The record of {@code union} whose schema {@code value} is a valid default for, or null. */
  public static RecordType branchOf(UnionType union, Object value) {
    for (RecordType branch : union.branches()) {
      if (isValid(branch, value)) {
        return branch;
      }
    }
    return null;
  }

  /** The schema of {@code type} as text, for messages. */
  public static String schemaText(TypeModel type) {
    return Json.compact(SchemaWriter.standalone(type));
  }

  private static Object avro(Object tree) {
    if (tree == Json.NULL) {
      return JsonProperties.NULL_VALUE;
    }
    if (tree instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), avro(v)));
      return out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(avro(v)));
      return out;
    }
    return tree;
  }

}
