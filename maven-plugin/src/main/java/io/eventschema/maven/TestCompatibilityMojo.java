package io.eventschema.maven;

import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  @Override
  void run(SchemaRegistryClient client) throws MojoFailureException {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<LocalSchema, String> e : schemasWithSubjects().entrySet()) {
      LocalSchema schema = e.getKey();
      String subject = e.getValue();
      if (!supported(schema, subject)) {
        continue;
      }
      if (!exists(client, subject)) {
        getLog().info(subject + ": compatible (the subject does not exist yet; "
            + schema.label() + " would be its first version)");
        continue;
      }
      CompatibilityResult result = client.testCompatibility(subject, compatibilityVersion,
          schema.text(), List.of());
      if (result.compatible()) {
        getLog().info(subject + ": compatible (" + schema.label() + ")");
      } else {
        StringBuilder sb = new StringBuilder(subject + ": " + schema.label()
            + " is NOT compatible with version " + compatibilityVersion);
        if (result.messages().isEmpty()) {
          sb.append("\n    (the registry gave no reason)");
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
