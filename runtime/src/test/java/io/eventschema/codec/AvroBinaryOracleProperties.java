package io.eventschema.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.testing.Gen;
import io.eventschema.testing.SeededTest;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * Avro is the oracle: {@link AvroOutput} writes exactly the bytes of Avro's own binary encoder for
 * every primitive, and {@link AvroInput} reads back what Avro's encoder wrote.
 */
class AvroBinaryOracleProperties {

  /** One value of each kind, written in sequence, as a record's fields are. */
  record Values(boolean b, int i, long l, float f, double d, String s, byte[] bytes,
      List<String> items, Map<String, Long> map, int enumIndex) {}

  /**
   * Values of every kind. Surrogates are covered by stringsWithUnpairedSurrogatesEncodeAsAvroDoes:
   * an unpaired one is written as '?' (as Avro does), so it cannot read back as itself.
   */
  static Values values(Gen gen) {
    Function<Gen, String> strings = g -> g.anyString(40).replaceAll("[\\uD800-\\uDFFF]", "x");
    return new Values(gen.bool(), gen.ints(), gen.longs(), gen.floats(), gen.doubles(),
        strings.apply(gen), gen.byteArray(40), gen.listOf(5, strings),
        gen.mapOf(4, strings, Gen::longs), gen.ints(0, 1000));
  }

  private static void write(Values v, Encoder out) throws IOException {
    out.writeBoolean(v.b());
    out.writeInt(v.i());
    out.writeLong(v.l());
    out.writeFloat(v.f());
    out.writeDouble(v.d());
    out.writeString(v.s());
    out.writeBytes(v.bytes());
    out.writeArrayStart();
    out.setItemCount(v.items().size());
    for (String item : v.items()) {
      out.startItem();
      out.writeString(item);
    }
    out.writeArrayEnd();
    out.writeMapStart();
    out.setItemCount(v.map().size());
    for (Map.Entry<String, Long> e : v.map().entrySet()) {
      out.startItem();
      out.writeString(e.getKey());
      out.writeLong(e.getValue());
    }
    out.writeMapEnd();
    out.writeEnum(v.enumIndex());
    out.writeIndex(v.enumIndex() % 3);
    out.writeNull();
    out.writeFixed(v.bytes());
  }

  private static byte[] avroBytes(Values v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(bytes, null);
    write(v, enc);
    enc.flush();
    return bytes.toByteArray();
  }

  @SeededTest(tries = 500)
  void writesTheBytesAvroWrites(long seed) throws IOException {
    Values v = values(new Gen(seed));
    AvroOutput out = new AvroOutput(16);
    write(v, out);
    assertThat(out.toByteArray()).isEqualTo(avroBytes(v));
  }

  @SeededTest(tries = 500)
  void readsWhatAvroWrote(long seed) throws IOException {
    Values v = values(new Gen(seed));
    byte[] bytes = avroBytes(v);
    AvroInput in = new AvroInput().reset(bytes, 0, bytes.length);
    BinaryDecoder avro = DecoderFactory.get().binaryDecoder(bytes, null);

    assertThat(in.readBoolean()).isEqualTo(avro.readBoolean());
    assertThat(in.readInt()).isEqualTo(avro.readInt());
    assertThat(in.readLong()).isEqualTo(avro.readLong());
    assertThat(Float.floatToRawIntBits(in.readFloat()))
        .isEqualTo(Float.floatToRawIntBits(avro.readFloat()));
    assertThat(Double.doubleToRawLongBits(in.readDouble()))
        .isEqualTo(Double.doubleToRawLongBits(avro.readDouble()));
    assertThat(in.readString()).isEqualTo(avro.readString());
    assertThat(in.readByteArray()).isEqualTo(toArray(avro.readBytes(null)));
    assertThat(readStrings(in)).containsExactlyElementsOf(v.items());
    assertThat(avro.readArrayStart()).isEqualTo(v.items().size());
    for (int i = 0; i < v.items().size(); i++) {
      avro.skipString();
    }
    avro.arrayNext();
    long n = in.readMapStart();
    int seen = 0;
    for (; n != 0; n = in.mapNext()) {
      for (long i = 0; i < n; i++, seen++) {
        String key = in.readString();
        assertThat(v.map()).containsEntry(key, in.readLong());
      }
    }
    assertThat(seen).isEqualTo(v.map().size());
    assertThat(in.readEnum()).isEqualTo(v.enumIndex());
    assertThat(in.readIndex()).isEqualTo(v.enumIndex() % 3);
    in.readNull();
    byte[] fixed = new byte[v.bytes().length];
    in.readFixed(fixed);
    assertThat(fixed).isEqualTo(v.bytes());
    assertThat(in.isEnd()).isTrue();
  }

  private static List<String> readStrings(AvroInput in) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    for (long n = in.readArrayStart(); n != 0; n = in.arrayNext()) {
      for (long i = 0; i < n; i++) {
        out.add(in.readString());
      }
    }
    return out;
  }

  private static byte[] toArray(ByteBuffer b) {
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  @SeededTest(tries = 1000)
  void stringsWithUnpairedSurrogatesEncodeAsAvroDoes(long seed) throws IOException {
    String s = new Gen(seed).stringOf(12, 'a', 'é', '€', '\uD83D', '\uDE00', '\uDBFF', '\uDC00',
        '\u0000');
    AvroOutput out = new AvroOutput(4);
    out.writeString(s);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(bytes, null);
    enc.writeString(s);
    enc.flush();
    assertThat(out.toByteArray()).isEqualTo(bytes.toByteArray());
  }

  @SeededTest(tries = 1000)
  void instantsConvertAsAvroTimestampMicrosDoes(long seed) {
    Gen gen = new Gen(seed);
    Instant instant = Instant.ofEpochSecond(gen.longs(-9_000_000_000_000L, 9_000_000_000_000L),
        gen.ints(0, 999_999_999));
    TimeConversions.TimestampMicrosConversion avro = new TimeConversions.TimestampMicrosConversion();
    long micros = Codecs.toEpochMicros(instant);
    assertThat(micros).isEqualTo(avro.toLong(instant, null, null));
    assertThat(Codecs.fromEpochMicros(micros)).isEqualTo(avro.fromLong(micros, null, null));
  }

  @Test
  void reportsWhereThePayloadEnds() {
    byte[] bytes = {2, 'a'}; // a string of length 1, then a long that is not there
    AvroInput in = new AvroInput().reset(bytes, 0, bytes.length);
    assertThatThrownBy(() -> {
      in.readString();
      in.readLong();
    }).isInstanceOf(EOFException.class).hasMessageContaining("at byte 2");
  }

  @Test
  void rejectsOverlongVarints() {
    byte[] bytes = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1};
    assertThatThrownBy(() -> new AvroInput().reset(bytes, 0, bytes.length).readLong())
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("invalid long encoding");
    assertThatThrownBy(() -> new AvroInput().reset(bytes, 0, bytes.length).readInt())
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("invalid int encoding");
  }

  @Test
  void rejectsBlockCountsLargerThanThePayload() {
    byte[] bytes = {(byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};
    assertThatThrownBy(() -> new AvroInput().reset(bytes, 0, bytes.length)
        .readBlockCount(1, "xs"))
        .isInstanceOf(EOFException.class).hasMessageContaining("runs past the end")
        .hasMessageContaining("field 'xs'");
    // items of unknown size: only the message's item budget bounds the count
    assertThatThrownBy(() -> new AvroInput().reset(bytes, 0, bytes.length).readArrayStart())
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("more than " + Limits.DEFAULT_MAX_ITEMS + " collection items");
  }
}
