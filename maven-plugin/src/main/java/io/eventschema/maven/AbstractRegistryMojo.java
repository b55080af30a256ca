package io.eventschema.maven;

import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal that talks to the registry shares: the registry's URLs, credentials, TLS and
 * timeouts, mapped onto the runtime client's keys ({@link RegistryClientConfig}) and given to the
 * runtime's own client. A registry that fails or cannot be reached fails the goal with the HTTP
 * status, the registry's error_code and message, and the URL asked, without credentials.
 */
abstract class AbstractRegistryMojo extends AbstractMojo {

  /** The registry's base URLs, tried in turn (Confluent's {@code schemaRegistryUrls}). */
  @Parameter(property = "eventschema.schemaRegistryUrls")
  List<String> schemaRegistryUrls;

  /**
   * The id of a settings.xml {@code <server>} holding the credentials: username + password for
   * HTTP Basic, a password alone for a bearer token. Encrypted passwords are decrypted by Maven.
   */
  @Parameter(property = "eventschema.serverId")
  String serverId;

  /**
   * {@code user:password} for HTTP Basic (Confluent's {@code userInfoConfig}). Prefer
   * {@code serverId} or the {@code EVENTSCHEMA_REGISTRY_USER_INFO} environment variable.
   */
  @Parameter(property = "eventschema.userInfo")
  String userInfo;

  /** A static bearer token; or the {@code EVENTSCHEMA_REGISTRY_BEARER_TOKEN} variable. */
  @Parameter(property = "eventschema.bearerToken")
  String bearerToken;

  /** Extra request headers (Confluent's {@code httpHeaders}). */
  @Parameter
  Map<String, String> httpHeaders;

  /**
   * Any registry-client key, as a producer would give it ({@code max.schemas.per.subject},
   * {@code schema.registry.ssl.endpoint.identification.algorithm}, ...); the named parameters win.
   */
  @Parameter
  Map<String, String> configs;

  @Parameter(property = "eventschema.truststoreLocation")
  String truststoreLocation;

  @Parameter(property = "eventschema.truststorePassword")
  String truststorePassword;

  @Parameter(property = "eventschema.truststoreType")
  String truststoreType;

  @Parameter(property = "eventschema.keystoreLocation")
  String keystoreLocation;

  @Parameter(property = "eventschema.keystorePassword")
  String keystorePassword;

  @Parameter(property = "eventschema.keystoreType")
  String keystoreType;

  @Parameter(property = "eventschema.keyPassword")
  String keyPassword;

  /** {@code http.connect.timeout.ms}; the client's default (60000) when unset. */
  @Parameter(property = "eventschema.connectTimeoutMs")
  Integer connectTimeoutMs;

  /** {@code http.read.timeout.ms}; the client's default (60000) when unset. */
  @Parameter(property = "eventschema.readTimeoutMs")
  Integer readTimeoutMs;

  /** {@code max.retries} of a request that got no answer or a 5xx; the client's default (3). */
  @Parameter(property = "eventschema.maxRetries")
  Integer maxRetries;

  /** {@code retries.wait.ms}; the client's default (1000). */
  @Parameter(property = "eventschema.retriesWaitMs")
  Integer retriesWaitMs;

  /** Skips the goal. */
  @Parameter(property = "eventschema.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Component
  SettingsDecrypter decrypter;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("eventschema: skipped");
      return;
    }
    if (!opensClient()) {
      try {
        run(null);
      } catch (PluginException e) {
        throw new MojoExecutionException(e.getMessage(), e);
      }
      return;
    }
    if (schemaRegistryUrls == null || schemaRegistryUrls.isEmpty()) {
      throw new MojoExecutionException("set <schemaRegistryUrls> (or -Deventschema."
          + "schemaRegistryUrls=...) to the registry's URL");
    }
    SchemaRegistryClient client;
    try {
      client = RegistryClientConfig.createClient(RegistryClientConfig.parse(
          registrySettings().clientProperties(System::getenv)));
    } catch (ConfigException e) {
      throw new MojoExecutionException("bad registry configuration: " + e.getMessage(), e);
    } catch (PluginException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    try (client) {
      run(client);
    } catch (SchemaRegistryException e) {
      throw new MojoExecutionException("schema registry: " + describe(e), e);
    } catch (PluginException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** False for a goal that hands the settings to another component rather than a client. */
  boolean opensClient() {
    return true;
  }

  /** The goal's work. A {@link SchemaRegistryException} fails the goal with its details. */
  abstract void run(SchemaRegistryClient client) throws MojoFailureException;

  /** status, error_code, message and URL (already without credentials). */
  static String describe(SchemaRegistryException e) {
    return e.getMessage() + " [status " + e.httpStatus() + ", error_code " + e.errorCode()
        + (e.url() == null ? "" : ", url " + e.url()) + "]";
  }

  RegistrySettings registrySettings() {
    RegistrySettings s = new RegistrySettings();
    s.urls = schemaRegistryUrls == null ? List.of() : schemaRegistryUrls;
    s.userInfo = userInfo;
    s.bearerToken = bearerToken;
    s.httpHeaders = httpHeaders;
    s.configs = configs;
    s.truststoreLocation = truststoreLocation;
    s.truststorePassword = truststorePassword;
    s.truststoreType = truststoreType;
    s.keystoreLocation = keystoreLocation;
    s.keystorePassword = keystorePassword;
    s.keystoreType = keystoreType;
    s.keyPassword = keyPassword;
    s.connectTimeoutMs = connectTimeoutMs;
    s.readTimeoutMs = readTimeoutMs;
    s.maxRetries = maxRetries;
    s.retriesWaitMs = retriesWaitMs;
    if (serverId != null && !serverId.isBlank()) {
      Server server = settings == null ? null : settings.getServer(serverId);
      if (server == null) {
        throw new PluginException("no <server> with id '" + serverId + "' in settings.xml");
      }
      if (decrypter != null) {
        SettingsDecryptionResult result =
            decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (result.getServer() != null) {
          server = result.getServer();
        }
      }
      s.serverUsername = server.getUsername();
      s.serverPassword = server.getPassword();
    }
    return s;
  }
}
