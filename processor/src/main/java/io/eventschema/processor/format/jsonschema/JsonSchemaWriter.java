package io.eventschema.processor.format.jsonschema;

import io.eventschema.processor.format.ConstraintsProperty;
import io.eventschema.processor.json.Json;
import io.eventschema.processor.model.ConstraintModel;
import io.eventschema.processor.model.ConstraintModel.Step;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.FieldSchema;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.CharType;
import io.eventschema.processor.model.TypeModel.CollectionKind;
import io.eventschema.processor.model.TypeModel.DateType;
import io.eventschema.processor.model.TypeModel.DecimalType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NarrowInt;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.PrimitiveKind;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.TimeOfDayType;
import io.eventschema.processor.model.TypeModel.TimestampType;
import io.eventschema.processor.model.TypeModel.UnionType;
import io.eventschema.processor.model.TypeModel.UuidType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an event's model into its JSON Schema as a JSON tree: draft-07, {@code title} the record's
 * name, properties in declaration order named as in Avro, {@code required} for the components
 * without a default, each record and enum defined once under {@code $defs} and {@code $ref}'d,
 * nullable and {@code Optional} values as {@code anyOf} with null, sealed interfaces as
 * {@code oneOf} over records that carry a {@code const} discriminator. Bean Validation constraints
 * become keywords where JSON Schema has one; the rest go to the {@code constraints} property in
 * Avro's form when the event asks for it ({@code @ConstraintsInSchema}). Every object is closed
 * ({@code additionalProperties: false}); see docs/json-schema.md for why.
 */
final class JsonSchemaWriter {
  private static final String JAKARTA = "jakarta.validation.constraints.";
  private static final String JAVAX = "javax.validation.constraints.";
  /** ISO-8601 hours and minutes, seconds and a fraction optional, then the end of the text. */
  private static final String CLOCK = "[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";

  private final JsonNames names;
  private final Map<String, Object> defs = new LinkedHashMap<>();
  private final RecordType rootRecord;

  private JsonSchemaWriter(EventModel event) {
    this.names = JsonNames.of(event);
    this.rootRecord = event.root() instanceof RecordType r ? r : null;
  }

  /** The schema of {@code event}. */
  static Map<String, Object> schema(EventModel event) {
    return new JsonSchemaWriter(event).root(event);
  }

  /** Pretty text of a schema tree: objects with properties or definitions span lines. */
  static String text(Map<String, Object> schema) {
    return Json.pretty(schema, Set.of("properties", "$defs", "oneOf"));
  }

  private Map<String, Object> root(EventModel event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$schema", JsonSchemaBinding.DRAFT);
    m.put("title", event.name().name());
    if (rootRecord != null) {
      String doc = rootRecord.info().doc();
      if (!doc.isEmpty()) {
        m.put("description", doc);
      }
      m.putAll(recordBody(rootRecord));
    } else if (event.root() instanceof EnumType e) {
      // a top-level enum: the symbols as strings, as an enum field's definition
      if (!e.info().doc().isEmpty()) {
        m.put("description", e.info().doc());
      }
      m.put("type", "string");
      m.put("enum", new ArrayList<Object>(e.symbols()));
    } else {
      m.put("type", "object");
      m.putAll(union((UnionType) event.root()));
    }
    if (!defs.isEmpty()) {
      m.put("$defs", defs);
    }
    return m;
  }

  // ------------------------------------------------------------------------------ records

  private Map<String, Object> recordBody(RecordType r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    String tag = names.discriminatorOf(r);
    if (tag != null) {
      properties.put(JsonNames.DISCRIMINATOR, Map.of("const", tag));
      required.add(JsonNames.DISCRIMINATOR);
    }
    for (FieldModel f : r.fields()) {
      properties.put(f.schemaName(), property(r, f));
      if (JsonDefaults.isRequired(r, f)) {
        required.add(f.schemaName());
      }
    }
    m.put("properties", properties);
    if (!required.isEmpty()) {
      m.put("required", required);
    }
    m.put("additionalProperties", false);
    return m;
  }

