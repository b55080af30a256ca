package io.eventschema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.codec.EventCodec;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.SchemaIdHeaders;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where the serdes put and find the schema id (payload prefix or Confluent's record header), and
 * which id the serializer writes (auto.register.schemas, use.schema.id, id.compatibility.strict)
 * in Confluent's order.
 */
class SchemaIdPlacementTest {
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
      return SCHEMA.toString(true);
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
      super(PointCodec.INSTANCE);
    }
  }

  static final class PointDeserializer extends EventDeserializer<Point> {
    PointDeserializer() {
      super(PointCodec.INSTANCE);
    }
  }

  final String scope = "placement-" + System.nanoTime();

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

  static PointSerializer serializer(Map<String, Object> props, boolean isKey) {
    PointSerializer s = new PointSerializer();
    s.configure(props, isKey);
    return s;
  }

  static PointDeserializer deserializer(Map<String, Object> props, boolean isKey) {
    PointDeserializer d = new PointDeserializer();
    d.configure(props, isKey);
    return d;
  }

  @Test
  void headerModeWritesTheIdInTheHeaderAndABareBody() {
    Map<String, Object> p = props("value.schema.id.serializer",
        "io.confluent.kafka.serializers.schema.id.HeaderSchemaIdSerializer");
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer(p, false).serialize("t", headers, new Point(5, "ab"));
    int id = MockSchemaRegistryClient.forScope(scope).latestVersion("t-value").id();
    assertThat(bytes).containsExactly(10, 4, 'a', 'b'); // zigzag 5, length 2, "ab": no prefix
    Header h = headers.lastHeader("__value_schema_id");
    assertThat(h.value()).containsExactly(0, id >>> 24, id >>> 16, id >>> 8, id);
    assertThat(headers.lastHeader("__key_schema_id")).isNull();

    // the default (Dual) deserializer reads the header form
    assertThat(deserializer(props(), false).deserialize("t", headers, bytes))
        .isEqualTo(new Point(5, "ab"));
    // without the header the bare body is not a framed payload: a clear error
    assertThatThrownBy(() -> deserializer(props(), false).deserialize("t", new RecordHeaders(),
        bytes)).isInstanceOf(MalformedEventException.class).hasMessageContaining("shorter than the 5-byte");
    // the prefix-only deserializer ignores the header
    assertThatThrownBy(() -> deserializer(props("value.schema.id.deserializer",
        "PrefixSchemaIdDeserializer"), false).deserialize("t", headers, bytes))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void keysUseTheirOwnHeaderAndSerializingTwiceLeavesOneHeader() {
    Map<String, Object> p = props("key.schema.id.serializer", "HeaderSchemaIdSerializer");
    RecordHeaders headers = new RecordHeaders();
    PointSerializer s = serializer(p, true);
    s.serialize("t", headers, new Point(1, "k"));
    byte[] bytes = s.serialize("t", headers, new Point(2, "k"));
    assertThat(headers.headers("__key_schema_id")).hasSize(1);
    assertThat(headers.lastHeader("__value_schema_id")).isNull();
    assertThat(deserializer(props(), true).deserialize("t", headers, bytes))
        .isEqualTo(new Point(2, "k"));
  }

  @Test
  void prefixModeIsTheDefaultAndTheDualDeserializerReadsIt() {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer(props(), false).serialize("t", headers, new Point(3, "x"));
    assertThat(bytes[0]).isZero();
    assertThat(headers.toArray()).isEmpty();
    assertThat(deserializer(props(), false).deserialize("t", headers, bytes))
        .isEqualTo(new Point(3, "x"));
  }

  @Test
  void badHeadersAndSettingsAreClearErrors() {
    byte[] body = {10, 2, 'a', 'b'};
    RecordHeaders guid = new RecordHeaders();
    guid.add("__value_schema_id", new byte[17]);
    guid.lastHeader("__value_schema_id").value()[0] = 1;
    assertThatThrownBy(() -> deserializer(props(), false).deserialize("t", guid, body))
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("schema GUID");
    RecordHeaders shortOne = new RecordHeaders();
    shortOne.add("__value_schema_id", new byte[] {0, 1});
    assertThatThrownBy(() -> deserializer(props(), false).deserialize("t", shortOne, body))
        .isInstanceOf(MalformedEventException.class).hasMessageContaining("has 2 byte(s)");
    assertThatThrownBy(() -> serializer(props("value.schema.id.serializer", "Sideways"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining("HeaderSchemaIdSerializer");
    PointSerializer header = serializer(props("value.schema.id.serializer",
        "HeaderSchemaIdSerializer"), false);
    assertThatThrownBy(() -> header.serialize("t", new Point(1, "a")))
        .isInstanceOf(EventSerializationException.class).hasMessageContaining("no headers");
  }

  @Test
  void autoRegistrationWinsOverUseSchemaIdAsInConfluent() {
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    int other = registry.register("elsewhere", "{\"type\":\"record\",\"name\":\"Other\","
        + "\"fields\":[{\"name\":\"y\",\"type\":\"long\"}]}");
    byte[] bytes = serializer(props("use.schema.id", other), false).serialize("t",
        new RecordHeaders(), new Point(1, "a"));
    int registered = registry.latestVersion("t-value").id();
    assertThat(registered).isNotEqualTo(other);
    assertThat(bytes[4]).isEqualTo((byte) registered);
  }

  @Test
  void useSchemaIdChecksTheLayoutUnlessToldNotTo() {
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    int same = registry.register("elsewhere", PointCodec.INSTANCE.schemaText());
    int other = registry.register("other", "{\"type\":\"record\",\"name\":\"Other\","
        + "\"fields\":[{\"name\":\"y\",\"type\":\"long\"}]}");
    byte[] ok = serializer(props("auto.register.schemas", false, "use.schema.id", same), false)
        .serialize("t", new RecordHeaders(), new Point(1, "a"));
    assertThat(ok[4]).isEqualTo((byte) same);
    assertThatThrownBy(() -> serializer(props("auto.register.schemas", false, "use.schema.id",
        other), false).serialize("t", new RecordHeaders(), new Point(1, "a")))
        .isInstanceOf(EventSerializationException.class)
        .hasMessageContaining("schema id " + other + " does not have the same binary layout")
        .hasMessageContaining("id.compatibility.strict=false");
    byte[] forced = serializer(props("auto.register.schemas", false, "use.schema.id", other,
        "id.compatibility.strict", false), false).serialize("t", new RecordHeaders(),
        new Point(1, "a"));
    assertThat(forced[4]).isEqualTo((byte) other);
    assertThat(SchemaIdHeaders.value(other)).hasSize(5);
  }
}
