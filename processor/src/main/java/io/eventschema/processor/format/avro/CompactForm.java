package io.eventschema.processor.format.avro;

import io.eventschema.processor.json.Json;
import io.eventschema.processor.mapping.Names;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Avro's compact form of a schema ({@code new Schema.Parser().parse(text).toString()}, what the
 * registry receives and the codec carries), written from {@link SchemaWriter}'s tree without
 * Apache Avro: loading and warming Avro and the Jackson databind it initialises costs a
 * compilation about 0.3 s of cpu, and each parse 0.4 to 2 ms (docs/performance.md, "Build cost").
 *
 * <p>It follows what Avro does with the same tree, step by step: a named type without
 * {@code namespace} takes its enclosing record's; a definition writes {@code namespace} only where
 * it differs from the enclosing one ({@code ""} for a type without one inside one that has one);
 * a reference is the short name inside its own namespace, else the full name; keys in Avro's order
 * (a record's {@code doc} before {@code fields}, its properties after). And it checks what Avro's
 * parser would refuse: names and namespaces (ours are stricter: ASCII), a field or symbol twice, an
 * enum default that is no symbol, a {@code null} default on a union that does not start with
 * {@code null}, a reference to no type defined before.
 *
 * <p>Whatever it does not mirror for certain it leaves to Avro: {@link #of} answers null (aliases,
 * a default other than {@code null}, a number that is not an integer, a {@code null} property, a
 * control character or lone surrogate in a string, a reserved key, a name Avro reads otherwise),
 * and {@link AvroBinding} then parses with Avro as before. The processor's tests run with
 * assertions on, and {@link AvroBinding} then checks every form written here against Avro's own.
 */
final class CompactForm {
  private static final Set<String> PRIMITIVES =
      Set.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");
  /** Avro's type names: a named type of one of these names is always written in full. */
  private static final Set<String> TYPE_NAMES = Set.of("record", "enum", "array", "map", "union",
      "fixed", "string", "bytes", "int", "long", "float", "double", "boolean", "null");
  /**
   * Keys Avro reads itself on a schema or field, not as properties: one that the kind at hand
   * does not use is left to Avro.
   */
  private static final Set<String> RESERVED = Set.of("doc", "fields", "items", "name",
      "namespace", "size", "symbols", "values", "type", "aliases", "default", "order");
  private static final Set<String> PRIMITIVE_KEYS = Set.of("type");
  private static final Set<String> ITEMS_KEYS = Set.of("type", "items");
  private static final Set<String> VALUES_KEYS = Set.of("type", "values");
  private static final Set<String> RECORD_KEYS = Set.of("type", "name", "namespace", "doc",
      "fields");
  private static final Set<String> ENUM_KEYS = Set.of("type", "name", "namespace", "doc",
      "symbols", "default");
  private static final Set<String> FIXED_KEYS = Set.of("type", "name", "namespace", "doc",
      "size");
  private static final Set<String> FIELD_KEYS = Set.of("name", "type", "doc", "default");

  /** Thrown where the tree holds something left to Avro. */
  private static final class Unsure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsure() {
      super(null, null, false, false);
    }
  }

  private final StringBuilder out = new StringBuilder(256);
  /** Full name of each named type defined so far, to its namespace (null for none). */
  private final Map<String, String> known = new HashMap<>();

  private CompactForm() {}

  /** Avro's compact form of {@code tree}, or null to leave it to Avro. */
  static String of(Object tree) {
    CompactForm form = new CompactForm();
    try {
      form.schema(tree, null);
    } catch (Unsure | ClassCastException unsure) {
      return null;
    }
    return form.out.toString();
  }

  /** {@code ns}: the enclosing record's namespace, null for none. */
  private void schema(Object schema, String ns) {
    if (schema instanceof String name) {
      if (PRIMITIVES.contains(name)) {
        string(name);
      } else {
        reference(name, ns);
      }
    } else if (schema instanceof List<?> union) {
      out.append('[');
      for (int i = 0; i < union.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        schema(union.get(i), ns);
      }
      out.append(']');
    } else if (schema instanceof Map<?, ?> map && map.get("type") instanceof String type) {
      switch (type) {
        case "record" -> record(map, ns);
        case "enum" -> enumeration(map, ns);
        case "fixed" -> fixed(map, ns);
        case "array" -> container(map, "items", ITEMS_KEYS, ns);
        case "map" -> container(map, "values", VALUES_KEYS, ns);
        default -> primitive(map, type);
      }
    } else {
      throw new Unsure();
    }
  }

  private void reference(String name, String ns) {
    if (name.indexOf('.') < 0 && ns != null) {
      name = ns + "." + name;
    }
    if (!known.containsKey(name)) {
      throw new Unsure(); // not defined before: Avro resolves it (or refuses it) its own way
    }
    string(qualified(name, known.get(name), ns));
  }

  /** The name Avro writes for a type of full name {@code full} inside namespace {@code ns}. */
  private static String qualified(String full, String space, String ns) {
    if (space != null && space.equals(ns)) {
      String shortName = full.substring(space.length() + 1);
      if (!TYPE_NAMES.contains(shortName)) {
        return shortName;
      }
    }
    return full;
  }

  private void primitive(Map<?, ?> map, String type) {
    if (!PRIMITIVES.contains(type)) {
      throw new Unsure();
    }
    if (map.size() == 1) {
      string(type);
      return;
    }
    out.append("{\"type\":");
    string(type);
    props(map, PRIMITIVE_KEYS);
    out.append('}');
  }

  private void container(Map<?, ?> map, String key, Set<String> keys, String ns) {
    if (!map.containsKey(key)) {
      throw new Unsure();
    }
    out.append("{\"type\":");
    string((String) map.get("type"));
    out.append(",\"").append(key).append("\":");
    schema(map.get(key), ns);
    props(map, keys);
    out.append('}');
  }

  /** Writes the type, name and namespace of a definition; returns its namespace (null: none). */
  private String define(Map<?, ?> map, String ns) {
    if (map.containsKey("aliases")) {
      throw new Unsure();
    }
    String name = (String) map.get("name");
    if (name == null || !Names.isValidName(name) || TYPE_NAMES.contains(name)) {
      throw new Unsure();
    }
    String space = ns;
    if (map.containsKey("namespace")) {
      String given = (String) map.get("namespace");
      if (!Names.isValidNamespace(given)) {
        throw new Unsure();
      }
      space = given.isEmpty() ? null : given;
    }
    String full = space == null ? name : space + "." + name;
    if (known.containsKey(full)) {
      throw new Unsure(); // defined twice: Avro refuses it
    }
    known.put(full, space);
    out.append("{\"type\":");
    string((String) map.get("type"));
    out.append(",\"name\":");
    string(name);
    if (space != null ? !space.equals(ns) : ns != null) {
      out.append(",\"namespace\":");
      string(space == null ? "" : space);
    }
    doc(map);
    return space;
  }

  private void doc(Map<?, ?> map) {
    if (map.containsKey("doc")) {
      out.append(",\"doc\":");
      string((String) map.get("doc"));
    }
  }

  private void record(Map<?, ?> map, String ns) {
    String space = define(map, ns);
    if (!(map.get("fields") instanceof List<?> fields)) {
      throw new Unsure();
    }
    out.append(",\"fields\":[");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      field((Map<?, ?>) fields.get(i), space, names);
    }
    out.append(']');
    props(map, RECORD_KEYS);
    out.append('}');
  }

  private void field(Map<?, ?> field, String space, Set<String> names) {
    String name = (String) field.get("name");
    if (name == null || !Names.isValidName(name) || !names.add(name)
        || field.containsKey("aliases") || field.containsKey("order")
        || !field.containsKey("type")) {
      throw new Unsure();
    }
    out.append("{\"name\":");
    string(name);
    out.append(",\"type\":");
    Object type = field.get("type");
    schema(type, space);
    doc(field);
    if (field.containsKey("default")) {
      // Avro checks a default against the type; this writer takes only null before a null first
      if (field.get("default") != Json.NULL
          || !(type instanceof List<?> union && !union.isEmpty() && "null".equals(union.get(0)))) {
        throw new Unsure();
      }
      out.append(",\"default\":null");
    }
    props(field, FIELD_KEYS);
    out.append('}');
  }

  private void enumeration(Map<?, ?> map, String ns) {
    define(map, ns);
    if (!(map.get("symbols") instanceof List<?> symbols)) {
      throw new Unsure();
    }
    out.append(",\"symbols\":[");
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < symbols.size(); i++) {
      String symbol = (String) symbols.get(i);
      if (!Names.isValidName(symbol) || !seen.add(symbol)) {
        throw new Unsure();
      }
      if (i > 0) {
        out.append(',');
      }
      string(symbol);
    }
    out.append(']');
    if (map.containsKey("default")) {
      Object symbol = map.get("default");
      if (!seen.contains(symbol)) {
        throw new Unsure();
      }
      out.append(",\"default\":");
      string((String) symbol);
    }
    props(map, ENUM_KEYS);
    out.append('}');
  }

  private void fixed(Map<?, ?> map, String ns) {
    define(map, ns);
    if (!(map.get("size") instanceof Integer size) || size < 0) {
      throw new Unsure();
    }
    out.append(",\"size\":").append(size);
    props(map, FIXED_KEYS);
    out.append('}');
  }

  /**
   * The keys of {@code map} other than the kind's own {@code keys}, as Avro keeps them:
   * properties, in order.
   */
  private void props(Map<?, ?> map, Set<String> keys) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = (String) e.getKey();
      if (keys.contains(key)) {
        continue;
      }
      if (RESERVED.contains(key)) {
        throw new Unsure();
      }
      out.append(',');
      string(key);
      out.append(':');
      value(e.getValue());
    }
  }

  /** A property's value: JSON as Jackson writes the tree Avro read. */
  private void value(Object v) {
    if (v instanceof String s) {
      string(s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte) {
      out.append(v);
    } else if (v instanceof BigInteger b && b.bitLength() < 64) {
      out.append(b);
    } else if (v instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (v instanceof List<?> l) {
      out.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(l.get(i));
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> m) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string((String) e.getKey());
        out.append(':');
        value(e.getValue());
      }
      out.append('}');
    } else {
      throw new Unsure(); // a fraction, a big number, null: left to Avro and Jackson
    }
  }

  /** A JSON string as Jackson writes it: quote and backslash escaped, other characters as is. */
  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            throw new Unsure();
          }
          out.append(c);
        }
      }
    }
    out.append('"');
  }
}