  private Map<String, Object> property(RecordType owner, FieldModel f) {
    FieldSchema fs = owner.schemaOf(f);
    List<ConstraintModel> leftover = new ArrayList<>();
    List<Located> located = new ArrayList<>();
    for (ConstraintModel c : f.constraints()) {
      if (c.isCascade() || c.annotation().startsWith("io.eventschema.")) {
        continue; // @Valid is no constraint; @Fixed and @AvroDecimal are the field's type
      }
      located.add(new Located(c, 0));
    }
    Map<String, Object> node = node(f.type(), located, leftover);
    Map<String, Object> extra = new LinkedHashMap<>();
    if (!fs.info().doc().isEmpty()) {
      extra.put("description", fs.info().doc());
    }
    if (fs.hasDefault()) {
      extra.put("default", JsonDefaults.convert(f.type(), fs.defaultValue()));
    } else if (f.type() instanceof NullableType && !fs.noDefault()) {
      extra.put("default", Json.NULL);
    }
    if (fs.writeConstraints() && !leftover.isEmpty()) {
      extra.put(ConstraintsProperty.NAME, ConstraintsProperty.of(leftover, f.type()));
    }
    if (extra.isEmpty()) {
      return node;
    }
    if (node.containsKey("$ref")) {
      // draft-07 ignores the siblings of a $ref: wrap it
      Map<String, Object> wrapped = new LinkedHashMap<>();
      wrapped.put("allOf", List.of(node));
      node = wrapped;
    }
    node.putAll(extra);
    return node;
  }

  // -------------------------------------------------------------------------------- types

  /** A constraint and how many steps of its path have been walked. */
  private record Located(ConstraintModel c, int at) {
    boolean here() {
      return at == c.path().size();
    }

    Step next() {
      return c.path().get(at);
    }

    Located advance() {
      return new Located(c, at + 1);
    }
  }

