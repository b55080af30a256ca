package io.eventschema.processor;

import static io.eventschema.processor.testing.DiagnosticAssertions.assertOnlyError;
import static io.eventschema.processor.testing.DiagnosticAssertions.event;
import static io.eventschema.processor.testing.DiagnosticAssertions.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/**
 * {@code @AvroUnion}: a sealed interface of one-component records is a general Avro union in
 * {@code permits} order ({@code ["int", "string"]}, {@code ["null", "string", "long"]}, a record
 * or an int, an array or a map, null in the middle); the schema against Avro's parse of the
 * expected text, random values written by Avro's {@code GenericDatumWriter} through the generated
 * codec and back to the same bytes, and the misuses (EVS041, EVS042, EVS210, EVS340).
 */
class GeneralUnionTest {
  private static final JavaFileObject UNIONS = Compile.source("p.u.Unions", "package p.u;",
      "import io.eventschema.*;",
      "import java.util.*;",
      "public final class Unions {",
      "  private Unions() {}",
      "  @AvroUnion",
      "  public sealed interface IntOrString permits IntOrString.IntValue,"
          + " IntOrString.StringValue {",
      "    record IntValue(int value) implements IntOrString {}",
      "    record StringValue(String value) implements IntOrString {}",
      "  }",
      "  @AvroUnion",
      "  public sealed interface NullStringLong permits NullStringLong.Null,"
          + " NullStringLong.StringValue, NullStringLong.LongValue {",
      "    record Null() implements NullStringLong {}",
      "    record StringValue(String value) implements NullStringLong {}",
      "    record LongValue(long value) implements NullStringLong {}",
      "  }",
      "  @AvroUnion",
      "  public sealed interface PointOrInt permits PointOrInt.PointValue, PointOrInt.IntValue {",
      "    record PointValue(Point value) implements PointOrInt {}",
      "    record IntValue(Integer value) implements PointOrInt {}",
      "  }",
      "  public record Point(int x, int y) {}",
      "  @AvroUnion",
      "  public sealed interface Bag permits Bag.ArrayValue, Bag.Middle, Bag.MapValue {",
      "    record ArrayValue(List<String> value) implements Bag {}",
      "    record Middle() implements Bag {}",
      "    record MapValue(Map<String, Long> value) implements Bag {}",
      "  }",
      "}");
  private static final JavaFileObject EVENT = Compile.source("p.Reading", "package p;",
      "import io.eventschema.*;",
      "import java.util.*;",
      "import p.u.Unions.*;",
      "@Event",
      "public record Reading(IntOrString value,",
      "    @AvroDefault(\"null\") NullStringLong note,",
      "    PointOrInt at,",
      "    Bag data,",
      "    List<IntOrString> history,",
      "    @AvroDefault(\"7\") IntOrString seven) {}");
  private static final Compilation COMPILATION = Compile.succeeded(UNIONS, EVENT);
  private static final CompiledClasses CLASSES = new CompiledClasses(COMPILATION);

  private static final String EXPECTED = """
      {"type": "record", "name": "Reading", "namespace": "p", "fields": [
        {"name": "value", "type": ["int", "string"]},
        {"name": "note", "type": ["null", "string", "long"], "default": null},
        {"name": "at", "type": [{"type": "record", "name": "Point", "namespace": "p.u", "fields": [
            {"name": "x", "type": "int"}, {"name": "y", "type": "int"}]}, "int"]},
        {"name": "data", "type": [{"type": "array", "items": "string"}, "null",
            {"type": "map", "values": "long"}]},
        {"name": "history", "type": {"type": "array", "items": ["int", "string"]}},
        {"name": "seven", "type": ["int", "string"], "default": 7}
      ]}""";

  @Test
  void theSchemaHasEveryBranchInPermitsOrder() {
    Schema written = new Schema.Parser().parse(Compile.schemaText(COMPILATION, "p.Reading"));
    Schema expected = new Schema.Parser().parse(EXPECTED);
    assertThat(written).isEqualTo(expected);
    assertThat(SchemaNormalization.toParsingForm(written))
        .isEqualTo(SchemaNormalization.toParsingForm(expected));
    assertThat(written.getField("seven").defaultVal()).isEqualTo(7);
  }

  @Test
  void avrosBytesReadThroughTheCodecAndWriteBackTheSame() throws Exception {
    EventCodec<Object> codec = AvroOracle.codec(CLASSES.load("p.ReadingCodec"));
    Schema schema = new Schema.Parser().parse(EXPECTED);
    Random random = new Random(20261201L);
    Map<Integer, Integer> branchesSeen = new HashMap<>();
    for (int n = 0; n < 200; n++) {
      GenericData.Record datum = new GenericData.Record(schema);
      for (Schema.Field f : schema.getFields()) {
        datum.put(f.pos(), value(f.schema(), random, branchesSeen));
      }
      byte[] avro = AvroOracle.genericBytes(schema, datum);
      Object value = codec.decode(new AvroInput().reset(avro, 0, avro.length));
      assertThat(javaValue(get(value, "value"))).isEqualTo(datum.get("value"));
      assertThat(javaValue(get(value, "note"))).isEqualTo(datum.get("note"));
      assertThat(javaValue(get(value, "data"))).isEqualTo(datum.get("data"));
      AvroOutput out = new AvroOutput();
      codec.encode(value, out);
      assertThat(out.toByteArray()).as("datum %s", datum).isEqualTo(avro);
    }
    // every branch of every union was taken
    assertThat(branchesSeen).containsKeys(2, 3);
    assertThat(branchesSeen.get(2)).isEqualTo(0b11);
    assertThat(branchesSeen.get(3)).isEqualTo(0b111);
  }

