package io.eventschema.maven;

import io.eventschema.evolution.SchemaHistory;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records a release in the schema history: checks every event's schema under its own level, then
 * writes {@code v<N+1>.avsc} for each schema that changed since its latest version (nothing when
 * any schema breaks its level). What {@code HistoryTool add} does, with per-event levels. For each
 * Protobuf event it writes {@code v<N+1>.proto} when its {@code .proto} changed (the compilation
 * has checked it against the history already). Commit the new files with the release.
 */
@Mojo(name = "history-add", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public final class HistoryAddMojo extends AbstractHistoryMojo {

  @Override
  boolean adds() {
    return true;
  }

  @Override
  void after(SchemaHistory history, List<Checked> checked, List<ProtoHistory.Proto> protos) {
    for (Checked c : checked) {
      SchemaHistory.Added a = history.add(c.schema().fullName(), c.text());
      logAdded(a.changed(), a.file(), c.schema().fullName());
    }
    for (ProtoHistory.Proto p : protos) {
      ProtoHistory.Added a = ProtoHistory.add(history.root(), p);
      logAdded(a.changed(), a.file(), p.fullName() + " (PROTOBUF)");
    }
  }

  private void logAdded(boolean changed, java.nio.file.Path file, String name) {
    getLog().info(changed ? "added " + file : name + ": unchanged since " + file);
  }
}
