package io.eventschema.maven;

import io.eventschema.registry.RegistryClientConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry client's properties, built from the plugin's parameters under the runtime client's
 * own keys ({@link RegistryClientConfig}), so a build and a producer configure the registry the
 * same way. Holds credentials: {@link #toString()} never shows them.
 *
 * <p>Credentials, first found wins: the {@code userInfo} / {@code bearerToken} parameters, then the
 * settings.xml {@code <server>} named by {@code serverId} (username + password is HTTP Basic, a
 * password alone a bearer token), then the environment ({@value #USER_INFO_ENV},
 * {@value #BEARER_TOKEN_ENV}).
 */
final class RegistrySettings {
  static final String USER_INFO_ENV = "EVENTSCHEMA_REGISTRY_USER_INFO";
  static final String BEARER_TOKEN_ENV = "EVENTSCHEMA_REGISTRY_BEARER_TOKEN";

  List<String> urls = List.of();
  String userInfo;
  String bearerToken;
  /** From settings.xml, already decrypted. */
  String serverUsername;
  String serverPassword;
  Map<String, String> httpHeaders = Map.of();
  Map<String, String> configs = Map.of();
  String truststoreLocation;
  String truststorePassword;
  String truststoreType;
  String keystoreLocation;
  String keystorePassword;
  String keystoreType;
  String keyPassword;
  Integer connectTimeoutMs;
  Integer readTimeoutMs;
  Integer maxRetries;
  Integer retriesWaitMs;

  /** The client properties; {@code env} reads an environment variable (null when unset). */
  Map<String, Object> clientProperties(Function<String, String> env) {
    Map<String, Object> props = new LinkedHashMap<>();
    // configs first: the named parameters win over the same key given there
    if (configs != null) {
      props.putAll(configs);
    }
    if (urls != null && !urls.isEmpty()) {
      props.put(RegistryClientConfig.SCHEMA_REGISTRY_URL, String.join(",", urls.stream()
          .map(String::trim).toList()));
    }
    String basic = blankToNull(userInfo);
    String bearer = blankToNull(bearerToken);
    if (basic == null && bearer == null && blankToNull(serverPassword) != null) {
      if (blankToNull(serverUsername) != null) {
        basic = serverUsername + ":" + serverPassword;
      } else {
        bearer = serverPassword;
      }
    }
    if (basic == null && bearer == null) {
      basic = blankToNull(env.apply(USER_INFO_ENV));
      bearer = blankToNull(env.apply(BEARER_TOKEN_ENV));
    }
    if (basic != null) {
      props.put(RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
      props.put(RegistryClientConfig.BASIC_AUTH_USER_INFO, basic);
    }
    if (bearer != null) {
      props.put(RegistryClientConfig.BEARER_AUTH_CREDENTIALS_SOURCE, "STATIC_TOKEN");
      props.put(RegistryClientConfig.BEARER_AUTH_TOKEN, bearer);
    }
    if (httpHeaders != null) {
      httpHeaders.forEach((name, value) ->
          props.put(RegistryClientConfig.REQUEST_HEADER_PREFIX + name, value));
    }
    putTls(props, "ssl.truststore.location", truststoreLocation);
    putTls(props, "ssl.truststore.password", truststorePassword);
    putTls(props, "ssl.truststore.type", truststoreType);
    putTls(props, "ssl.keystore.location", keystoreLocation);
    putTls(props, "ssl.keystore.password", keystorePassword);
    putTls(props, "ssl.keystore.type", keystoreType);
    putTls(props, "ssl.key.password", keyPassword);
    putIfSet(props, RegistryClientConfig.HTTP_CONNECT_TIMEOUT_MS, connectTimeoutMs);
    putIfSet(props, RegistryClientConfig.HTTP_READ_TIMEOUT_MS, readTimeoutMs);
    putIfSet(props, RegistryClientConfig.MAX_RETRIES, maxRetries);
    putIfSet(props, RegistryClientConfig.RETRIES_WAIT_MS, retriesWaitMs);
    return props;
  }

  private static void putTls(Map<String, Object> props, String key, String value) {
    if (blankToNull(value) != null) {
      props.put(RegistryClientConfig.CLIENT_NAMESPACE + key, value);
    }
  }

  private static void putIfSet(Map<String, Object> props, String key, Integer value) {
    if (value != null) {
      props.put(key, value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @Override
  public String toString() {
    return "RegistrySettings{urls=" + urls + ", credentials="
        + (userInfo != null || bearerToken != null || serverPassword != null ? "(set)" : "(none)")
        + "}";
  }
}
