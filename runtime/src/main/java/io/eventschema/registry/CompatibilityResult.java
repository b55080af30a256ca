package io.eventschema.registry;

import java.util.List;

/** A registry's compatibility verdict, with its reasons when asked for verbosely. */
public record CompatibilityResult(boolean compatible, List<String> messages) {
  public CompatibilityResult {
    messages = messages == null ? List.of() : List.copyOf(messages);
  }
}
