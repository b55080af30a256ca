package io.eventschema.validation;

import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the Java property paths of Bean Validation ({@code customerId}, {@code items[2].quantity})
 * read in the event's schema, whose field names may differ ({@code customer_id}: the event's
 * {@code fieldNaming}, or {@code @AvroName}). The generated validators build one for their event
 * (records by number, each Java field name with its schema name and the records its value holds);
 * {@link BeanValidation} uses it to give each {@link Violation} its {@code schemaPath}.
 *
 * <pre>{@code
 * SchemaPaths.builder()
 *     .record() // 0: the event
 *     .field("customerId", "customer_id").field("items", "items", 1)
 *     .record() // 1: LineItem
 *     .field("unitPrice", "unit_price")
 *     .build();
 * }</pre>
 */
public final class SchemaPaths {
  private record Field(String schemaName, int[] next) {}

  private final List<Map<String, Field>> records;
  private final int[] roots;

  private SchemaPaths(List<Map<String, Field>> records, int[] roots) {
    this.records = records;
    this.roots = roots;
  }

  /** A builder whose event is record 0 (a record event). */
  public static Builder builder() {
    return new Builder(new int[] {0});
  }

  /** A builder whose event is any of {@code roots} (a sealed event: its records). */
  public static Builder builder(int... roots) {
    return new Builder(roots.clone());
  }

  /** Collects the records in order: the first {@link #record()} is record 0. */
  public static final class Builder {
    private final List<Map<String, Field>> records = new ArrayList<>();
    private final int[] roots;

    private Builder(int[] roots) {
      this.roots = roots;
    }

    /** Starts the next record. */
    public Builder record() {
      records.add(new HashMap<>());
      return this;
    }

    /**
     * A field of the current record: its Java name, its schema name, and the records its value
     * holds (a record, or the items, values or value of a collection, map or Optional).
     */
    public Builder field(String javaName, String schemaName, int... next) {
      if (records.isEmpty()) {
        throw new IllegalStateException("field before record()");
      }
      records.get(records.size() - 1).put(javaName, new Field(schemaName, next.clone()));
      return this;
    }

    public SchemaPaths build() {
      return new SchemaPaths(List.copyOf(records), roots);
    }
  }

  /**
   * The path in schema names of {@code path}, rendered as Hibernate Validator renders the Java
   * one ({@code items[2].unit_price}, {@code tags[1].<list element>}); {@code javaPath} when the
   * provider renders paths some other way (then nothing is translated).
   */
  String of(Path path, String javaPath) {
    StringBuilder out = new StringBuilder();
    StringBuilder same = new StringBuilder();
    int[] at = roots;
    for (Path.Node node : path) {
      String shown = node.toString();
      if (shown == null || shown.isEmpty()) {
        continue;
      }
      String name = node.getName();
      String translated = shown;
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && name != null) {
        Field f = find(at, name);
        if (f != null) {
          if (shown.startsWith(name)) {
            translated = f.schemaName() + shown.substring(name.length());
          }
          at = f.next();
        } else {
          at = new int[0];
        }
      }
      if (out.length() > 0) {
        out.append('.');
        same.append('.');
      }
      out.append(translated);
      same.append(shown);
    }
    // rendered node by node as Hibernate Validator does, or not at all
    return same.toString().equals(javaPath) ? out.toString() : javaPath;
  }

  private Field find(int[] at, String javaName) {
    for (int r : at) {
      if (r >= 0 && r < records.size()) {
        Field f = records.get(r).get(javaName);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }
}