  private Map<String, Object> node(TypeModel type, List<Located> cs, List<ConstraintModel> left) {
    if (type instanceof NullableType n) {
      List<Located> inner = new ArrayList<>();
      for (Located l : cs) {
        if (n.form() == NullForm.OPTIONAL) {
          if (!l.here() && l.next() == Step.ELEMENT) {
            inner.add(l.advance());
          } else {
            left.add(l.c()); // on the Optional itself (@NotNull Optional<...>)
          }
        } else {
          inner.add(l);
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("anyOf", List.of(node(n.inner(), inner, left), Map.of("type", "null")));
      return m;
    }
    List<Located> here = new ArrayList<>();
    List<Located> items = new ArrayList<>();
    List<Located> keys = new ArrayList<>();
    List<Located> values = new ArrayList<>();
    for (Located l : cs) {
      if (l.here()) {
        here.add(l);
      } else if (l.next() == Step.ELEMENT && type instanceof ArrayType) {
        items.add(l.advance());
      } else if (l.next() == Step.MAP_KEY && type instanceof MapType) {
        keys.add(l.advance());
      } else if (l.next() == Step.MAP_VALUE && type instanceof MapType) {
        values.add(l.advance());
      } else {
        left.add(l.c());
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (type instanceof ArrayType a) {
      m.put("type", "array");
      m.put("items", node(a.elements(), items, left));
      if (a.kind() == CollectionKind.SET) {
        m.put("uniqueItems", true);
      }
      applyAll(m, Shape.ARRAY, here, left);
      return m;
    }
    if (type instanceof MapType mt) {
      m.put("type", "object");
      if (!keys.isEmpty()) {
        Map<String, Object> keyNode = new LinkedHashMap<>();
        keyNode.put("type", "string");
        applyAll(keyNode, Shape.STRING, keys, left);
        m.put("propertyNames", keyNode);
      }
      m.put("additionalProperties", node(mt.values(), values, left));
      applyAll(m, Shape.OBJECT, here, left);
      return m;
    }
    Shape shape = scalar(type, m);
    if (shape == Shape.FLOATING) {
      applyAll(m, Shape.NUMBER, here, left);
      // Jackson writes NaN and the infinities as strings (WRITE_NAN_AS_STRINGS)
      Map<String, Object> or = new LinkedHashMap<>();
      or.put("anyOf", List.of(m, Map.of("enum", List.of("NaN", "Infinity", "-Infinity"))));
      return or;
    }
    applyAll(m, shape, here, left);
    return m;
  }

  /** What JSON value a type is, for the constraints that apply to it. */
  private enum Shape { STRING, INTEGER, NUMBER, FLOATING, BOOLEAN, ARRAY, OBJECT, OTHER }

  /** Fills {@code m} with the schema of a scalar or named type; says what it is. */
  private Shape scalar(TypeModel type, Map<String, Object> m) {
    type = TypeModel.valueModel(type); // a decimal on fixed is a decimal here
    if (type instanceof Primitive p) {
      switch (p.kind()) {
        case BOOLEAN -> {
          m.put("type", "boolean");
          return Shape.BOOLEAN;
        }
        case INT -> {
          integer(m, Integer.MIN_VALUE, Integer.MAX_VALUE);
          return Shape.INTEGER;
        }
        case LONG -> {
          // no range: beyond 2^53 JavaScript's validators cannot even read the bounds
          m.put("type", "integer");
          return Shape.INTEGER;
        }
        default -> {
          m.put("type", "number");
          return p.kind() == PrimitiveKind.FLOAT || p.kind() == PrimitiveKind.DOUBLE
              ? Shape.FLOATING : Shape.NUMBER;
        }
      }
    }
    if (type instanceof NarrowInt n) {
      if (n.isByte()) {
        integer(m, Byte.MIN_VALUE, Byte.MAX_VALUE);
      } else {
        integer(m, Short.MIN_VALUE, Short.MAX_VALUE);
      }
      return Shape.INTEGER;
    }
    if (type instanceof CharType c) {
      if (c.asString()) {
        m.put("type", "string");
        m.put("minLength", 1);
        m.put("maxLength", 1);
        return Shape.STRING;
      }
      integer(m, 0, Character.MAX_VALUE);
      return Shape.INTEGER;
    }
    if (type instanceof StringType) {
      m.put("type", "string");
      return Shape.STRING;
    }
    if (type instanceof BytesType) {
      m.put("type", "string");
      m.put("contentEncoding", "base64");
      return Shape.OTHER;
    }
    if (type instanceof FixedType f) {
      int length = (f.size() + 2) / 3 * 4;
      m.put("type", "string");
      m.put("contentEncoding", "base64");
      m.put("minLength", length);
      m.put("maxLength", length);
      m.put("$comment", f.size() + " bytes");
      return Shape.OTHER;
    }
    if (type instanceof UuidType) {
      m.put("type", "string");
      m.put("format", "uuid");
      return Shape.OTHER;
    }
    if (type instanceof DecimalType d) {
      m.put("type", "string");
      m.put("pattern", JsonNames.decimalPattern(d.precision(), d.scale()));
      m.put("$comment", "decimal(" + d.precision() + "," + d.scale() + ") as a string: at most "
          + (d.precision() - d.scale()) + " digits before the point and " + d.scale()
          + " after");
      return Shape.OTHER;
    }
    if (type instanceof TimestampType t) {
      m.put("type", "string");
      if (t.local()) {
        // format date-time is RFC 3339's, which requires an offset: a LocalDateTime has none
        m.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T" + CLOCK);
        m.put("$comment", "a local date-time, ISO-8601 without offset");
      } else {
        m.put("format", "date-time");
      }
      return Shape.OTHER;
    }
    if (type instanceof DateType) {
      m.put("type", "string");
      m.put("format", "date");
      return Shape.OTHER;
    }
    if (type instanceof TimeOfDayType) {
      // format time is RFC 3339's full-time, which requires an offset: a LocalTime has none
      m.put("type", "string");
      m.put("pattern", "^" + CLOCK);
      m.put("$comment", "a local time, ISO-8601 without offset");
      return Shape.OTHER;
    }
    if (type instanceof EnumType e) {
      m.put("$ref", ref(e));
      return Shape.OTHER;
    }
    if (type instanceof RecordType r) {
      m.put("$ref", ref(r));
      return Shape.OTHER;
    }
    if (type instanceof UnionType u) {
      m.putAll(union(u));
      return Shape.OTHER;
    }
    throw new IllegalArgumentException("no JSON Schema for " + type);
  }

  private static void integer(Map<String, Object> m, long min, long max) {
    m.put("type", "integer");
    m.put("minimum", min);
    m.put("maximum", max);
  }

  private Map<String, Object> union(UnionType u) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> branches = new ArrayList<>();
    Map<String, Object> mapping = new LinkedHashMap<>();
    for (RecordType r : u.branches()) {
      String ref = ref(r);
      branches.add(Map.of("$ref", ref));
      mapping.put(names.discriminatorOf(r), ref);
    }
    m.put("oneOf", branches);
    Map<String, Object> discriminator = new LinkedHashMap<>();
    discriminator.put("propertyName", JsonNames.DISCRIMINATOR);
    discriminator.put("mapping", mapping);
    m.put("discriminator", discriminator);
    return m;
  }

  /** A reference to a record or enum, defining it under {@code $defs} at first use. */
  private String ref(TypeModel.Named named) {
    if (named == rootRecord) {
      return "#";
    }
    String key = names.defName(named);
    String ref = "#/$defs/" + key;
    if (defs.containsKey(key)) {
      return ref;
    }
    Map<String, Object> def = new LinkedHashMap<>();
    defs.put(key, def); // before the fields: a record may refer to itself
    def.put("title", named.schemaName().name());
    if (!named.info().doc().isEmpty()) {
      def.put("description", named.info().doc());
    }
    if (named instanceof RecordType r) {
      def.putAll(recordBody(r));
    } else if (named instanceof EnumType e) {
      def.put("type", "string");
      def.put("enum", new ArrayList<Object>(e.symbols()));
    } else {
      throw new IllegalArgumentException("no $defs entry for " + named);
    }
    return ref;
  }

  // -------------------------------------------------------------------------- constraints

  private static void applyAll(Map<String, Object> m, Shape shape, List<Located> cs,
      List<ConstraintModel> left) {
    for (Located l : cs) {
      if (!apply(m, shape, l.c())) {
        left.add(l.c());
      }
    }
  }

  /** Writes {@code c} as keywords of {@code m}; false if JSON Schema has none for it here. */
  private static boolean apply(Map<String, Object> m, Shape shape, ConstraintModel c) {
    String a = c.annotation();
    if (!a.startsWith(JAKARTA) && !a.startsWith(JAVAX)) {
      return false;
    }
    Map<String, Object> v = c.values();
    boolean numeric = shape == Shape.INTEGER || shape == Shape.NUMBER;
    switch (c.simpleName()) {
      case "Size" -> {
        String[] keywords = switch (shape) {
          case STRING -> new String[] {"minLength", "maxLength"};
          case ARRAY -> new String[] {"minItems", "maxItems"};
          case OBJECT -> new String[] {"minProperties", "maxProperties"};
          default -> null;
        };
        if (keywords == null) {
          return false;
        }
        long min = number(v.get("min"), 0);
        long max = number(v.get("max"), Integer.MAX_VALUE);
        if (min > 0) {
          raise(m, keywords[0], min);
        }
        if (max < Integer.MAX_VALUE) {
          lower(m, keywords[1], max);
        }
        return true;
      }
      case "NotEmpty" -> {
        String keyword = switch (shape) {
          case STRING -> "minLength";
          case ARRAY -> "minItems";
          case OBJECT -> "minProperties";
          default -> null;
        };
        if (keyword == null) {
          return false;
        }
        raise(m, keyword, 1);
        return true;
      }
      case "NotBlank" -> {
        if (shape != Shape.STRING) {
          return false;
        }
        raise(m, "minLength", 1);
        pattern(m, "\\S"); // not only whitespace
        return true;
      }
      case "Pattern" -> {
        if (shape != Shape.STRING || !flags(v).isEmpty()) {
          return false; // flags have no JSON Schema form
        }
        // Bean Validation matches the whole string; JSON Schema patterns are not anchored
        pattern(m, "^(?:" + v.get("regexp") + ")$");
        return true;
      }
      case "Email" -> {
        if (shape != Shape.STRING || !".*".equals(v.getOrDefault("regexp", ".*"))
            || !flags(v).isEmpty()) {
          return false;
        }
        m.put("format", "email");
        return true;
      }
      case "Min", "Max" -> {
        if (!numeric) {
          return false;
        }
        long bound = number(v.get("value"), 0);
        if (c.simpleName().equals("Min")) {
          raise(m, "minimum", bound);
        } else {
          lower(m, "maximum", bound);
        }
        return true;
      }
      case "DecimalMin", "DecimalMax" -> {
        if (!numeric) {
          return false;
        }
        BigDecimal bound;
        try {
          bound = new BigDecimal(String.valueOf(v.get("value")));
        } catch (NumberFormatException e) {
          return false;
        }
        boolean inclusive = !Boolean.FALSE.equals(v.get("inclusive"));
        boolean min = c.simpleName().equals("DecimalMin");
        Number n = plain(bound);
        m.put(min ? (inclusive ? "minimum" : "exclusiveMinimum")
            : (inclusive ? "maximum" : "exclusiveMaximum"), n);
        tidyRange(m);
        return true;
      }
      case "Positive", "PositiveOrZero", "Negative", "NegativeOrZero" -> {
        if (!numeric) {
          return false;
        }
        switch (c.simpleName()) {
          case "Positive" -> m.put("exclusiveMinimum", 0);
          case "PositiveOrZero" -> raise(m, "minimum", 0);
          case "Negative" -> m.put("exclusiveMaximum", 0);
          default -> lower(m, "maximum", 0);
        }
        tidyRange(m);
        return true;
      }
      case "AssertTrue", "AssertFalse" -> {
        if (shape != Shape.BOOLEAN) {
          return false;
        }
        m.put("const", c.simpleName().equals("AssertTrue"));
        return true;
      }
      case "NotNull" -> {
        return true; // the schema of a non-nullable field allows no null already
      }
      default -> {
        return false;
      }
    }
  }

  private static List<?> flags(Map<String, Object> v) {
    Object f = v.get("flags");
    return f instanceof List<?> l ? l : List.of();
  }

  private static long number(Object o, long otherwise) {
    return o instanceof Number n ? n.longValue() : otherwise;
  }

  /** A bound as a JSON number: an integer when it is one, else the decimal. */
  private static Number plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() <= 0 && s.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
        && s.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
      return s.longValueExact();
    }
    return d;
  }

  /** Sets a lower bound, keeping the tighter of it and one already there. */
  private static void raise(Map<String, Object> m, String keyword, long value) {
    Object old = m.get(keyword);
    if (!(old instanceof Number n) || compare(n, value) < 0) {
      m.put(keyword, value);
    }
  }

  /** Sets an upper bound, keeping the tighter of it and one already there. */
  private static void lower(Map<String, Object> m, String keyword, long value) {
    Object old = m.get(keyword);
    if (!(old instanceof Number n) || compare(n, value) > 0) {
      m.put(keyword, value);
    }
  }

  /** Drops an inclusive type bound made redundant by a tighter exclusive one. */
  private static void tidyRange(Map<String, Object> m) {
    if (m.get("minimum") instanceof Number min && m.get("exclusiveMinimum") instanceof Number ex
        && compare(ex, min) >= 0) {
      m.remove("minimum");
    }
    if (m.get("maximum") instanceof Number max && m.get("exclusiveMaximum") instanceof Number ex
        && compare(ex, max) <= 0) {
      m.remove("maximum");
    }
  }

  private static int compare(Number a, Number b) {
    return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
  }

  private static int compare(Number a, long b) {
    return compare(a, (Number) b);
  }

  /** Adds a pattern; a second one goes into an {@code allOf} (a schema has one pattern). */
  @SuppressWarnings("unchecked")
  private static void pattern(Map<String, Object> m, String regex) {
    if (!m.containsKey("pattern")) {
      m.put("pattern", regex);
      return;
    }
    List<Object> all = (List<Object>) m.computeIfAbsent("allOf", k -> new ArrayList<>());
    all.add(Map.of("pattern", regex));
  }
}
