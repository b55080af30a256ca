package io.eventschema.maven;

import io.eventschema.Compatibility;
import io.eventschema.evolution.CompatibilityChecker;
import io.eventschema.evolution.CompatibilityReport;
import io.eventschema.evolution.SchemaVersion;
import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Asks the live registry whether each event's schema is compatible with its subject, under the
 * level the registry holds for it ({@code POST /compatibility/subjects/{s}/versions/latest
 * ?verbose=true}). Fails listing the registry's own messages per subject. A subject that does not
 * exist yet passes, and says so.
 */
@Mojo(name = "test-compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class TestCompatibilityMojo extends AbstractSchemasMojo {
  private static final int MAX_EXPLAINED_VERSIONS = 20;

  /** The version to test against: {@code latest} or a number. */
  @Parameter(property = "eventschema.compatibilityVersion", defaultValue = "latest")
  String compatibilityVersion;

  @Override
  String goalName() {
    return "test-compatibility";
  }

  /** Registries differ on a test against a missing subject (404 or "compatible"): ask first. */
  private static boolean exists(SchemaRegistryClient client, String subject) {
    try {
      return !client.versions(subject).isEmpty();
    } catch (SchemaRegistryException e) {
      if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
          || (e.httpStatus() == 404 && e.errorCode() == 0)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * For an Avro schema the registry refused without a reason (Apicurio gives none), eventschema's
   * own checker's reasons under the registry's level, against the versions the registry holds;
   * labelled as ours: the verdict stays the registry's.
   */
  private Optional<String> explain(SchemaRegistryClient client, String subject,
      LocalSchema schema) {
    if (!schema.schemaType().equals(SchemaRegistryClient.AVRO)) {
      return Optional.empty();
    }
    try {
      Compatibility level = Compatibility.valueOf(client.compatibility(subject));
      List<RegisteredSchema> earlier = new ArrayList<>();
      if (level.transitive()) {
        List<Integer> versions = client.versions(subject);
        for (int v : versions.subList(Math.max(0, versions.size() - MAX_EXPLAINED_VERSIONS),
            versions.size())) {
          earlier.add(client.version(subject, v));
        }
      } else {
        earlier.add(compatibilityVersion.equals("latest") ? client.latestVersion(subject)
            : client.version(subject, Integer.parseInt(compatibilityVersion)));
      }
      List<SchemaVersion> against = new ArrayList<>();
      for (RegisteredSchema e : earlier) {
        against.add(new SchemaVersion(e.version(), new Schema.Parser().parse(e.schema()),
            subject + " version " + e.version()));
      }
      CompatibilityReport report = CompatibilityChecker.check(
          new Schema.Parser().parse(schema.text()), against, level);
      return report.isCompatible() ? Optional.empty()
          : Optional.of("eventschema's own check: " + report.toString().replace("\n", "\n    "));
    } catch (RuntimeException e) {
      getLog().debug("no local explanation for " + subject + ": " + e);
      return Optional.empty();
    }
  }

  @Override
  void run(SchemaRegistryClient client) throws MojoFailureException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<LocalSchema, String> e : schemasWithSubjects().entrySet()) {
      LocalSchema schema = e.getKey();
      String subject = e.getValue();
      if (!exists(client, subject)) {
        getLog().info(subject + ": compatible (the subject does not exist yet; "
            + schema.label() + " would be its first version)");
        continue;
      }
      CompatibilityResult result = client.testCompatibility(subject, compatibilityVersion,
          schema.schemaType(), schema.text(), List.of());
      if (result.compatible()) {
        getLog().info(subject + ": compatible (" + schema.label() + ")");
      } else {
        StringBuilder sb = new StringBuilder(subject + ": " + schema.label()
            + " is NOT compatible with version " + compatibilityVersion);
        if (result.messages().isEmpty()) {
          sb.append("\n    (the registry gave no reason)");
          explain(client, subject, schema).ifPresent(why -> sb.append("\n    ").append(why));
        }
        for (String m : result.messages()) {
          sb.append("\n    ").append(m);
        }
        getLog().error(sb.toString());
        failures.add(sb.toString());
      }
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(failures.size() + " schema(s) incompatible with the"
          + " registry:\n" + String.join("\n", failures));
    }
  }
}
