package io.eventschema.protobuf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.protobuf.fixture.Order;
import io.eventschema.protobuf.fixture.OrderProtobufCodec;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Malformed messages are ProtobufDataExceptions naming the field, never another exception. */
class ProtobufReaderMalformedTest {

  private static Order read(byte[] bytes, int maxDepth) throws Exception {
    return OrderProtobufCodec.INSTANCE.read(
        new ProtobufReader(1000, maxDepth).reset(bytes, 0, bytes.length));
  }

  private static Order read(int... bytes) throws Exception {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return read(b, 1000);
  }

  @Test
  void aVarintThatNeverEndsNamesItsField() {
    assertThatThrownBy(() -> read(0x12, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff, 0x01))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("field 'customer'")
        .hasMessageContaining("malformed varint");
  }

  @Test
  void aVarintCutOffByTheEndNamesItsField() {
    assertThatThrownBy(() -> read(0x08, 0xff))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("field 'id'");
  }

  @Test
  void aWrongWireTypeNamesTheFieldAndBothTypes() {
    // field 1 (id, int64) sent length-delimited
    assertThatThrownBy(() -> read(0x0a, 0x01, 0x41))
        .isInstanceOf(ProtobufDataException.class)
        .hasMessage("field 'id': wire type 2 (length-delimited), but the field is varint");
  }

  @Test
  void aBadMemberOfAWellKnownMessageNamesFieldAndMember() {
    // field 5 (at, a Timestamp) holding seconds (1) length-delimited, then nanos (2) cut off
    assertThatThrownBy(() -> read(0x2a, 0x02, 0x0a, 0x00))
        .isInstanceOf(ProtobufDataException.class)
        .hasMessage("field 'at.seconds': wire type 2 (length-delimited), but the field is varint");
    assertThatThrownBy(() -> read(0x2a, 0x02, 0x10, 0xff))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("field 'at.nanos'");
  }

  @Test
  void anErrorInsideAListItemNamesItsIndex() throws Exception {
    // items of a repeated record field entered with their index, then one nested deeper
    byte[] bytes = {0x0a, 0x04, 0x12, 0x02, 0x08, 0x01};
    ProtobufReader in = new ProtobufReader().reset(bytes, 0, bytes.length);
    int items = in.enter(in.next(), "items", 3);
    int inner = in.enter(in.next(), "note");
    assertThat(in.error("sku", "bad").field()).isEqualTo("items[3].note.sku");
    in.exit(inner);
    assertThat(in.error("sku", "bad").field()).isEqualTo("items[3].sku");
    in.exit(items);
    assertThat(in.error("sku", "bad").field()).isEqualTo("sku");
  }

  @Test
  void aLengthPastTheEndNamesItsField() {
    // field 2 (customer) says 10 bytes, 1 follows
    assertThatThrownBy(() -> read(0x12, 0x0a, 0x41))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("field 'customer'")
        .hasMessageContaining("truncated");
  }

  @Test
  void aNestedLengthPastTheEndNamesItsField() {
    assertThatThrownBy(() -> read(0x32, 0x05, 0x08))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("field 'node'");
  }

  @Test
  void invalidUtf8InAStringIsRefused() {
    assertThatThrownBy(() -> read(0x12, 0x01, 0xff))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("field 'customer'")
        .hasMessageContaining("UTF-8");
  }

  @Test
  void aGroupIsRefused() {
    // field 9, start group
    assertThatThrownBy(() -> read(0x4b, 0x4c))
        .isInstanceOf(ProtobufDataException.class)
        .hasMessageContaining("field '#9'").hasMessageContaining("groups");
  }

  @Test
  void anInvalidWireTypeIsRefused() {
    assertThatThrownBy(() -> read(0x4e, 0x00))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("#9");
  }

  @Test
  void aTagOfFieldZeroIsRefused() {
    assertThatThrownBy(() -> read(0x00, 0x00))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("bad field tag");
  }

  @Test
  void aMissingRecordFieldIsNamed() {
    assertThatThrownBy(() -> read(0x08, 0x01))
        .isInstanceOf(ProtobufDataException.class)
        .hasMessageContaining("field 'at'").hasMessageContaining("missing");
  }

  @Test
  void unknownFieldsOfEveryWireTypeAreSkipped() throws Exception {
    Order o = new Order(5, "c", List.of(1, 2), Optional.of("n"), Instant.ofEpochSecond(9, 3),
        new Order.Node(1, null));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xf8, 0x01, 0x7f}); // field 31 varint
    b.write(new byte[] {(byte) 0xf9, 0x01, 1, 2, 3, 4, 5, 6, 7, 8}); // fixed64
    b.write(new byte[] {(byte) 0xfa, 0x01, 0x02, 0x41, 0x42}); // length-delimited
    b.write(new byte[] {(byte) 0xfd, 0x01, 1, 2, 3, 4}); // fixed32
    b.write(ProtobufCodecOracleTest.encode(o));
    assertThat(read(b.toByteArray(), 1000)).isEqualTo(o);
  }

  @Test
  void nestingPastTheDepthBoundNamesThePathAndTheKey() throws Exception {
    Order.Node node = null;
    for (int i = 0; i < 6; i++) {
      node = new Order.Node(i, node);
    }
    Order o = new Order(1, "", List.of(), Optional.empty(), Instant.EPOCH, node);
    byte[] bytes = ProtobufCodecOracleTest.encode(o);
    assertThat(read(bytes, 6)).isEqualTo(o);
    assertThatThrownBy(() -> read(bytes, 5))
        .isInstanceOf(ProtobufDataException.class)
        .hasMessageContaining("field 'node.next.next.next.next.next'")
        .hasMessageContaining("eventschema.max.depth");
  }

  @Test
  void tooManyItemsAreRefused() throws Exception {
    Order o = new Order(1, "", List.of(1, 2, 3, 4), Optional.empty(), Instant.EPOCH,
        new Order.Node(0, null));
    byte[] bytes = ProtobufCodecOracleTest.encode(o);
    assertThatThrownBy(() -> OrderProtobufCodec.INSTANCE.read(
        new ProtobufReader(3, 10).reset(bytes, 0, bytes.length)))
        .isInstanceOf(ProtobufDataException.class).hasMessageContaining("quantities")
        .hasMessageContaining("eventschema.max.items");
  }

  @Test
  void randomBytesGiveOnlyProtobufDataExceptions() {
    long seed = Long.getLong("eventschema.seed", System.nanoTime());
    Random r = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      byte[] b;
      if (r.nextBoolean()) {
        b = new byte[r.nextInt(40)];
        r.nextBytes(b);
      } else { // a valid message with one byte changed or cut short
        try {
          b = ProtobufCodecOracleTest.encode(ProtobufCodecOracleTest.randomOrder(r));
        } catch (Exception e) {
          throw new AssertionError(e);
        }
        if (b.length > 0 && r.nextBoolean()) {
          b[r.nextInt(b.length)] = (byte) r.nextInt();
        } else {
          b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
        }
      }
      byte[] input = b;
      try {
        read(input, 20);
      } catch (ProtobufDataException expected) {
        // the one failure allowed
      } catch (Throwable t) {
        throw new AssertionError("seed " + seed + ", input " + java.util.HexFormat.of()
            .formatHex(input), t);
      }
    }
  }
}