  /** A random value of {@code s} in Avro's generic model; records which union branches it took. */
  private static Object value(Schema s, Random random, Map<Integer, Integer> seen) {
    switch (s.getType()) {
      case UNION: {
        int i = random.nextInt(s.getTypes().size());
        seen.merge(s.getTypes().size(), 1 << i, (a, b) -> a | b);
        return value(s.getTypes().get(i), random, seen);
      }
      case NULL:
        return null;
      case INT:
        return random.nextInt();
      case LONG:
        return random.nextLong();
      case STRING:
        return "s" + random.nextInt(1000);
      case ARRAY: {
        List<Object> items = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          items.add(value(s.getElementType(), random, seen));
        }
        return items;
      }
      case MAP: {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          m.put("k" + i, value(s.getValueType(), random, seen));
        }
        return m;
      }
      case RECORD: {
        GenericData.Record r = new GenericData.Record(s);
        for (Schema.Field f : s.getFields()) {
          r.put(f.pos(), value(f.schema(), random, seen));
        }
        return r;
      }
      default:
        throw new IllegalArgumentException(s.toString());
    }
  }

  /** The value a branch record holds (null for a branch without components). */
  private static Object javaValue(Object branch) throws Exception {
    if (branch.getClass().getRecordComponents().length == 0) {
      return null;
    }
    return branch.getClass().getRecordComponents()[0].getAccessor().invoke(branch);
  }

  private static Object get(Object record, String component) throws Exception {
    Method m = record.getClass().getDeclaredMethod(component);
    m.setAccessible(true);
    return m.invoke(record);
  }

  // ---------------------------------------------------------------------------- misuses

  private static final String HEAD = "@AvroUnion sealed interface U permits ";

  @Test
  void twoBranchesOfOneAvroTypeAreAnError() {
    JavaFileObject e = event("public record E(E.U u) {",
        "  " + HEAD + "A, B {}",
        "  record A(int value) implements U {}",
        "  record B(LocalDate value) implements U {}",
        "}");
    expectError(e, "EVS041", "@AvroUnion p.E.U: the branches A and B are both int",
        "record B(");
  }

  @Test
  void aBranchWithTwoComponentsIsAnError() {
    expectError(event("public record E(E.U u) {",
        "  " + HEAD + "A {}",
        "  record A(int x, int y) implements U {}",
        "}"), "EVS041", "@AvroUnion p.E.U: A has 2 components", "record A(");
  }

  @Test
  void aBranchThatIsAUnionIsAnError() {
    expectError(event("public record E(E.U u) {",
        "  " + HEAD + "A {}",
        "  record A(Optional<String> value) implements U {}",
        "}"), "EVS041", "@AvroUnion p.E.U: A.value is itself a union", "record A(");
  }

  @Test
  void aFieldAnnotationOnABranchIsAnError() {
    expectError(event("public record E(E.U u) {",
        "  " + HEAD + "A {}",
        "  record A(@AvroDoc(\"x\") String value) implements U {}",
        "}"), "EVS041", "@AvroUnion p.E.U: @AvroDoc on A.value has no meaning", "record A(");
  }

  @Test
  void aDefaultOfAnotherBranchThanTheFirstIsAnError() {
    expectError(event("public record E(@AvroDefault(\"\\\"x\\\"\") E.U u) {",
        "  " + HEAD + "A, B {}",
        "  record A(int value) implements U {}",
        "  record B(String value) implements U {}",
        "}"), "EVS019", "the default \"x\" of field 'u' does not match its schema"
        + " [\"int\",\"string\"]", "E.U u");
  }

  @Test
  void aNullableAvroUnionIsAnError() {
    expectError(event("public record E(Optional<U> u) {",
        "  " + HEAD + "A, B {}",
        "  record A(int value) implements U {}",
        "  record B(String value) implements U {}",
        "}"), "EVS042", "field 'u' is an Optional or @Nullable", "Optional<U> u");
  }

  @Test
  void jsonSchemaRefusesAnAvroUnion() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA})",
        "public record E(E.U u) {",
        "  " + HEAD + "A, B {}",
        "  record A(int value) implements U {}",
        "  record B(String value) implements U {}",
        "}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS210",
        "field 'u' has type p.E.U, an @AvroUnion, which has no JSON Schema form yet", "E.U u");
  }

  @Test
  void protobufRefusesAnAvroUnion() {
    JavaFileObject e = Compile.source("p.E", "package p;", "import io.eventschema.*;",
        "@Event(formats = {Format.AVRO, Format.PROTOBUF})",
        "public record E(E.U u) {",
        "  " + HEAD + "A, B {}",
        "  record A(int value) implements U {}",
        "  record B(String value) implements U {}",
        "}");
    assertOnlyError(Compile.withProcessor(e), e, "EVS340",
        "field 'u' has type p.E.U, an @AvroUnion, which has no Protobuf form yet", "E.U u");
  }
}
