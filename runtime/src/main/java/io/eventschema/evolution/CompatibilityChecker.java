package io.eventschema.evolution;

import io.eventschema.Compatibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * Decides whether a new schema keeps a {@link Compatibility} level with its earlier versions, with
 * Confluent Schema Registry's meaning: each reader/writer pair is judged by Avro's
 * {@code SchemaCompatibility} (as the registry does), BACKWARD pairs the new schema as reader with
 * an earlier version as writer, FORWARD the reverse, FULL both, and the non-transitive levels look
 * at the latest earlier version only. Needs no registry.
 *
 * <pre>{@code
 * CompatibilityReport r = CompatibilityChecker.check(v3, List.of(v1, v2), Compatibility.FULL);
 * if (!r.isCompatible()) System.err.println(r);
 * }</pre>
 */
public final class CompatibilityChecker {
  private CompatibilityChecker() {}

  /**
   * The reasons {@code reader} cannot read data written with {@code writer}; empty if it can.
   * Each names the field path and says why.
   */
  public static List<SchemaIncompatibility> canRead(Schema reader, Schema writer) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(writer, "writer");
    return ReadCheck.problems(reader, writer);
  }

  /**
   * Checks {@code candidate} against {@code earlier} (oldest first; the last is the latest) at
   * {@code level}. No earlier version, or {@link Compatibility#NONE}, is always compatible.
   */
  public static CompatibilityReport check(Schema candidate, List<SchemaVersion> earlier,
      Compatibility level) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(level, "level");
    List<CompatibilityProblem> problems = new ArrayList<>();
    if (earlier.isEmpty() || level == Compatibility.NONE) {
      return new CompatibilityReport(level, problems);
    }
    List<SchemaVersion> against = level.transitive() ? earlier
        : List.of(earlier.get(earlier.size() - 1));
    for (SchemaVersion old : against) {
      if (level.newReadsOld()) {
        for (SchemaIncompatibility i : ReadCheck.problems(candidate, old.schema())) {
          problems.add(new CompatibilityProblem(old, true, i));
        }
      }
      if (level.oldReadsNew()) {
        for (SchemaIncompatibility i : ReadCheck.problems(old.schema(), candidate)) {
          problems.add(new CompatibilityProblem(old, false, i));
        }
      }
    }
    return new CompatibilityReport(level, problems);
  }

  /** {@link #check(Schema, List, Compatibility)} with versions numbered 1, 2, ... in order. */
  public static CompatibilityReport checkSchemas(Schema candidate, List<Schema> earlier,
      Compatibility level) {
    List<SchemaVersion> versions = new ArrayList<>();
    for (int i = 0; i < earlier.size(); i++) {
      versions.add(new SchemaVersion(i + 1, earlier.get(i)));
    }
    return check(candidate, versions, level);
  }
}
