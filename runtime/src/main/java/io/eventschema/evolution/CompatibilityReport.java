package io.eventschema.evolution;

import io.eventschema.Compatibility;
import java.util.List;

/** The verdict on a new schema at one compatibility level, with every problem found. */
public record CompatibilityReport(Compatibility level, List<CompatibilityProblem> problems) {
  public CompatibilityReport {
    problems = List.copyOf(problems);
  }

  public boolean isCompatible() {
    return problems.isEmpty();
  }

  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return "compatible (" + level + ")";
    }
    StringBuilder s = new StringBuilder("not " + level + " compatible:");
    for (CompatibilityProblem p : problems) {
      s.append("\n  - ").append(p.message());
    }
    return s.toString();
  }
}
