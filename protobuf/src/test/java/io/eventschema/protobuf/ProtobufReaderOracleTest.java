package io.eventschema.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ProtobufReader} decodes the wire itself; protobuf-java's {@link CodedInputStream} is the
 * oracle. For random messages (every wire type, varints of every length, strings valid and not,
 * and the same bytes cut short or with bytes changed) both read in lockstep: the same tags, the
 * same values, and a failure at the same field. And a decimal read from its bytes is what the
 * text path reads, or the same error.
 */
class ProtobufReaderOracleTest {

  static Stream<Long> seeds() {
    long base = Long.getLong("eventschema.seed", System.nanoTime());
    return LongStream.range(0, 400).mapToObj(i -> base + i);
  }

  private static long varintValue(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> r.nextInt(128);
      case 1 -> r.nextInt();
      case 2 -> -1 - r.nextInt(1000);
      default -> r.nextLong() >> r.nextInt(64);
    };
  }

  static byte[] message(Random r) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    for (int i = r.nextInt(12); i >= 0; i--) {
      int number = r.nextBoolean() ? 1 + r.nextInt(15) : 1 + r.nextInt(100_000);
      switch (r.nextInt(5)) {
        case 0 -> out.writeInt64(number, varintValue(r));
        case 1 -> out.writeFixed64(number, r.nextLong());
        case 2 -> out.writeFixed32(number, r.nextInt());
        case 3 -> out.writeString(number, ProtobufCodecOracleTest.text(r));
        default -> {
          byte[] b = new byte[r.nextInt(r.nextBoolean() ? 5 : 300)];
          r.nextBytes(b); // as a string: mostly not UTF-8
          out.writeByteArray(number, b);
        }
      }
    }
    out.flush();
    byte[] b = bytes.toByteArray();
    switch (r.nextInt(4)) {
      case 0 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1)); // cut short
      case 1 -> {
        for (int i = r.nextInt(3); i >= 0 && b.length > 0; i--) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
      }
      default -> { }
    }
    return b;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsWhatCodedInputStreamReadsAndFailsWhereItFails(long seed) throws IOException {
    Random r = new Random(seed);
    byte[] message = message(r);
    // a message in the middle of a larger array, as in a framed payload
    byte[] data = new byte[message.length + 7];
    System.arraycopy(message, 0, data, 3, message.length);
    ProtobufReader ours = new ProtobufReader().reset(data, 3, message.length);
    CodedInputStream theirs = CodedInputStream.newInstance(data, 3, message.length);
    for (int step = 0; ; step++) {
      String at = "seed " + seed + ", step " + step + ", bytes " + Arrays.toString(message);
      Object expected;
      int tag;
      try {
        tag = theirs.readTag();
      } catch (InvalidProtocolBufferException e) {
        assertThatThrownBy(ours::next).as(at).isInstanceOf(ProtobufDataException.class);
        return;
      }
      assertThat(ours.next()).as(at).isEqualTo(tag);
      if (tag == 0) {
        return;
      }
      int type = WireFormat.getTagWireType(tag);
      if (type == WireFormat.WIRETYPE_START_GROUP || type == WireFormat.WIRETYPE_END_GROUP
          || type > WireFormat.WIRETYPE_FIXED32) {
        // groups protobuf-java skips, and ours refuses; invalid wire types both refuse
        assertThatThrownBy(() -> ours.skip(tag)).as(at).isInstanceOf(ProtobufDataException.class);
        return;
      }
      int how = r.nextInt(3);
      int start = theirs.getTotalBytesRead();
      try {
        expected = read(theirs, tag, how);
      } catch (InvalidProtocolBufferException e) {
        assertThatThrownBy(() -> read(ours, tag, how)).as(at)
            .isInstanceOf(ProtobufDataException.class);
        return;
      }
      if (type == WireFormat.WIRETYPE_VARINT && how == 1
          && theirs.getTotalBytesRead() - start == 10 && message[start + 9] < 0) {
        // the one place where they differ on purpose: a varint whose tenth byte says more
        // follow is malformed (protobuf-java's skipField and its slow path refuse it, as Go's
        // protowire does), but the fast path of protobuf-java's readInt64 (array, stream and
        // buffer decoders alike) reads its ten bytes and stops there
        assertThatThrownBy(() -> read(ours, tag, how)).as(at)
            .isInstanceOf(ProtobufDataException.class).hasMessageContaining("more than ten bytes");
        return;
      }
      assertThat(read(ours, tag, how)).as(at).isEqualTo(expected);
    }
  }

  /** One field's value by protobuf-java: {@code how} picks a typed read or a skip. */
  private static Object read(CodedInputStream in, int tag, int how) throws IOException {
    if (how == 0) {
      in.skipField(tag);
      return "skipped";
    }
    return switch (WireFormat.getTagWireType(tag)) {
      case WireFormat.WIRETYPE_VARINT -> how == 1 ? (Object) in.readInt64()
          : (Object) in.readInt32();
      case WireFormat.WIRETYPE_FIXED64 -> Double.doubleToRawLongBits(in.readDouble());
      case WireFormat.WIRETYPE_FIXED32 -> Float.floatToRawIntBits(in.readFloat());
      case WireFormat.WIRETYPE_LENGTH_DELIMITED -> how == 1 ? in.readStringRequireUtf8()
          : Arrays.toString(in.readByteArray());
      default -> throw new IllegalStateException("wire type " + tag);
    };
  }

  private static Object read(ProtobufReader in, int tag, int how) throws IOException {
    if (how == 0) {
      in.skip(tag);
      return "skipped";
    }
    return switch (WireFormat.getTagWireType(tag)) {
      case WireFormat.WIRETYPE_VARINT -> how == 1 ? (Object) in.int64(tag, "f")
          : (Object) in.int32(tag, "f");
      case WireFormat.WIRETYPE_FIXED64 -> Double.doubleToRawLongBits(in.float64(tag, "f"));
      case WireFormat.WIRETYPE_FIXED32 -> Float.floatToRawIntBits(in.float32(tag, "f"));
      case WireFormat.WIRETYPE_LENGTH_DELIMITED -> how == 1 ? in.string(tag, "f")
          : Arrays.toString(in.bytes(tag, "f"));
      default -> throw new IllegalStateException("wire type " + tag);
    };
  }

  private static String decimalText(Random r) {
    if (r.nextInt(4) == 0) {
      return new BigDecimal(new java.math.BigInteger(r.nextInt(70), r),
          r.nextInt(12) - 2).toPlainString();
    }
    StringBuilder b = new StringBuilder();
    String alphabet = r.nextInt(3) == 0 ? "0123456789.-+e " : "0123456789.";
    if (r.nextBoolean()) {
      b.append('-');
    }
    for (int i = r.nextInt(22); i >= 0; i--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDecimalFromItsBytesIsWhatTheTextPathReads(long seed) throws IOException {
    Random r = new Random(seed);
    for (int i = 0; i < 50; i++) {
      String text = decimalText(r);
      int precision = 1 + r.nextInt(20);
      int scale = r.nextInt(Math.min(precision, 6) + 1);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.writeString(11, text);
      out.writeInt32(12, 7); // the field after it
      out.flush();
      byte[] b = bytes.toByteArray();
      String at = "seed " + seed + ": '" + text + "' as decimal(" + precision + ", " + scale + ")";
      BigDecimal expected;
      try {
        expected = ProtobufCodecs.decimal(new ProtobufReader(), text, precision, scale, "total");
      } catch (ProtobufDataException e) {
        ProtobufReader in = new ProtobufReader().reset(b, 0, b.length);
        int tag = in.next();
        assertThatThrownBy(() -> ProtobufCodecs.readDecimal(in, tag, precision, scale, "total"))
            .as(at).isInstanceOf(ProtobufDataException.class).hasMessage(e.getMessage());
        continue;
      }
      ProtobufReader in = new ProtobufReader().reset(b, 0, b.length);
      BigDecimal read = ProtobufCodecs.readDecimal(in, in.next(), precision, scale, "total");
      assertThat(read).as(at).isEqualTo(expected);
      assertThat(read.scale()).as(at).isEqualTo(scale);
      assertThat(in.int32(in.next(), "next")).as(at).isEqualTo(7);
      assertThat(in.next()).isZero();
    }
  }
}
