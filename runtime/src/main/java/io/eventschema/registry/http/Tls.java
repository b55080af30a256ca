package io.eventschema.registry.http;

import javax.net.ssl.SSLException;

/** What a failed TLS handshake with the registry means, in the settings' terms. */
final class Tls {
  private Tls() {}

  static String describe(SSLException e, String base) {
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null && chain.length() < 600; t = t.getCause()) {
      if (t.getMessage() != null && chain.indexOf(t.getMessage()) < 0) {
        chain.append(chain.length() == 0 ? "" : ": ").append(t.getMessage());
      }
    }
    String all = chain.toString();
    String lower = all.toLowerCase(java.util.Locale.ROOT);
    String hint;
    // an alert the registry sent ("Received fatal alert: ...") is about the client's certificate;
    // the same words raised here ("PKIX path building failed") are about the registry's
    boolean fromRegistry = lower.contains("received fatal alert");
    if (fromRegistry && (lower.contains("bad_certificate") || lower.contains("certificate_required")
        || lower.contains("certificate_unknown") || lower.contains("unknown_ca")
        || lower.contains("handshake_failure"))) {
      hint = "the registry refused the client's certificate or wants one: set"
          + " schema.registry.ssl.keystore.location to a key store it trusts";
    } else if (lower.contains("subject alternative name") || lower.contains("no name matching")
        || lower.contains("hostname")) {
      hint = "the registry's certificate is not for the host name of " + base
          + " (the URL must name a host the certificate lists)";
    } else if (lower.contains("pkix") || lower.contains("unable to find valid certification")
        || lower.contains("certificate_unknown") || lower.contains("signature check failed")) {
      hint = "the registry's certificate is not trusted: set schema.registry.ssl.truststore."
          + "location to a trust store that holds it or its issuer";
    } else if (lower.contains("bad_certificate") || lower.contains("certificate_required")
        || lower.contains("handshake_failure")) {
      hint = "the registry refused the client's certificate or wants one: set"
          + " schema.registry.ssl.keystore.location to a key store it trusts";
    } else {
      hint = "TLS with " + base + " failed";
    }
    return "TLS handshake failed: " + hint + " (" + all + ")";
  }
}
