package io.eventschema.processor.format;

import io.eventschema.processor.json.Json;
import io.eventschema.processor.model.ConstraintModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullableType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code constraints} property every format's schema can carry ({@code @ConstraintsInSchema}):
 * the event's Bean Validation constraints as data, in one form for all formats, so that a reader
 * in another language can check what the Java side checks.
 */
public final class ConstraintsProperty {
  /** The property's name. */
  public static final String NAME = "constraints";

  private ConstraintsProperty() {}

  /**
   * The {@code constraints} property: one object per constraint, in declaration order, e.g.
   * {@code {"name": "Size", "max": 64}}; {@code "on"} says where inside the field it applies when
   * not the value itself ({@code "items"}, {@code "keys"}, {@code "values"}, joined by dots).
   */
  public static List<Object> of(List<ConstraintModel> constraints, TypeModel type) {
    List<Object> out = new ArrayList<>();
    for (ConstraintModel c : constraints) {
      if (c.isCascade() || c.annotation().startsWith("io.eventschema.")) {
        continue; // @Valid is no constraint; @Fixed and @AvroDecimal are the field's type
      }
      Map<String, Object> m = new LinkedHashMap<>();
      String name = c.annotation();
      m.put("name", name.startsWith("jakarta.validation.constraints.")
          || name.startsWith("javax.validation.constraints.") ? c.simpleName() : name);
      String on = on(c.path(), type);
      if (!on.isEmpty()) {
        m.put("on", on);
      }
      c.values().entrySet().stream()
          .filter(e -> !List.of("message", "groups", "payload").contains(e.getKey()))
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> m.put(e.getKey(), jsonValue(e.getValue())));
      out.add(m);
    }
    return out;
  }

  /**
   * Where a constraint sits, in schema terms: the steps of its Java path, walked along the field's
   * type. Optional and @Nullable are transparent (the constraint is on the non-null branch).
   */
  private static String on(List<ConstraintModel.Step> path, TypeModel type) {
    List<String> parts = new ArrayList<>();
    TypeModel t = type;
    for (ConstraintModel.Step s : path) {
      while (t instanceof NullableType n) {
        t = n.inner();
        if (n.form() == TypeModel.NullForm.OPTIONAL && s == ConstraintModel.Step.ELEMENT) {
          s = null; // the Optional's value is the field's non-null branch
          break;
        }
      }
      if (s == null) {
        continue;
      }
      switch (s) {
        case ELEMENT -> {
          parts.add("items");
          t = t instanceof ArrayType a ? a.elements() : t;
        }
        case MAP_KEY -> parts.add("keys");
        case MAP_VALUE -> {
          parts.add("values");
          t = t instanceof MapType m ? m.values() : t;
        }
        default -> { }
      }
    }
    return String.join(".", parts);
  }

  private static Object jsonValue(Object v) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(jsonValue(o));
      }
      return out;
    }
    if (v instanceof Number || v instanceof Boolean || v instanceof String) {
      return v;
    }
    return v == null ? Json.NULL : v.toString();
  }

}
