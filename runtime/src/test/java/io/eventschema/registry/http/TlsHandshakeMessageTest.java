package io.eventschema.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failed handshake says whose certificate is at fault: an alert the registry sent is about the
 * client's certificate, a check that failed here is about the registry's.
 */
class TlsHandshakeMessageTest {
  private static final String BASE = "https://127.0.0.1:1/apis/ccompat/v7";

  @ParameterizedTest
  @ValueSource(strings = {"certificate_required", "bad_certificate", "certificate_unknown",
      "unknown_ca", "handshake_failure"})
  void anAlertFromTheRegistryPointsAtTheClientsKeyStore(String alert) {
    String m = Tls.describe(new SSLHandshakeException("Received fatal alert: " + alert), BASE);
    assertThat(m).startsWith("TLS handshake failed: the registry refused the client's"
        + " certificate or wants one").contains("schema.registry.ssl.keystore.location", alert);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PKIX path building failed: unable to find valid certification path",
      "certificate_unknown"})
  void aCheckThatFailedHerePointsAtTheTrustStore(String failure) {
    SSLHandshakeException e = new SSLHandshakeException(failure);
    assertThat(Tls.describe(e, BASE)).contains("the registry's certificate is not trusted",
        "schema.registry.ssl.truststore.location");
  }

  @ParameterizedTest
  @ValueSource(strings = {"No subject alternative names matching IP address 127.0.0.1 found",
      "No name matching localhost found"})
  void aHostNameMismatchSaysSo(String failure) {
    assertThat(Tls.describe(new SSLHandshakeException(failure), BASE))
        .contains("not for the host name of " + BASE);
  }
}
