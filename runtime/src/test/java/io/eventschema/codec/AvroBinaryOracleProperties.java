package io.eventschema.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Provide
  Arbitrary<Values> values() {
    // surrogates are covered by stringsWithUnpairedSurrogatesEncodeAsAvroDoes: an unpaired one is
    // written as '?' (as Avro does), so it cannot read back as itself
    Arbitrary<String> strings = Arbitraries.strings().all().ofMaxLength(40)
        .map(s -> s.replaceAll("[\\uD800-\\uDFFF]", "x"));
    Arbitrary<Object[]> scalars = net.jqwik.api.Combinators.combine(
        Arbitraries.of(true, false),
        Arbitraries.integers(),
        Arbitraries.longs(),
        Arbitraries.floats().withSpecialValue(Float.NaN).withSpecialValue(-0.0f),
        Arbitraries.doubles().withSpecialValue(Double.NEGATIVE_INFINITY))
        .as((b, i, l, f, d) -> new Object[] {b, i, l, f, d});
    Arbitrary<Object[]> rest = net.jqwik.api.Combinators.combine(
        strings,
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
        strings.list().ofMaxSize(5),
        Arbitraries.maps(strings, Arbitraries.longs()).ofMaxSize(4),
        Arbitraries.integers().between(0, 1000))
        .as((s, bytes, items, map, e) -> new Object[] {s, bytes, items, map, e});
    return net.jqwik.api.Combinators.combine(scalars, rest).as(this::values);
  }

  @SuppressWarnings("unchecked")
  private Values values(Object[] a, Object[] b) {
    return new Values((Boolean) a[0], (Integer) a[1], (Long) a[2], (Float) a[3], (Double) a[4],
        (String) b[0], (byte[]) b[1], (List<String>) b[2], (Map<String, Long>) b[3],
        (Integer) b[4]);
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

  @Property(tries = 500)
  void writesTheBytesAvroWrites(@ForAll("values") Values v) throws IOException {
    AvroOutput out = new AvroOutput(16);
    write(v, out);
    assertThat(out.toByteArray()).isEqualTo(avroBytes(v));
  }

  @Property(tries = 500)
  void readsWhatAvroWrote(@ForAll("values") Values v) throws IOException {
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

  @Property(tries = 1000)
  void stringsWithUnpairedSurrogatesEncodeAsAvroDoes(@ForAll("surrogateStrings") String s)
      throws IOException {
    AvroOutput out = new AvroOutput(4);
    out.writeString(s);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(bytes, null);
    enc.writeString(s);
    enc.flush();
    assertThat(out.toByteArray()).isEqualTo(bytes.toByteArray());
  }

  @Provide
  Arbitrary<String> surrogateStrings() {
    return Arbitraries.strings()
        .withChars('a', 'é', '€', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\u0000')
        .ofMaxLength(12);
  }

  @Property(tries = 1000)
  void instantsConvertAsAvroTimestampMicrosDoes(@ForAll("instants") Instant instant) {
    TimeConversions.TimestampMicrosConversion avro = new TimeConversions.TimestampMicrosConversion();
    long micros = Codecs.toEpochMicros(instant);
    assertThat(micros).isEqualTo(avro.toLong(instant, null, null));
    assertThat(Codecs.fromEpochMicros(micros)).isEqualTo(avro.fromLong(micros, null, null));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(-9_000_000_000_000L, 9_000_000_000_000L)
        .flatMap(seconds -> Arbitraries.integers().between(0, 999_999_999)
            .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
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
