package io.eventschema.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.InvalidDataException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.Test;

class TranscoderTest {

  private static Schema schema(String json) {
    return new Schema.Parser().parse(json.replace('\'', '"'));
  }

  private static byte[] write(Schema schema, Object datum) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<>(schema).write(datum, e);
    e.flush();
    return bytes.toByteArray();
  }

  private static GenericRecord read(Schema schema, byte[] bytes) throws IOException {
    return new GenericDatumReader<GenericRecord>(schema, schema)
        .read(null, EvolutionOracleProperties.avroDecoder(bytes));
  }

  private static final Schema V1 = schema(
      "{'type':'record','name':'User','namespace':'ex','fields':["
      + "{'name':'id','type':'int'},"
      + "{'name':'name','type':'string'},"
      + "{'name':'kind','type':{'type':'enum','name':'Kind','symbols':['A','B','C']}},"
      + "{'name':'obsolete','type':'string'}]}");

  private static final Schema V2 = schema("{'type':'record','name':'Member','namespace':'ex',"
      + "'aliases':['ex.User'],'fields':["
      + "{'name':'display_name','type':'bytes','aliases':['name']},"
      + "{'name':'id','type':'long'},"
      + "{'name':'kind','type':{'type':'enum','name':'Kind','symbols':['B','A'],'default':'B'}},"
      + "{'name':'score','type':'double','default':1.5},"
      + "{'name':'tags','type':{'type':'array','items':'string'},'default':['new']}]}");

  @Test
  void renamesReordersPromotesDefaultsAndMapsEnumSymbols() throws IOException {
    GenericRecord v1 = new GenericData.Record(V1);
    v1.put("id", 42);
    v1.put("name", "Ada");
    v1.put("kind", new GenericData.EnumSymbol(V1.getField("kind").schema(), "C"));
    v1.put("obsolete", "dropped");

    byte[] out = Transcoder.compile(V1, V2).transcode(write(V1, v1));

    GenericRecord v2 = read(V2, out);
    assertThat(v2.get("id")).isEqualTo(42L);
    assertThat(new String(((java.nio.ByteBuffer) v2.get("display_name")).array()))
        .isEqualTo("Ada");
    assertThat(v2.get("kind").toString()).isEqualTo("B"); // C unknown: the reader's default
    assertThat(v2.get("score")).isEqualTo(1.5);
    assertThat(v2.get("tags").toString()).isEqualTo("[new]");
  }

  @Test
  void mapsKnownEnumSymbolsByNameNotOrdinal() throws IOException {
    GenericRecord v1 = new GenericData.Record(V1);
    v1.put("id", 1);
    v1.put("name", "");
    v1.put("kind", new GenericData.EnumSymbol(V1.getField("kind").schema(), "A"));
    v1.put("obsolete", "");
    GenericRecord v2 = read(V2, Transcoder.compile(V1, V2).transcode(write(V1, v1)));
    assertThat(v2.get("kind").toString()).isEqualTo("A");
  }

  @Test
  void widensAndNarrowsUnions() throws IOException {
    Schema writer = schema("{'type':'record','name':'R','fields':["
        + "{'name':'a','type':'string'},{'name':'b','type':['int','long']}]}");
    Schema reader = schema("{'type':'record','name':'R','fields':["
        + "{'name':'a','type':['null','string']},{'name':'b','type':'long'}]}");
    GenericRecord w = new GenericData.Record(writer);
    w.put("a", "x");
    w.put("b", 7);
    GenericRecord r = read(reader, Transcoder.compile(writer, reader).transcode(write(writer, w)));
    assertThat(r.get("a").toString()).isEqualTo("x");
    assertThat(r.get("b")).isEqualTo(7L);
  }

  @Test
  void readsRecursiveSchemas() throws IOException {
    Schema writer = schema("{'type':'record','name':'Node','fields':["
        + "{'name':'value','type':'int'},{'name':'next','type':['null','Node']}]}");
    Schema reader = schema("{'type':'record','name':'Node','fields':["
        + "{'name':'label','type':'string','default':'?'},"
        + "{'name':'next','type':['null','Node']},{'name':'value','type':'long'}]}");
    GenericRecord tail = new GenericData.Record(writer);
    tail.put("value", 2);
    GenericRecord head = new GenericData.Record(writer);
    head.put("value", 1);
    head.put("next", tail);
    byte[] out = Transcoder.compile(writer, reader).transcode(write(writer, head));
    assertThat(read(reader, out).toString()).isEqualTo("{\"label\": \"?\", \"next\": "
        + "{\"label\": \"?\", \"next\": null, \"value\": 2}, \"value\": 1}");
  }

  @Test
  void readsPromotedArrayItemsThatAvrosByteArrayReaderRejects() throws IOException {
    // Avro 1.12.2's GenericDatumReader over a byte array checks an array's length against the
    // reader's item size (8 bytes for double) and rejects these 3 one-byte ints
    Schema writer = schema("{'type':'record','name':'R','fields':["
        + "{'name':'xs','type':{'type':'array','items':'int'}}]}");
    Schema reader = schema("{'type':'record','name':'R','fields':["
        + "{'name':'xs','type':{'type':'array','items':'double'}}]}");
    GenericRecord w = new GenericData.Record(writer);
    w.put("xs", List.of(1, 2, 3));
    GenericRecord r = read(reader, Transcoder.compile(writer, reader).transcode(write(writer, w)));
    assertThat(r.get("xs")).isEqualTo(List.of(1.0, 2.0, 3.0));
  }

  @Test
  void refusesAnIncompatiblePairNamingTheFieldPathAndWhy() {
    Schema writer = schema("{'type':'record','name':'R','fields':["
        + "{'name':'address','type':{'type':'record','name':'A','fields':["
        + "{'name':'zip','type':'string'}]}},"
        + "{'name':'scores','type':{'type':'map','values':'long'}}]}");
    Schema reader = schema("{'type':'record','name':'R','fields':["
        + "{'name':'address','type':{'type':'record','name':'A','fields':["
        + "{'name':'zip','type':'int'}]}},"
        + "{'name':'scores','type':{'type':'map','values':'int'}},"
        + "{'name':'added','type':'string'}]}");
    assertThatThrownBy(() -> Transcoder.compile(writer, reader))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("field 'address.zip': the reader's int cannot read the writer's"
            + " string")
        .hasMessageContaining("field 'scores{}': the reader's int cannot read the writer's long")
        .hasMessageContaining("field 'added': the reader has field 'added', which has no default"
            + " and which the writer does not have")
        .satisfies(e -> assertThat(((IncompatibleSchemaException) e).incompatibilities())
            .extracting(SchemaIncompatibility::readerField)
            .containsExactlyInAnyOrder("address", "scores", "added"));
  }

  // ------------------------------------------------------------------ malformed input

  private static final Schema W = schema("{'type':'record','name':'R','fields':["
      + "{'name':'s','type':'string'},{'name':'u','type':['null','int']},"
      + "{'name':'xs','type':{'type':'array','items':'long'}}]}");
  private static final Schema R = schema("{'type':'record','name':'R','fields':["
      + "{'name':'xs','type':{'type':'array','items':'long'}},"
      + "{'name':'u','type':['null','long']},{'name':'s','type':'string'}]}");

  private static void transcode(byte[] bytes) throws IOException {
    Transcoder.compile(W, R).transcode(new AvroInput().reset(bytes, 0, bytes.length),
        new AvroOutput());
  }

  @Test
  void truncatedInputIsAnEofThatSaysWhere() {
    // string of length 3 ("abc"), then the input ends before the union index
    assertThatThrownBy(() -> transcode(new byte[] {6, 'a', 'b', 'c'}))
        .isInstanceOf(EOFException.class)
        .hasMessageContaining("at byte 4");
  }

  @Test
  void aStringLongerThanThePayloadFailsBeforeAllocating() {
    // length 2^31 declared, 1 byte present
    assertThatThrownBy(() -> transcode(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80,
        (byte) 0x80, 0x10, 'a'}))
        .isInstanceOf(EOFException.class)
        .hasMessageContaining("runs past the end of the payload");
  }

  @Test
  void aNegativeLengthIsInvalidData() {
    assertThatThrownBy(() -> transcode(new byte[] {1}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("negative string or bytes length -1 at byte 0");
  }

  @Test
  void aUnionBranchThatDoesNotExistIsInvalidData() {
    assertThatThrownBy(() -> transcode(new byte[] {0, 10, 0}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("union branch 5 at byte 1");
  }

  @Test
  void aHugeArrayCountFailsAtOnce() {
    // empty string, null branch, then an array claiming 2^40 items
    assertThatThrownBy(() -> transcode(new byte[] {0, 0, (byte) 0x80, (byte) 0x80, (byte) 0x80,
        (byte) 0x80, (byte) 0x80, 0x40}))
        .isInstanceOf(EOFException.class)
        .hasMessageContaining("items declared at byte 2");
  }

  @Test
  void manyItemsOfATypeThatTakesNoBytesAreRefusedNotLoopedOver() {
    Schema nulls = schema("{'type':'record','name':'N','fields':["
        + "{'name':'xs','type':{'type':'array','items':'null'}}]}");
    Schema reader = schema("{'type':'record','name':'N','fields':["
        + "{'name':'xs','type':{'type':'array','items':'null'}},"
        + "{'name':'y','type':'int','default':0}]}");
    byte[] bytes = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x40};
    assertThatThrownBy(() -> Transcoder.compile(nulls, reader).transcode(bytes))
        .isInstanceOf(io.eventschema.codec.LimitExceededException.class)
        .hasMessageContaining("eventschema.max.items");
  }

  @Test
  void trailingBytesAreReported() throws IOException {
    GenericRecord w = new GenericData.Record(W);
    w.put("s", "x");
    w.put("u", null);
    w.put("xs", List.of());
    byte[] ok = write(W, w);
    byte[] extra = java.util.Arrays.copyOf(ok, ok.length + 2);
    assertThatThrownBy(() -> Transcoder.compile(W, R).transcode(extra))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("2 unexpected byte(s)");
  }

  @Test
  void multiBlockArraysWithByteSizesAreRead() throws IOException {
    Schema w = schema("{'type':'record','name':'M','fields':["
        + "{'name':'m','type':{'type':'map','values':'int'}}]}");
    Schema r = schema("{'type':'record','name':'M','fields':["
        + "{'name':'m','type':{'type':'map','values':'double'}}]}");
    // block of -1 item with its byte size (3: key "a", value 1), then 1 item, then end
    byte[] bytes = {1, 6, 2, 'a', 2, 2, 2, 'b', 4, 0};
    GenericRecord rec = read(r, Transcoder.compile(w, r).transcode(bytes));
    assertThat(((Map<?, ?>) rec.get("m"))).hasSize(2);
    assertThat(((Map<?, ?>) rec.get("m")).get(new Utf8("a"))).isEqualTo(1.0);
    assertThat(((Map<?, ?>) rec.get("m")).get(new Utf8("b"))).isEqualTo(2.0);
  }
}
