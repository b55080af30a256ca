package io.eventschema.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.testing.Gen;
import io.eventschema.testing.SeededTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

/**
 * Apache Avro's generic writer and reader are the oracle for the one-call field helpers of
 * {@link Codecs} (the ones generated codecs call for common fields): a record of one field of
 * each kind, written by the helpers into an {@link AvroOutput} and into Avro's own encoder, has
 * exactly the bytes Avro writes, and reads back through the helpers, from an {@link AvroInput}
 * and from Avro's decoder, as the values written. Nulls where the schema has none fail with the
 * field's path.
 */
class CommonFieldsOracleProperties {
  private static final Schema SCHEMA = new Schema.Parser().parse("""
      {"type":"record","name":"R","fields":[
        {"name":"s","type":"string"},
        {"name":"e","type":{"type":"enum","name":"E","symbols":["A","B","C"]}},
        {"name":"ms","type":{"type":"long","logicalType":"timestamp-millis"}},
        {"name":"us","type":{"type":"long","logicalType":"timestamp-micros"}},
        {"name":"ns","type":{"type":"long","logicalType":"timestamp-nanos"}},
        {"name":"os","type":["null","string"]},
        {"name":"ns2","type":["null","string"]},
        {"name":"ni","type":["null","int"]},
        {"name":"nl","type":["null","long"]},
        {"name":"list","type":{"type":"array","items":"string"}},
        {"name":"map","type":{"type":"map","values":"string"}}]}""");

  enum E { A, B, C }

  private static final E[] SYMBOLS = E.values();

  record Values(String s, E e, Instant ms, Instant us, Instant ns, Optional<String> os,
      String ns2, Integer ni, Long nl, List<String> list, Map<String, String> map) {}

