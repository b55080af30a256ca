package io.eventschema.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * Apache Avro as the oracle for a generated codec: turns a Java value into Avro's generic datum
 * (logical types left as Java objects, for Avro's own conversions to encode), writes it with
 * {@link GenericDatumWriter}, and runs the codec over Avro's and our encoders and decoders.
 */
public final class AvroOracle<T> {
  /** Avro's generic model with Avro's own logical-type conversions: they decide the bytes. */
  public static final GenericData MODEL = new GenericData();

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
  }

  private final EventCodec<T> codec;
  private final GenericDatumWriter<Object> writer;

  public AvroOracle(EventCodec<T> codec) {
    this.codec = codec;
    this.writer = new GenericDatumWriter<>(codec.schema(), MODEL);
  }

  /** The codec {@code INSTANCE} of the generated class {@code codecClass}. */
  @SuppressWarnings("unchecked")
  public static <T> EventCodec<T> codec(Class<?> codecClass) {
    try {
      return (EventCodec<T>) codecClass.getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  public EventCodec<T> codec() {
    return codec;
  }

  /** What Avro's {@link GenericDatumWriter} writes for {@code value}. */
  public byte[] avroBytes(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
      writer.write(toDatum(value, codec.schema()), enc);
      enc.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What Avro's {@link GenericDatumWriter} (no conversions) writes for {@code datum}. */
  public static byte[] genericBytes(Schema schema, Object datum) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
      new GenericDatumWriter<Object>(schema).write(datum, enc);
      enc.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The codec writes the bytes Avro's {@code GenericDatumWriter} writes for {@code value} (through
   * the runtime's encoder) and reads them back to an equal value; {@code label} names the value.
   */
  public void assertMatchesAvro(T value, String label) throws IOException {
    byte[] avro = avroBytes(value);
    assertThat(codecBytes(value)).as(label).isEqualTo(avro);
    assertThat(readWithAvroInput(avro)).as(label).isEqualTo(value);
  }

  /** What the codec writes through the runtime's {@link AvroOutput}. */
  public byte[] codecBytes(T value) throws IOException {
    AvroOutput out = new AvroOutput(16);
    codec.encode(value, out);
    return out.toByteArray();
  }

  /** What the codec writes through Avro's own buffered {@link BinaryEncoder}. */
  public byte[] codecBytesViaAvroEncoder(T value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(bytes, null);
    codec.encode(value, enc);
    enc.flush();
    return bytes.toByteArray();
  }

  /** The codec reads {@code bytes} through the runtime's {@link AvroInput}, all of them. */
  public T readWithAvroInput(byte[] bytes) throws IOException {
    AvroInput in = new AvroInput().reset(bytes, 0, bytes.length);
    T value = codec.decode(in);
    if (!in.isEnd()) {
      throw new AssertionError(in.remainingBytes() + " bytes left unread");
    }
    return value;
  }

  /** The codec reads {@code bytes} through Avro's own binary decoder, all of them. */
  public T readWithAvroDecoder(byte[] bytes) throws IOException {
    var in = DecoderFactory.get().binaryDecoder(bytes, null);
    T value = codec.decode(in);
    if (!in.isEnd()) {
      throw new AssertionError("bytes left unread");
    }
    return value;
  }

  /**
   * The Avro generic datum of a Java value: records become {@link GenericData.Record}s (record
   * components in schema field order), enums {@link GenericData.EnumSymbol}s, byte[] a
   * {@link ByteBuffer}, Optional its content or null; logical types stay Java objects.
   */
  public static Object toDatum(Object value, Schema schema) {
    switch (schema.getType()) {
      case UNION: {
        Object inner = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (inner == null) {
          return null;
        }
        for (Schema branch : schema.getTypes()) {
          if (branch.getType() != Schema.Type.NULL && fits(inner, branch)) {
            return toDatum(inner, branch);
          }
        }
        throw new AssertionError("no branch of " + schema + " fits " + inner.getClass());
      }
      case RECORD: {
        GenericData.Record record = new GenericData.Record(schema);
        RecordComponent[] components = value.getClass().getRecordComponents();
        List<Schema.Field> fields = schema.getFields();
        for (int i = 0; i < fields.size(); i++) {
          Object v;
          try {
            var accessor = components[i].getAccessor();
            accessor.setAccessible(true);
            v = accessor.invoke(value);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
          record.put(i, toDatum(v, fields.get(i).schema()));
        }
        return record;
      }
      case ENUM:
        return new GenericData.EnumSymbol(schema, ((Enum<?>) value).name());
      case ARRAY: {
        List<Object> items = new ArrayList<>();
        if (value.getClass().isArray()) {
          for (int i = 0; i < Array.getLength(value); i++) {
            items.add(toDatum(Array.get(value, i), schema.getElementType()));
          }
        } else {
          for (Object item : (Collection<?>) value) {
            items.add(toDatum(item, schema.getElementType()));
          }
        }
        return items;
      }
      case MAP: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          map.put((String) e.getKey(), toDatum(e.getValue(), schema.getValueType()));
        }
        return map;
      }
      case BYTES:
        if (value instanceof byte[] b) {
          return ByteBuffer.wrap(b);
        }
        if (value instanceof ByteBuffer bb) {
          return bb.duplicate();
        }
        return value; // a logical type (decimal)
      case FIXED:
        if (value instanceof byte[] b) {
          return new GenericData.Fixed(schema, b);
        }
        if (value instanceof ByteBuffer bb) {
          byte[] b = new byte[bb.remaining()];
          bb.duplicate().get(b);
          return new GenericData.Fixed(schema, b);
        }
        return value;
      case STRING:
        return schema.getLogicalType() != null ? value : value.toString();
      case INT:
        if (value instanceof Byte || value instanceof Short) {
          return ((Number) value).intValue();
        }
        if (value instanceof Character c) {
          return (int) c;
        }
        return value;
      default:
        return value;
    }
  }

  /** Whether {@code value} belongs in union branch {@code branch}. */
  private static boolean fits(Object value, Schema branch) {
    return switch (branch.getType()) {
      case RECORD -> value.getClass().isRecord()
          && branch.getName().equals(value.getClass().getSimpleName());
      case STRING -> value instanceof CharSequence || value instanceof java.util.UUID
          || value instanceof Character;
      case ENUM -> value instanceof Enum<?>;
      case ARRAY -> value instanceof Collection<?> || value.getClass().isArray();
      case MAP -> value instanceof Map<?, ?>;
      default -> true;
    };
  }
}
