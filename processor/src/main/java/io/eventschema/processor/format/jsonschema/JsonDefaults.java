package io.eventschema.processor.format.jsonschema;

import io.eventschema.processor.json.Json;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.CharType;
import io.eventschema.processor.model.TypeModel.DateType;
import io.eventschema.processor.model.TypeModel.DecimalType;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.TimeOfDayType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import io.eventschema.processor.model.TypeModel.TimestampType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field defaults in JSON. A default is written once, in {@code @AvroDefault}, as Avro's JSON
 * encoding of the value; JSON Schema's {@code default} and the JSON codec need the value as the JSON
 * codec writes it, which differs for bytes (Avro: one character per byte; JSON: base64), decimals
 * (Avro: the unscaled bytes; JSON: a decimal string), times (Avro: a count of units; JSON: ISO-8601
 * text) and records of sealed interfaces (JSON: with their discriminator).
 */
final class JsonDefaults {
  private JsonDefaults() {}

  /**
   * True if the JSON of {@code owner} must have {@code f}'s property: it has no default (a
   * nullable field's default is null, but under {@code @NoDefault} it has none).
   */
  static boolean isRequired(RecordType owner, FieldModel f) {
    return !owner.schemaOf(f).hasDefault()
        && (!(f.type() instanceof NullableType) || owner.schemaOf(f).noDefault());
  }

  /** The JSON tree of the default {@code avro} (Avro's JSON encoding) of a {@code type}. */
  static Object convert(TypeModel type, Object avro) {
    type = TypeModel.valueModel(type); // a decimal on fixed is a decimal here
    if (avro == Json.NULL) {
      return Json.NULL;
    }
    if (type instanceof NullableType n) {
      return convert(n.inner(), avro);
    }
    if (type instanceof UnionType u) {
      // Avro's default of a union is a value of its first branch
      return record(u.branches().get(0), avro, true);
    }
    if (type instanceof RecordType r) {
      return record(r, avro, false);
    }
    if (type instanceof BytesType || type instanceof FixedType) {
      return Base64.getEncoder().encodeToString(latin1((String) avro));
    }
    if (type instanceof DecimalType d) {
      return new BigDecimal(new BigInteger(latin1((String) avro)), d.scale()).toPlainString();
    }
    if (type instanceof TimestampType t) {
      Instant at = instant(((Number) avro).longValue(), t.precision());
      return t.local() ? withSeconds(at.atOffset(ZoneOffset.UTC).toLocalDateTime().toString())
          : at.toString();
    }
    if (type instanceof DateType) {
      return LocalDate.ofEpochDay(((Number) avro).longValue()).toString();
    }
    if (type instanceof TimeOfDayType t) {
      long v = ((Number) avro).longValue();
      LocalTime time = t.precision() == TimePrecision.MILLIS
          ? LocalTime.ofNanoOfDay(v * 1_000_000L) : LocalTime.ofNanoOfDay(v * 1_000L);
      return withSeconds(time.toString());
    }
    if (type instanceof CharType c && c.asString()) {
      return avro;
    }
    if (type instanceof ArrayType a && avro instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(convert(a.elements(), o));
      }
      return out;
    }
    if (type instanceof MapType m && avro instanceof Map<?, ?> values) {
      Map<String, Object> out = new LinkedHashMap<>();
      values.forEach((k, v) -> out.put((String) k, convert(m.values(), v)));
      return out;
    }
    return avro; // numbers, booleans, strings, enum symbols, UUIDs: the same in both
  }

  private static Object record(RecordType r, Object avro, boolean tagged) {
    Map<?, ?> given = (Map<?, ?>) avro;
    Map<String, Object> out = new LinkedHashMap<>();
    if (tagged) {
      out.put(JsonNames.DISCRIMINATOR, r.schemaName().name());
    }
    for (FieldModel f : r.fields()) {
      Object v = given.containsKey(f.schemaName()) ? given.get(f.schemaName())
          : r.schemaOf(f).defaultValue();
      if (v == null && f.type() instanceof NullableType) {
        v = Json.NULL;
      }
      if (v != null) {
        out.put(f.schemaName(), convert(f.type(), v));
      }
    }
    return out;
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static Instant instant(long v, TimePrecision p) {
    return switch (p) {
      case MILLIS -> Instant.ofEpochMilli(v);
      case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L),
          Math.floorMod(v, 1_000_000L) * 1_000L);
      case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L),
          Math.floorMod(v, 1_000_000_000L));
    };
  }

  /** java.time leaves out zero seconds ({@code 10:15}); the codec always writes them. */
  private static String withSeconds(String time) {
    int t = time.indexOf('T');
    String clock = t < 0 ? time : time.substring(t + 1);
    return clock.length() == 5 ? time + ":00" : time;
  }
}
