package io.eventschema.processor.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.testing.compile.Compilation;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eventschema.codec.Limits;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonOutput;
import io.eventschema.json.JsonReader;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.SeededValues;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.tools.StandardLocation;
import org.apache.avro.Schema.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Independent oracles for the JSON Schema binding, over seeded random events of each shape:
 * networknt's validator says every generated schema is a valid draft-07 schema and every payload
 * the generated codec writes is valid against its event's schema; Jackson databind (with the same
 * field naming, JavaTimeModule with ISO strings, Jdk8Module, decimals as plain strings, the sealed
 * interfaces' "type" property) reads what the codec writes into an equal record, and the codec
 * reads what databind writes into an equal record; the codec reads the same JSON with the
 * properties of every object shuffled and properties it does not know added into an equal record.
 * Each case prints its seed on failure.
 */
class JsonCodecOracleTest {
  private static final int EVENTS_PER_SEED = 40;
  private static final Compilation COMPILATION = Compile.succeeded(JsonSchemaSources.all());
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);
  private static final SchemaRegistry DRAFT_7 =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
  private static final ObjectMapper TREES = new ObjectMapper();

  /** The events the random oracles run on (Constrained's constraints are in the mapping tests). */
  private static final List<String> RANDOM = List.of("Kinds", "Holder", "Payment", "Defaults");

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String event : RANDOM) {
      for (long seed = 1; seed <= 5; seed++) {
        out.add(Arguments.of(event, seed * 7919 + event.hashCode()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kinds", "Holder", "Constrained", "Payment", "Defaults"})
  void everySchemaIsAValidDraft7Schema(String event) throws IOException {
    Schema meta = DRAFT_7.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    assertThat(meta.validate(TREES.readTree("{\"type\": 5, \"minLength\": -1}")))
        .as("the meta-schema check can fail").isNotEmpty();
    JsonNode schema = TREES.readTree(schemaText(event));
    assertThat(meta.validate(schema)).as(event).isEmpty();
    // and networknt loads it as a schema (refs resolve)
    assertThat(DRAFT_7.getSchema(SchemaLocation.of("urn:test:" + event), schema)).isNotNull();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void everyPayloadTheCodecWritesIsValidAgainstTheSchema(String event, long seed)
      throws IOException {
    Schema schema = DRAFT_7.getSchema(SchemaLocation.of("urn:test:" + event),
        TREES.readTree(schemaText(event)));
    JsonEventCodec<Object> codec = codec(event);
    SeededValues values = new SeededValues(seed);
    for (int i = 0; i < EVENTS_PER_SEED; i++) {
      Object value = random(event, values);
      byte[] json = write(codec, value);
      List<Error> errors = schema.validate(TREES.readTree(json));
      assertThat(errors).as("seed %d, event %d: %s", seed, i, new String(json,
          java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void databindReadsWhatTheCodecWritesAndTheCodecReadsWhatDatabindWrites(String event,
      long seed) throws IOException {
    JsonEventCodec<Object> codec = codec(event);
    ObjectMapper databind = databind(event);
    SeededValues values = new SeededValues(seed);
    for (int i = 0; i < EVENTS_PER_SEED; i++) {
      Object value = random(event, values);
      byte[] ours = write(codec, value);
      Object byDatabind = databind.readValue(ours, codec.type());
      assertThat(equal(byDatabind, value))
          .as("seed %d, event %d: databind read %s from %s as %s", seed, i, value,
              new String(ours, java.nio.charset.StandardCharsets.UTF_8), byDatabind)
          .isTrue();
      byte[] theirs = databind.writeValueAsBytes(value);
      Object byCodec = readBothWays(codec, theirs);
      assertThat(equal(byCodec, value))
          .as("seed %d, event %d: the codec read %s from %s as %s", seed, i, value,
              new String(theirs, java.nio.charset.StandardCharsets.UTF_8), byCodec)
          .isTrue();
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("cases")
  void theCodecReadsPropertiesInAnyOrderAndSkipsUnknownOnes(String event, long seed)
      throws IOException {
    JsonEventCodec<Object> codec = codec(event);
    SeededValues values = new SeededValues(seed);
    Random random = new Random(seed);
    for (int i = 0; i < EVENTS_PER_SEED; i++) {
      Object value = random(event, values);
      JsonNode tree = TREES.readTree(write(codec, value));
      JsonNode shuffled = shuffled(tree, random);
      // the event's own object is a record: a newer writer's properties, anywhere in it
      ObjectNode root = (ObjectNode) shuffled;
      List<String> names = new ArrayList<>();
      root.fieldNames().forEachRemaining(names::add);
      ObjectNode withUnknown = TREES.createObjectNode();
      int at = random.nextInt(names.size() + 1);
      for (int k = 0; k <= names.size(); k++) {
        if (k == at) {
          withUnknown.set("newer_" + k,
              TREES.readTree("{\"a\": [1, {\"b\": null}], \"c\": \"d\"}"));
          withUnknown.put("newer_flag_" + k, true);
        }
        if (k < names.size()) {
          withUnknown.set(names.get(k), root.get(names.get(k)));
        }
      }
      byte[] json = TREES.writeValueAsBytes(withUnknown);
      Object read = readBothWays(codec, json);
      assertThat(equal(read, value))
          .as("seed %d, event %d: the codec read %s from %s as %s", seed, i, value,
              new String(json, java.nio.charset.StandardCharsets.UTF_8), read)
          .isTrue();
    }
  }

  /**
   * {@code json} read as the deserializer reads it (JsonReader.readEvent: the fast path, jackson-
   * core's parser if it gives up) and with jackson-core's parser alone: the two must agree.
   */
  static Object readBothWays(JsonEventCodec<Object> codec, byte[] json) throws IOException {
    Object fast = new JsonReader(Limits.DEFAULT).readEvent(codec, json, 0, json.length);
    Object jackson = new JsonReader(Limits.DEFAULT).readEventWithJackson(codec, json, 0,
        json.length);
    assertThat(equal(fast, jackson)).as("the fast path read %s, jackson-core's %s from %s", fast,
        jackson, new String(json, java.nio.charset.StandardCharsets.UTF_8)).isTrue();
    return fast;
  }

  /** {@code node} with the properties of each object in a random order, however nested. */
  private static JsonNode shuffled(JsonNode node, Random random) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i,
            shuffled(node.get(i), random));
      }
      return node;
    }
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    Collections.shuffle(names, random);
    ObjectNode out = TREES.createObjectNode();
    for (String name : names) {
      out.set(name, shuffled(node.get(name), random));
    }
    return out;
  }

  // ------------------------------------------------------------------------------- helpers

  static String schemaText(String event) {
    return Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/com.acme.json." + event + ".schema.json");
  }

  @SuppressWarnings("unchecked")
  static JsonEventCodec<Object> codec(String event) {
    try {
      return (JsonEventCodec<Object>) CLASSES.load("com.acme.json." + event + "JsonCodec")
          .getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** What the serializer writes: the codec on the runtime's JsonOutput. */
  static byte[] write(JsonEventCodec<Object> codec, Object value) throws IOException {
    JsonOutput out = new JsonOutput();
    codec.write(value, out);
    return out.toByteArray();
  }

  private static Object random(String event, SeededValues values) {
    String avsc = Compile.generatedText(COMPILATION, StandardLocation.CLASS_OUTPUT,
        "META-INF/avro/com.acme.json." + event + ".avsc");
    org.apache.avro.Schema schema = new Parser().parse(avsc);
    Class<?> type = CLASSES.load("com.acme.json." + event);
    return type.isInterface() ? values.sealed(type, schema) : values.record(type, schema);
  }

  /** Databind configured as the JSON codec reads and writes the event. */
  static ObjectMapper databind(String event) {
    ObjectMapper m = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    m.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    if (event.equals("Holder")) {
      m.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }
    if (event.equals("Kinds")) {
      m.addMixIn(CLASSES.load("com.acme.json.Kinds"), KindsMixIn.class);
    }
    if (event.equals("Payment")) {
      for (String sealed : List.of("Payment", "Payment$Fee")) {
        m.addMixIn(CLASSES.load("com.acme.json." + sealed), Sealed.class);
      }
      for (String r : List.of("Card", "Transfer", "Voucher", "Flat", "Percent")) {
        m.registerSubtypes(new NamedType(CLASSES.load("com.acme.json.Payment$" + r), r));
      }
    }
    m.setTypeFactory(m.getTypeFactory().withClassLoader(CLASSES));
    return m;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  interface Sealed {}

  /** {@code @CharAs(INT) char code}: a number, as the codec writes it. */
  abstract static class KindsMixIn {
    @JsonSerialize(using = CodeUnitWriter.class)
    @JsonDeserialize(using = CodeUnitReader.class)
    char code;

    @JsonSerialize(using = CodeUnitWriter.class)
    abstract char code();
  }

  static final class CodeUnitWriter extends JsonSerializer<Character> {
    @Override
    public void serialize(Character value, JsonGenerator g, SerializerProvider p)
        throws IOException {
      g.writeNumber((int) value);
    }
  }

  static final class CodeUnitReader extends JsonDeserializer<Character> {
    @Override
    public Character deserialize(com.fasterxml.jackson.core.JsonParser p,
        DeserializationContext c) throws IOException {
      return (char) p.getIntValue();
    }
  }

  /** Records equal component by component, arrays and byte buffers by content. */
  static boolean equal(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a.getClass().isArray() && b.getClass().isArray()) {
      int n = Array.getLength(a);
      if (n != Array.getLength(b)) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!equal(Array.get(a, i), Array.get(b, i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof ByteBuffer x && b instanceof ByteBuffer y) {
      return x.equals(y);
    }
    if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
      return x.isPresent() == y.isPresent() && (x.isEmpty() || equal(x.get(), y.get()));
    }
    if (a instanceof CharSequence x && b instanceof CharSequence y) {
      return x.toString().equals(y.toString());
    }
    if (a instanceof java.util.Set<?> x && b instanceof java.util.Set<?> y) {
      return x.equals(y);
    }
    if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
      return equal(x.toArray(), y.toArray());
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      for (Object k : x.keySet()) {
        if (!equal(x.get(k), y.get(k))) {
          return false;
        }
      }
      return true;
    }
    if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
      for (RecordComponent c : a.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          if (!equal(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
            return false;
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }
}
