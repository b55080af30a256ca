package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.assertOnlyError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.registry.RegisteredSchema;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@code @Event} on an enum (the schema is the enum) and on an {@code @AvroUnion} sealed interface
 * (the schema is the union array): the schema against Avro's parse of the expected text, Avro's
 * {@code GenericDatumWriter} bytes through the generated codec and back to the same bytes, the
 * resource and index names, the serdes through the mock registry under both subject strategies,
 * the JSON Schema of an enum, and the refusals (EVS001, EVS056).
 */
class TopLevelEventsTest {
  private static final JavaFileObject STATUS = Compile.source("p.Status", "package p;",
      "import io.eventschema.*;",
      "@Event(namespace = \"com.acme\", formats = {Format.AVRO, Format.JSON_SCHEMA})",
      "@AvroDoc(\"The state of an order.\")",
      "@AvroAlias(\"OrderState\")",
      "@AvroProp(key = \"owner\", value = \"\\\"shop\\\"\")",
      "public enum Status {",
      "  NEW, @EnumDefault PAID, @AvroName(\"class\") CLASS_",
      "}");
  private static final JavaFileObject VALUE = Compile.source("p.Value", "package p;",
      "import io.eventschema.*;",
      "import java.util.*;",
      "@Event",
      "@AvroUnion",
      "public sealed interface Value permits Value.Null, Value.StringValue, Value.LongValue,",
      "    Value.PointValue, Value.Digests {",
      "  record Null() implements Value {}",
      "  record StringValue(String value) implements Value {}",
      "  record LongValue(long value) implements Value {}",
      "  record PointValue(Point value) implements Value {}",
      "  record Digests(List<@Fixed(value = 2, name = \"Digest\") byte[]> value)"
          + " implements Value {}",
      "  record Point(int x, int y) {}",
      "}");
  /** A union with no named type: it takes its namespace and name from the interface. */
  private static final JavaFileObject SCALAR = Compile.source("q.IntOrString", "package q;",
      "import io.eventschema.*;",
      "@Event(namespace = \"com.acme.scalars\")",
      "@AvroUnion",
      "public sealed interface IntOrString permits IntOrString.IntValue,"
          + " IntOrString.StringValue {",
      "  record IntValue(int value) implements IntOrString {}",
      "  record StringValue(String value) implements IntOrString {}",
      "}");
  private static final Compilation COMPILATION = Compile.succeeded(STATUS, VALUE, SCALAR);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String STATUS_SCHEMA = """
      {"type": "enum", "name": "Status", "namespace": "com.acme", "doc": "The state of an order.",
       "aliases": ["OrderState"], "symbols": ["NEW", "PAID", "class"], "default": "PAID",
       "owner": "shop"}""";
  private static final String VALUE_SCHEMA = """
      ["null", "string", "long",
       {"type": "record", "name": "Point", "namespace": "p", "fields": [
         {"name": "x", "type": "int"}, {"name": "y", "type": "int"}]},
       {"type": "array", "items": {"type": "fixed", "name": "Digest", "namespace": "p",
         "size": 2}}]""";

  private static Schema written(String fullName) {
    return new Schema.Parser().parse(Compile.schemaText(COMPILATION, fullName));
  }

