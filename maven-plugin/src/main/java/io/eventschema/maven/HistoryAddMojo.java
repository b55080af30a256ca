package io.eventschema.maven;

import io.eventschema.evolution.SchemaHistory;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records a release in the schema history: checks every event's schema under its own level, then
 * writes {@code v<N+1>.avsc} for each schema that changed since its latest version (nothing when
 * any schema breaks its level). What {@code HistoryTool add} does, with per-event levels. Commit
 * the new files with the release.
 */
@Mojo(name = "history-add", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public final class HistoryAddMojo extends AbstractHistoryMojo {

  @Override
  boolean adds() {
    return true;
  }

  @Override
  void after(SchemaHistory history, List<Checked> checked) {
    for (Checked c : checked) {
      SchemaHistory.Added a = history.add(c.schema().fullName(), c.text());
      getLog().info(a.changed() ? "added " + a.file()
          : c.schema().fullName() + ": unchanged since " + a.file());
    }
  }
}
