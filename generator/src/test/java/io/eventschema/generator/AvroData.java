package io.eventschema.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Apache Avro as the oracle: random generic data of a schema (logical types as the Java values
 * of Avro's own conversions), written by {@link GenericDatumWriter}, and the field-by-field
 * comparison of a generated record with such a datum.
 */
final class AvroData {
  static final GenericData MODEL = new GenericData();

  static {
    MODEL.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.TimestampNanosConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.LocalTimestampNanosConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.DateConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
    MODEL.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
    MODEL.addLogicalTypeConversion(new Conversions.DecimalConversion());
    MODEL.addLogicalTypeConversion(new Conversions.UUIDConversion());
    MODEL.addLogicalTypeConversion(new Conversions.DurationConversion());
    MODEL.addLogicalTypeConversion(new Conversions.BigDecimalConversion());
  }

  private final Random random;
  private int depth;

  AvroData(long seed) {
    this.random = new Random(seed);
  }

  /** What GenericDatumWriter writes for {@code datum}. */
  static byte[] write(Schema schema, Object datum) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<>(schema, MODEL).write(datum, enc);
      enc.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A random datum of {@code s}; recursion is cut off by choosing null or empty. */
  Object datum(Schema s) {
    depth++;
    try {
      return value(s);
    } finally {
      depth--;
    }
  }

  private Object value(Schema s) {
    if (s.getLogicalType() != null) {
      return logical(s);
    }
    switch (s.getType()) {
      case NULL:
        return null;
      case BOOLEAN:
        return random.nextBoolean();
      case INT:
        return random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(200) - 100;
      case LONG:
        return random.nextInt(4) == 0 ? random.nextLong() : (long) random.nextInt(2000) - 1000;
      case FLOAT:
        return random.nextInt(6) == 0 ? Float.NaN : (random.nextFloat() - 0.5f) * 1e6f;
      case DOUBLE:
        return random.nextInt(6) == 0 ? -0.0 : (random.nextDouble() - 0.5) * 1e12;
      case STRING:
        return string();
      case BYTES: {
        byte[] b = new byte[random.nextInt(6)];
        random.nextBytes(b);
        return ByteBuffer.wrap(b);
      }
      case FIXED: {
        byte[] b = new byte[s.getFixedSize()];
        random.nextBytes(b);
        return new GenericData.Fixed(s, b);
      }
      case ENUM:
        return new GenericData.EnumSymbol(s, s.getEnumSymbols().get(random.nextInt(
            s.getEnumSymbols().size())));
      case ARRAY: {
        int n = depth > 6 ? 0 : random.nextInt(4);
        List<Object> out = new GenericData.Array<>(n, s);
        for (int i = 0; i < n; i++) {
          out.add(datum(s.getElementType()));
        }
        return out;
      }
      case MAP: {
        int n = depth > 6 ? 0 : random.nextInt(4);
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          out.put("k" + i + string(), datum(s.getValueType()));
        }
        return out;
      }
      case UNION: {
        List<Schema> branches = s.getTypes();
        int nullAt = -1;
        for (int i = 0; i < branches.size(); i++) {
          if (branches.get(i).getType() == Schema.Type.NULL) {
            nullAt = i;
          }
        }
        if (nullAt >= 0 && (depth > 6 || branches.size() == 1 || random.nextInt(3) == 0)) {
          return null;
        }
        Schema b;
        do {
          b = branches.get(random.nextInt(branches.size()));
        } while (b.getType() == Schema.Type.NULL);
        return datum(b);
      }
      case RECORD: {
        GenericData.Record r = new GenericData.Record(s);
        for (Schema.Field f : s.getFields()) {
          r.put(f.pos(), datum(f.schema()));
        }
        return r;
      }
      default:
        throw new IllegalArgumentException(s.toString());
    }
  }

  private String string() {
    String[] pool = {"", "a", "héllo", "日本", "x\"y", "emoji \uD83D\uDE00", "tab\t"};
    return pool[random.nextInt(pool.length)] + (random.nextBoolean() ? "" : random.nextInt(99));
  }

  private Object logical(Schema s) {
    long seconds = random.nextInt(2_000_000_000) - 1_000_000_000L;
    switch (s.getLogicalType().getName()) {
      case "uuid":
        return new UUID(random.nextLong(), random.nextLong());
      case "decimal": {
        LogicalTypes.Decimal d = (LogicalTypes.Decimal) s.getLogicalType();
        int digits = 1 + random.nextInt(Math.min(d.getPrecision(), 18));
        BigInteger unscaled = BigInteger.valueOf(random.nextLong() % (long) Math.pow(10, digits));
        return new BigDecimal(unscaled, d.getScale());
      }
      case "big-decimal":
        // any unscaled value and scale, each kept (1.50 is not 1.5)
        return new BigDecimal(new BigInteger(1 + random.nextInt(200), random)
            .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)),
            random.nextInt(41) - 10);
      case "duration":
        return org.apache.avro.util.TimePeriod.of(random.nextLong() >>> 32,
            random.nextLong() >>> 32, random.nextBoolean() ? random.nextInt(86_400_000)
                : random.nextLong() >>> 32);
      case "date":
        return LocalDate.ofEpochDay(random.nextInt(100_000) - 50_000);
      case "time-millis":
        return LocalTime.ofNanoOfDay(random.nextInt(86_400_000) * 1_000_000L);
      case "time-micros":
        return LocalTime.ofNanoOfDay((random.nextLong() & Long.MAX_VALUE) % 86_400_000_000L
            * 1000L);
      case "timestamp-millis":
        return Instant.ofEpochSecond(seconds, random.nextInt(1000) * 1_000_000L);
      case "timestamp-micros":
        return Instant.ofEpochSecond(seconds, random.nextInt(1_000_000) * 1000L);
      case "timestamp-nanos":
        return Instant.ofEpochSecond(seconds / 4, random.nextInt(1_000_000_000));
      case "local-timestamp-millis":
        return LocalDateTime.ofEpochSecond(seconds, random.nextInt(1000) * 1_000_000,
            ZoneOffset.UTC);
      case "local-timestamp-micros":
        return LocalDateTime.ofEpochSecond(seconds, random.nextInt(1_000_000) * 1000,
            ZoneOffset.UTC);
      case "local-timestamp-nanos":
        return LocalDateTime.ofEpochSecond(seconds / 4, random.nextInt(1_000_000_000),
            ZoneOffset.UTC);
      default:
        throw new IllegalArgumentException(s.toString());
    }
  }

  // ------------------------------------------------------------------------------- comparison

  /** A branch record of an {@code @AvroUnion}: a record nested in a sealed interface. */
  private static boolean isBranch(Object java) {
    return java != null && java.getClass().isRecord() && java.getClass().getEnclosingClass() != null
        && java.getClass().getEnclosingClass().isInterface()
        && java.getClass().getEnclosingClass().isSealed();
  }

  /** The branch record is the datum's branch (permits order is union order), holding the value. */
  private static String branchDifference(Object java, Object datum, Schema s, String path) {
    Class<?>[] permitted = java.getClass().getEnclosingClass().getPermittedSubclasses();
    int index = Arrays.asList(permitted).indexOf(java.getClass());
    int expected = MODEL.resolveUnion(s, datum);
    if (index != expected) {
      return path + ": branch " + index + " (" + java.getClass().getSimpleName() + ") vs "
          + expected;
    }
    RecordComponent[] components = java.getClass().getRecordComponents();
    if (components.length == 0) {
      return datum == null ? null : path + ": null branch vs " + datum;
    }
    try {
      return difference(components[0].getAccessor().invoke(java), datum,
          s.getTypes().get(index), path + "<" + index + ">");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Null if the Java value equals the datum field by field, else where and how they differ. */
  static String difference(Object java, Object datum, Schema s, String path) {
    if (s.getType() == Schema.Type.UNION && isBranch(java)) {
      return branchDifference(java, datum, s, path);
    }
    if (java instanceof Optional<?> o) {
      java = o.orElse(null);
    }
    if (java == null || datum == null) {
      return java == null && datum == null ? null : path + ": " + java + " vs " + datum;
    }
    if (s.getType() == Schema.Type.UNION) {
      return difference(java, datum, s.getTypes().get(MODEL.resolveUnion(s, datum)), path);
    }
    if (java instanceof io.eventschema.AvroDuration d
        && datum instanceof org.apache.avro.util.TimePeriod p) {
      return d.months() == p.getMonths() && d.days() == p.getDays()
          && d.millis() == p.getMillis() ? null : path + ": " + java + " vs " + datum;
    }
    if (s.getLogicalType() != null) {
      return java.equals(datum) ? null : path + ": " + java + " vs " + datum;
    }
    switch (s.getType()) {
      case RECORD: {
        if (!java.getClass().isRecord()) {
          return path + ": not a record: " + java.getClass();
        }
        if (!(datum instanceof GenericRecord g) || !g.getSchema().equals(s)) {
          return path + ": datum is not a " + s.getFullName();
        }
        if (!java.getClass().getSimpleName().replace("_", "")
            .equalsIgnoreCase(s.getName().replace("_", ""))) {
          return path + ": " + java.getClass().getName() + " for " + s.getFullName();
        }
        RecordComponent[] components = java.getClass().getRecordComponents();
        if (components.length != s.getFields().size()) {
          return path + ": " + components.length + " components";
        }
        for (Schema.Field f : s.getFields()) {
          Object v;
          try {
            v = components[f.pos()].getAccessor().invoke(java);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
          String d = difference(v, g.get(f.pos()), f.schema(), path + "." + f.name());
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      case ENUM:
        // by position: a constant named otherwise (@AvroName("class") class_) has the symbol's
        return ((Enum<?>) java).ordinal() == s.getEnumOrdinal(datum.toString()) ? null
            : path + ": " + java + " vs " + datum;
      case FIXED:
        return bytes((ByteBuffer) java).equals(ByteBuffer.wrap(((GenericFixed) datum).bytes()))
            ? null : path + ": fixed differs";
      case BYTES:
        return bytes((ByteBuffer) java).equals(bytes((ByteBuffer) datum)) ? null
            : path + ": bytes differ";
      case STRING:
        return java.toString().equals(datum.toString()) ? null
            : path + ": '" + java + "' vs '" + datum + "'";
      case FLOAT:
        return Float.floatToIntBits((Float) java) == Float.floatToIntBits((Float) datum) ? null
            : path + ": " + java + " vs " + datum;
      case DOUBLE:
        return Double.doubleToLongBits((Double) java) == Double.doubleToLongBits((Double) datum)
            ? null : path + ": " + java + " vs " + datum;
      case ARRAY: {
        List<?> a = new ArrayList<>((java.util.Collection<?>) java);
        List<?> b = (List<?>) datum;
        if (a.size() != b.size()) {
          return path + ": " + a.size() + " items vs " + b.size();
        }
        for (int i = 0; i < a.size(); i++) {
          String d = difference(a.get(i), b.get(i), s.getElementType(), path + "[" + i + "]");
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      case MAP: {
        Map<?, ?> a = (Map<?, ?>) java;
        Map<?, ?> b = (Map<?, ?>) datum;
        if (a.size() != b.size()) {
          return path + ": " + a.size() + " entries vs " + b.size();
        }
        for (Map.Entry<?, ?> e : b.entrySet()) {
          String d = difference(a.get(e.getKey().toString()), e.getValue(), s.getValueType(),
              path + "{" + e.getKey() + "}");
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      default:
        return java.equals(datum) ? null : path + ": " + java + " vs " + datum;
    }
  }

  private static ByteBuffer bytes(ByteBuffer b) {
    return b.duplicate();
  }
}
