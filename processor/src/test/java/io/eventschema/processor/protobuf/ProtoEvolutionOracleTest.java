package io.eventschema.processor.protobuf;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.eventschema.processor.EventProcessor;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.protobuf.ProtobufEventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The changes the Protobuf history check accepts really are wire-compatible: for each accepted
 * change, the old version's .proto is compiled by the real protoc, protobuf-java's DynamicMessage
 * writes seeded random messages with that old descriptor, and the new version's generated codec
 * reads them. Field by field (by number), every value the old writer wrote is what protobuf-java
 * reads with the new descriptor, widened (int32 to int64, bool to 0/1, string to its UTF-8 bytes)
 * and nothing else lost; and the codec's reading, written again, is exactly protobuf-java's reading
 * of the same bytes. The new .proto, with the reserved statements the check added, compiles with
 * protoc too. A refused narrowing is shown to lose values through the same comparison.
 */
class ProtoEvolutionOracleTest {
  private static final int MESSAGES_PER_SEED = 60;
  private static final String PKG = "com.acme.evo";

  @TempDir
  Path history;

  /** Old and new versions of one event, the new one accepted against the old one's .proto. */
  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("widened scalars, a removed field, an added field", "Order",
            "public record Order(int n, boolean flag, boolean big, String text,\n"
                + "    List<Integer> counts, Map<String, Integer> totals, Optional<Integer> maybe,\n"
                + "    String gone) {}",
            "public record Order(long n, int flag, long big, byte[] text,\n"
                + "    List<Long> counts, Map<String, Long> totals, Optional<Long> maybe,\n"
                + "    @ProtoField(9) Optional<String> added) {}"),
        Arguments.of("a renamed nested record, an appended enum constant, a kept time,"
                + " a rename keeping its schema name", "Order",
            "public record Order(long id, Order.Line line, List<Order.Line> lines,\n"
                + "    Order.Status status, Instant at, String customer) {\n"
                + "  public record Line(String sku, int qty) {}\n"
                + "  public enum Status { NEW, PAID }\n"
                + "}",
            "public record Order(long id, Order.Item line, List<Order.Item> lines,\n"
                + "    Order.Status status, Instant at, @AvroName(\"customer\") String buyer) {\n"
                + "  public record Item(String sku, long qty) {}\n"
                + "  public enum Status { NEW, PAID, SHIPPED }\n"
                + "}"),
        Arguments.of("a sealed event: a widened branch field, a branch appended", "Shape",
            "public sealed interface Shape permits Shape.Circle, Shape.Square {\n"
                + "  record Circle(int radius) implements Shape {}\n"
                + "  record Square(int side, String label) implements Shape {}\n"
                + "}",
            "public sealed interface Shape permits Shape.Circle, Shape.Square, Shape.Dot {\n"
                + "  record Circle(long radius) implements Shape {}\n"
                + "  record Square(int side) implements Shape {}\n"
                + "  record Dot(boolean big) implements Shape {}\n"
                + "}"));
  }

  private static com.google.testing.compile.Compilation compile(String name, String body,
      List<String> options) {
    List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:none"));
    all.addAll(options);
    return javac().withProcessors(new EventProcessor()).withOptions(all)
        .compile(JavaFileObjects.forSourceString(PKG + "." + name, "package " + PKG + ";\n\n"
            + "import io.eventschema.*;\n"
            + "import java.time.*;\n"
            + "import java.util.*;\n\n"
            + "@Event(formats = Format.PROTOBUF)\n" + body + "\n"));
  }

  private static String proto(Compilation c, String name) {
    try {
      return c.generatedFile(StandardLocation.CLASS_OUTPUT,
              "META-INF/protobuf/" + PKG.replace('.', '/') + "/" + name + ".proto")
          .orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Descriptor descriptor(String name, String text) {
    Protoc.Result r = Protoc.compile(PKG.replace('.', '/') + "/" + name + ".proto", text);
    assertThat(r.exit()).as("protoc on\n%s\n%s", text, r.output()).isZero();
    return r.file().findMessageTypeByName(name);
  }

  /** Releases {@code oldBody} as v1 and compiles {@code newBody} against it. */
  private Compilation evolve(String name, String oldBody, String newBody, Descriptor[] oldOut) {
    Compilation v1 = compile(name, oldBody, List.of());
    assertThat(v1).succeeded();
    String oldProto = proto(v1, name);
    oldOut[0] = descriptor(name, oldProto);
    try {
      Path folder = Files.createDirectories(history.resolve(PKG + "." + name));
      Files.writeString(folder.resolve("v1.proto"), oldProto, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compile(name, newBody, List.of("-Aeventschema.history=" + history));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  @SuppressWarnings("unchecked")
  void bytesAnOldWriterWroteReadThroughTheNewCodecLoseNothing(String change, String name,
      String oldBody, String newBody) throws Exception {
    Descriptor[] old = new Descriptor[1];
    Compilation v2 = evolve(name, oldBody, newBody, old);
    assertThat(v2).succeeded();
    Descriptor now = descriptor(name, proto(v2, name));
    ProtobufEventCodec<Object> codec = (ProtobufEventCodec<Object>) new CompiledClasses(v2)
        .load(PKG + "." + name + "ProtobufCodec").getField("INSTANCE").get(null);
    long seed = Long.getLong("eventschema.seed", 4242L + change.hashCode());
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < MESSAGES_PER_SEED; i++) {
      DynamicMessage written = randomMessage(old[0], random, 0);
      byte[] bytes = written.toByteArray();
      DynamicMessage read = DynamicMessage.parseFrom(now, bytes);
      String where = change + ", seed " + seed + " #" + i + ": " + written;
      assertSameValues(written, read, where);
      Object value = ProtobufOracleTest.decode(codec, bytes);
      assertThat(ProtobufOracleTest.encode(codec, value)).as(where + "\nread as " + value)
          .isEqualTo(ProtobufOracleTest.known(read).toByteArray());
    }
  }

  @Test
  void aNarrowingTheCheckRefusesLosesValuesOnTheWire() throws Exception {
    Descriptor[] old = new Descriptor[1];
    Compilation v2 = evolve("Order", "public record Order(long n) {}",
        "public record Order(int n) {}", old);
    assertThat(v2).hadErrorContaining("[EVS320] field 'n' (number 1) breaks BACKWARD");
    Descriptor now = descriptor("Order", "syntax = \"proto3\";\npackage " + PKG
        + ";\nmessage Order { int32 n = 1; }\n");
    DynamicMessage written = DynamicMessage.newBuilder(old[0])
        .setField(old[0].findFieldByName("n"), 1L << 33 | 5).build();
    DynamicMessage read = DynamicMessage.parseFrom(now, written.toByteArray());
    assertThat(read.getField(now.findFieldByName("n"))).isEqualTo(5);
    assertThat(differences(written, read)).isNotEmpty();
  }

  private static void assertSameValues(DynamicMessage written, DynamicMessage read,
      String where) {
    assertThat(differences(written, read)).as(where).isEmpty();
  }

  /**
   * Where {@code read} (another descriptor) does not hold what {@code written} holds, comparing
   * the fields the two share by number; a field only {@code read} has must be unset.
   */
  static List<String> differences(DynamicMessage written, DynamicMessage read) {
    List<String> out = new ArrayList<>();
    for (FieldDescriptor r : read.getDescriptorForType().getFields()) {
      FieldDescriptor w = written.getDescriptorForType().findFieldByNumber(r.getNumber());
      if (w == null) {
        if (r.isRepeated() ? read.getRepeatedFieldCount(r) != 0 : read.hasField(r)) {
          out.add(r.getName() + " is set but was never written");
        }
        continue;
      }
      if (r.hasPresence() && read.hasField(r) != written.hasField(w)) {
        out.add(r.getName() + ": presence " + written.hasField(w) + " read as " + read.hasField(r));
        continue;
      }
      Object wv = written.getField(w);
      Object rv = read.getField(r);
      if (r.isRepeated()) {
        List<?> wl = (List<?>) wv;
        List<?> rl = (List<?>) rv;
        if (wl.size() != rl.size()) {
          out.add(r.getName() + ": " + wl.size() + " items read as " + rl.size());
          continue;
        }
        for (int i = 0; i < wl.size(); i++) {
          same(r.getName() + "[" + i + "]", wl.get(i), rl.get(i), out);
        }
      } else {
        same(r.getName(), wv, rv, out);
      }
    }
    return out;
  }

  private static void same(String field, Object written, Object read, List<String> out) {
    if (written instanceof DynamicMessage wm && read instanceof DynamicMessage rm) {
      differences(wm, rm).forEach(d -> out.add(field + "." + d));
      return;
    }
    Object w = widened(written);
    Object r = widened(read);
    if (w instanceof byte[] wb && r instanceof byte[] rb) {
      if (!java.util.Arrays.equals(wb, rb)) {
        out.add(field + ": bytes differ");
      }
    } else if (!w.equals(r)) {
      out.add(field + ": " + written + " read as " + read);
    }
  }

  /** A value in the widest form a widening keeps: integers and bools as long, text as bytes. */
  private static Object widened(Object v) {
    if (v instanceof Integer i) {
      return i.longValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (v instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    if (v instanceof ByteString b) {
      return b.toByteArray();
    }
    if (v instanceof EnumValueDescriptor e) {
      return (long) e.getNumber();
    }
    return v;
  }

  /**
   * A random message of {@code type} as an old eventschema writer could write it: every message
   * field set (the codec requires non-null records and times), one member of each oneof, enums
   * never at 0 (UNSPECIFIED), optional fields sometimes absent, up to three items and entries.
   */
  static DynamicMessage randomMessage(Descriptor type, SplittableRandom random, int depth) {
    DynamicMessage.Builder b = DynamicMessage.newBuilder(type);
    if (type.getFullName().equals("google.protobuf.Timestamp")) {
      return b.setField(type.findFieldByName("seconds"), random.nextLong(-62135596800L,
              253402300799L))
          .setField(type.findFieldByName("nanos"), random.nextInt(1_000_000_000)).build();
    }
    for (OneofDescriptor o : type.getRealOneofs()) {
      FieldDescriptor f = o.getField(random.nextInt(o.getFieldCount()));
      b.setField(f, randomValue(f, random, depth));
    }
    for (FieldDescriptor f : type.getFields()) {
      if (f.getRealContainingOneof() != null) {
        continue;
      }
      if (f.isMapField()) {
        Descriptor entry = f.getMessageType();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.addRepeatedField(f, DynamicMessage.newBuilder(entry)
              .setField(entry.findFieldByName("key"), "k" + i)
              .setField(entry.findFieldByName("value"),
                  randomValue(entry.findFieldByName("value"), random, depth)).build());
        }
      } else if (f.isRepeated()) {
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          b.addRepeatedField(f, randomValue(f, random, depth));
        }
      } else if (!f.hasPresence() || f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          || random.nextInt(3) > 0) {
        b.setField(f, randomValue(f, random, depth));
      }
    }
    return b.build();
  }

  private static Object randomValue(FieldDescriptor f, SplittableRandom random, int depth) {
    return switch (f.getJavaType()) {
      case INT -> random.nextInt(4) == 0 ? 0 : random.nextInt();
      case LONG -> random.nextInt(4) == 0 ? 0L : random.nextLong();
      case BOOLEAN -> random.nextBoolean();
      case FLOAT -> (float) random.nextDouble();
      case DOUBLE -> random.nextDouble();
      case STRING -> text(random);
      case BYTE_STRING -> ByteString.copyFromUtf8(text(random));
      case ENUM -> f.getEnumType().getValues().get(1 + random.nextInt(
          f.getEnumType().getValues().size() - 1));
      case MESSAGE -> randomMessage(f.getMessageType(), random, depth + 1);
    };
  }

  /** Up to 8 code points: ASCII, Latin, CJK and astral ones. */
  private static String text(SplittableRandom random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(9);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(4);
      int cp = switch (kind) {
        case 0 -> 'a' + random.nextInt(26);
        case 1 -> 0xC0 + random.nextInt(0x100);
        case 2 -> 0x4E00 + random.nextInt(0x5000);
        default -> 0x1F600 + random.nextInt(0x40);
      };
      s.appendCodePoint(cp);
    }
    return s.toString();
  }
}