  private static Values values(Gen gen) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = gen.ints(0, 4); i > 0; i--) {
      map.put(gen.string(8), gen.string(12));
    }
    return new Values(gen.string(20), gen.pick(SYMBOLS),
        Instant.ofEpochMilli(gen.longs(-1L << 50, 1L << 50)),
        Instant.ofEpochSecond(gen.longs(-1L << 40, 1L << 40), gen.ints(0, 999_999) * 1000L),
        Instant.ofEpochSecond(gen.longs(-1L << 32, 1L << 32), gen.ints(0, 999_999_999)),
        gen.bool() ? Optional.of(gen.string(10)) : Optional.empty(),
        gen.bool() ? gen.string(10) : null,
        gen.bool() ? gen.ints() : null,
        gen.bool() ? gen.longs() : null,
        gen.listOf(5, g -> g.string(6)), map);
  }

  private static void write(Values v, org.apache.avro.io.Encoder out) throws IOException {
    Codecs.writeString(out, v.s(), "s");
    Codecs.writeEnum(out, v.e(), "e");
    Codecs.writeTimestampMillis(out, v.ms(), "ms");
    Codecs.writeTimestampMicros(out, v.us(), "us");
    Codecs.writeTimestampNanos(out, v.ns(), "ns");
    Codecs.writeOptionalString(out, v.os());
    Codecs.writeNullableString(out, v.ns2());
    Codecs.writeNullableInt(out, v.ni());
    Codecs.writeNullableLong(out, v.nl());
    Codecs.writeStringArray(out, v.list(), "list");
    Codecs.writeStringMap(out, v.map(), "map");
    out.flush();
  }

  private static Values read(org.apache.avro.io.Decoder in) throws IOException {
    return new Values(in.readString(), (E) Codecs.readSymbol(in, SYMBOLS, "e"),
        Codecs.fromEpochMillis(in.readLong()), Codecs.fromEpochMicros(in.readLong()),
        Codecs.fromEpochNanos(in.readLong()), Codecs.readOptionalString(in, "os"),
        Codecs.readNullableString(in, "ns2"), Codecs.readNullableInt(in, "ni"),
        Codecs.readNullableLong(in, "nl"), Codecs.readStringList(in, "list"),
        Codecs.readStringMap(in, "map"));
  }

  private static byte[] avroBytes(Values v) throws IOException {
    GenericRecord r = new GenericData.Record(SCHEMA);
    r.put("s", v.s());
    r.put("e", new GenericData.EnumSymbol(SCHEMA.getField("e").schema(), v.e().name()));
    r.put("ms", v.ms().toEpochMilli());
    r.put("us", Codecs.toEpochMicros(v.us()));
    r.put("ns", Codecs.toEpochNanos(v.ns()));
    r.put("os", v.os().orElse(null));
    r.put("ns2", v.ns2());
    r.put("ni", v.ni());
    r.put("nl", v.nl());
    r.put("list", v.list());
    r.put("map", v.map());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(SCHEMA).write(r, enc);
    enc.flush();
    return bytes.toByteArray();
  }

  @SeededTest(tries = 500)
  void writeAvrosBytesAndReadThemBack(long seed) throws IOException {
    Values v = values(new Gen(seed));
    byte[] expected = avroBytes(v);

    AvroOutput output = new AvroOutput();
    write(v, output);
    assertThat(output.toByteArray()).isEqualTo(expected);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    BinaryEncoder avroEncoder = EncoderFactory.get().directBinaryEncoder(stream, null);
    write(v, avroEncoder);
    assertThat(stream.toByteArray()).isEqualTo(expected);

    assertThat(read(new AvroInput().reset(expected, 0, expected.length))).isEqualTo(v);
    assertThat(read(DecoderFactory.get().binaryDecoder(expected, null))).isEqualTo(v);
    // and Avro reads the helpers' bytes as the same record
    GenericRecord back = new GenericDatumReader<GenericRecord>(SCHEMA)
        .read(null, DecoderFactory.get().binaryDecoder(output.toByteArray(), null));
    assertThat(back.get("s")).hasToString(v.s());
    List<String> list = new ArrayList<>();
    for (Object item : (List<?>) back.get("list")) {
      list.add(((Utf8) item).toString());
    }
    assertThat(list).isEqualTo(v.list());
  }

  @Test
  void aNullWhereTheSchemaHasNoneNamesItsPath() {
    AvroOutput out = new AvroOutput();
    assertThatThrownBy(() -> Codecs.writeString(out, null, "a.b"))
        .isInstanceOf(NullFieldException.class).hasMessageStartingWith("field 'a.b' is null");
    assertThatThrownBy(() -> Codecs.writeEnum(out, null, "e"))
        .isInstanceOf(NullFieldException.class).hasMessageStartingWith("field 'e' is null");
    assertThatThrownBy(() -> Codecs.writeTimestampMicros(out, null, "at"))
        .isInstanceOf(NullFieldException.class).hasMessageStartingWith("field 'at' is null");
    assertThatThrownBy(() -> Codecs.writeDecimal(out, null, 10, 2, "amount"))
        .isInstanceOf(NullFieldException.class).hasMessageStartingWith("field 'amount' is null");
    assertThatThrownBy(() -> Codecs.enterRecord(out, null, "line"))
        .isInstanceOf(NullFieldException.class).hasMessageStartingWith("field 'line' is null");
    assertThatThrownBy(() -> Codecs.writeStringArray(out, null, "tags"))
        .isInstanceOf(NullFieldException.class).hasMessageStartingWith("field 'tags' is null");
    assertThatThrownBy(() -> Codecs.writeStringArray(out, Arrays.asList("a", null), "tags"))
        .isInstanceOf(NullFieldException.class).hasMessageStartingWith("field 'tags[]' is null");
    Map<String, String> nullValue = new LinkedHashMap<>();
    nullValue.put("k", null);
    assertThatThrownBy(() -> Codecs.writeStringMap(out, nullValue, "attrs"))
        .isInstanceOf(NullFieldException.class)
        .hasMessageStartingWith("field 'attrs value' is null");
    Map<String, String> nullKey = new LinkedHashMap<>();
    nullKey.put(null, "v");
    assertThatThrownBy(() -> Codecs.writeStringMap(out, nullKey, "attrs"))
        .isInstanceOf(NullFieldException.class)
        .hasMessageStartingWith("field 'attrs key' is null");
  }

  @Test
  void badDataIsATypedErrorThatSaysWhere() throws IOException {
    // enum ordinal 3 of 3 symbols; union index 2 of 2 branches
    byte[] badEnum = {6};
    assertThatThrownBy(() -> Codecs.readSymbol(new AvroInput().reset(badEnum, 0, 1), SYMBOLS, "e"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("field 'e'");
    byte[] badUnion = {4};
    assertThatThrownBy(() -> Codecs.readNullableInt(new AvroInput().reset(badUnion, 0, 1), "ni"))
        .isInstanceOf(InvalidDataException.class).hasMessageContaining("field 'ni'");
    // a list of two strings whose second is cut short: the failed item is noted
    byte[] cut = {4, 2, 'a', 8, 'b'};
    AvroInput in = new AvroInput().reset(cut, 0, cut.length);
    assertThatThrownBy(() -> Codecs.readStringList(in, "tags")).isInstanceOf(IOException.class);
    assertThat(in.failedPath()).isEqualTo("[1]");
    // a map whose value is cut short: the key is noted
    byte[] cutMap = {2, 2, 'k', 8, 'v'};
    AvroInput mapIn = new AvroInput().reset(cutMap, 0, cutMap.length);
    assertThatThrownBy(() -> Codecs.readStringMap(mapIn, "attrs")).isInstanceOf(IOException.class);
    assertThat(mapIn.failedPath()).isEqualTo("k");
    // a block count the bytes left cannot hold
    byte[] huge = {(byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};
    assertThatThrownBy(() -> Codecs.readStringList(new AvroInput().reset(huge, 0, 5), "tags"))
        .isInstanceOf(IOException.class);
  }
}
