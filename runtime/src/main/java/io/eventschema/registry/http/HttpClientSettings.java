package io.eventschema.registry.http;

import static io.eventschema.registry.RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE;
import static io.eventschema.registry.RegistryClientConfig.BASIC_AUTH_USER_INFO;
import static io.eventschema.registry.RegistryClientConfig.BEARER_AUTH_CREDENTIALS_SOURCE;
import static io.eventschema.registry.RegistryClientConfig.BEARER_AUTH_TOKEN;
import static io.eventschema.registry.RegistryClientConfig.HTTP_CONNECT_TIMEOUT_MS;
import static io.eventschema.registry.RegistryClientConfig.HTTP_READ_TIMEOUT_MS;
import static io.eventschema.registry.RegistryClientConfig.MAX_RESPONSE_BYTES;
import static io.eventschema.registry.RegistryClientConfig.MAX_RETRIES;
import static io.eventschema.registry.RegistryClientConfig.REQUEST_HEADER_PREFIX;
import static io.eventschema.registry.RegistryClientConfig.RETRIES_MAX_WAIT_MS;
import static io.eventschema.registry.RegistryClientConfig.RETRIES_WAIT_MS;
import static io.eventschema.registry.RegistryClientConfig.SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO;
import static io.eventschema.registry.RegistryClientConfig.SCHEMA_REGISTRY_URL;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * What the HTTP registry client needs, read and checked once from the configuration. Holds
 * credentials: {@link #toString()} never shows them.
 */
public final class HttpClientSettings {
  private final List<RegistryUrl> urls;
  private final int connectTimeoutMs;
  private final int readTimeoutMs;
  private final int maxRetries;
  private final int retriesWaitMs;
  private final int retriesMaxWaitMs;
  private final String fixedAuthorization;
  private final boolean basicFromUrl;
  private final SSLContext sslContext;
  private final Map<String, String> extraHeaders;
  private final int maxResponseBytes;
  private final Secrets secrets;

  private HttpClientSettings(List<RegistryUrl> urls, int connectTimeoutMs, int readTimeoutMs,
      int maxRetries, int retriesWaitMs, int retriesMaxWaitMs, String fixedAuthorization,
      boolean basicFromUrl, SSLContext sslContext, Map<String, String> extraHeaders,
      int maxResponseBytes, Secrets secrets) {
    this.urls = List.copyOf(urls);
    this.connectTimeoutMs = connectTimeoutMs;
    this.readTimeoutMs = readTimeoutMs;
    this.maxRetries = maxRetries;
    this.retriesWaitMs = retriesWaitMs;
    this.retriesMaxWaitMs = retriesMaxWaitMs;
    this.fixedAuthorization = fixedAuthorization;
    this.basicFromUrl = basicFromUrl;
    this.sslContext = sslContext;
    this.extraHeaders = Map.copyOf(extraHeaders);
    this.maxResponseBytes = maxResponseBytes;
    this.secrets = secrets;
  }

  /** Reads the client's settings; a wrong or unsupported value is a {@link ConfigException}. */
  public static HttpClientSettings from(AbstractConfig config) {
    List<RegistryUrl> urls = new ArrayList<>();
    for (String raw : config.getList(SCHEMA_REGISTRY_URL)) {
      if (!raw.isBlank()) {
        urls.add(RegistryUrl.parse(SCHEMA_REGISTRY_URL, raw));
      }
    }
    if (urls.isEmpty()) {
      throw new ConfigException(SCHEMA_REGISTRY_URL, "", "at least one URL is required");
    }
    String basicSource = config.getString(BASIC_AUTH_CREDENTIALS_SOURCE).toUpperCase(Locale.ROOT);
    String basic = null;
    boolean basicFromUrl = false;
    switch (basicSource) {
      case "URL":
        basicFromUrl = true;
        break;
      case "USER_INFO":
        String info = secret(config, BASIC_AUTH_USER_INFO);
        if (info.isEmpty()) {
          info = secret(config, SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO);
        }
        if (info.isEmpty() || info.indexOf(':') < 0) {
          throw new ConfigException(BASIC_AUTH_USER_INFO, "[hidden]",
              "basic.auth.credentials.source=USER_INFO needs basic.auth.user.info in the form"
                  + " user:password");
        }
        basic = basicHeader(info);
        break;
      default:
        throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, basicSource,
            "not supported by eventschema; use URL or USER_INFO");
    }
    String token = secret(config, BEARER_AUTH_TOKEN);
    boolean bearerAsked = config.originals().containsKey(BEARER_AUTH_CREDENTIALS_SOURCE)
        || !token.isEmpty();
    String authorization = basic;
    if (bearerAsked) {
      String source = config.getString(BEARER_AUTH_CREDENTIALS_SOURCE).toUpperCase(Locale.ROOT);
      if (!source.equals("STATIC_TOKEN")) {
        throw new ConfigException(BEARER_AUTH_CREDENTIALS_SOURCE, source,
            "not supported by eventschema; use STATIC_TOKEN with bearer.auth.token");
      }
      if (token.isEmpty()) {
        throw new ConfigException(BEARER_AUTH_TOKEN, "[hidden]",
            "bearer.auth.credentials.source=STATIC_TOKEN needs bearer.auth.token");
      }
      if (basic != null) {
        throw new ConfigException(BEARER_AUTH_TOKEN, "[hidden]",
            "configure either basic auth (basic.auth.credentials.source=USER_INFO) or bearer auth,"
                + " not both");
      }
      authorization = "Bearer " + token;
      basicFromUrl = false;
    }
    boolean anyHttps = urls.stream().anyMatch(u -> u.base().startsWith("https:"));
    SSLContext ssl = SslContexts.fromConfig(config, anyHttps);
    Map<String, String> headers = new LinkedHashMap<>();
    config.originalsWithPrefix(REQUEST_HEADER_PREFIX).forEach((name, value) -> {
      if (value != null) {
        headers.put(name, value instanceof Password p ? p.value() : value.toString());
      }
    });
    // every credential the client holds, whether or not it sends it, plus the extra headers
    List<String> credentials = new ArrayList<>();
    urls.forEach(u -> credentials.add(u.userInfo()));
    credentials.add(secret(config, BASIC_AUTH_USER_INFO));
    credentials.add(secret(config, SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO));
    credentials.add(token);
    headers.values().stream().filter(v -> v.length() >= 4).forEach(credentials::add);
    return new HttpClientSettings(urls, config.getInt(HTTP_CONNECT_TIMEOUT_MS),
        config.getInt(HTTP_READ_TIMEOUT_MS), config.getInt(MAX_RETRIES),
        config.getInt(RETRIES_WAIT_MS), config.getInt(RETRIES_MAX_WAIT_MS), authorization,
        basicFromUrl, ssl, headers, config.getInt(MAX_RESPONSE_BYTES), Secrets.of(credentials));
  }

  private static String secret(AbstractConfig config, String key) {
    Password p = config.getPassword(key);
    return p == null || p.value() == null ? "" : p.value();
  }

  private static String basicHeader(String userInfo) {
    return "Basic " + Base64.getEncoder()
        .encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
  }

  List<RegistryUrl> urls() {
    return urls;
  }

  int connectTimeoutMs() {
    return connectTimeoutMs;
  }

  int readTimeoutMs() {
    return readTimeoutMs;
  }

  int maxRetries() {
    return maxRetries;
  }

  int retriesWaitMs() {
    return retriesWaitMs;
  }

  int retriesMaxWaitMs() {
    return retriesMaxWaitMs;
  }

  SSLContext sslContext() {
    return sslContext;
  }

  Map<String, String> extraHeaders() {
    return extraHeaders;
  }

  /** The largest answer body read ({@code eventschema.registry.max.response.bytes}). */
  int maxResponseBytes() {
    return maxResponseBytes;
  }

  /** {@code text} without any credential this client holds, in any encoding. */
  String redact(String text) {
    return secrets.redact(text);
  }

  /** The Authorization header to send to {@code url}, or null for none. */
  String authorization(RegistryUrl url) {
    if (fixedAuthorization != null) {
      return fixedAuthorization;
    }
    if (basicFromUrl && url.userInfo() != null && !url.userInfo().isEmpty()) {
      return basicHeader(URLDecoder.decode(url.userInfo().replace("+", "%2B"),
          StandardCharsets.UTF_8));
    }
    return null;
  }

  @Override
  public String toString() {
    return "HttpClientSettings{urls=" + urls + ", connectTimeoutMs=" + connectTimeoutMs
        + ", readTimeoutMs=" + readTimeoutMs + ", maxRetries=" + maxRetries + ", retriesWaitMs="
        + retriesWaitMs + ", retriesMaxWaitMs=" + retriesMaxWaitMs + ", authorization="
        + (fixedAuthorization != null || basicFromUrl ? "[hidden]" : "none") + "}";
  }
}
