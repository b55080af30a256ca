package io.eventschema.maven;

import io.eventschema.evolution.SchemaHistory;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks each event's schema against its history under the event's own level; fails listing every
 * break. What {@code HistoryTool check} does, with per-event levels.
 */
@Mojo(name = "history-check", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public final class HistoryCheckMojo extends AbstractHistoryMojo {

  @Override
  boolean adds() {
    return false;
  }

  @Override
  void after(SchemaHistory history, List<Checked> checked, List<ProtoHistory.Proto> protos) {
    getLog().info(checked.size() + " schema(s) keep their level"
        + (protos.isEmpty() ? "" : "; " + protos.size() + " .proto file(s), checked against"
            + " their history by the compilation"));
  }
}
