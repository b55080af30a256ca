package io.eventschema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.codec.EventCodec;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.wire.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The serializer remembers the last topic's schema id and the deserializer the last id's plan, so
 * the hot path builds no subject string and does no lookup: switching topics, ids and settings
 * must still give the right id and the right reading.
 */
class HotPathCacheTest {
  record Point(int x, String label) {}

  static final class PointCodec implements EventCodec<Point> {
    static final PointCodec INSTANCE = new PointCodec();
    static final Schema SCHEMA = new Schema.Parser().parse("{\"type\":\"record\",\"name\":"
        + "\"Point\",\"namespace\":\"t\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"},"
        + "{\"name\":\"label\",\"type\":\"string\"}]}");

    @Override
    public Class<Point> type() {
      return Point.class;
    }

    @Override
    public String schemaText() {
      return SCHEMA.toString();
    }

    @Override
    public Schema schema() {
      return SCHEMA;
    }

    @Override
    public void encode(Point value, Encoder out) throws IOException {
      out.writeInt(value.x());
      out.writeString(value.label());
    }

    @Override
    public Point decode(Decoder in) throws IOException {
      return new Point(in.readInt(), in.readString());
    }
  }

  static final class PointSerializer extends EventSerializer<Point> {
    PointSerializer() {
      super(PointCodec.INSTANCE, null, e -> java.util.List.of());
    }
  }

  static final class PointDeserializer extends EventDeserializer<Point> {
    PointDeserializer() {
      super(PointCodec.INSTANCE, null, e -> java.util.List.of());
    }
  }

  final String scope = "hot-path-" + System.nanoTime();

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(scope);
  }

  Map<String, Object> props(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    m.put("schema.registry.url", "mock://" + scope);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void eachTopicGetsItsOwnSubjectsIdWhenTopicsAlternate() {
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    registry.setCompatibility("b-value", "NONE");
    int a = registry.register("a-value", PointCodec.SCHEMA.toString());
    // same layout, other text: another id
    Schema documented = new Schema.Parser().parse(PointCodec.SCHEMA.toString()
        .replace("\"name\":\"Point\"", "\"name\":\"Point\",\"doc\":\"a point\""));
    int b = registry.register("b-value", documented.toString());
    assertThat(a).isNotEqualTo(b);

    PointSerializer s = new PointSerializer();
    s.configure(props("auto.register.schemas", false, "use.latest.version", true,
        "latest.compatibility.strict", false), false);
    Point p = new Point(1, "one");
    assertThat(WireFormat.schemaId(s.serialize("a", p), 0)).isEqualTo(a);
    assertThat(WireFormat.schemaId(s.serialize("b", p), 0)).isEqualTo(b);
    assertThat(WireFormat.schemaId(s.serialize("a", p), 0)).isEqualTo(a);
    assertThat(WireFormat.schemaId(s.serialize(new String("b"), p), 0)).isEqualTo(b);
  }

  @Test
  void reconfiguringForgetsTheRememberedId() {
    PointSerializer s = new PointSerializer();
    Point p = new Point(2, "two");
    s.configure(props("auto.register.schemas", false, "use.schema.id", 7,
        "id.compatibility.strict", false), false);
    assertThat(WireFormat.schemaId(s.serialize("t", p), 0)).isEqualTo(7);
    s.configure(props("auto.register.schemas", false, "use.schema.id", 9,
        "id.compatibility.strict", false), false);
    assertThat(WireFormat.schemaId(s.serialize("t", p), 0)).isEqualTo(9);
  }

  @Test
  void alternatingWriterIdsAreEachReadWithTheirOwnPlan() throws IOException {
    PointSerializer s = new PointSerializer();
    s.configure(props(), false);
    byte[] current = s.serialize("t", new Point(3, "three"));

    Schema newer = new Schema.Parser().parse(PointCodec.SCHEMA.toString()
        .replace("]}", ",{\"name\":\"extra\",\"type\":\"string\"}]}"));
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    registry.setCompatibility("newer", "NONE");
    int newerId = registry.register("newer", newer.toString());
    GenericRecord r = new GenericData.Record(newer);
    r.put("x", 4);
    r.put("label", "four");
    r.put("extra", "skipped by the reader");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0);
    bytes.write(new byte[] {(byte) (newerId >>> 24), (byte) (newerId >>> 16),
        (byte) (newerId >>> 8), (byte) newerId});
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(bytes, null);
    new GenericDatumWriter<GenericRecord>(newer).write(r, e);
    byte[] fromNewer = bytes.toByteArray();

    PointDeserializer d = new PointDeserializer();
    d.configure(props(), false);
    for (int i = 0; i < 3; i++) {
      assertThat(d.deserialize("t", current)).isEqualTo(new Point(3, "three"));
      assertThat(d.deserialize("t", fromNewer)).isEqualTo(new Point(4, "four"));
    }
  }
}
