package io.eventschema.registry;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** Settings of the registry client, under Confluent's names and defaults. */
public final class RegistryClientConfig {
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

  /** Scheme of the in-memory registry: {@code mock://<scope>}. */
  public static final String MOCK_SCHEME = "mock://";

  private RegistryClientConfig() {}

  /** Adds the registry client's keys to {@code def}. */
  public static ConfigDef define(ConfigDef def) {
    return def.define(SCHEMA_REGISTRY_URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
        "Comma-separated URLs of the schema registry, or mock://<scope> for the in-memory registry"
            + " shared by every serde of that scope in the JVM.");
  }

  /** The registry client the configuration names. */
  public static SchemaRegistryClient createClient(AbstractConfig config) {
    List<String> urls = config.getList(SCHEMA_REGISTRY_URL);
    if (urls.isEmpty()) {
      throw new ConfigException(SCHEMA_REGISTRY_URL, urls, "at least one URL is required");
    }
    String first = urls.get(0).trim();
    if (first.startsWith(MOCK_SCHEME)) {
      if (urls.size() > 1) {
        throw new ConfigException(SCHEMA_REGISTRY_URL, urls,
            "a mock:// URL cannot be combined with other URLs");
      }
      return MockSchemaRegistryClient.forScope(first.substring(MOCK_SCHEME.length()));
    }
    throw new ConfigException(SCHEMA_REGISTRY_URL, urls,
        "only mock://<scope> is supported by this build");
  }

  /** Reads the registry client's keys from raw properties. */
  public static AbstractConfig parse(Map<String, ?> props) {
    return new AbstractConfig(define(new ConfigDef()), props, false);
  }
}
