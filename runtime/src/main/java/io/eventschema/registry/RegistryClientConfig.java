package io.eventschema.registry;

import io.eventschema.registry.http.HttpClientSettings;
import io.eventschema.registry.http.RestSchemaRegistryClient;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.SslConfigs;

/**
 * Settings of the registry client, under Confluent's names and defaults, so that the properties of
 * a producer or consumer that used Confluent's serdes carry over unchanged.
 */
public final class RegistryClientConfig {
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";
  public static final int MAX_SCHEMAS_PER_SUBJECT_DEFAULT = 1000;
  public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
  public static final String LATEST_CACHE_SIZE = "latest.cache.size";
  public static final String MAX_RETRIES = "max.retries";
  public static final String RETRIES_WAIT_MS = "retries.wait.ms";
  public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
  public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
  public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  /** Confluent's deprecated name of {@link #BASIC_AUTH_USER_INFO}, still read. */
  public static final String SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO =
      "schema.registry.basic.auth.user.info";
  public static final String BEARER_AUTH_CREDENTIALS_SOURCE = "bearer.auth.credentials.source";
  public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
  /** Prefix of the TLS settings: {@code schema.registry.ssl.truststore.location} etc. */
  public static final String CLIENT_NAMESPACE = "schema.registry.";
  /** Prefix of extra request headers: {@code request.header.X-Tenant=blue}. */
  public static final String REQUEST_HEADER_PREFIX = "request.header.";
  /** eventschema's own: the largest registry answer body read. */
  public static final String MAX_RESPONSE_BYTES = "eventschema.registry.max.response.bytes";
  public static final int MAX_RESPONSE_BYTES_DEFAULT = 16 * 1024 * 1024;

  /** Scheme of the in-memory registry: {@code mock://<scope>}. */
  public static final String MOCK_SCHEME = "mock://";

  private RegistryClientConfig() {}

  /** Adds the registry client's keys to {@code def}. */
  public static ConfigDef define(ConfigDef def) {
    def.define(SCHEMA_REGISTRY_URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
            "Comma-separated http(s) URLs of the schema registry (tried in turn when one fails),"
                + " or mock://<scope> for the in-memory registry shared by every serde of that"
                + " scope in the JVM. Credentials may be given as http://user:password@host with"
                + " basic.auth.credentials.source=URL.")
        .define(MAX_SCHEMAS_PER_SUBJECT, Type.INT, MAX_SCHEMAS_PER_SUBJECT_DEFAULT,
            Range.atLeast(1), Importance.LOW,
            "Maximum number of schemas cached per subject (schema -> id) and of ids cached"
                + " (id -> schema); the least recently used entry is dropped beyond it.")
        .define(LATEST_CACHE_TTL_SEC, Type.LONG, -1L, Range.atLeast(-1), Importance.LOW,
            "Seconds a subject's latest version stays cached; -1 for no expiry. Registering"
                + " through the same client drops the subject's entry.")
        .define(LATEST_CACHE_SIZE, Type.INT, 1000, Range.atLeast(1), Importance.LOW,
            "Maximum number of subjects whose latest version is cached.")
        .define(MAX_RETRIES, Type.INT, 3, Range.atLeast(0), Importance.LOW,
            "Retries of a request that got no answer (connection refused or reset, timeout)"
                + " or a 5xx answer. 4xx answers are never retried.")
        .define(RETRIES_WAIT_MS, Type.INT, 1000, Range.atLeast(0), Importance.LOW,
            "Upper bound of the wait before the first retry; it doubles on each retry, and the"
                + " actual wait is drawn at random below it (full jitter).")
        .define(RETRIES_MAX_WAIT_MS, Type.INT, 20000, Range.atLeast(0), Importance.LOW,
            "Upper bound of the wait before any retry.")
        .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT, 60000, Range.atLeast(1), Importance.LOW,
            "Timeout of opening a connection to the registry, in milliseconds.")
        .define(HTTP_READ_TIMEOUT_MS, Type.INT, 60000, Range.atLeast(1), Importance.LOW,
            "Timeout of waiting for the registry's whole answer, in milliseconds.")
        .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, "URL",
            ConfigDef.ValidString.in("URL", "USER_INFO", "SASL_INHERIT"), Importance.MEDIUM,
            "Where HTTP Basic credentials come from: URL (the user info of schema.registry.url,"
                + " none if absent) or USER_INFO (basic.auth.user.info). SASL_INHERIT is"
                + " Confluent's and is rejected here.")
        .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.MEDIUM,
            "user:password for basic.auth.credentials.source=USER_INFO.")
        .define(SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.LOW,
            "Deprecated name of basic.auth.user.info, read when that is empty.")
        .define(BEARER_AUTH_CREDENTIALS_SOURCE, Type.STRING, "STATIC_TOKEN", Importance.MEDIUM,
            "Where the bearer token comes from: STATIC_TOKEN (bearer.auth.token). Bearer"
                + " authentication is used when bearer.auth.token is set; Confluent's OAuth"
                + " sources are rejected.")
        .define(BEARER_AUTH_TOKEN, Type.PASSWORD, "", Importance.MEDIUM,
            "The static bearer token sent as 'Authorization: Bearer <token>'.")
        .define(MAX_RESPONSE_BYTES, Type.INT, MAX_RESPONSE_BYTES_DEFAULT, Range.atLeast(1024),
            Importance.LOW,
            "The largest registry answer body the HTTP client reads, in bytes; a larger answer"
                + " (by its Content-Length or as it arrives) is a SchemaRegistryException at"
                + " once, not retried.");
    ConfigDef ssl = new ConfigDef();
    SslConfigs.addClientSslSupport(ssl);
    for (ConfigDef.ConfigKey key : ssl.configKeys().values()) {
      def.define(CLIENT_NAMESPACE + key.name, key.type, key.defaultValue, key.validator,
          key.importance, key.documentation);
    }
    return def;
  }

  /**
   * The registry client the configuration names: the shared in-memory registry for
   * {@code mock://<scope>}, else an HTTP client for the URLs behind a cache
   * ({@link CachedSchemaRegistryClient}).
   */
  public static SchemaRegistryClient createClient(AbstractConfig config) {
    List<String> urls = config.getList(SCHEMA_REGISTRY_URL);
    if (urls.isEmpty()) {
      throw new ConfigException(SCHEMA_REGISTRY_URL, "", "at least one URL is required");
    }
    String first = urls.get(0).trim();
    if (first.startsWith(MOCK_SCHEME)) {
      if (urls.size() > 1) {
        throw new ConfigException(SCHEMA_REGISTRY_URL, urls.size() + " URLs",
            "a mock:// URL cannot be combined with other URLs");
      }
      return MockSchemaRegistryClient.forScope(first.substring(MOCK_SCHEME.length()));
    }
    HttpClientSettings settings = HttpClientSettings.from(config);
    return new CachedSchemaRegistryClient(new RestSchemaRegistryClient(settings),
        config.getInt(MAX_SCHEMAS_PER_SUBJECT), config.getLong(LATEST_CACHE_TTL_SEC),
        config.getInt(LATEST_CACHE_SIZE));
  }

  /** Reads the registry client's keys from raw properties. */
  public static AbstractConfig parse(Map<String, ?> props) {
    return new AbstractConfig(define(new ConfigDef()), props, false);
  }
}
