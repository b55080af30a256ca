package io.eventschema.registry;

import io.eventschema.Compatibility;
import io.eventschema.evolution.CompatibilityChecker;
import io.eventschema.evolution.CompatibilityProblem;
import io.eventschema.evolution.SchemaVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * Confluent's compatibility levels for the mock registry, decided by the runtime's
 * {@link CompatibilityChecker} (Avro's own rules, with field paths in the messages).
 */
final class AvroCompatibility {
  static final Set<String> LEVELS = Arrays.stream(Compatibility.values()).map(Enum::name)
      .collect(Collectors.toUnmodifiableSet());

  private AvroCompatibility() {}

  /**
   * The reasons {@code candidate} is not compatible with {@code existing} (oldest first) under
   * {@code level}; empty when it is.
   */
  static List<String> check(Schema candidate, List<SchemaVersion> existing, String level) {
    List<String> problems = new ArrayList<>();
    for (CompatibilityProblem p
        : CompatibilityChecker.check(candidate, existing, Compatibility.valueOf(level))
            .problems()) {
      problems.add(p.incompatibility().kind() + " at " + p.incompatibility().location() + " ("
          + p.message() + ")");
    }
    return problems;
  }
}
