package io.eventschema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.serde.HotPathCacheTest.Point;
import io.eventschema.serde.HotPathCacheTest.PointCodec;
import io.eventschema.serde.HotPathCacheTest.PointDeserializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deserializer picks the prefix plan for a writer that only added fields at the end. */
class WriterPlanTest {
  final String scope = "writer-plan-" + System.nanoTime();

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(scope);
  }

  private static Schema withFields(String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Point\",\"namespace\":\"t\","
        + "\"fields\":[" + fields + "]}");
  }

  private static final String X = "{\"name\":\"x\",\"type\":\"int\"}";
  private static final String LABEL = "{\"name\":\"label\",\"type\":\"string\"}";
  private static final String EXTRA = "{\"name\":\"extra\",\"type\":[\"null\",\"string\"],"
      + "\"default\":null}";

  private static String kind(Schema writer) {
    return WriterPlan.forWriter(PointCodec.INSTANCE,
        new RegisteredSchema("s", 1, 1, "AVRO", writer.toString(), null)).kind();
  }

  @Test
  void theFastPlanIsChosenExactlyWhenTheWriterOnlyAddedFieldsAtTheEnd() {
    assertThat(kind(PointCodec.SCHEMA)).isEqualTo("direct");
    assertThat(kind(withFields(X + "," + LABEL + "," + EXTRA))).isEqualTo("prefix");
    assertThat(kind(withFields(X + "," + LABEL + "," + EXTRA + ",{\"name\":\"y\",\"type\":"
        + "\"double\"}"))).isEqualTo("prefix");
    // added in the middle, reordered, promoted: the transcoder
    assertThat(kind(withFields(X + "," + EXTRA + "," + LABEL))).isEqualTo("transcoding");
    assertThat(kind(withFields(LABEL + "," + X + "," + EXTRA))).isEqualTo("transcoding");
    assertThat(kind(withFields("{\"name\":\"x\",\"type\":\"int\"}," + LABEL.replace("string",
        "bytes") + "," + EXTRA))).isEqualTo("transcoding");
    // incompatible writers are refused as before
    assertThatThrownBy(() -> kind(withFields(X + "," + EXTRA)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private byte[] framed(int id, Schema schema, GenericRecord r) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0);
    bytes.write(new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8),
        (byte) id});
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(schema).write(r, e);
    e.flush();
    return bytes.toByteArray();
  }

  @Test
  void readsANewerWritersBytesAndRefusesMalformedOrTruncatedExtraFields() throws IOException {
    Schema newer = withFields(X + "," + LABEL + "," + EXTRA);
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    registry.setCompatibility("newer", "NONE");
    int id = registry.register("newer", newer.toString());
    GenericRecord r = new GenericData.Record(newer);
    r.put("x", 5);
    r.put("label", "five");
    r.put("extra", "skipped");
    byte[] bytes = framed(id, newer, r);
    PointDeserializer d = new PointDeserializer();
    d.configure(Map.of("schema.registry.url", "mock://" + scope), false);
    assertThat(d.deserialize("t", bytes)).isEqualTo(new Point(5, "five"));
    r.put("extra", null);
    assertThat(d.deserialize("t", framed(id, newer, r))).isEqualTo(new Point(5, "five"));

    // body: x=5 (1 byte), "five" (5 bytes), then the extra field from byte 11 of the message
    int extraStart = 5 + 1 + 5;
    for (int cut = extraStart; cut < bytes.length; cut++) {
      byte[] truncated = Arrays.copyOf(bytes, cut);
      assertThatThrownBy(() -> d.deserialize("t", truncated)).as("cut at %d", cut)
          .isInstanceOf(MalformedEventException.class);
    }
    byte[] badBranch = bytes.clone();
    badBranch[extraStart] = 4; // union branch 2 of a two-branch union
    assertThatThrownBy(() -> d.deserialize("t", badBranch))
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("union branch 2");
    byte[] trailing = Arrays.copyOf(bytes, bytes.length + 1);
    assertThatThrownBy(() -> d.deserialize("t", trailing))
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("unexpected byte");
  }
}
