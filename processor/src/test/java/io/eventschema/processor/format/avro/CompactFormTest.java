package io.eventschema.processor.format.avro;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.processor.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CompactForm} writes what Apache Avro writes: for each tree, Avro parses the pretty text
 * the processor writes ({@link Json#pretty}) and its {@code toString()} is the oracle. Trees it
 * must write itself (the shapes the processor writes for ordinary events) are asserted to be
 * written, not left to Avro; trees it leaves to Avro (null) are those it cannot be sure of. (Every
 * schema the processor's other tests compile is compared with Avro's too: with assertions on,
 * {@link AvroBinding} checks each one.)
 */
class CompactFormTest {

  static Stream<Arguments> writtenHere() {
    return Stream.of(
        Arguments.of("a record of primitives in a namespace",
            record("Placed", "shop", null, field("id", "string"), field("n", "long"),
                field("flag", "boolean"), field("f", "float"), field("d", "double"),
                field("raw", "bytes"), field("i", "int"))),
        Arguments.of("a record without namespace",
            record("Placed", null, null, field("id", "string"))),
        Arguments.of("nested records inheriting, repeating and leaving the namespace",
            record("Order", "shop", "An order.",
                field("line", record("Line", null, null, field("sku", "string"))),
                field("again", "shop.Line"),
                field("other", record("Money", "money", null, field("units", "long"),
                    field("back", "shop.Line"))),
                field("money", "money.Money"),
                field("inner", record("Deep", "money", null,
                    field("m", "money.Money"), field("o", "shop.Order"))))),
        Arguments.of("a type of no namespace inside one with a namespace",
            record("Outer", "a.b", null,
                field("x", with(record("Bare", null, null, field("v", "int")), "namespace", "")),
                field("z", record("Back", "a.b", null, field("w", "int"))))),
        Arguments.of("logical types, containers and nullable unions",
            record("Kinds", "k", null,
                field("amount", logical("bytes", "decimal", "precision", 12, "scale", 2)),
                field("at", logical("long", "timestamp-millis")),
                field("day", logical("int", "date")),
                field("id", logical("string", "uuid")),
                field("tags", map("type", "array", "items", "string")),
                field("attrs", map("type", "map", "values",
                    map("type", "array", "items", logical("long", "timestamp-micros")))),
                with(field("note", list("null", "string")), "default", Json.NULL),
                with(field("count", list("null", "int")), "default", Json.NULL),
                field("either", list("string", "long")))),
        Arguments.of("an enum with a default and a fixed, defined once and referenced",
            record("Shapes", "s", null,
                field("kind", with(with(map("type", "enum", "name", "Kind", "doc", "The kind.",
                    "symbols", list("A", "B", "UNKNOWN")), "default", "UNKNOWN"), "x-prop", 3)),
                field("again", "s.Kind"),
                field("hash", map("type", "fixed", "name", "Md5", "namespace", "h", "size", 16)),
                field("hash2", "h.Md5"))),
        Arguments.of("properties: constraints, nested values, a field's doc",
            with(record("Checked", "c", null,
                with(with(field("id", "string"), "doc", "The \"id\", \\ and\nso on\t."),
                    "constraints", list(map("name", "NotBlank"),
                        map("name", "Size", "min", 1, "max", 40L, "strict", true,
                            "groups", list("a", "b"), "nested", map("k", List.of()))))),
            "x-owner", "team")),
        Arguments.of("a record's properties before its fields",
            map("type", "record", "name", "P", "x-a", 1, "x-b", list("q"),
                "fields", list(field("x", "int")))),
        Arguments.of("text beyond ASCII",
            record("Cafes", null, null, with(field("id", "string"), "doc",
                "caf\u00e9 \u65e5\u672c \u2028 \u007f /"))),
        Arguments.of("a union of records at the top",
            list(record("A", "u", null, field("x", "int")),
                record("B", "u", null, field("a", "u.A"))))
    );
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writtenHere")
  void writesAvrosCompactForm(String what, Object tree) {
    String own = CompactForm.of(tree);
    assertThat(own).as(what + ": left to Avro").isNotNull();
    assertThat(own).as(what).isEqualTo(avro(tree));
  }

  static Stream<Arguments> leftToAvro() {
    return Stream.of(
        Arguments.of("aliases", with(record("A", "n", null, field("x", "int")), "aliases",
            list("Old"))),
        Arguments.of("a field's aliases", record("A", "n", null,
            with(field("x", "int"), "aliases", list("y")))),
        Arguments.of("a default other than null", record("A", "n", null,
            with(field("x", "int"), "default", 3))),
        Arguments.of("null as default where null is not first", record("A", "n", null,
            with(field("x", list("int", "null")), "default", Json.NULL))),
        Arguments.of("a fraction in a property", record("A", "n", null,
            with(field("x", "int"), "weight", 0.5))),
        Arguments.of("a field twice", record("A", "n", null, field("x", "int"),
            field("x", "long"))),
        Arguments.of("a reference to no type before", record("A", "n", null,
            field("x", "n.Later"))),
        Arguments.of("a record named as a type", record("string", "n", null,
            field("x", "int"))),
        Arguments.of("a symbol twice", record("A", "n", null, field("e",
            map("type", "enum", "name", "E", "symbols", list("X", "X"))))),
        Arguments.of("an enum default that is no symbol", record("A", "n", null, field("e",
            with(map("type", "enum", "name", "E", "symbols", list("X")), "default", "Y")))),
        Arguments.of("a lone surrogate or a control character", record("A", "n", null,
            with(field("x", "int"), "doc", "\ud83d\ude00 \u0001"))),
        Arguments.of("a name that is not ASCII", record("Caf\u00e9", "n", null,
            field("x", "int"))),
        Arguments.of("a reserved key", record("A", "n", null,
            with(field("x", "int"), "order", "descending"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leftToAvro")
  void leavesToAvroWhatItCannotBeSureOf(String what, Object tree) {
    assertThat(CompactForm.of(tree)).as(what).isNull();
  }

  private static String avro(Object tree) {
    return new Schema.Parser().parse(Json.pretty(tree)).toString();
  }

  private static Map<String, Object> record(String name, String namespace, String doc,
      Object... fields) {
    Map<String, Object> m = map("type", "record", "name", name);
    if (namespace != null) {
      m.put("namespace", namespace);
    }
    if (doc != null) {
      m.put("doc", doc);
    }
    m.put("fields", new ArrayList<>(Arrays.asList(fields)));
    return m;
  }

  private static Map<String, Object> field(String name, Object type) {
    return map("name", name, "type", type);
  }

  private static Map<String, Object> logical(String type, String logical, Object... more) {
    Map<String, Object> m = map("type", type, "logicalType", logical);
    m.putAll(map(more));
    return m;
  }

  private static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
    m.put(key, value);
    return m;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static List<Object> list(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }
}
