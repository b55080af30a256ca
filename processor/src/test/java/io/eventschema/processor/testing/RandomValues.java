package io.eventschema.processor.testing;

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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Random Java values of a generated event's record type, shaped by the Java types (Optional or
 * null, List, Map, enum, ...) and by the schema (which unions admit null, logical types): values
 * the codec must round-trip exactly. Strings cover all of Unicode (valid surrogate pairs only, as
 * an unpaired surrogate cannot survive UTF-8), floats and doubles their special values.
 */
public final class RandomValues {
  private static final int MAX_DEPTH = 4;

  private RandomValues() {}

  /** Values of the record class {@code type} with the record schema {@code schema}. */
  @SuppressWarnings("unchecked")
  public static <T> Arbitrary<T> of(Class<?> type, Schema schema) {
    return (Arbitrary<T>) value(type, schema, 0);
  }

  /** Values of the sealed interface {@code type} whose schema is the union {@code schema}. */
  @SuppressWarnings("unchecked")
  public static <T> Arbitrary<T> ofUnion(Class<?> type, Schema schema) {
    return (Arbitrary<T>) sealed(type, schema, 0);
  }

  static Arbitrary<?> value(Type type, Schema schema, int depth) {
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
          return Arbitraries.just(Optional.empty());
        }
        Arbitrary<Optional<Object>> present =
            value(inner, nonNull, depth + 1).map(Optional::of);
        return Arbitraries.oneOf(present, Arbitraries.just(Optional.empty()));
      }
      if (depth >= MAX_DEPTH) {
        return Arbitraries.just(null);
      }
      return value(type, nonNull, depth).injectNull(0.3);
    }
    Class<?> raw = raw(type);
    if (raw.isInterface() && raw.isSealed()) {
      return sealed(raw, schema, depth);
    }
    String logical = schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
    switch (schema.getType()) {
      case BOOLEAN:
        return Arbitraries.of(true, false);
      case INT:
        if (raw == byte.class || raw == Byte.class) {
          return Arbitraries.bytes();
        }
        if (raw == short.class || raw == Short.class) {
          return Arbitraries.shorts();
        }
        if (raw == char.class || raw == Character.class) {
          return Arbitraries.chars();
        }
        if (raw == LocalDate.class) {
          return Arbitraries.integers().map(d -> LocalDate.ofEpochDay(d));
        }
        if (raw == LocalTime.class) {
          return Arbitraries.integers().between(0, 86_399_999)
              .map(ms -> LocalTime.ofNanoOfDay(ms * 1_000_000L));
        }
        return Arbitraries.integers();
      case LONG:
        if (raw == Instant.class) {
          return instants(logical);
        }
        if (raw == LocalDateTime.class) {
          return instants(logical.replace("local-", ""))
              .map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        }
        if (raw == LocalTime.class) {
          return Arbitraries.longs().between(0, 86_399_999_999L)
              .map(us -> LocalTime.ofNanoOfDay(us * 1_000L));
        }
        return Arbitraries.longs();
      case FLOAT:
        return Arbitraries.floats().withStandardSpecialValues();
      case DOUBLE:
        return Arbitraries.doubles().withStandardSpecialValues();
      case STRING:
        if (raw == UUID.class) {
          return Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()));
        }
        if (raw == char.class || raw == Character.class) {
          return Arbitraries.chars().filter(c -> !Character.isSurrogate(c));
        }
        return strings();
      case BYTES:
        if ("decimal".equals(logical)) {
          return decimals((LogicalTypes.Decimal) schema.getLogicalType());
        }
        if (raw == ByteBuffer.class) {
          return Arbitraries.bytes().array(byte[].class).ofMaxSize(24).map(ByteBuffer::wrap);
        }
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
      case FIXED: {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class)
            .ofSize(schema.getFixedSize());
        return raw == ByteBuffer.class ? bytes.map(ByteBuffer::wrap) : bytes;
      }
      case ENUM:
        return Arbitraries.of(raw.getEnumConstants());
      case ARRAY: {
        int max = 4;
        if (depth >= MAX_DEPTH) {
          // empty, without building the items' values: they may recurse
          return Arbitraries.just(raw.isArray() ? Array.newInstance(raw.getComponentType(), 0)
              : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>());
        }
        if (raw.isArray()) {
          Class<?> component = raw.getComponentType();
          return value(component, schema.getElementType(), depth + 1).list().ofMaxSize(max)
              .map(items -> {
                Object array = Array.newInstance(component, items.size());
                for (int i = 0; i < items.size(); i++) {
                  Array.set(array, i, items.get(i));
                }
                return array;
              });
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        Arbitrary<? extends List<?>> list =
            value(element, schema.getElementType(), depth + 1).list().ofMaxSize(max);
        if (Set.class.isAssignableFrom(raw)) {
          return list.map(LinkedHashSet::new);
        }
        return list;
      }
      case MAP: {
        Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
        if (depth >= MAX_DEPTH) {
          return Arbitraries.just(new java.util.LinkedHashMap<>());
        }
        int max = 4;
        return Arbitraries.maps(strings(), value(valueType, schema.getValueType(), depth + 1))
            .ofMaxSize(max);
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
  private static Arbitrary<?> sealed(Class<?> raw, Schema schema, int depth) {
    List<Class<?>> records = new ArrayList<>();
    collectRecords(raw, records);
    List<Arbitrary<Object>> choices = new ArrayList<>();
    for (Class<?> r : records) {
      Schema branch = schema.getTypes().stream()
          .filter(s -> s.getType() == Schema.Type.RECORD && s.getName().equals(r.getSimpleName()))
          .findFirst().orElseThrow(() -> new AssertionError(r + " is not in " + schema));
      choices.add(record(r, branch, depth));
      if (depth >= MAX_DEPTH) {
        break; // the first record of a recursive union must be a leaf
      }
    }
    return Arbitraries.oneOf(choices);
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
  private static Arbitrary<BigDecimal> decimals(LogicalTypes.Decimal decimal) {
    BigInteger bound = BigInteger.TEN.pow(decimal.getPrecision());
    return Arbitraries.bigIntegers().between(bound.negate().add(BigInteger.ONE),
            bound.subtract(BigInteger.ONE))
        .map(unscaled -> new BigDecimal(unscaled, decimal.getScale()));
  }

  private static Arbitrary<Object> record(Class<?> raw, Schema schema, int depth) {
    RecordComponent[] components = raw.getRecordComponents();
    List<Arbitrary<Object>> parts = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      @SuppressWarnings("unchecked")
      Arbitrary<Object> part = (Arbitrary<Object>) value(components[i].getGenericType(),
          schema.getFields().get(i).schema(), depth + 1);
      parts.add(part);
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    return Combinators.combine(parts).as(values -> {
      try {
        return constructor.newInstance(values.toArray());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
  }

  /** Instants that the precision of the logical type holds exactly. */
  private static Arbitrary<Instant> instants(String logical) {
    return switch (logical) {
      case "timestamp-millis" -> Arbitraries.longs().map(Instant::ofEpochMilli);
      case "timestamp-micros" -> Arbitraries.longs().map(m ->
          Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L), Math.floorMod(m, 1_000_000L) * 1000));
      case "timestamp-nanos" -> Arbitraries.longs().map(n ->
          Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L),
              Math.floorMod(n, 1_000_000_000L)));
      default -> throw new IllegalArgumentException("no instants for " + logical);
    };
  }

  /** Any instant, finer than any precision: for what writing drops. */
  public static Arbitrary<Instant> anyInstants(long minSecond, long maxSecond) {
    return Combinators.combine(Arbitraries.longs().between(minSecond, maxSecond),
        Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
  }

  /** Strings of any Unicode code points, including supplementary ones, none unpaired. */
  public static Arbitrary<String> strings() {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 0xd7ff)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xe000, 0xffff)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)));
    return codePoints.list().ofMaxSize(16)
        .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
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
