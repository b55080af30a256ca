package io.eventschema.evolution;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Random record schemas, random evolution steps between them (the changes people make: fields
 * added, removed, reordered, renamed with or without aliases, types promoted or changed, enum
 * symbols and defaults, unions widened or narrowed, records renamed), and random data. Schemas are
 * a small mutable tree rendered to Avro JSON; every run is reproducible from its seed.
 */
final class RandomSchemas {
  private final Random random;
  private int names;

  RandomSchemas(long seed) {
    this.random = new Random(seed);
  }

  // ------------------------------------------------------------------ the tree

  abstract static class T {
    abstract T copy();
  }

  static final class Prim extends T {
    final String type;

    Prim(String type) {
      this.type = type;
    }

    @Override
    T copy() {
      return new Prim(type);
    }
  }

  static final class Fixed extends T {
    String name;
    int size;

    Fixed(String name, int size) {
      this.name = name;
      this.size = size;
    }

    @Override
    T copy() {
      return new Fixed(name, size);
    }
  }

  static final class EnumT extends T {
    String name;
    List<String> symbols;
    String dflt;

    EnumT(String name, List<String> symbols, String dflt) {
      this.name = name;
      this.symbols = new ArrayList<>(symbols);
      this.dflt = dflt;
    }

    @Override
    T copy() {
      return new EnumT(name, symbols, dflt);
    }
  }

  static final class Arr extends T {
    T items;

    Arr(T items) {
      this.items = items;
    }

    @Override
    T copy() {
      return new Arr(items.copy());
    }
  }

  static final class MapT extends T {
    T values;

    MapT(T values) {
      this.values = values;
    }

    @Override
    T copy() {
      return new MapT(values.copy());
    }
  }

  static final class Union extends T {
    List<T> branches;

    Union(List<T> branches) {
      this.branches = new ArrayList<>(branches);
    }

    @Override
    T copy() {
      List<T> b = new ArrayList<>();
      for (T t : branches) {
        b.add(t.copy());
      }
      return new Union(b);
    }
  }

  static final class Rec extends T {
    String name;
    List<String> aliases = new ArrayList<>();
    List<F> fields = new ArrayList<>();

    Rec(String name) {
      this.name = name;
    }

    @Override
    T copy() {
      Rec r = new Rec(name);
      r.aliases.addAll(aliases);
      for (F f : fields) {
        r.fields.add(f.copy());
      }
      return r;
    }
  }

  static final class F {
    String name;
    List<String> aliases = new ArrayList<>();
    T type;
    /** JSON text of the default, or null for none. */
    String dflt;

    F(String name, T type, String dflt) {
      this.name = name;
      this.type = type;
      this.dflt = dflt;
    }

    F copy() {
      F f = new F(name, type.copy(), dflt);
      f.aliases.addAll(aliases);
      return f;
    }
  }

  // ------------------------------------------------------------------ generation

  private String newName(String prefix) {
    return prefix + (names++);
  }

