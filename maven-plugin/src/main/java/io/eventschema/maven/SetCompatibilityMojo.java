package io.eventschema.maven;

import io.eventschema.Compatibility;
import io.eventschema.registry.SchemaRegistryClient;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Sets subjects' compatibility levels: those in {@code compatibilityLevels} (subject → level; the
 * key {@code __GLOBAL} sets the registry's global level), or, when that is empty, each event's
 * subject to the level on its own {@code @Event(compatibility = ...)}.
 */
@Mojo(name = "set-compatibility", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class SetCompatibilityMojo extends AbstractSchemasMojo {
  static final String GLOBAL = "__GLOBAL";

  /** Subject → NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD(_TRANSITIVE) or FULL(_TRANSITIVE). */
  @Parameter
  Map<String, String> compatibilityLevels;

  @Override
  String goalName() {
    return "set-compatibility";
  }

  @Override
  void run(SchemaRegistryClient client) {
    Map<String, Compatibility> levels = new LinkedHashMap<>();
    if (compatibilityLevels != null && !compatibilityLevels.isEmpty()) {
      compatibilityLevels.forEach((subject, level) -> levels.put(subject, level(subject, level)));
    } else {
      Map<String, EventLevels.Found> declared = EventLevels.scan(schemaDirectory.toPath());
      for (Map.Entry<LocalSchema, String> e : schemasWithSubjects().entrySet()) {
        EventLevels.Found found = declared.get(e.getKey().fullName());
        if (found == null) {
          throw new PluginException("no @Event class for " + e.getKey().fullName() + " in "
              + schemaDirectory + "; name its level in <compatibilityLevels>");
        }
        levels.put(e.getValue(), found.level());
      }
    }
    levels.forEach((subject, level) -> {
      boolean global = subject.equals(GLOBAL);
      client.setCompatibility(global ? null : subject, level.name());
      getLog().info((global ? "global level" : subject) + ": compatibility " + level);
    });
  }

  private static Compatibility level(String subject, String level) {
    try {
      return Compatibility.valueOf(level.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PluginException("compatibilityLevels: '" + level + "' for " + subject
          + " is not a level; use NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,"
          + " FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE");
    }
  }
}
