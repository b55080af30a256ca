package io.eventschema.processor.testing;

import io.eventschema.testing.Gen;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Random Java values of a generated event's record type, shaped by the Java types (Optional or
 * null, List, Map, enum, ...) and by the schema (which unions admit null, logical types): values
 * the codec must round-trip exactly. Strings cover all of Unicode (valid surrogate pairs only, as
 * an unpaired surrogate cannot survive UTF-8), floats and doubles their special values.
 * Generators are functions of a seeded {@link Gen}: built once per schema, then applied per try.
 */
public final class RandomValues {
  private static final int MAX_DEPTH = 4;

  private RandomValues() {}

  /** Values of the record class {@code type} with the record schema {@code schema}. */
  @SuppressWarnings("unchecked")
  public static <T> Function<Gen, T> of(Class<?> type, Schema schema) {
    return (Function<Gen, T>) value(type, schema, 0);
  }

  /** Values of the sealed interface {@code type} whose schema is the union {@code schema}. */
  @SuppressWarnings("unchecked")
  public static <T> Function<Gen, T> ofUnion(Class<?> type, Schema schema) {
    return (Function<Gen, T>) sealed(type, schema, 0);
  }

  static Function<Gen, ?> value(Type type, Schema schema, int depth) {
    if (schema.getType() == Schema.Type.UNION) {
      List<Schema> nonNulls = new ArrayList<>();
      for (Schema branch : schema.getTypes()) {
        if (branch.getType() != Schema.Type.NULL) {
          nonNulls.add(branch);
        }
      }
      if (nonNulls.size() == schema.getTypes().size()) {
        return sealed(raw(type), schema, depth); // a union of records, no null
      }
      Schema nonNull = nonNulls.size() == 1 ? nonNulls.get(0) : Schema.createUnion(nonNulls);
      if (raw(type) == Optional.class) {
        Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
        if (depth >= MAX_DEPTH) {
          return g -> Optional.empty();
        }
        Function<Gen, ?> present = value(inner, nonNull, depth + 1);
        return g -> g.bool() ? Optional.of(present.apply(g)) : Optional.empty();
      }
      if (depth >= MAX_DEPTH) {
        return g -> null;
      }
      Function<Gen, ?> present = value(type, nonNull, depth);
      return g -> g.chance(0.3) ? null : present.apply(g);
    }
    Class<?> raw = raw(type);
    if (raw.isInterface() && raw.isSealed()) {
      return sealed(raw, schema, depth);
    }
    String logical = schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
    switch (schema.getType()) {
      case BOOLEAN:
        return Gen::bool;
      case INT:
        if (raw == byte.class || raw == Byte.class) {
          return Gen::bytes;
        }
        if (raw == short.class || raw == Short.class) {
          return Gen::shorts;
        }
        if (raw == char.class || raw == Character.class) {
          return Gen::chars;
        }
        if (raw == LocalDate.class) {
          return g -> LocalDate.ofEpochDay(g.ints());
        }
        if (raw == LocalTime.class) {
          return g -> LocalTime.ofNanoOfDay(g.ints(0, 86_399_999) * 1_000_000L);
        }
        return Gen::ints;
      case LONG:
        if (raw == Instant.class) {
          return instants(logical);
        }
        if (raw == LocalDateTime.class) {
          Function<Gen, Instant> instants = instants(logical.replace("local-", ""));
          return g -> LocalDateTime.ofInstant(instants.apply(g), ZoneOffset.UTC);
        }
        if (raw == LocalTime.class) {
          return g -> LocalTime.ofNanoOfDay(g.longs(0, 86_399_999_999L) * 1_000L);
        }
        return Gen::longs;
      case FLOAT:
        return Gen::floats;
      case DOUBLE:
        return Gen::doubles;
      case STRING:
        if (raw == UUID.class) {
          return g -> new UUID(g.longs(), g.longs());
        }
        if (raw == char.class || raw == Character.class) {
          return g -> {
            char c;
            do {
              c = g.chars();
            } while (Character.isSurrogate(c));
            return c;
          };
        }
        return RandomValues::string;
      case BYTES:
        if ("decimal".equals(logical)) {
          return decimals((LogicalTypes.Decimal) schema.getLogicalType());
        }
        if (raw == ByteBuffer.class) {
          return g -> ByteBuffer.wrap(g.byteArray(24));
        }
        return g -> g.byteArray(24);
      case FIXED: {
        int size = schema.getFixedSize();
        return raw == ByteBuffer.class ? g -> ByteBuffer.wrap(g.byteArrayOfSize(size))
            : g -> g.byteArrayOfSize(size);
      }
      case ENUM: {
        List<?> constants = List.of(raw.getEnumConstants());
        return g -> g.pick(constants);
      }
      case ARRAY: {
        int max = 4;
        if (depth >= MAX_DEPTH) {
          // empty, without building the items' values: they may recurse
          return g -> raw.isArray() ? Array.newInstance(raw.getComponentType(), 0)
              : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
        }
        if (raw.isArray()) {
          Class<?> component = raw.getComponentType();
          Function<Gen, ?> item = value(component, schema.getElementType(), depth + 1);
          return g -> {
            List<?> items = g.listOf(max, item);
            Object array = Array.newInstance(component, items.size());
            for (int i = 0; i < items.size(); i++) {
              Array.set(array, i, items.get(i));
            }
            return array;
          };
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        Function<Gen, ?> item = value(element, schema.getElementType(), depth + 1);
        if (Set.class.isAssignableFrom(raw)) {
          return g -> new LinkedHashSet<>(g.listOf(max, item));
        }
        return g -> g.listOf(max, item);
      }
      case MAP: {
        Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
        if (depth >= MAX_DEPTH) {
          return g -> new LinkedHashMap<>();
        }
        int max = 4;
        Function<Gen, ?> values = value(valueType, schema.getValueType(), depth + 1);
        return g -> g.mapOf(max, RandomValues::string, values);
      }
      case RECORD:
        return record(raw, schema, depth);
      case UNION:
        throw new IllegalStateException("unions are handled above");
      default:
        throw new IllegalArgumentException("no values for " + schema);
    }
  }

  /** Values of a sealed interface: one of its records, with that record's branch schema. */
  private static Function<Gen, ?> sealed(Class<?> raw, Schema schema, int depth) {
    List<Class<?>> records = new ArrayList<>();
    collectRecords(raw, records);
    List<Function<Gen, Object>> choices = new ArrayList<>();
    for (Class<?> r : records) {
      Schema branch = schema.getTypes().stream()
          .filter(s -> s.getType() == Schema.Type.RECORD && s.getName().equals(r.getSimpleName()))
          .findFirst().orElseThrow(() -> new AssertionError(r + " is not in " + schema));
      choices.add(record(r, branch, depth));
      if (depth >= MAX_DEPTH) {
        break; // the first record of a recursive union must be a leaf
      }
    }
    return g -> g.oneOf(choices);
  }

  private static void collectRecords(Class<?> sealed, List<Class<?>> out) {
    for (Class<?> sub : sealed.getPermittedSubclasses()) {
      if (sub.isRecord()) {
        out.add(sub);
      } else {
        collectRecords(sub, out);
      }
    }
  }

  /** Decimals with at most the type's precision at exactly its scale. */
  private static Function<Gen, BigDecimal> decimals(LogicalTypes.Decimal decimal) {
    BigInteger bound = BigInteger.TEN.pow(decimal.getPrecision());
    BigInteger min = bound.negate().add(BigInteger.ONE);
    BigInteger max = bound.subtract(BigInteger.ONE);
    return g -> new BigDecimal(g.bigIntegers(min, max), decimal.getScale());
  }

  private static Function<Gen, Object> record(Class<?> raw, Schema schema, int depth) {
    RecordComponent[] components = raw.getRecordComponents();
    List<Function<Gen, ?>> parts = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      parts.add(value(components[i].getGenericType(), schema.getFields().get(i).schema(),
          depth + 1));
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    return g -> {
      Object[] values = new Object[parts.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = parts.get(i).apply(g);
      }
      try {
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** Instants that the precision of the logical type holds exactly. */
  private static Function<Gen, Instant> instants(String logical) {
    return switch (logical) {
      case "timestamp-millis" -> g -> Instant.ofEpochMilli(g.longs());
      case "timestamp-micros" -> g -> {
        long m = g.longs();
        return Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L),
            Math.floorMod(m, 1_000_000L) * 1000);
      };
      case "timestamp-nanos" -> g -> {
        long n = g.longs();
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L),
            Math.floorMod(n, 1_000_000_000L));
      };
      default -> throw new IllegalArgumentException("no instants for " + logical);
    };
  }

  /** Any instant, finer than any precision: for what writing drops. */
  public static Instant anyInstant(Gen g, long minSecond, long maxSecond) {
    return Instant.ofEpochSecond(g.longs(minSecond, maxSecond), g.ints(0, 999_999_999));
  }

  /** A string of at most 16 Unicode code points, supplementary ones included, none unpaired. */
  public static String string(Gen g) {
    return g.string(16);
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof java.lang.reflect.AnnotatedType a) {
      return raw(a.getType());
    }
    throw new IllegalArgumentException("not a class: " + type);
  }
}
