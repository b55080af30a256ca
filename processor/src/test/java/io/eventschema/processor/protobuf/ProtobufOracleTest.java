package io.eventschema.processor.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.SeededValues;
import io.eventschema.protobuf.ProtobufEventCodec;
import io.eventschema.protobuf.ProtobufReader;
import io.eventschema.protobuf.ProtobufSizes;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Independent oracles for the Protobuf binding: the real protoc compiles every generated .proto;
 * for seeded random events, the generated codec writes exactly the bytes protobuf-java's
 * DynamicMessage (built from protoc's descriptors) writes for the same values, reads what
 * DynamicMessage writes, and reads a writer with one field more (skipped) and one field less
 * (defaulted). Each case prints its seed on failure.
 */
class ProtobufOracleTest {
  private static final int EVENTS_PER_SEED = 40;
  private static final Compilation COMPILATION = Compile.succeeded(ProtobufSources.all());
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);
  private static final Map<String, FileDescriptor> FILES = new HashMap<>();

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String event : ProtobufSources.EVENTS) {
      for (long seed = 1; seed <= 5; seed++) {
        out.add(Arguments.of(event, Long.getLong("eventschema.seed", seed * 7919)
            + event.hashCode()));
      }
    }
    return out.stream();
  }

  private static String path(String event) {
    return "com/acme/proto/" + event + ".proto";
  }

  private static synchronized FileDescriptor file(String event) {
    return FILES.computeIfAbsent(event, e -> {
      Protoc.Result r = Protoc.compile(path(e), ProtobufSources.protoText(COMPILATION, e));
      assertThat(r.exit()).as("protoc on %s:\n%s", e, r.output()).isZero();
      return r.file();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"Scalars", "Containers", "Shape"})
  void protocCompilesTheGeneratedProtoWithoutWarnings(String event) {
    Protoc.Result r = Protoc.compile(path(event), ProtobufSources.protoText(COMPILATION, event));
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).as("protoc's output").isEmpty();
    assertThat(r.file().getMessageTypes().get(0).getFullName())
        .isEqualTo("com.acme.proto." + event);
  }

  @SuppressWarnings("unchecked")
  private static ProtobufEventCodec<Object> codec(String event) throws Exception {
    return (ProtobufEventCodec<Object>) CLASSES.load("com.acme.proto." + event + "ProtobufCodec")
        .getField("INSTANCE").get(null);
  }

  private static Object random(String event, SeededValues values) {
    Class<?> type = CLASSES.load("com.acme.proto." + event);
    Schema schema = new Schema.Parser().parse(Compile.generatedText(COMPILATION,
        StandardLocation.CLASS_OUTPUT, "META-INF/avro/com.acme.proto." + event + ".avsc"));
    return type.isInterface() ? values.sealed(type, schema) : values.record(type, schema);
  }

  /** Kept across events, as the serializer keeps one per thread: reset by each size pass. */
  private static final ProtobufSizes SIZES = new ProtobufSizes();

  /**
   * The serializer's path (a size pass keeping the nested sizes, then the write pass reading them
   * back), checked against the one-off {@code size(value)} / {@code write(value, out)}.
   */
  static byte[] encode(ProtobufEventCodec<Object> codec, Object value) throws Exception {
    byte[] out = new byte[codec.size(value, SIZES)];
    CodedOutputStream c = CodedOutputStream.newInstance(out);
    codec.write(value, c, SIZES);
    c.checkNoSpaceLeft();
    byte[] alone = new byte[codec.size(value)];
    CodedOutputStream a = CodedOutputStream.newInstance(alone);
    codec.write(value, a);
    a.checkNoSpaceLeft();
    assertThat(alone).as("one-off write of %s", value).isEqualTo(out);
    return out;
  }

  static Object decode(ProtobufEventCodec<Object> codec, byte[] bytes) throws Exception {
    return codec.read(new ProtobufReader().reset(bytes, 0, bytes.length));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void codecBytesEqualDynamicMessageBytesAndEachReadsTheOther(String event, long seed)
      throws Exception {
    ProtobufEventCodec<Object> codec = codec(event);
    Descriptor type = file(event).getMessageTypes().get(0);
    SeededValues values = new SeededValues(seed);
    for (int i = 0; i < EVENTS_PER_SEED; i++) {
      Object value = random(event, values);
      DynamicMessage expected = message(type, value);
      byte[] bytes = encode(codec, value);
      assertThat(bytes).as("%s seed %d #%d: %s", event, seed, i, value)
          .isEqualTo(expected.toByteArray());
      assertThat(DynamicMessage.parseFrom(type, bytes)).as("seed %d #%d", seed, i)
          .isEqualTo(expected);
      // the codec reads DynamicMessage's bytes into a value that writes them again
      Object read = decode(codec, expected.toByteArray());
      assertThat(encode(codec, read)).as("seed %d #%d: read %s", seed, i, read)
          .isEqualTo(expected.toByteArray());
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void codecReadsAWriterWithOneFieldMoreAndOneFieldLess(String event, long seed)
      throws Exception {
    ProtobufEventCodec<Object> codec = codec(event);
    FileDescriptor file = file(event);
    Descriptor type = file.getMessageTypes().get(0);
    Descriptor other = otherWriter(file);
    SeededValues values = new SeededValues(seed);
    for (int i = 0; i < EVENTS_PER_SEED; i++) {
      Object value = random(event, values);
      DynamicMessage theirs = message(other, value);
      // what our schema makes of their bytes: field 1 at its default, field 999 unknown
      DynamicMessage ours = DynamicMessage.parseFrom(type, theirs.toByteArray());
      byte[] canonical = known(ours).toByteArray();
      Object read = decode(codec, theirs.toByteArray());
      assertThat(encode(codec, read)).as("%s seed %d #%d: %s", event, seed, i, value)
          .isEqualTo(canonical);
    }
  }

  /** The message without the fields its descriptor does not know, at every level. */
  static DynamicMessage known(DynamicMessage m) {
    DynamicMessage.Builder b = m.toBuilder()
        .setUnknownFields(com.google.protobuf.UnknownFieldSet.getDefaultInstance());
    for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
      FieldDescriptor f = e.getKey();
      if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      if (f.isRepeated()) {
        b.clearField(f);
        for (Object o : (List<?>) e.getValue()) {
          b.addRepeatedField(f, known((DynamicMessage) o));
        }
      } else {
        b.setField(f, known((DynamicMessage) e.getValue()));
      }
    }
    return b.build();
  }

  /**
   * The event's message without its field 1 and with a new {@code string added_later = 999}; for
   * a sealed event, the same change to its first record.
   */
  private static Descriptor otherWriter(FileDescriptor file) throws Exception {
    FileDescriptorProto proto = file.toProto();
    Descriptor root = file.getMessageTypes().get(0);
    int changed = root.getRealOneofs().isEmpty() ? 0
        : root.getFields().get(0).getMessageType().getIndex();
    DescriptorProto m = proto.getMessageType(changed);
    DescriptorProto.Builder b = m.toBuilder().clearField();
    for (FieldDescriptorProto f : m.getFieldList()) {
      if (f.getNumber() != 1) {
        b.addField(f);
      }
    }
    b.addField(FieldDescriptorProto.newBuilder().setName("added_later").setNumber(999)
        .setType(FieldDescriptorProto.Type.TYPE_STRING)
        .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL));
    FileDescriptorProto changedProto = proto.toBuilder().setMessageType(changed, b).build();
    FileDescriptor f = FileDescriptor.buildFrom(changedProto,
        file.getDependencies().toArray(new FileDescriptor[0]));
    return f.getMessageTypes().get(0);
  }

  // ------------------------------------------------------------------ Java value -> DynamicMessage

  private static DynamicMessage message(Descriptor type, Object value) throws Exception {
    DynamicMessage.Builder b = DynamicMessage.newBuilder(type);
    if (!type.getOneofs().isEmpty() && type.getRealOneofs().size() == 1
        && type.getFields().stream().allMatch(f -> f.getRealContainingOneof() != null)) {
      // a sealed interface: the oneof member whose message is the record's
      String name = ((Class<?>) value.getClass()).getSimpleName();
      for (FieldDescriptor f : type.getFields()) {
        if (f.getMessageType().getName().equals(name)) {
          b.setField(f, message(f.getMessageType(), value));
          return b.build();
        }
      }
      throw new AssertionError("no oneof member for " + name + " in " + type.getFullName());
    }
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      FieldDescriptor f = type.findFieldByName(c.getName());
      if (f == null) {
        continue; // the other writer's missing field
      }
      Object v = c.getAccessor().invoke(value);
      if (v instanceof Optional<?> o) {
        v = o.orElse(null);
      }
      if (v == null) {
        continue;
      }
      if (f.isMapField()) {
        Descriptor entry = f.getMessageType();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          DynamicMessage.Builder eb = DynamicMessage.newBuilder(entry);
          eb.setField(entry.findFieldByNumber(1), e.getKey());
          eb.setField(entry.findFieldByNumber(2), single(entry.findFieldByNumber(2),
              e.getValue()));
          b.addRepeatedField(f, eb.build());
        }
      } else if (f.isRepeated()) {
        for (Object e : elements(v)) {
          b.addRepeatedField(f, single(f, e));
        }
      } else {
        b.setField(f, single(f, v));
      }
    }
    if (type.findFieldByNumber(999) != null) {
      b.setField(type.findFieldByNumber(999), "from a newer writer");
    }
    return b.build();
  }

  private static List<Object> elements(Object v) {
    List<Object> out = new ArrayList<>();
    if (v.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(v); i++) {
        out.add(Array.get(v, i));
      }
    } else {
      out.addAll((Collection<?>) v);
    }
    return out;
  }

  private static Object single(FieldDescriptor f, Object v) throws Exception {
    switch (f.getJavaType()) {
      case INT:
        if (v instanceof Character c) {
          return (int) c;
        }
        return ((Number) v).intValue();
      case LONG:
        return ((Number) v).longValue();
      case FLOAT:
      case DOUBLE:
      case BOOLEAN:
        return v;
      case STRING:
        if (v instanceof BigDecimal d) {
          return d.toPlainString();
        }
        return v.toString(); // String, CharSequence, UUID, char
      case BYTE_STRING:
        if (v instanceof ByteBuffer bb) {
          return ByteString.copyFrom(bb.duplicate());
        }
        return ByteString.copyFrom((byte[]) v);
      case ENUM:
        EnumDescriptor e = f.getEnumType();
        return e.findValueByNumber(((Enum<?>) v).ordinal() + 1);
      case MESSAGE:
        Descriptor m = f.getMessageType();
        switch (m.getFullName()) {
          case "google.protobuf.Timestamp": {
            Instant i = v instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC) : (Instant) v;
            return DynamicMessage.newBuilder(m)
                .setField(m.findFieldByName("seconds"), i.getEpochSecond())
                .setField(m.findFieldByName("nanos"), i.getNano()).build();
          }
          case "google.type.Date": {
            LocalDate d = (LocalDate) v;
            return DynamicMessage.newBuilder(m)
                .setField(m.findFieldByName("year"), d.getYear())
                .setField(m.findFieldByName("month"), d.getMonthValue())
                .setField(m.findFieldByName("day"), d.getDayOfMonth()).build();
          }
          case "google.type.TimeOfDay": {
            LocalTime t = (LocalTime) v;
            return DynamicMessage.newBuilder(m)
                .setField(m.findFieldByName("hours"), t.getHour())
                .setField(m.findFieldByName("minutes"), t.getMinute())
                .setField(m.findFieldByName("seconds"), t.getSecond())
                .setField(m.findFieldByName("nanos"), t.getNano()).build();
          }
          default:
            return message(m, v);
        }
      default:
        throw new AssertionError(f.getJavaType());
    }
  }
}
