package io.eventschema.registry;

/**
 * A registry call failed. Carries the registry's own words: the HTTP status (0 when no answer came),
 * the registry's {@code error_code} (0 when it gave none), its message, and the URL asked (without
 * credentials).
 */
public class SchemaRegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public static final int SUBJECT_NOT_FOUND = 40401;
  public static final int VERSION_NOT_FOUND = 40402;
  public static final int SCHEMA_NOT_FOUND = 40403;
  public static final int INCOMPATIBLE_SCHEMA = 40901;
  public static final int INVALID_SCHEMA = 42201;
  public static final int INVALID_VERSION = 42202;
  public static final int INVALID_COMPATIBILITY_LEVEL = 42203;

  private final int httpStatus;
  private final int errorCode;
  private final String url;
  private final String registryMessage;

  public SchemaRegistryException(int httpStatus, int errorCode, String message, String url,
      Throwable cause) {
    super(describe(httpStatus, errorCode, message, url), cause);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.url = url;
    this.registryMessage = message;
  }

  public SchemaRegistryException(int httpStatus, int errorCode, String message, String url) {
    this(httpStatus, errorCode, message, url, null);
  }

  private static String describe(int status, int code, String message, String url) {
    StringBuilder sb = new StringBuilder();
    sb.append(message == null ? "schema registry error" : message);
    if (status > 0 || code > 0) {
      sb.append(" (");
      if (status > 0) {
        sb.append("HTTP ").append(status);
      }
      if (code > 0) {
        sb.append(status > 0 ? ", " : "").append("error_code ").append(code);
      }
      sb.append(')');
    }
    if (url != null) {
      sb.append("; asked ").append(url);
    }
    return sb.toString();
  }

  /** The HTTP status, or 0 when the registry gave no answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The registry's {@code error_code}, or 0 when it gave none. */
  public int errorCode() {
    return errorCode;
  }

  /** The message alone, as the registry (or the client, when no answer came) gave it. */
  public String registryMessage() {
    return registryMessage;
  }

  /** The URL asked, without credentials; null for an in-memory registry. */
  public String url() {
    return url;
  }

  /** True for the "not found" family (HTTP 404: 40401, 40402, 40403). */
  public boolean isNotFound() {
    return httpStatus == 404 || errorCode / 100 == 404;
  }

  /** True when the registry rejected a schema as incompatible (HTTP 409; 409 or 40901). */
  public boolean isIncompatible() {
    return httpStatus == 409 || errorCode == INCOMPATIBLE_SCHEMA || errorCode == 409;
  }

  /** True when no answer came or the registry failed (5xx): worth retrying. */
  public boolean isRetriable() {
    return httpStatus == 0 || httpStatus >= 500;
  }
}
