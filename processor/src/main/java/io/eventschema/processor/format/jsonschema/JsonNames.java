package io.eventschema.processor.format.jsonschema;

import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names the JSON Schema of one event uses beyond its field names: the {@code $defs} key of
 * each record and enum (its simple name, or its full name when two named types of the event share
 * a simple name), and the discriminator value of each record of a sealed interface (its simple
 * name, in the property {@value #DISCRIMINATOR}). Also every sealed union the event reaches, in
 * first-use order, for the binding's checks.
 */
final class JsonNames {
  /** The property that says which record of a sealed interface a JSON object holds. */
  static final String DISCRIMINATOR = "type";

  private final Map<Named, String> defNames = new IdentityHashMap<>();
  private final Map<RecordType, String> tags = new IdentityHashMap<>();
  private final Set<UnionType> unions = new LinkedHashSet<>();

  private JsonNames() {}

  static JsonNames of(EventModel event) {
    JsonNames n = new JsonNames();
    List<Named> named = new ArrayList<>();
    n.walk(event.root(), named, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    Map<String, Integer> simple = new HashMap<>();
    for (Named t : named) {
      simple.merge(t.schemaName().name(), 1, Integer::sum);
    }
    for (Named t : named) {
      String s = t.schemaName().name();
      n.defNames.put(t, simple.get(s) > 1 ? t.schemaName().fullName() : s);
    }
    return n;
  }

  private void walk(TypeModel type, List<Named> named, Set<Object> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof NullableType n) {
      walk(n.inner(), named, seen);
    } else if (type instanceof ArrayType a) {
      walk(a.elements(), named, seen);
    } else if (type instanceof MapType m) {
      walk(m.values(), named, seen);
    } else if (type instanceof UnionType u) {
      unions.add(u);
      for (RecordType r : u.branches()) {
        tags.put(r, r.schemaName().name());
        walk(r, named, seen);
      }
    } else if (type instanceof RecordType r) {
      named.add(r);
      for (FieldModel f : r.fields()) {
        walk(f.type(), named, seen);
      }
    } else if (type instanceof TypeModel.EnumType e) {
      named.add(e);
    }
  }

  /** The key of {@code named} under {@code $defs}. */
  String defName(Named named) {
    String s = defNames.get(named);
    return s != null ? s : named.schemaName().fullName();
  }

  /** The discriminator value of {@code r}, or null when it is no record of a sealed interface. */
  String discriminatorOf(RecordType r) {
    return tags.get(r);
  }

  /** Every sealed union the event reaches. */
  Set<UnionType> unions() {
    return unions;
  }

  /** The records of a sealed union by discriminator value, in branch order. */
  static Map<String, List<RecordType>> byTag(UnionType u) {
    Map<String, List<RecordType>> out = new LinkedHashMap<>();
    for (RecordType r : u.branches()) {
      out.computeIfAbsent(r.schemaName().name(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /**
   * The pattern of a decimal string of {@code precision} digits, {@code scale} of them after the
   * point: what the codec writes ({@code "-12.50"}), anchored.
   */
  static String decimalPattern(int precision, int scale) {
    int whole = Math.max(precision - scale, 1);
    String s = "^-?[0-9]{1," + whole + "}";
    return scale == 0 ? s + "$" : s + "(\\.[0-9]{1," + scale + "})?$";
  }
}
