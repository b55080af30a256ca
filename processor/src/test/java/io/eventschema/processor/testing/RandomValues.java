package io.eventschema.processor.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

  static Arbitrary<?> value(Type type, Schema schema, int depth) {
    if (schema.getType() == Schema.Type.UNION) {
      Schema nonNull = schema.getTypes().stream()
          .filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow();
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
    switch (schema.getType()) {
      case BOOLEAN:
        return Arbitraries.of(true, false);
      case INT:
        return Arbitraries.integers();
      case LONG:
        if (raw == Instant.class) {
          return instants(schema);
        }
        return Arbitraries.longs();
      case FLOAT:
        return Arbitraries.floats().withStandardSpecialValues();
      case DOUBLE:
        return Arbitraries.doubles().withStandardSpecialValues();
      case STRING:
        return strings();
      case BYTES:
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
      case ENUM:
        return Arbitraries.of(raw.getEnumConstants());
      case ARRAY: {
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        int max = depth >= MAX_DEPTH ? 0 : 4;
        return value(element, schema.getElementType(), depth + 1).list().ofMaxSize(max);
      }
      case MAP: {
        Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
        int max = depth >= MAX_DEPTH ? 0 : 4;
        return Arbitraries.maps(strings(), value(valueType, schema.getValueType(), depth + 1))
            .ofMaxSize(max);
      }
      case RECORD:
        return record(raw, schema, depth);
      default:
        throw new IllegalArgumentException("no values for " + schema);
    }
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

  /** Instants that the schema's precision holds exactly. */
  private static Arbitrary<Instant> instants(Schema schema) {
    String logical = schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
    return switch (logical) {
      case "timestamp-millis" -> Arbitraries.longs().map(Instant::ofEpochMilli);
      case "timestamp-micros" -> Arbitraries.longs().map(m ->
          Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L), Math.floorMod(m, 1_000_000L) * 1000));
      case "timestamp-nanos" -> Arbitraries.longs().map(n ->
          Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L),
              Math.floorMod(n, 1_000_000_000L)));
      default -> throw new IllegalArgumentException("no instants for " + schema);
    };
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
