package io.eventschema.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.eventschema.generator.Plan.ConstraintDef;
import io.eventschema.generator.Plan.JType;
import io.eventschema.generator.Plan.ListOf;
import io.eventschema.generator.Plan.MapOf;
import io.eventschema.generator.Plan.Nullable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code constraints} property ({@code @ConstraintsInSchema}) back into the Bean Validation
 * annotations it came from. The property must be exactly what the processor writes: one object per
 * constraint of {@code jakarta.validation.constraints}, every attribute but message, groups and
 * payload, in the order the processor reads them (the field's own first, then inside its type).
 */
final class Constraints {
  static final String PROPERTY = "constraints";
  private static final String PACKAGE = "jakarta.validation.constraints";
  private static final Set<String> SKIPPED = Set.of("message", "groups", "payload");

  private Constraints() {}

  /** The constraints of one field, or null after reporting an error. */
  static List<ConstraintDef> parse(JsonNode property, JType type, String path,
      List<GenerationError> errors, String origin) {
    if (!property.isArray()) {
      errors.add(error(origin, path, "the \"constraints\" property is not an array"));
      return null;
    }
    List<ConstraintDef> out = new ArrayList<>();
    for (JsonNode c : property) {
      ConstraintDef def = one(c, type, path, errors, origin);
      if (def == null) {
        return null;
      }
      out.add(def);
    }
    List<ConstraintDef> expected = new ArrayList<>(out);
    List<String> order = new ArrayList<>();
    positions(type, "", order);
    expected.sort(Comparator.comparingInt(d -> order.indexOf(d.on())));
    if (!expected.equals(out)) {
      errors.add(error(origin, path, "the constraints are not in the order the processor writes"
          + " them (the field's own first, then items, keys, values, depth first)"));
      return null;
    }
    for (int i = 0; i < out.size(); i++) {
      for (int j = i + 1; j < out.size(); j++) {
        if (out.get(i).annotation().equals(out.get(j).annotation())
            && out.get(i).on().equals(out.get(j).on())) {
          errors.add(error(origin, path, "@" + out.get(i).annotation().simpleName()
              + " twice at one place (a repeated constraint)"));
          return null;
        }
      }
    }
    return out;
  }

  private static GenerationError error(String origin, String path, String message) {
    return new GenerationError(origin, path, "constraints property", message,
        "write the property as @ConstraintsInSchema does (docs/generator.md), or remove it");
  }

  /** The places of a type where constraints can sit, in the processor's reading order. */
  private static void positions(JType t, String on, List<String> out) {
    if (t instanceof Plan.Props p) {
      positions(p.type(), on, out);
      return;
    }
    if (t instanceof Nullable n) {
      positions(n.inner(), on, out);
      return;
    }
    out.add(on);
    String prefix = on.isEmpty() ? "" : on + ".";
    if (t instanceof ListOf l) {
      positions(l.items(), prefix + "items", out);
    } else if (t instanceof MapOf m) {
      out.add(prefix + "keys");
      positions(m.values(), prefix + "values", out);
    }
  }

  private static ConstraintDef one(JsonNode c, JType type, String path,
      List<GenerationError> errors, String origin) {
    if (!c.isObject() || !c.path("name").isTextual()) {
      errors.add(error(origin, path, "a constraint is not an object with a \"name\": " + c));
      return null;
    }
    String name = c.get("name").asText();
    if (name.contains(".")) {
      errors.add(error(origin, path, "the constraint " + name + " is not one of"
          + " jakarta.validation.constraints; the generated record would need its library"));
      return null;
    }
    Class<?> annotation;
    try {
      annotation = Class.forName(PACKAGE + "." + name, false, Constraints.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      errors.add(error(origin, path, "no constraint @" + name + " in " + PACKAGE));
      return null;
    }
    if (!annotation.isAnnotation()) {
      errors.add(error(origin, path, PACKAGE + "." + name + " is not an annotation"));
      return null;
    }
    String on = c.path("on").asText("");
    if (c.has("on") && (!c.get("on").isTextual() || on.isEmpty())) {
      errors.add(error(origin, path, "\"on\" of @" + name + " is not a non-empty string"));
      return null;
    }
    List<String> places = new ArrayList<>();
    positions(type, "", places);
    if (!places.contains(on)) {
      errors.add(error(origin, path, "@" + name + " is \"on\": \"" + on + "\", which this field's"
          + " type does not have"));
      return null;
    }
    Set<String> attributes = new TreeSet<>();
    Map<String, Method> methods = new LinkedHashMap<>();
    Method[] declared = annotation.getDeclaredMethods();
    // the order a user writes them: the main value, then bounds low to high, then options
    List<String> first = List.of("value", "regexp", "min", "integer", "max", "fraction");
    Arrays.sort(declared, Comparator.comparingInt((Method m) -> first.contains(m.getName())
        ? first.indexOf(m.getName()) : first.size()).thenComparing(Method::getName));
    for (Method m : declared) {
      if (!SKIPPED.contains(m.getName())) {
        attributes.add(m.getName());
        methods.put(m.getName(), m);
      }
    }
    Set<String> given = new TreeSet<>();
    for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals("name") && !k.equals("on")) {
        given.add(k);
      }
    }
    if (!given.equals(attributes)) {
      errors.add(error(origin, path, "@" + name + " has attributes " + given + "; the processor"
          + " writes exactly " + attributes));
      return null;
    }
    Map<String, CodeBlock> members = new LinkedHashMap<>();
    for (Method m : methods.values()) {
      JsonNode v = c.get(m.getName());
      CodeBlock source = literal(m.getReturnType(), v);
      if (source == null) {
        errors.add(error(origin, path, "@" + name + "(" + m.getName() + ") cannot be " + v));
        return null;
      }
      if (!source.equals(literal(m.getReturnType(), defaultJson(m)))) {
        members.put(m.getName(), source);
      }
    }
    return new ConstraintDef(ClassName.get(PACKAGE, name), on, members);
  }

  /** The annotation attribute's default as the JSON the processor writes. */
  private static JsonNode defaultJson(Method m) {
    Object d = m.getDefaultValue();
    return org.apache.avro.util.internal.JacksonUtils.toJsonNode(jsonable(d));
  }

  private static Object jsonable(Object d) {
    if (d == null) {
      return null;
    }
    if (d.getClass().isArray()) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < java.lang.reflect.Array.getLength(d); i++) {
        out.add(jsonable(java.lang.reflect.Array.get(d, i)));
      }
      return out;
    }
    if (d instanceof Enum<?> e) {
      return e.name();
    }
    return d;
  }

  /** Java source of {@code v} as a value of an attribute of type {@code t}, or null. */
  private static CodeBlock literal(Class<?> t, JsonNode v) {
    if (v == null) {
      return null;
    }
    if (t == int.class) {
      return v.canConvertToInt() && v.isIntegralNumber() ? CodeBlock.of("$L", v.asInt()) : null;
    }
    if (t == long.class) {
      return v.isIntegralNumber() && v.canConvertToLong() ? CodeBlock.of("$LL", v.asLong())
          : null;
    }
    if (t == boolean.class) {
      return v.isBoolean() ? CodeBlock.of("$L", v.asBoolean()) : null;
    }
    if (t == String.class) {
      return v.isTextual() ? CodeBlock.of("$S", v.asText()) : null;
    }
    if (t.isArray() && t.getComponentType().isEnum()) {
      if (!v.isArray()) {
        return null;
      }
      List<CodeBlock> items = new ArrayList<>();
      for (JsonNode item : v) {
        CodeBlock one = literal(t.getComponentType(), item);
        if (one == null) {
          return null;
        }
        items.add(one);
      }
      return items.size() == 1 ? items.get(0)
          : CodeBlock.of("{$L}", CodeBlock.join(items, ", "));
    }
    if (t.isEnum()) {
      if (!v.isTextual()) {
        return null;
      }
      for (Object constant : t.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(v.asText())) {
          return CodeBlock.of("$T.$L", ClassName.get(t), v.asText());
        }
      }
      return null;
    }
    return null;
  }
}
