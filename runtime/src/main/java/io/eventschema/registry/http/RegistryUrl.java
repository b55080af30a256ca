package io.eventschema.registry.http;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.kafka.common.config.ConfigException;

/**
 * One registry base URL, split into the address asked (without user info) and the user info it
 * carried, which is a credential and never appears in a message.
 */
final class RegistryUrl {
  private final String base;
  private final String userInfo;

  private RegistryUrl(String base, String userInfo) {
    this.base = base;
    this.userInfo = userInfo;
  }

  /** Parses one entry of {@code schema.registry.url}; the message never repeats user info. */
  static RegistryUrl parse(String key, String raw) {
    String text = raw.trim();
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new ConfigException(key, redact(text), "not a valid URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new ConfigException(key, redact(text),
          "a registry URL must start with http:// or https:// (or be mock://<scope> alone)");
    }
    if (uri.getHost() == null) {
      throw new ConfigException(key, redact(text), "the URL has no host"
          + (text.indexOf('@') != text.lastIndexOf('@')
              ? " (an '@' in the user name or password must be written %40)" : ""));
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String base = scheme.toLowerCase(java.util.Locale.ROOT) + "://" + hostPort(uri) + path;
    return new RegistryUrl(base, uri.getRawUserInfo());
  }

  private static String hostPort(URI uri) {
    String host = uri.getHost();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
  }

  /**
   * {@code text} with its user info replaced, for messages: everything from after "//" (or from
   * the start, without a scheme) up to the last '@', whatever characters the user info holds (a
   * raw '@', ':' or '/' in a password included). It may hide more than the user info when the path
   * holds an '@' too, never less.
   */
  static String redact(String text) {
    int scheme = text.indexOf("//");
    int from = scheme >= 0 ? scheme + 2 : 0;
    int at = text.lastIndexOf('@');
    if (at >= from) {
      return text.substring(0, from) + "***@" + text.substring(at + 1);
    }
    return text;
  }

  /** The base address, without user info and without a trailing slash. */
  String base() {
    return base;
  }

  /** The raw user info of the URL, or null. */
  String userInfo() {
    return userInfo;
  }

  @Override
  public String toString() {
    return base;
  }
}
