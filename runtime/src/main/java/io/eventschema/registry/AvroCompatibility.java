package io.eventschema.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/** Confluent's compatibility levels, decided with Avro's own {@link SchemaCompatibility}. */
final class AvroCompatibility {
  static final Set<String> LEVELS = Set.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD",
      "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");

  private AvroCompatibility() {}

  /**
   * The reasons {@code candidate} is not compatible with {@code existing} (oldest first) under
   * {@code level}; empty when it is.
   */
  static List<String> check(Schema candidate, List<Schema> existing, String level) {
    List<String> problems = new ArrayList<>();
    if (existing.isEmpty() || "NONE".equals(level)) {
      return problems;
    }
    boolean transitive = level.endsWith("_TRANSITIVE");
    String base = transitive ? level.substring(0, level.length() - "_TRANSITIVE".length()) : level;
    List<Schema> against = transitive ? existing : List.of(existing.get(existing.size() - 1));
    for (Schema old : against) {
      if (base.equals("BACKWARD") || base.equals("FULL")) {
        describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), "reading", problems);
      }
      if (base.equals("FORWARD") || base.equals("FULL")) {
        describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), "being read by",
            problems);
      }
    }
    return problems;
  }

  private static void describe(SchemaCompatibility.SchemaPairCompatibility result, String how,
      List<String> problems) {
    if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
      return;
    }
    for (Incompatibility i : result.getResult().getIncompatibilities()) {
      problems.add(i.getType() + " at " + i.getLocation() + " (" + how + " an earlier version): "
          + i.getMessage());
    }
  }
}
