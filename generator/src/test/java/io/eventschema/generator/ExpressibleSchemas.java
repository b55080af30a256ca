package io.eventschema.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random Avro schemas inside the set the processor can express, seeded: records (nested, shared,
 * recursive), enums (defaults, docs, aliases, properties), fixed, every logical type the processor
 * emits, arrays, maps, {@code ["null", T]} and {@code [T, "null"]} with defaults and without,
 * general unions (null anywhere, one to four branches, in fields, items and values), unions of
 * records as sealed interfaces, defaults, docs (Javadoc-safe and not), aliases, properties,
 * Avro error types, records without a namespace inside namespaced ones, enum symbols that are
 * Java keywords,
 * {@code constraints} properties, names in camel, snake and Pascal case, keywords and names that
 * clash with Java; properties on primitives, logical types, arrays, maps and fixed types (any JSON
 * value), the null type as a field, item or value (with properties of its own), field
 * {@code order}, NaN / Infinity defaults of float and double fields, custom logical types (on
 * primitives, arrays, maps, fixed, null and union branches, with attributes beside them) and
 * Avro's own beside a string {@code avro.java.string} (which Avro's parser drops), empty
 * docs on records, fields and enums, decimals without {@code "scale"}, and top-level enums and
 * general unions.
 */
final class ExpressibleSchemas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] WORDS = {"user", "item", "order", "total", "id", "name", "at",
      "value", "http", "url", "count", "line", "state", "kind", "amount", "code"};
  private static final String[] ODD_NAMES = {"class", "default", "record", "hashCode", "_x",
      "ID", "URL", "var", "enum", "toString", "x_", "a__b", "package"};
  private static final String[] DOCS = {"The user's id.", "Amount in cents", "Größe des Teils.",
      "Two lines\nof doc", "Has <b>markup</b>", "Uses {@code x} tags", "A backslash \\ here",
      "Costs $5", "@starts with an at", "  padded  ", "ends with */ too", ""};
  /** Logical types Avro does not know: kept as properties (@AvroLogicalType). */
  private static final String[] CUSTOM_LOGICAL = {"iso-datetime", "x-money", "geo.point",
      "cents", "Ip4", "nothing-here"};

  private final Random random;
  private final String namespace;
  private int counter;
  /** The named types defined so far in this schema (full name, JSON definition). */
  private final List<String> recordNames = new ArrayList<>();
  private final List<ObjectNode> records = new ArrayList<>();
  private final List<String> enumNames = new ArrayList<>();
  private final List<ObjectNode> enums = new ArrayList<>();
  private final List<String> fixedNames = new ArrayList<>();
  private final List<ObjectNode> fixeds = new ArrayList<>();
  /** The field naming style of this schema: 0 camel, 1 snake, 2 Pascal, 3 mixed. */
  private final int style;
  private boolean withConstraints;

  /** What the schema is at the top: 0 a record or union of records, 1 an enum, 2 a union. */
  private final int top;

  ExpressibleSchemas(long seed, String namespace) {
    this.random = new Random(seed);
    this.namespace = namespace;
    this.style = random.nextInt(4);
    this.withConstraints = random.nextInt(4) == 0;
    // from a stream of its own, so that the records and unions of records stay as they were
    int shape = new Random(seed ^ 0x5DEECE66DL).nextInt(20);
    this.top = shape == 0 ? 1 : shape <= 2 ? 2 : 0;
  }

  /**
   * One schema: a record, or (one in 12) a union of records; one in 20 a top-level enum and one
   * in 10 a top-level general union instead (null anywhere, records, enums, fixed types at any
   * depth).
   */
  String schema() {
    if (top == 1) {
      return enumType().toString();
    }
    if (top == 2) {
      return generalUnion(2).toString();
    }
    if (random.nextInt(12) == 0) {
      ArrayNode union = JSON.arrayNode();
      int n = 2 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        union.add(record(2, false));
      }
      return union.toString();
    }
    return record(3, false).toString();
  }

  private String name(String prefix) {
    return prefix + (counter++);
  }

  private boolean chance(int oneIn) {
    return random.nextInt(oneIn) == 0;
  }

  // ------------------------------------------------------------------------------- records

  private ObjectNode record(int depth) {
    return record(depth, true);
  }

  private ObjectNode record(int depth, boolean otherNamespace) {
    ObjectNode r = JSON.objectNode();
    // an Avro error type (@AvroError) one in 12
    r.put("type", chance(12) ? "error" : "record");
    String name = chance(15) ? "Record" + counter++ : name(chance(10) ? "rec" : "Rec");
    r.put("name", name);
    // another namespace one in 8, no namespace (@AvroNamespace("")) one in 12
    r.put("namespace", otherNamespace && chance(8) ? namespace + ".sub"
        : otherNamespace && chance(12) ? "" : namespace);
    if (chance(4)) {
      r.put("doc", doc());
    }
    if (chance(6)) {
      r.set("aliases", JSON.arrayNode().add("Old" + name));
    }
    if (chance(6)) {
      r.put("owner", "team-" + random.nextInt(9));
    }
    String ns = r.get("namespace").asText();
    String full = ns.isEmpty() ? name : ns + "." + name;
    recordNames.add(full);
    records.add(r);
    ArrayNode fields = JSON.arrayNode();
    List<String> used = new ArrayList<>();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      String fieldName = fieldName(used);
      fields.add(field(fieldName, depth, full));
    }
    r.set("fields", fields);
    return r;
  }

  private String fieldName(List<String> used) {
    String name;
    do {
      if (chance(8)) {
        name = ODD_NAMES[random.nextInt(ODD_NAMES.length)];
      } else {
        String a = WORDS[random.nextInt(WORDS.length)];
        String b = WORDS[random.nextInt(WORDS.length)];
        int s = style == 3 ? random.nextInt(3) : style;
        name = switch (s) {
          case 0 -> a + Character.toUpperCase(b.charAt(0)) + b.substring(1);
          case 1 -> a + "_" + b;
          default -> Character.toUpperCase(a.charAt(0)) + a.substring(1)
              + Character.toUpperCase(b.charAt(0)) + b.substring(1);
        };
        if (chance(5)) {
          name = name + random.nextInt(10);
        }
      }
    } while (used.contains(name));
    used.add(name);
    return name;
  }

  private String doc() {
    return chance(2) ? "Doc " + counter++ + " of the thing." : DOCS[random.nextInt(DOCS.length)];
  }

  private ObjectNode field(String name, int depth, String owner) {
    ObjectNode f = JSON.objectNode();
    f.put("name", name);
    int k = random.nextInt(10);
    JsonNode type;
    JsonNode dflt = null;
    if (k == 0) {
      // ["null", T], default null or (one in 3) none
      JsonNode inner = valueType(depth);
      type = JSON.arrayNode().add("null").add(inner);
      dflt = chance(3) ? null : JSON.nullNode();
    } else if (k == 1) {
      // [T, "null"] with a default of T or (one in 3) none
      JsonNode inner = valueType(depth);
      type = JSON.arrayNode().add(inner).add("null");
      dflt = chance(3) ? null : defaultOf(inner);
    } else if (k == 2 && depth > 0 && chance(2)) {
      type = recordUnion(depth, false);
      if (chance(3)) {
        // null first (default null or none) or last (no default)
        boolean last = chance(3);
        ArrayNode withNull = last ? JSON.arrayNode() : JSON.arrayNode().add("null");
        type.forEach(withNull::add);
        if (last) {
          withNull.add("null");
        }
        type = withNull;
        dflt = last || chance(3) ? null : JSON.nullNode();
      }
    } else if (k == 4 && chance(2)) {
      // a general union (an @AvroUnion), with a default of its first branch or none
      type = generalUnion(depth);
      dflt = chance(3) ? defaultOf(type) : null;
    } else if (k == 3 && chance(3)) {
      // recursion: back to the record being defined, through a nullable or an array
      type = chance(2) ? JSON.arrayNode().add("null").add(owner)
          : JSON.objectNode().put("type", "array").put("items", owner);
      dflt = type.isArray() ? (chance(3) ? null : JSON.nullNode())
          : (chance(2) ? JSON.arrayNode() : null);
    } else if (k == 5 && chance(4)) {
      // the null type alone: Void
      type = nullType();
      dflt = chance(2) ? JSON.nullNode() : null;
    } else {
      type = type(depth, owner);
      if (type.isArray() && type.get(0).asText().equals("null")) {
        dflt = JSON.nullNode();
      } else if (chance(3)) {
        dflt = defaultOf(type);
        String t = type.isTextual() ? type.asText() : type.path("type").asText();
        if ((t.equals("float") || t.equals("double")) && !type.has("logicalType") && chance(3)) {
          // written as Avro writes the numbers JSON lacks
          String[] texts = {"NaN", "Infinity", "-Infinity"};
          dflt = new TextNode(texts[random.nextInt(texts.length)]);
        }
      }
    }
    if (chance(12)) {
      f.put("order", chance(2) ? "descending" : "ignore");
    }
    f.set("type", type);
    if (chance(4)) {
      f.put("doc", doc());
    }
    if (dflt != null) {
      f.set("default", dflt);
    }
    if (chance(7)) {
      f.set("aliases", JSON.arrayNode().add("old_" + name));
    }
    if (chance(8)) {
      f.put("pii", chance(2));
      if (chance(2)) {
        f.set("tags", JSON.arrayNode().add("a").add(1));
      }
    }
    if (withConstraints && chance(2)) {
      ArrayNode constraints = constraintsFor(type);
      if (!constraints.isEmpty()) {
        f.set("constraints", constraints);
      }
    }
    return f;
  }

  /** A type that is not a union (union branches, [T, "null"]). */
  private JsonNode valueType(int depth) {
    return type(depth, null, false);
  }

  private JsonNode type(int depth, String owner) {
    return type(depth, owner, true);
  }

  private JsonNode type(int depth, String owner, boolean union) {
    JsonNode t = bareType(depth, owner, union);
    if (chance(10) && (t.isTextual() && PRIMITIVES.contains(t.asText())
        || t.isObject() && !t.has("name") && !t.has("logicalType"))) {
      ObjectNode custom = t.isTextual() ? JSON.objectNode().put("type", t.asText())
          : (ObjectNode) t;
      customLogical(custom);
      return custom;
    }
    if (chance(40) && t.isTextual() && PRIMITIVES.contains(t.asText())) {
      // (instead of a primitive, so that no definition in t is lost)
      // Avro's own logical type beside a string avro.java.string: Avro reads a plain type
      String[][] dropped = {{"string", "uuid"}, {"long", "timestamp-millis"}, {"int", "date"},
          {"bytes", "decimal"}};
      String[] d = dropped[random.nextInt(dropped.length)];
      ObjectNode o = JSON.objectNode().put("type", d[0]).put("logicalType", d[1]);
      if (d[1].equals("decimal")) {
        o.put("precision", 4).put("scale", 2);
      }
      return o.put("avro.java.string", "String");
    }
    if (chance(8) && (t.isTextual() && PRIMITIVES.contains(t.asText())
        || t.isObject() && !t.has("name"))) {
      ObjectNode withProps = t.isTextual() ? JSON.objectNode().put("type", t.asText())
          : (ObjectNode) t;
      typeProps(withProps);
      return withProps;
    }
    return t;
  }

  private static final List<String> PRIMITIVES = List.of("boolean", "int", "long", "float",
      "double", "string", "bytes");

  /**
   * A custom logical type on {@code t}, sometimes with attributes beside it (plain properties)
   * and other properties, sometimes after them.
   */
  private void customLogical(ObjectNode t) {
    if (chance(4)) {
      t.put("x-before", 1);
    }
    t.put("logicalType", CUSTOM_LOGICAL[random.nextInt(CUSTOM_LOGICAL.length)]);
    if (chance(3)) {
      t.put("precision", 1 + random.nextInt(20)).put("scale", random.nextInt(3));
    }
    if (chance(4)) {
      typeProps(t);
    }
  }

  /** The null type, sometimes with properties or a custom logical type. */
  private JsonNode nullType() {
    if (!chance(3)) {
      return new TextNode("null");
    }
    ObjectNode t = JSON.objectNode().put("type", "null");
    if (chance(3)) {
      customLogical(t);
    } else {
      typeProps(t);
    }
    return t;
  }

  /** One to three properties of a type, of any JSON value: datagen's arg.properties and such. */
  private void typeProps(ObjectNode t) {
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(5)) {
        // on a logical type, Avro's parser drops the logical type (uuid, time-millis) when the
        // schema has "avro.java.string": only on plain strings, where Avro's compiler writes it
        case 0 -> t.put(t.has("logicalType") ? "x-unit" : "avro.java.string",
            t.has("logicalType") ? "us" : "String");
        case 1 -> t.set("arg.properties", JSON.objectNode()
            .set("options", JSON.arrayNode().add("a").add(1).add(2.5).addNull().add(true)));
        case 2 -> t.set("arg.properties", JSON.objectNode().set("range",
            JSON.objectNode().put("min", random.nextInt(10)).put("max", 100)));
        case 3 -> t.put("x-unit", "ms");
        default -> t.put("x-weight", random.nextInt(5) - 2);
      }
    }
  }

  private JsonNode bareType(int depth, String owner, boolean union) {
    int k = random.nextInt(depth > 0 ? 22 : 16);
    if (k == 20 && !union) {
      k = 21;
    }
    return switch (k) {
      case 0 -> new TextNode("boolean");
      case 1 -> new TextNode("int");
      case 2 -> new TextNode("long");
      case 3 -> new TextNode("float");
      case 4 -> new TextNode("double");
      case 5, 6 -> new TextNode("string");
      case 7 -> new TextNode("bytes");
      case 8 -> logical();
      case 9 -> logical();
      case 10 -> enumType();
      case 11 -> fixed();
      case 12 -> chance(4) ? bigDecimal() : decimal();
      case 13 -> JSON.objectNode().put("type", "string").put("logicalType", "uuid");
      case 14 -> !recordNames.isEmpty() && chance(2) && owner != null
          ? reuse() : new TextNode("string");
      case 15 -> !enumNames.isEmpty() ? new TextNode(enumNames.get(random.nextInt(
          enumNames.size()))) : new TextNode("int");
      case 16, 17 -> JSON.objectNode().put("type", "array").set("items", item(depth - 1));
      case 18, 19 -> JSON.objectNode().put("type", "map").set("values", item(depth - 1));
      case 20 -> recordUnion(depth - 1, true);
      default -> record(depth - 1);
    };
  }

  /** A record defined earlier whose definition is complete (not an ancestor being defined). */
  private JsonNode reuse() {
    for (int i = 0; i < 4; i++) {
      int at = random.nextInt(records.size());
      if (records.get(at).has("fields")) {
        return new TextNode(recordNames.get(at));
      }
    }
    return new TextNode("long");
  }

  /** Array items and map values: a type, ["null", T], or (one in 8) a general union. */
  private JsonNode item(int depth) {
    if (chance(8)) {
      return generalUnion(Math.max(depth, 0));
    }
    if (chance(16)) {
      return nullType(); // List<Void>, Map<String, Void>
    }
    JsonNode t = type(Math.max(depth, 0), null);
    if (!t.isArray() && chance(4)) {
      return JSON.arrayNode().add("null").add(t);
    }
    return t;
  }

  /**
   * A union of 1 to 4 branches of distinct Avro types (null anywhere, primitives with or without
   * a logical type, an array, a map, a new record, an enum, a fixed), in random order.
   */
  private JsonNode generalUnion(int depth) {
    List<String> kinds = new ArrayList<>(List.of("null", "boolean", "int", "long", "float",
        "double", "string", "bytes", "array", "map", "record", "enum", "fixed"));
    java.util.Collections.shuffle(kinds, random);
    ArrayNode u = JSON.arrayNode();
    int n = 1 + random.nextInt(4);
    // a decimal on fixed and a decimal (or big-decimal) on bytes are both a BigDecimal to Avro's
    // GenericData, which then cannot tell the branches apart: with a fixed, bytes stay plain
    boolean withFixed = kinds.subList(0, n).contains("fixed");
    for (String kind : kinds.subList(0, n)) {
      u.add(switch (kind) {
        case "int" -> chance(3) ? JSON.objectNode().put("type", "int")
            .put("logicalType", chance(2) ? "date" : "time-millis") : new TextNode("int");
        case "long" -> chance(3) ? JSON.objectNode().put("type", "long").put("logicalType",
            chance(2) ? "timestamp-millis" : "local-timestamp-micros") : new TextNode("long");
        case "string" -> chance(4) ? JSON.objectNode().put("type", "string")
            .put("logicalType", chance(3) ? "x-text" : "uuid") : new TextNode("string");
        case "bytes" -> withFixed ? new TextNode("bytes") : chance(4) ? JSON.objectNode()
            .put("type", "bytes")
            .put("logicalType", "decimal").put("precision", 9).put("scale", 2)
            : chance(4) ? bigDecimal() : new TextNode("bytes");
        case "array" -> JSON.objectNode().put("type", "array")
            .set("items", depth > 0 ? item(depth - 1) : new TextNode("string"));
        case "map" -> JSON.objectNode().put("type", "map")
            .set("values", depth > 0 ? item(depth - 1) : new TextNode("long"));
        case "record" -> record(Math.max(depth - 1, 0));
        case "enum" -> enumType();
        case "fixed" -> fixed();
        default -> new TextNode(kind);
      });
    }
    return u;
  }

  private JsonNode recordUnion(int depth, boolean maybeNull) {
    ArrayNode u = JSON.arrayNode();
    if (maybeNull && chance(3)) {
      u.add("null");
    }
    int n = 2 + random.nextInt(2);
    for (int i = 0; i < n; i++) {
      u.add(record(Math.max(depth - 1, 0), false));
    }
    return u;
  }

  /** A decimal on bytes, scale 0 or 1, or (one in 5) no "scale" (Avro's 0). */
  private JsonNode decimal() {
    ObjectNode d = JSON.objectNode().put("type", "bytes").put("logicalType", "decimal")
        .put("precision", 1 + random.nextInt(30));
    return chance(5) ? d : d.put("scale", random.nextInt(2) == 0 ? 0 : 1 + random.nextInt(1));
  }

  private JsonNode logical() {
    String[][] choices = {{"int", "date"}, {"int", "time-millis"}, {"long", "time-micros"},
        {"long", "timestamp-millis"}, {"long", "timestamp-micros"}, {"long", "timestamp-nanos"},
        {"long", "local-timestamp-millis"}, {"long", "local-timestamp-micros"},
        {"long", "local-timestamp-nanos"}};
    String[] c = choices[random.nextInt(choices.length)];
    return JSON.objectNode().put("type", c[0]).put("logicalType", c[1]);
  }

  private JsonNode enumType() {
    if (!enumNames.isEmpty() && chance(3)) {
      return new TextNode(enumNames.get(random.nextInt(enumNames.size())));
    }
    ObjectNode e = JSON.objectNode();
    e.put("type", "enum");
    String name = name("Kind");
    e.put("name", name);
    e.put("namespace", namespace);
    ArrayNode symbols = JSON.arrayNode();
    int n = 1 + random.nextInt(4);
    // keywords and _ need @AvroName on their constants
    String[] pool = {"ACTIVE", "CLOSED", "unknown", "S_1", "Red", "value", "_hidden", "class",
        "default", "_", "enum"};
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < n) {
      String s = pool[random.nextInt(pool.length)];
      if (!chosen.contains(s)) {
        chosen.add(s);
        symbols.add(s);
      }
    }
    e.set("symbols", symbols);
    if (chance(2)) {
      e.put("default", chosen.get(random.nextInt(chosen.size())));
    }
    if (chance(4)) {
      e.put("doc", doc());
    }
    if (chance(6)) {
      e.set("aliases", JSON.arrayNode().add("Former" + name));
    }
    if (chance(6)) {
      e.put("since", 2);
    }
    enumNames.add(namespace + "." + name);
    enums.add(e);
    return e;
  }

  private JsonNode fixed() {
    if (!fixedNames.isEmpty() && chance(3)) {
      return new TextNode(fixedNames.get(random.nextInt(fixedNames.size())));
    }
    ObjectNode f = JSON.objectNode();
    f.put("type", "fixed");
    String name = name(chance(2) ? "Hash" : "md");
    f.put("name", name);
    // another namespace than the event's one in 6 (@Fixed(namespace)), none one in 10
    String ns = chance(6) ? namespace + ".fx" : chance(10) ? "" : namespace;
    f.put("namespace", ns);
    String doc = chance(5) ? doc() : "";
    if (!doc.isEmpty()) {
      // an empty doc on a fixed is refused (@Fixed(doc = "") means none)
      f.put("doc", doc);
    }
    if (chance(6)) {
      f.set("aliases", chance(2) ? JSON.arrayNode().add("Old" + name)
          : JSON.arrayNode().add("Old" + name).add("legacy.Old" + name));
    }
    // a decimal on fixed one in 5, a duration one in 6 (AvroDuration), else bytes
    int kind = random.nextInt(30);
    if (kind < 6) {
      int size = 1 + random.nextInt(16);
      int precision = 1 + random.nextInt(
          (int) Math.round(Math.floor(Math.log10(2) * (8 * size - 1))));
      f.put("size", size).put("logicalType", "decimal").put("precision", precision);
      if (!chance(5)) {
        // else no "scale" (Avro's 0): @AvroDecimal(..., writeScale = false)
        f.put("scale", random.nextInt(Math.min(precision, 4) + 1));
      }
    } else if (kind < 11) {
      f.put("size", 12).put("logicalType", "duration");
    } else {
      f.put("size", 1 + random.nextInt(16));
      if (chance(6)) {
        customLogical(f);
      }
    }
    if (!f.has("logicalType") && chance(4)) {
      typeProps(f);
    }
    if (!ns.isEmpty()) {
      // a fixed without a namespace is never referenced by name: from a namespaced record its
      // bare name would be read in that namespace
      fixedNames.add(ns + "." + name);
      fixeds.add(f);
    }
    return f;
  }

  /** Avro 1.12's big-decimal ({@code @AvroBigDecimal BigDecimal}). */
  private static ObjectNode bigDecimal() {
    return JSON.objectNode().put("type", "bytes").put("logicalType", "big-decimal");
  }

  // ------------------------------------------------------------------------------- defaults

  /** A valid default of {@code type} (a definition or a name defined earlier). */
  private JsonNode defaultOf(JsonNode type) {
    if (type.isTextual()) {
      String t = type.asText();
      switch (t) {
        case "null":
          return JSON.nullNode();
        case "boolean":
          return JSON.booleanNode(random.nextBoolean());
        case "int":
          return JSON.numberNode(random.nextInt(2001) - 1000);
        case "long":
          return JSON.numberNode(random.nextLong() >> random.nextInt(64));
        case "float":
        case "double":
          return JSON.numberNode((random.nextInt(2001) - 1000) / 8.0);
        case "string":
          return new TextNode(random.nextBoolean() ? "" : "d\u00e9f \"q\"");
        case "bytes":
          return new TextNode("\u0001\u00ff");
        default:
          int e = enumNames.indexOf(t);
          if (e >= 0) {
            return defaultOf(enums.get(e));
          }
          int x = fixedNames.indexOf(t);
          if (x >= 0) {
            return defaultOf(fixeds.get(x));
          }
          int r = recordNames.indexOf(t);
          return defaultOf(records.get(r));
      }
    }
    if (type.isArray()) {
      return defaultOf(type.get(0));
    }
    String t = type.get("type").asText();
    if (type.has("logicalType") && !List.of(CUSTOM_LOGICAL).contains(
        type.get("logicalType").asText()) && !type.get("logicalType").asText().equals("x-text")) {
      return switch (type.get("logicalType").asText()) {
        case "uuid" -> new TextNode("0b6ee6b4-95c3-4b2e-8e58-3f3a4a7c1c2d");
        // on fixed: 7 sign-extended to the size; big-decimal: the bytes of 7 at scale 0
        case "decimal" -> new TextNode(t.equals("fixed")
            ? "\u0000".repeat(type.get("size").asInt() - 1) + "\u0007" : "\u0000\u0007");
        case "big-decimal" -> new TextNode("\u0002\u0007\u0000");
        case "duration" -> new TextNode("\u00ab".repeat(12));
        default -> t.equals("int") ? JSON.numberNode(random.nextInt(100000))
            : JSON.numberNode(random.nextInt(1_000_000));
      };
    }
    return switch (t) {
      case "enum" -> {
        JsonNode symbols = type.get("symbols");
        yield symbols.get(random.nextInt(symbols.size()));
      }
      case "fixed" -> new TextNode("\u00ab".repeat(type.get("size").asInt()));
      case "array" -> chance(2) ? JSON.arrayNode()
          : JSON.arrayNode().add(defaultOf(type.get("items")));
      case "map" -> chance(2) ? JSON.objectNode()
          : JSON.objectNode().set("k", defaultOf(type.get("values")));
      case "record", "error" -> {
        ObjectNode v = JSON.objectNode();
        for (JsonNode f : type.get("fields")) {
          JsonNode ft = f.get("type");
          if (ft.isArray() && ft.get(0).asText().equals("null")) {
            v.set(f.get("name").asText(), JSON.nullNode());
          } else if (ft.isObject() && ft.path("type").asText().equals("array")
              && ft.path("items").isTextual()
              && recordNames.contains(ft.get("items").asText())) {
            v.set(f.get("name").asText(), JSON.arrayNode());
          } else {
            v.set(f.get("name").asText(), defaultOf(ft));
          }
        }
        yield v;
      }
      default -> defaultOf(new TextNode(t));
    };
  }

  // ------------------------------------------------------------------------------- constraints

  /** The constraints property the processor would write for some constraints on {@code type}. */
  private ArrayNode constraintsFor(JsonNode type) {
    ArrayNode out = JSON.arrayNode();
    JsonNode t = type;
    if (t.isArray() && t.size() == 2 && t.get(0).asText().equals("null")) {
      t = t.get(1);
    } else if (t.isArray() && t.size() == 2 && t.get(1).asText().equals("null")) {
      t = t.get(0);
    }
    if (t.isTextual()) {
      switch (t.asText()) {
        case "string" -> {
          out.add(size(0, 10 + random.nextInt(50), null));
          if (chance(2)) {
            out.add(JSON.objectNode().put("name", "NotBlank"));
          }
          if (chance(3)) {
            out.add(JSON.objectNode().put("name", "Pattern")
                .set("flags", chance(2) ? JSON.arrayNode()
                    : JSON.arrayNode().add("CASE_INSENSITIVE")));
            ((ObjectNode) out.get(out.size() - 1)).put("regexp", "[a-z]*");
          }
        }
        case "int", "long" -> {
          out.add(JSON.objectNode().put("name", "Min").put("value", random.nextInt(10)));
          if (chance(2)) {
            out.add(JSON.objectNode().put("name", "Max").put("value", 1000));
          }
        }
        case "double" -> out.add(JSON.objectNode().put("name", "DecimalMin")
            .put("inclusive", random.nextBoolean()).put("value", "0.5"));
        default -> { }
      }
      return out;
    }
    if (t.isObject() && t.path("type").asText().equals("array")) {
      out.add(size(1, 5, null));
      if (t.path("items").asText().equals("string")) {
        out.add(JSON.objectNode().put("name", "NotBlank").put("on", "items"));
      }
    } else if (t.isObject() && t.path("type").asText().equals("map")) {
      out.add(size(0, 20, null));
      out.add(size(1, 3, "keys"));
      if (t.path("values").asText().equals("int")) {
        out.add(JSON.objectNode().put("name", "Positive").put("on", "values"));
      }
    }
    return out;
  }

  private static ObjectNode size(int min, int max, String on) {
    ObjectNode s = JSON.objectNode().put("name", "Size");
    if (on != null) {
      s.put("on", on);
    }
    return s.put("max", max).put("min", min);
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
