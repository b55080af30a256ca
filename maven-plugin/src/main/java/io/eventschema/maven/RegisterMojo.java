package io.eventschema.maven;

import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Registers each event's schema under its subject and prints subject, version and id. Registering
 * a schema the subject already holds makes no new version: it is looked up first and reported as
 * unchanged.
 */
@Mojo(name = "register", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class RegisterMojo extends AbstractSchemasMojo {

  /** Ask the registry to normalize the schema before comparing and storing it. */
  @Parameter(property = "eventschema.normalize", defaultValue = "false")
  boolean normalize;

  @Override
  String goalName() {
    return "register";
  }

  @Override
  void run(SchemaRegistryClient client) {
    for (Map.Entry<LocalSchema, String> e : schemasWithSubjects().entrySet()) {
      LocalSchema schema = e.getKey();
      String subject = e.getValue();
      RegisteredSchema known = lookUp(client, subject, schema);
      if (known != null) {
        getLog().info(subject + ": version " + known.version() + ", id " + known.id()
            + " (unchanged: " + schema.label() + " is already registered)");
        continue;
      }
      int id = client.register(subject, schema.schemaType(), schema.text(), List.of(),
          normalize);
      RegisteredSchema registered = lookUp(client, subject, schema);
      String version = registered == null ? "?" : Integer.toString(registered.version());
      getLog().info(subject + ": version " + version + ", id " + id + " (registered "
          + schema.label() + ")");
    }
  }

  private RegisteredSchema lookUp(SchemaRegistryClient client, String subject,
      LocalSchema schema) {
    try {
      return client.lookUp(subject, schema.schemaType(), schema.text(), List.of(), normalize);
    } catch (SchemaRegistryException e) {
      if (e.isNotFound()) {
        return null;
      }
      throw e;
    }
  }
}