  /** The .avsc of {@code fullName}, equal to {@code expected} and of the same canonical form. */
  private static Schema writtenAs(String fullName, String expected) {
    Schema written = written(fullName);
    Schema parsed = new Schema.Parser().parse(expected);
    assertThat(written).isEqualTo(parsed);
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(parsed));
    return written;
  }

  @Test
  void anEnumEventsSchemaIsTheEnum() {
    Schema written = writtenAs("com.acme.Status", STATUS_SCHEMA);
    // what equals ignores
    assertThat(written.getDoc()).isEqualTo("The state of an order.");
    assertThat(written.getAliases()).containsExactly("com.acme.OrderState");
    assertThat(written.getEnumDefault()).isEqualTo("PAID");
  }

  @Test
  void aUnionEventsSchemaIsTheUnionArray() {
    writtenAs("p.Value", VALUE_SCHEMA);
    writtenAs("com.acme.scalars.IntOrString", "[\"int\", \"string\"]");
  }

  @Test
  void theEnumCodecWritesTheSymbolIndexAsAvroDoes() throws Exception {
    EventCodec<Object> codec = AvroOracle.codec(CLASSES.load("p.StatusCodec"));
    Schema schema = new Schema.Parser().parse(STATUS_SCHEMA);
    Object[] constants = CLASSES.load("p.Status").getEnumConstants();
    List<String> symbols = schema.getEnumSymbols();
    for (int i = 0; i < symbols.size(); i++) {
      byte[] avro = AvroOracle.genericBytes(schema,
          new GenericData.EnumSymbol(schema, symbols.get(i)));
      assertThat(avro).containsExactly(2 * i); // the index as a zig-zag varint
      Object value = codec.decode(new AvroInput().reset(avro, 0, avro.length));
      assertThat(value).isSameAs(constants[i]);
      AvroOutput out = new AvroOutput();
      codec.encode(value, out);
      assertThat(out.toByteArray()).isEqualTo(avro);
    }
    assertThat(codec.fullName()).isEqualTo("com.acme.Status");
    assertThat(codec.schema()).isEqualTo(schema);
  }

  @Test
  void theUnionCodecWritesTheBranchIndexThenTheValueAsAvroDoes() throws Exception {
    EventCodec<Object> codec = AvroOracle.codec(CLASSES.load("p.ValueCodec"));
    Schema schema = new Schema.Parser().parse(VALUE_SCHEMA);
    Random random = new Random(20261202L);
    boolean[] taken = new boolean[schema.getTypes().size()];
    for (int n = 0; n < 100; n++) {
      int branch = random.nextInt(taken.length);
      taken[branch] = true;
      Object datum = datum(schema.getTypes().get(branch), random);
      byte[] avro = AvroOracle.genericBytes(schema, datum);
      Object value = codec.decode(new AvroInput().reset(avro, 0, avro.length));
      assertThat(value.getClass().getSimpleName())
          .isEqualTo(List.of("Null", "StringValue", "LongValue", "PointValue", "Digests")
              .get(branch));
      AvroOutput out = new AvroOutput();
      codec.encode(value, out);
      assertThat(out.toByteArray()).as("datum %s", datum).isEqualTo(avro);
    }
    assertThat(taken).containsOnly(true);
    // a union names no type: the codec's name is the event's
    assertThat(codec.fullName()).isEqualTo("p.Value");
    EventCodec<Object> scalars = AvroOracle.codec(
        CLASSES.load("q.IntOrStringCodec"));
    assertThat(scalars.fullName()).isEqualTo("com.acme.scalars.IntOrString");
    Object seven = CLASSES.load("q.IntOrString$IntValue").getDeclaredConstructors()[0]
        .newInstance(7);
    AvroOutput out = new AvroOutput();
    scalars.encode(seven, out);
    assertThat(out.toByteArray()).containsExactly(0, 14);
  }

  private static Object datum(Schema s, Random random) {
    return switch (s.getType()) {
      case NULL -> null;
      case STRING -> "s" + random.nextInt(1000);
      case LONG -> random.nextLong();
      case RECORD -> {
        GenericData.Record r = new GenericData.Record(s);
        r.put("x", random.nextInt());
        r.put("y", random.nextInt());
        yield r;
      }
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          byte[] b = new byte[2];
          random.nextBytes(b);
          items.add(new GenericData.Fixed(s.getElementType(), b));
        }
        yield items;
      }
      default -> throw new IllegalArgumentException(s.toString());
    };
  }

  @Test
  void theSchemaFilesAndTheIndexAreNamedAfterTheEvent() {
    String status = "record=p.Status\nserializer=p.StatusSerializer\n"
        + "deserializer=p.StatusDeserializer\n";
    assertThat(text("META-INF/eventschema/by-name/AVRO/com.acme.Status")).isEqualTo(status);
    assertThat(text("META-INF/eventschema/by-class/AVRO/p.Status")).isEqualTo(status);
    // a general union is found by its named branches, and by class
    String value = "record=p.Value\nserializer=p.ValueSerializer\n"
        + "deserializer=p.ValueDeserializer\n";
    assertThat(text("META-INF/eventschema/by-union/AVRO/p.Point")).isEqualTo(value);
    assertThat(text("META-INF/eventschema/by-union/AVRO/p.Digest")).isNull();
    assertThat(text("META-INF/eventschema/by-class/AVRO/p.Value")).isEqualTo(value);
    // one of no named type only by class; its .avsc is named after the interface
    assertThat(text("META-INF/avro/com.acme.scalars.IntOrString.avsc")).isNotNull();
    assertThat(text("META-INF/eventschema/by-class/AVRO/q.IntOrString")).isNotNull();
    assertThat(COMPILATION.generatedFiles()).noneMatch(f -> f.getName().contains("/by-name/AVRO/"
        + "com.acme.scalars") || f.getName().contains("/by-union/AVRO/com.acme.scalars"));
  }

  private static String text(String path) {
    return COMPILATION.generatedFile(StandardLocation.CLASS_OUTPUT, "", path).isPresent()
        ? Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT, path) : null;
  }

  @Test
  void theSerdesRegisterUnderTheEventsNameAndReadBack() throws Exception {
    Object paid = CLASSES.load("p.Status").getEnumConstants()[1];
    Object text = CLASSES.load("q.IntOrString$StringValue").getDeclaredConstructors()[0]
        .newInstance("hi");
    for (String strategy : List.of("TopicNameStrategy", "RecordNameStrategy")) {
      String scope = "top-level-" + strategy;
      Map<String, Object> config = Map.of("schema.registry.url", "mock://" + scope,
          "value.subject.name.strategy", strategy);
      assertThat(roundTrip("p.Status", config, paid)).isSameAs(paid);
      assertThat(roundTrip("q.IntOrString", config, text)).isEqualTo(text);
      MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
      List<String> subjects = registry.subjects();
      if (strategy.equals("TopicNameStrategy")) {
        assertThat(subjects).containsExactlyInAnyOrder("t-p.Status-value",
            "t-q.IntOrString-value");
      } else {
        // an enum's full name; a union's is the event's: namespace and interface
        assertThat(subjects).containsExactlyInAnyOrder("com.acme.Status",
            "com.acme.scalars.IntOrString");
      }
      RegisteredSchema union = registry.latestVersion(strategy.equals("TopicNameStrategy")
          ? "t-q.IntOrString-value" : "com.acme.scalars.IntOrString");
      assertThat(new Schema.Parser().parse(union.schema()))
          .isEqualTo(new Schema.Parser().parse("[\"int\", \"string\"]"));
      MockSchemaRegistryClient.dropScope(scope);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object roundTrip(String event, Map<String, Object> config, Object value)
      throws Exception {
    String topic = "t-" + event;
    Serializer<Object> serializer = (Serializer<Object>) CLASSES.load(event + "Serializer")
        .getConstructor().newInstance();
    serializer.configure(config, false);
    Deserializer<Object> deserializer = (Deserializer<Object>) CLASSES
        .load(event + "Deserializer").getConstructor().newInstance();
    deserializer.configure(config, false);
    byte[] wire = serializer.serialize(topic, value);
    assertThat(wire[0]).isZero(); // Confluent's magic byte, then the id
    assertThat(ByteBuffer.wrap(wire, 1, 4).getInt()).isPositive();
    return deserializer.deserialize(topic, wire);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anEnumEventsJsonSchemaIsAStringEnum() throws Exception {
    String json = Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/com.acme.Status.schema.json");
    com.fasterxml.jackson.databind.JsonNode tree =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertThat(tree.get("title").asText()).isEqualTo("Status");
    assertThat(tree.get("type").asText()).isEqualTo("string");
    assertThat(tree.get("description").asText()).isEqualTo("The state of an order.");
    List<String> symbols = new ArrayList<>();
    tree.get("enum").forEach(s -> symbols.add(s.asText()));
    assertThat(symbols).containsExactly("NEW", "PAID", "class");
    // its value is the symbol as a JSON string, through the JSON Schema serdes
    Object[] constants = CLASSES.load("p.Status").getEnumConstants();
    io.eventschema.json.JsonEventCodec<Object> codec = (io.eventschema.json.JsonEventCodec<Object>)
        CLASSES.load("p.StatusJsonCodec").getField("INSTANCE").get(null);
    io.eventschema.json.JsonOutput out = new io.eventschema.json.JsonOutput();
    codec.write(constants[2], out);
    assertThat(out.toString()).isEqualTo("\"class\"");
    Map<String, Object> config = Map.of("schema.registry.url", "mock://top-level-json");
    for (Object constant : constants) {
      assertThat(roundTrip("p.StatusJsonSchema", config, constant)).isSameAs(constant);
    }
    MockSchemaRegistryClient.dropScope("top-level-json");
  }

  // ---------------------------------------------------------------------------- refusals

  @Test
  void jsonSchemaRefusesATopLevelUnion() {
    JavaFileObject e = Compile.source("p.U", "package p;", "import io.eventschema.*;",
        "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA})",
        "@AvroUnion",
        "public sealed interface U permits U.A, U.B {",
        "  record A(int value) implements U {}",
        "  record B(String value) implements U {}",
        "}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS056",
        "p.U is a top-level general union (@AvroUnion), which has no JSON Schema form",
        "@Event(formats");
  }

  @Test
  void protobufRefusesATopLevelEnum() {
    JavaFileObject e = Compile.source("p.S", "package p;", "import io.eventschema.*;",
        "@Event(formats = {Format.AVRO, Format.PROTOBUF})",
        "public enum S { A, B }");
    assertOnlyError(Compile.withProcessor(e), e, "EVS056",
        "p.S is a top-level enum, which has no Protobuf form", "@Event(formats");
  }

  @Test
  void aClassIsStillNoEvent() {
    JavaFileObject e = Compile.source("p.C", "package p;", "import io.eventschema.*;",
        "@Event public class C {}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS001",
        "@Event goes on records, enums and sealed interfaces; C is a class", "public class C");
  }
}
