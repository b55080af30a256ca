package io.eventschema.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run produced: the sources, the event of each input schema (and, when an output directory was given, the files written, in
 * the sources' order) and the errors. A run with errors writes nothing.
 */
public record GenerationResult(List<GeneratedSource> sources, List<GeneratedEvent> events,
    List<Path> filesWritten, List<GenerationError> errors) {

  public GenerationResult {
    sources = List.copyOf(sources);
    events = List.copyOf(events);
    filesWritten = List.copyOf(filesWritten);
    errors = List.copyOf(errors);
  }

  /** True if there were no errors. */
  public boolean ok() {
    return errors.isEmpty();
  }
}
