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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Random Java values of a generated event's record type from a seed, with plain JUnit (no property
 * testing library): shaped by the Java types (Optional or null, List, Set, Map, arrays, enums,
 * sealed interfaces) and by the event's Avro schema (which unions admit null, fixed sizes, decimal
 * precision and scale, time precision), so that every value is one each format's codec must
 * round-trip exactly. Strings cover all of Unicode (valid surrogate pairs only); floats and doubles
 * include their special values.
 */
public final class SeededValues {
  private static final int MAX_DEPTH = 4;
  private static final float[] SPECIAL_FLOATS = {Float.NaN, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE};
  private static final double[] SPECIAL_DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, -0.0d, Double.MIN_VALUE, Double.MAX_VALUE};

  private final SplittableRandom random;

  public SeededValues(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A value of the record class {@code type} whose record schema is {@code schema}. */
  public Object record(Class<?> type, Schema schema) {
    return record(type, schema, 0);
  }

  /** A value of the sealed interface {@code type} whose schema is the union {@code schema}. */
  public Object sealed(Class<?> type, Schema schema) {
    return sealed(type, schema, 0);
  }

  private Object value(Type type, Schema schema, int depth) {
    Class<?> raw = raw(type);
    if (schema.getType() == Schema.Type.UNION) {
      List<Schema> nonNulls = new ArrayList<>();
      for (Schema branch : schema.getTypes()) {
        if (branch.getType() != Schema.Type.NULL) {
          nonNulls.add(branch);
        }
      }
      if (nonNulls.size() == schema.getTypes().size()) {
        return sealed(raw, schema, depth);
      }
      Schema nonNull = nonNulls.size() == 1 ? nonNulls.get(0) : Schema.createUnion(nonNulls);
      boolean absent = depth >= MAX_DEPTH || random.nextInt(3) == 0;
      if (raw == Optional.class) {
        Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
        return absent ? Optional.empty() : Optional.of(value(inner, nonNull, depth + 1));
      }
      return absent ? null : value(type, nonNull, depth);
    }
    if (raw.isInterface() && raw.isSealed()) {
      return sealed(raw, schema, depth);
    }
    String logical = schema.getLogicalType() == null ? "" : schema.getLogicalType().getName();
    switch (schema.getType()) {
      case BOOLEAN:
        return random.nextBoolean();
      case INT:
        if (raw == byte.class || raw == Byte.class) {
          return (byte) random.nextInt();
        }
        if (raw == short.class || raw == Short.class) {
          return (short) random.nextInt();
        }
        if (raw == char.class || raw == Character.class) {
          return (char) random.nextInt(0x10000);
        }
        if (raw == LocalDate.class) {
          return LocalDate.ofEpochDay(random.nextInt(-719_528, 2_932_897));
        }
        if (raw == LocalTime.class) {
          return LocalTime.ofNanoOfDay(random.nextLong(86_400_000L) * 1_000_000L);
        }
        return edgy(random.nextInt(), Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG:
        if (raw == Instant.class) {
          return instant(logical);
        }
        if (raw == LocalDateTime.class) {
          return LocalDateTime.ofInstant(instant(logical.replace("local-", "")), ZoneOffset.UTC);
        }
        if (raw == LocalTime.class) {
          return LocalTime.ofNanoOfDay(random.nextLong(86_400_000_000L) * 1_000L);
        }
        return random.nextInt(8) == 0 ? (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE)
            : random.nextLong();
      case FLOAT:
        return random.nextInt(6) == 0 ? SPECIAL_FLOATS[random.nextInt(SPECIAL_FLOATS.length)]
            : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-10, 10)));
      case DOUBLE:
        return random.nextInt(6) == 0 ? SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)]
            : random.nextGaussian() * Math.pow(10, random.nextInt(-20, 20));
      case STRING:
        if (raw == UUID.class) {
          return new UUID(random.nextLong(), random.nextLong());
        }
        if (raw == char.class || raw == Character.class) {
          char c;
          do {
            c = (char) random.nextInt(0x10000);
          } while (Character.isSurrogate(c));
          return c;
        }
        return string();
      case BYTES:
        if ("decimal".equals(logical)) {
          return decimal((LogicalTypes.Decimal) schema.getLogicalType());
        }
        byte[] bytes = bytes(random.nextInt(25));
        return raw == ByteBuffer.class ? ByteBuffer.wrap(bytes) : bytes;
      case FIXED: {
        byte[] fixed = bytes(schema.getFixedSize());
        return raw == ByteBuffer.class ? ByteBuffer.wrap(fixed) : fixed;
      }
      case ENUM: {
        Object[] constants = raw.getEnumConstants();
        return constants[random.nextInt(constants.length)];
      }
      case ARRAY: {
        int size = depth >= MAX_DEPTH ? 0 : random.nextInt(5);
        if (raw.isArray()) {
          Object array = Array.newInstance(raw.getComponentType(), size);
          for (int i = 0; i < size; i++) {
            Array.set(array, i, value(raw.getComponentType(), schema.getElementType(), depth + 1));
          }
          return array;
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          items.add(value(element, schema.getElementType(), depth + 1));
        }
        return Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>(items) : items;
      }
      case MAP: {
        Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
        int size = depth >= MAX_DEPTH ? 0 : random.nextInt(5);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(string(), value(valueType, schema.getValueType(), depth + 1));
        }
        return map;
      }
      case RECORD:
        return record(raw, schema, depth);
      default:
        throw new IllegalArgumentException("no values for " + schema);
    }
  }

  private int edgy(int value, int min, int max) {
    int pick = random.nextInt(10);
    return pick == 0 ? min : pick == 1 ? max : pick == 2 ? 0 : value;
  }

  private Object sealed(Class<?> raw, Schema schema, int depth) {
    List<Class<?>> records = new ArrayList<>();
    collectRecords(raw, records);
    // past the depth bound, the first record: it must be a leaf in a recursive union
    Class<?> pick = depth >= MAX_DEPTH ? records.get(0) : records.get(random.nextInt(records.size()));
    Schema branch = schema.getTypes().stream()
        .filter(s -> s.getType() == Schema.Type.RECORD && s.getName().equals(pick.getSimpleName()))
        .findFirst().orElseThrow(() -> new AssertionError(pick + " is not in " + schema));
    return record(pick, branch, depth);
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

  private Object record(Class<?> raw, Schema schema, int depth) {
    RecordComponent[] components = raw.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getGenericType(), schema.getFields().get(i).schema(),
          depth + 1);
    }
    try {
      Constructor<?> constructor = raw.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private BigDecimal decimal(LogicalTypes.Decimal decimal) {
    BigInteger unscaled = new BigInteger(decimal.getPrecision() * 4, new java.util.Random(
        random.nextLong())).mod(BigInteger.TEN.pow(decimal.getPrecision()));
    return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), decimal.getScale());
  }

  /** An instant the precision of the logical type holds exactly, years 1 to 9999. */
  private Instant instant(String logical) {
    long second = random.nextLong(-62_135_596_800L, 253_402_300_800L);
    int nano = random.nextInt(1_000_000_000);
    int kept = switch (logical) {
      case "timestamp-millis" -> nano - nano % 1_000_000;
      case "timestamp-micros" -> nano - nano % 1_000;
      case "timestamp-nanos" -> nano;
      default -> throw new IllegalArgumentException("no instants for " + logical);
    };
    return Instant.ofEpochSecond(second, random.nextInt(4) == 0 ? 0 : kept);
  }

  private byte[] bytes(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) random.nextInt();
    }
    return b;
  }

  /** A string of any Unicode code points, supplementary ones too, none unpaired. */
  public String string() {
    int n = random.nextInt(17);
    int[] cps = new int[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      cps[i] = kind < 6 ? random.nextInt(0x20, 0x7f) : kind < 8 ? random.nextInt(0, 0xd800)
          : kind < 9 ? random.nextInt(0xe000, 0x10000) : random.nextInt(0x10000, 0x110000);
    }
    return new String(cps, 0, n);
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("not a class: " + type);
  }
}
