package io.eventschema.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Timestamp;
import com.google.protobuf.TimestampProto;
import io.eventschema.protobuf.fixture.Order;
import io.eventschema.protobuf.fixture.OrderProtobufCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec's bytes against protobuf-java's DynamicMessage (the independent oracle), for random
 * events: equal bytes for the same values, and the codec reads what DynamicMessage writes, also
 * from a writer with one field more (skipped) and one field less (defaulted).
 */
class ProtobufCodecOracleTest {
  static final Descriptor ORDER;
  static final Descriptor NODE;
  /** The writer with one field more ({@code string extra = 7}) and one less (no {@code customer}). */
  static final Descriptor OTHER_ORDER;

  static {
    try {
      ORDER = file(false).findMessageTypeByName("Order");
      NODE = ORDER.getFile().findMessageTypeByName("Node");
      OTHER_ORDER = file(true).findMessageTypeByName("Order");
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static FileDescriptor file(boolean other) throws Exception {
    DescriptorProto.Builder order = DescriptorProto.newBuilder().setName("Order")
        .addField(field("id", 1, Type.TYPE_INT64));
    if (!other) {
      order.addField(field("customer", 2, Type.TYPE_STRING));
    }
    order.addField(field("quantities", 3, Type.TYPE_INT32).setLabel(Label.LABEL_REPEATED))
        .addField(field("note", 4, Type.TYPE_STRING).setProto3Optional(true).setOneofIndex(0))
        .addField(field("at", 5, Type.TYPE_MESSAGE).setTypeName(".google.protobuf.Timestamp"))
        .addField(field("node", 6, Type.TYPE_MESSAGE).setTypeName(".shop.Node"))
        .addOneofDecl(OneofDescriptorProto.newBuilder().setName("_note"));
    if (other) {
      order.addField(field("extra", 7, Type.TYPE_STRING));
    }
    DescriptorProto node = DescriptorProto.newBuilder().setName("Node")
        .addField(field("value", 1, Type.TYPE_INT32))
        .addField(field("next", 2, Type.TYPE_MESSAGE).setTypeName(".shop.Node")).build();
    FileDescriptorProto proto = FileDescriptorProto.newBuilder().setName("shop/Order.proto")
        .setPackage("shop").setSyntax("proto3")
        .addDependency("google/protobuf/timestamp.proto")
        .addMessageType(order).addMessageType(node).build();
    return FileDescriptor.buildFrom(proto,
        new FileDescriptor[] {TimestampProto.getDescriptor()});
  }

  private static FieldDescriptorProto.Builder field(String name, int number, Type type) {
    return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
        .setLabel(Label.LABEL_OPTIONAL);
  }

  static Stream<Long> seeds() {
    long base = Long.getLong("eventschema.seed", System.nanoTime());
    return LongStream.range(0, 200).mapToObj(i -> base + i);
  }

  static Order randomOrder(Random r) {
    List<Integer> q = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      q.add(r.nextBoolean() ? r.nextInt() : r.nextInt(3) - 1);
    }
    Order.Node node = null;
    for (int i = r.nextInt(4); i >= 0; i--) {
      node = new Order.Node(r.nextBoolean() ? 0 : r.nextInt(), node);
    }
    return new Order(r.nextInt(3) == 0 ? 0 : r.nextLong(), r.nextBoolean() ? "" : text(r),
        q, r.nextBoolean() ? Optional.empty() : Optional.of(r.nextBoolean() ? "" : text(r)),
        Instant.ofEpochSecond(r.nextInt(3) == 0 ? 0 : r.nextLong() % 253_402_300_799L,
            r.nextBoolean() ? 0 : r.nextInt(1_000_000_000)), node);
  }

  static String text(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(8); i >= 0; i--) {
      b.appendCodePoint(switch (r.nextInt(3)) {
        case 0 -> 'a' + r.nextInt(26);
        case 1 -> 0x00e0 + r.nextInt(100);
        default -> 0x1f600 + r.nextInt(50);
      });
    }
    return b.toString();
  }

  static DynamicMessage dynamic(Order o, Descriptor type) {
    DynamicMessage.Builder b = DynamicMessage.newBuilder(type);
    b.setField(type.findFieldByName("id"), o.id());
    if (type.findFieldByName("customer") != null) {
      b.setField(type.findFieldByName("customer"), o.customer());
    }
    for (Integer q : o.quantities()) {
      b.addRepeatedField(type.findFieldByName("quantities"), q);
    }
    o.note().ifPresent(n -> b.setField(type.findFieldByName("note"), n));
    b.setField(type.findFieldByName("at"), Timestamp.newBuilder()
        .setSeconds(o.at().getEpochSecond()).setNanos(o.at().getNano()).build());
    b.setField(type.findFieldByName("node"), dynamic(o.node()));
    if (type.findFieldByName("extra") != null) {
      b.setField(type.findFieldByName("extra"), "from a newer writer");
    }
    return b.build();
  }

  static DynamicMessage dynamic(Order.Node n) {
    DynamicMessage.Builder b = DynamicMessage.newBuilder(NODE);
    b.setField(NODE.findFieldByName("value"), n.value());
    if (n.next() != null) {
      b.setField(NODE.findFieldByName("next"), dynamic(n.next()));
    }
    return b.build();
  }

  static byte[] encode(Order o) throws Exception {
    int size = OrderProtobufCodec.INSTANCE.size(o);
    byte[] out = new byte[size];
    CodedOutputStream c = CodedOutputStream.newInstance(out);
    OrderProtobufCodec.INSTANCE.write(o, c);
    c.checkNoSpaceLeft();
    return out;
  }

  static Order decode(byte[] bytes) throws Exception {
    return OrderProtobufCodec.INSTANCE.read(new ProtobufReader().reset(bytes, 0, bytes.length));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void codecWritesTheBytesDynamicMessageWrites(long seed) throws Exception {
    Order o = randomOrder(new Random(seed));
    assertThat(encode(o)).as("seed %d: %s", seed, o).isEqualTo(dynamic(o, ORDER).toByteArray());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void codecReadsWhatDynamicMessageWrites(long seed) throws Exception {
    Order o = randomOrder(new Random(seed));
    assertThat(decode(dynamic(o, ORDER).toByteArray())).as("seed %d", seed).isEqualTo(o);
    // and DynamicMessage reads what the codec writes
    assertThat(DynamicMessage.parseFrom(ORDER, encode(o))).as("seed %d", seed)
        .isEqualTo(dynamic(o, ORDER));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void codecReadsAWriterWithOneFieldMoreAndOneLess(long seed) throws Exception {
    Order o = randomOrder(new Random(seed));
    Order read = decode(dynamic(o, OTHER_ORDER).toByteArray());
    assertThat(read).as("seed %d", seed)
        .isEqualTo(new Order(o.id(), "", o.quantities(), o.note(), o.at(), o.node()));
  }
}
