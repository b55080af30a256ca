package io.eventschema.maven;

import io.eventschema.Compatibility;
import io.eventschema.evolution.CompatibilityChecker;
import io.eventschema.evolution.CompatibilityReport;
import io.eventschema.evolution.SchemaHistory;
import io.eventschema.evolution.SchemaHistoryException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The schema history in the source tree ({@code src/main/avro-history/<full name>/v<N>.avsc}),
 * checked with <em>each event's own</em> {@code @Event(compatibility = ...)} level, read from the
 * compiled class. No registry is involved. The {@code .proto} files of Protobuf events are kept
 * there too ({@code v<N>.proto}, {@link ProtoHistory}); the compiler checks them.
 */
abstract class AbstractHistoryMojo extends AbstractMojo {

  /** The history folder, the one the processor checks against. */
  @Parameter(property = "eventschema.historyDirectory",
      defaultValue = "${project.basedir}/" + SchemaHistory.DEFAULT_FOLDER)
  File historyDirectory;

  /** Where the processor wrote {@code META-INF/avro} and the compiled {@code @Event} classes. */
  @Parameter(property = "eventschema.schemaDirectory",
      defaultValue = "${project.build.outputDirectory}")
  File schemaDirectory;

  /** The level of a schema whose {@code @Event} class is not in {@code schemaDirectory}. */
  @Parameter(property = "eventschema.defaultCompatibility", defaultValue = "BACKWARD")
  String defaultCompatibility;

  @Parameter(property = "eventschema.skip", defaultValue = "false")
  boolean skip;

  /** One schema checked against its history. */
  record Checked(LocalSchema schema, String text, CompatibilityReport report) {}

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("eventschema: skipped");
      return;
    }
    try {
      SchemaHistory history = new SchemaHistory(historyDirectory.toPath());
      List<ProtoHistory.Proto> protos = ProtoHistory.read(schemaDirectory.toPath());
      List<Checked> checked = check(history, !protos.isEmpty());
      List<Checked> broken = checked.stream().filter(c -> !c.report().isCompatible()).toList();
      if (!broken.isEmpty()) {
        throw new MojoFailureException(broken.size() + " schema(s) break their level"
            + (adds() ? "; nothing added to " + historyDirectory : "") + ":\n"
            + String.join("\n", broken.stream().map(c -> c.schema().fullName() + ": "
                + c.report()).toList()));
      }
      after(history, checked, protos);
    } catch (PluginException | SchemaHistoryException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  abstract boolean adds();

  /**
   * What the goal does once no Avro schema breaks its level; {@code protos} are the Protobuf
   * events' {@code .proto} files, which the compilation has checked against their history.
   */
  abstract void after(SchemaHistory history, List<Checked> checked,
      List<ProtoHistory.Proto> protos);

  private List<Checked> check(SchemaHistory history, boolean protos) {
    Compatibility fallback = parseLevel(defaultCompatibility);
    Map<String, EventLevels.Found> levels = EventLevels.scan(schemaDirectory.toPath());
    List<LocalSchema> schemas = LocalSchemas.read(schemaDirectory.toPath()).stream()
        .filter(s -> s.schemaType().equals("AVRO")).toList();
    if (schemas.isEmpty() && !protos) {
      throw new PluginException("no .avsc files in " + schemaDirectory + "/"
          + LocalSchemas.AVRO_FOLDER + " and no .proto files in " + schemaDirectory + "/"
          + ProtoHistory.FOLDER + " (run after compile)");
    }
    List<Checked> checked = new ArrayList<>();
    for (LocalSchema schema : schemas) {
      EventLevels.Found found = levels.get(schema.fullName());
      Compatibility level = found == null ? fallback : found.level();
      String text = LocalSchemas.readText(schema.file());
      CompatibilityReport report = CompatibilityChecker.check(new Schema.Parser().parse(text),
          history.versions(schema.fullName()), level);
      String where = found == null ? "default level, no @Event class found" : found.className();
      if (report.isCompatible()) {
        getLog().info(schema.fullName() + " [" + level + ", " + where + "]: " + report);
      } else {
        getLog().error(schema.fullName() + " [" + level + ", " + where + "]: " + report);
      }
      checked.add(new Checked(schema, text, report));
    }
    return checked;
  }

  private static Compatibility parseLevel(String level) {
    try {
      return Compatibility.valueOf(level.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PluginException("defaultCompatibility: '" + level + "' is not a level");
    }
  }
}