  Rec record(int depth) {
    Rec r = new Rec(newName("R"));
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      r.fields.add(field(r, depth));
    }
    return r;
  }

  /** A copy of {@code root} with 1 to {@code max} random fields added after its last one. */
  Rec appendFields(Rec root, int max) {
    Rec next = (Rec) root.copy();
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      next.fields.add(field(next, 2));
    }
    return next;
  }

  private F field(Rec owner, int depth) {
    String name;
    do {
      name = newName("f");
    } while (fieldNamed(owner, name) != null);
    T type = type(depth);
    return new F(name, type, random.nextInt(3) == 0 ? null : defaultJson(type));
  }

  private static F fieldNamed(Rec r, String name) {
    for (F f : r.fields) {
      if (f.name.equals(name) || f.aliases.contains(name)) {
        return f;
      }
    }
    return null;
  }

  private static final String[] PRIMS =
      {"null", "boolean", "int", "long", "float", "double", "string", "bytes"};

  T type(int depth) {
    int k = random.nextInt(depth > 0 ? 15 : 11);
    return switch (k) {
      case 0, 1, 2, 3, 4, 5, 6, 7 -> new Prim(PRIMS[1 + random.nextInt(PRIMS.length - 1)]);
      case 8 -> new Fixed(newName("X"), random.nextInt(5));
      case 9 -> enumType();
      case 10 -> nullable(new Prim(PRIMS[2 + random.nextInt(PRIMS.length - 2)]));
      case 11 -> new Arr(type(depth - 1));
      case 12 -> new MapT(type(depth - 1));
      case 13 -> union(depth - 1);
      default -> record(depth - 1);
    };
  }

  private EnumT enumType() {
    int n = 1 + random.nextInt(4);
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      symbols.add("S" + i);
    }
    return new EnumT(newName("E"), symbols, random.nextBoolean() ? symbols.get(0) : null);
  }

  private T nullable(T t) {
    List<T> b = new ArrayList<>();
    b.add(new Prim("null"));
    b.add(t);
    return new Union(b);
  }

  private Union union(int depth) {
    List<T> branches = new ArrayList<>();
    int n = 2 + random.nextInt(3);
    for (int i = 0; i < n * 2 && branches.size() < n; i++) {
      T t = i == 0 && random.nextBoolean() ? new Prim("null") : type(Math.max(0, depth));
      if (!(t instanceof Union) && fitsUnion(branches, t)) {
        branches.add(t);
      }
    }
    for (String fallback : new String[] {"null", "string", "int"}) {
      if (branches.size() < 2 && fitsUnion(branches, new Prim(fallback))) {
        branches.add(new Prim(fallback));
      }
    }
    return new Union(branches);
  }

  /** Avro: no two branches of the same unnamed type, no union in a union. */
  private static boolean fitsUnion(List<T> branches, T t) {
    if (t instanceof Union) {
      return false;
    }
    String k = kind(t);
    for (T b : branches) {
      if (kind(b).equals(k)) {
        return false;
      }
    }
    return true;
  }

  private static String kind(T t) {
    if (t instanceof Prim p) {
      return p.type;
    }
    if (t instanceof Arr) {
      return "array";
    }
    if (t instanceof MapT) {
      return "map";
    }
    if (t instanceof Rec r) {
      return r.name;
    }
    if (t instanceof EnumT e) {
      return e.name;
    }
    if (t instanceof Fixed f) {
      return f.name;
    }
    return "union";
  }

  /** A valid default of {@code t}, as JSON text. */
  String defaultJson(T t) {
    if (t instanceof Prim p) {
      return switch (p.type) {
        case "null" -> "null";
        case "boolean" -> Boolean.toString(random.nextBoolean());
        case "int" -> Integer.toString(random.nextInt(2001) - 1000);
        case "long" -> Long.toString(random.nextLong() >> random.nextInt(64));
        case "float", "double" -> Double.toString((random.nextInt(2001) - 1000) / 8.0);
        case "string" -> random.nextBoolean() ? "\"\"" : "\"d\\u00e9f\"";
        default -> "\"\\u0001\\u00ff\"";
      };
    }
    if (t instanceof Fixed f) {
      return "\"" + "\\u00ab".repeat(f.size) + "\"";
    }
    if (t instanceof EnumT e) {
      return "\"" + e.symbols.get(random.nextInt(e.symbols.size())) + "\"";
    }
    if (t instanceof Arr a) {
      return random.nextBoolean() ? "[]" : "[" + defaultJson(a.items) + "]";
    }
    if (t instanceof MapT m) {
      return random.nextBoolean() ? "{}" : "{\"k\": " + defaultJson(m.values) + "}";
    }
    if (t instanceof Union u) {
      return defaultJson(u.branches.get(0));
    }
    Rec r = (Rec) t;
    StringBuilder s = new StringBuilder("{");
    for (F f : r.fields) {
      if (s.length() > 1) {
        s.append(", ");
      }
      s.append('"').append(f.name).append("\": ").append(defaultJson(f.type));
    }
    return s.append('}').toString();
  }

  // ------------------------------------------------------------------ evolution

  /** A copy of {@code root} changed by 1 to {@code maxSteps} random evolution steps. */
  Rec evolve(Rec root, int maxSteps) {
    Rec next = (Rec) root.copy();
    int steps = 1 + random.nextInt(maxSteps);
    for (int i = 0; i < steps; i++) {
      step(next);
    }
    refreshDefaults(next);
    return next;
  }

  /** Gives composite-typed fields a fresh default: a step may have changed the types inside. */
  private void refreshDefaults(Rec root) {
    List<Rec> records = new ArrayList<>();
    collectRecords(root, records);
    for (Rec r : records) {
      for (F f : r.fields) {
        if (f.dflt != null && !(f.type instanceof Prim)) {
          f.dflt = defaultJson(f.type);
        }
      }
    }
  }

  private void step(Rec root) {
    List<Rec> records = new ArrayList<>();
    collectRecords(root, records);
    Rec r = records.get(random.nextInt(records.size()));
    int k = random.nextInt(12);
    switch (k) {
      case 0 -> r.fields.add(random.nextInt(r.fields.size() + 1), field(r, 1));
      case 1 -> {
        if (r.fields.size() > 1) {
          r.fields.remove(random.nextInt(r.fields.size()));
        }
      }
      case 2 -> Collections.shuffle(r.fields, random);
      case 3, 4 -> {
        F f = r.fields.get(random.nextInt(r.fields.size()));
        String old = f.name;
        f.name = newName("g");
        if (k == 3) {
          f.aliases.add(old);
        }
      }
      case 5 -> {
        if (r != root || random.nextBoolean()) {
          r.aliases.add(fullName(r.name));
          r.name = newName("R");
        }
      }
      case 6 -> {
        F f = r.fields.get(random.nextInt(r.fields.size()));
        f.dflt = f.dflt == null ? defaultJson(f.type) : null;
      }
      default -> {
        F f = r.fields.get(random.nextInt(r.fields.size()));
        T changed = change(f.type);
        if (changed != f.type) {
          f.type = changed;
          if (f.dflt != null) {
            f.dflt = defaultJson(changed);
          }
        }
      }
    }
  }

  private void collectRecords(T t, List<Rec> out) {
    if (t instanceof Rec r) {
      out.add(r);
      for (F f : r.fields) {
        collectRecords(f.type, out);
      }
    } else if (t instanceof Arr a) {
      collectRecords(a.items, out);
    } else if (t instanceof MapT m) {
      collectRecords(m.values, out);
    } else if (t instanceof Union u) {
      for (T b : u.branches) {
        collectRecords(b, out);
      }
    }
  }

  private static final Map<String, List<String>> NEAR = Map.of(
      "int", List.of("long", "float", "double", "string"),
      "long", List.of("int", "float", "double"),
      "float", List.of("double", "int", "long"),
      "double", List.of("float", "long"),
      "string", List.of("bytes", "int"),
      "bytes", List.of("string"),
      "boolean", List.of("int", "string"));

  /** {@code t} changed in one way (may be {@code t} itself, mutated in place). */
  private T change(T t) {
    int k = random.nextInt(10);
    if (t instanceof Prim p && !p.type.equals("null")) {
      if (k < 6) {
        List<String> near = NEAR.get(p.type);
        return new Prim(near.get(random.nextInt(near.size())));
      }
      if (k < 9) {
        return random.nextBoolean() ? nullable(t) : new Union(List.of(t, new Prim("null")));
      }
      return type(1);
    }
    if (t instanceof EnumT e) {
      switch (k % 5) {
        case 0 -> e.symbols.add("S" + (10 + random.nextInt(10)));
        case 1 -> {
          if (e.symbols.size() > 1) {
            String gone = e.symbols.remove(random.nextInt(e.symbols.size()));
            if (gone.equals(e.dflt)) {
              e.dflt = e.symbols.get(0);
            }
          }
        }
        case 2 -> e.dflt = e.dflt == null ? e.symbols.get(random.nextInt(e.symbols.size())) : null;
        case 3 -> Collections.shuffle(e.symbols, random);
        default -> {
          return new Prim("string");
        }
      }
      e.symbols = new ArrayList<>(new java.util.LinkedHashSet<>(e.symbols));
      return e;
    }
    if (t instanceof Fixed f) {
      if (k < 3) {
        f.size = random.nextInt(5);
      } else if (k < 5) {
        return new Prim("bytes");
      }
      return f;
    }
    if (t instanceof Arr a) {
      if (k < 7) {
        a.items = change(a.items);
        return a;
      }
      return new MapT(a.items);
    }
    if (t instanceof MapT m) {
      if (k < 7) {
        m.values = change(m.values);
        return m;
      }
      return new Arr(m.values);
    }
    if (t instanceof Union u) {
      if (k < 3 && u.branches.size() > 2) {
        u.branches.remove(random.nextInt(u.branches.size()));
        return u;
      }
      if (k < 5) {
        T extra = type(0);
        if (fitsUnion(u.branches, extra)) {
          u.branches.add(random.nextInt(u.branches.size() + 1), extra);
        }
        return u;
      }
      if (k < 7) {
        // narrow to one branch
        return u.branches.get(random.nextInt(u.branches.size()));
      }
      int i = random.nextInt(u.branches.size());
      T changed = change(u.branches.get(i));
      List<T> others = new ArrayList<>(u.branches);
      others.remove(i);
      if (fitsUnion(others, changed)) {
        u.branches.set(i, changed);
      }
      return u;
    }
    if (t instanceof Rec r) {
      return k < 8 ? r : new Prim("string");
    }
    return type(1);
  }

  // ------------------------------------------------------------------ rendering

  private static final String NAMESPACE = "test.evolution";

  private static String fullName(String name) {
    return NAMESPACE + "." + name;
  }

  static Schema parse(Rec root) {
    return new Schema.Parser().setValidateDefaults(true).parse(json(root));
  }

  static String json(Rec root) {
    StringBuilder s = new StringBuilder();
    render(root, s, new HashMap<>(), true);
    return s.toString();
  }

  private static void render(T t, StringBuilder s, Map<String, Boolean> defined, boolean root) {
    if (t instanceof Prim p) {
      s.append('"').append(p.type).append('"');
    } else if (t instanceof Fixed f) {
      if (defined.put(f.name, true) != null) {
        s.append('"').append(fullName(f.name)).append('"');
        return;
      }
      s.append("{\"type\":\"fixed\",\"name\":\"").append(f.name).append("\",\"namespace\":\"")
          .append(NAMESPACE).append("\",\"size\":").append(f.size).append('}');
    } else if (t instanceof EnumT e) {
      if (defined.put(e.name, true) != null) {
        s.append('"').append(fullName(e.name)).append('"');
        return;
      }
      s.append("{\"type\":\"enum\",\"name\":\"").append(e.name).append("\",\"namespace\":\"")
          .append(NAMESPACE).append("\",\"symbols\":[");
      for (int i = 0; i < e.symbols.size(); i++) {
        s.append(i == 0 ? "" : ",").append('"').append(e.symbols.get(i)).append('"');
      }
      s.append(']');
      if (e.dflt != null) {
        s.append(",\"default\":\"").append(e.dflt).append('"');
      }
      s.append('}');
    } else if (t instanceof Arr a) {
      s.append("{\"type\":\"array\",\"items\":");
      render(a.items, s, defined, false);
      s.append('}');
    } else if (t instanceof MapT m) {
      s.append("{\"type\":\"map\",\"values\":");
      render(m.values, s, defined, false);
      s.append('}');
    } else if (t instanceof Union u) {
      s.append('[');
      for (int i = 0; i < u.branches.size(); i++) {
        if (i > 0) {
          s.append(',');
        }
        render(u.branches.get(i), s, defined, false);
      }
      s.append(']');
    } else {
      Rec r = (Rec) t;
      if (defined.put(r.name, true) != null) {
        s.append('"').append(fullName(r.name)).append('"');
        return;
      }
      s.append("{\"type\":\"record\",\"name\":\"").append(r.name).append("\",\"namespace\":\"")
          .append(NAMESPACE).append('"');
      if (!r.aliases.isEmpty()) {
        s.append(",\"aliases\":").append(strings(r.aliases));
      }
      s.append(",\"fields\":[");
      for (int i = 0; i < r.fields.size(); i++) {
        F f = r.fields.get(i);
        s.append(i == 0 ? "" : ",").append("{\"name\":\"").append(f.name).append("\",\"type\":");
        render(f.type, s, defined, false);
        if (f.dflt != null) {
          s.append(",\"default\":").append(f.dflt);
        }
        if (!f.aliases.isEmpty()) {
          s.append(",\"aliases\":").append(strings(f.aliases));
        }
        s.append('}');
      }
      s.append("]}");
    }
  }

  private static String strings(List<String> list) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      s.append(i == 0 ? "" : ",").append('"').append(list.get(i)).append('"');
    }
    return s.append(']').toString();
  }

  // ------------------------------------------------------------------ data

  /** A random datum of {@code s}, as Avro's generic representation. */
  Object datum(Schema s, int depth) {
    return switch (s.getType()) {
      case NULL -> null;
      case BOOLEAN -> random.nextBoolean();
      case INT -> random.nextInt(4) == 0 ? random.nextInt() : random.nextInt(200) - 100;
      case LONG -> random.nextLong() >> random.nextInt(64);
      case FLOAT -> random.nextInt(10) == 0 ? Float.NaN : random.nextFloat() * 1000 - 500;
      case DOUBLE -> random.nextGaussian() * 1e6;
      case STRING -> string();
      case BYTES -> {
        byte[] b = new byte[random.nextInt(6)];
        random.nextBytes(b);
        yield ByteBuffer.wrap(b);
      }
      case FIXED -> {
        byte[] b = new byte[s.getFixedSize()];
        random.nextBytes(b);
        yield new GenericData.Fixed(s, b);
      }
      case ENUM -> new GenericData.EnumSymbol(s,
          s.getEnumSymbols().get(random.nextInt(s.getEnumSymbols().size())));
      case ARRAY -> {
        int n = depth <= 0 ? 0 : random.nextInt(4);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          list.add(datum(s.getElementType(), depth - 1));
        }
        yield list;
      }
      case MAP -> {
        int n = depth <= 0 ? 0 : random.nextInt(4);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          map.put("k" + random.nextInt(10), datum(s.getValueType(), depth - 1));
        }
        yield map;
      }
      case UNION -> datum(s.getTypes().get(random.nextInt(s.getTypes().size())), depth - 1);
      case RECORD -> {
        GenericData.Record r = new GenericData.Record(s);
        for (Schema.Field f : s.getFields()) {
          r.put(f.pos(), datum(f.schema(), depth - 1));
        }
        yield r;
      }
    };
  }

  private String string() {
    String[] pieces = {"", "a", "é", "日本", "\uD83D\uDE00", "xyz"};
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      s.append(pieces[random.nextInt(pieces.length)]);
    }
    return new String(s.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
