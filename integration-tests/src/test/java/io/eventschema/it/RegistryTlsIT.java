package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry client over https against the real Apicurio Registry, with a self-signed server
 * certificate made here with the JDK's keytool (for IP 127.0.0.1 only). The client trusts the
 * server with schema.registry.ssl.truststore.*; a wrong trust store and a host name the
 * certificate does not list each fail with a SchemaRegistryException that says which, at once (no
 * retries).
 *
 * <p>Mutual TLS: Apicurio's distribution cannot require a client certificate
 * (quarkus.http.ssl.client-auth is fixed at build time to NONE; see {@link RegistryTlsFront}), so
 * the certificate is demanded and checked by a JDK TLS server in front of the same registry. With
 * schema.registry.ssl.keystore.* the client presents a certificate the front trusts and reaches
 * the registry; without one, or with one the front does not trust, the handshake is refused and
 * the client says so in a SchemaRegistryException naming schema.registry.ssl.keystore.location,
 * at once.
 */
class RegistryTlsIT {
  private static final String PASS = "changeit";
  private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"TlsPing\",\"namespace\":"
      + "\"it.tls\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";

  private static Path dir;
  private static ApicurioRegistry tls;
  private static RegistryTlsFront mutual;

  private static void keytool(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + out);
    }
  }

  /** A PKCS12 key store with a new self-signed key pair for {@code san}, and its certificate. */
  private static void keyPair(String name, String san) throws Exception {
    keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=" + name, "-ext", "SAN=" + san, "-validity", "2", "-storetype", "PKCS12",
        "-keystore", name + ".p12", "-storepass", PASS, "-keypass", PASS);
    keytool("-exportcert", "-rfc", "-alias", name, "-keystore", name + ".p12", "-storepass", PASS,
        "-file", name + ".crt");
  }

  /** A PKCS12 trust store holding {@code cert}.crt. */
  private static void trustStore(String name, String cert) throws Exception {
    keytool("-importcert", "-noprompt", "-alias", cert, "-file", cert + ".crt", "-storetype",
        "PKCS12", "-keystore", name + ".p12", "-storepass", PASS);
  }

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("eventschema-tls-");
    keyPair("server", "ip:127.0.0.1");
    keyPair("client", "dns:client");
    keyPair("stranger", "ip:127.0.0.1");
    trustStore("trusts-server", "server");
    trustStore("trusts-client", "client");
    trustStore("trusts-stranger", "stranger");
    List<String> serverKey = List.of(
        "-Dquarkus.http.ssl.certificate.key-store-file=" + dir.resolve("server.p12"),
        "-Dquarkus.http.ssl.certificate.key-store-password=" + PASS,
        "-Dquarkus.http.ssl.certificate.key-store-file-type=PKCS12");
    tls = ApicurioRegistry.startTls(serverKey);
    mutual = new RegistryTlsFront(dir.resolve("server.p12"), dir.resolve("trusts-client.p12"),
        tls.port(), dir.resolve("trusts-server.p12"), PASS);
  }

  @AfterAll
  static void stop() {
    if (mutual != null) {
      mutual.close();
    }
    if (tls != null) {
      tls.close();
    }
  }

  private static SchemaRegistryClient client(String url, String trust, String key) {
    Map<String, Object> props = new HashMap<>();
    props.put(RegistryClientConfig.SCHEMA_REGISTRY_URL, url);
    props.put(RegistryClientConfig.MAX_RETRIES, 3);
    props.put(RegistryClientConfig.RETRIES_WAIT_MS, 2000);
    props.put(RegistryClientConfig.LATEST_CACHE_TTL_SEC, 0L);
    if (trust != null) {
      props.put("schema.registry.ssl.truststore.location", dir.resolve(trust + ".p12").toString());
      props.put("schema.registry.ssl.truststore.password", PASS);
      props.put("schema.registry.ssl.truststore.type", "PKCS12");
    }
    if (key != null) {
      props.put("schema.registry.ssl.keystore.location", dir.resolve(key + ".p12").toString());
      props.put("schema.registry.ssl.keystore.password", PASS);
      props.put("schema.registry.ssl.keystore.type", "PKCS12");
      props.put("schema.registry.ssl.key.password", PASS);
    }
    return RegistryClientConfig.createClient(RegistryClientConfig.parse(props));
  }

  @Test
  void httpsWithATrustStoreRegistersAndReadsBack() {
    assertThat(tls.ccompatUrl()).startsWith("https://127.0.0.1:");
    try (SchemaRegistryClient c = client(tls.ccompatUrl(), "trusts-server", null)) {
      int id = c.register("tls-ping-value", SCHEMA);
      assertThat(c.schemaById(id).schema()).contains("TlsPing");
      assertThat(c.latestVersion("tls-ping-value").id()).isEqualTo(id);
    }
  }

  @Test
  void mutualTlsWithTheClientsCertificateRegistersAndReadsBack() {
    int accepted = mutual.accepted();
    int id;
    try (SchemaRegistryClient c = client(mutual.ccompatUrl(), "trusts-server", "client")) {
      id = c.register("mtls-ping-value", SCHEMA);
      assertThat(c.schemaById(id).schema()).contains("TlsPing");
    }
    assertThat(mutual.accepted()).as("handshakes with the client's certificate")
        .isGreaterThan(accepted);
    // it reached the real registry: the subject is there when asked directly
    try (SchemaRegistryClient direct = client(tls.ccompatUrl(), "trusts-server", null)) {
      assertThat(direct.latestVersion("mtls-ping-value").id()).isEqualTo(id);
    }
  }

  @Test
  void mutualTlsWithoutAClientCertificateIsRefusedClearlyAndAtOnce() {
    int refused = mutual.refused();
    try (SchemaRegistryClient c = client(mutual.ccompatUrl(), "trusts-server", null)) {
      long t0 = System.nanoTime();
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> c.register("mtls-refused-value", SCHEMA));
      assertThat(e.getMessage()).contains("TLS handshake failed",
          "the registry refused the client's certificate or wants one",
          "schema.registry.ssl.keystore.location");
      assertThat((System.nanoTime() - t0) / 1_000_000).as("ms, no retry waits").isLessThan(4_000);
    }
    assertThat(mutual.refused()).as("handshakes refused by the front").isGreaterThan(refused);
    try (SchemaRegistryClient direct = client(tls.ccompatUrl(), "trusts-server", null)) {
      assertThat(direct.subjects()).doesNotContain("mtls-refused-value");
    }
  }

  @Test
  void mutualTlsWithACertificateTheRegistryDoesNotTrustIsRefused() {
    try (SchemaRegistryClient c = client(mutual.ccompatUrl(), "trusts-server", "stranger")) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          c::subjects);
      assertThat(e.getMessage()).contains("TLS handshake failed",
          "the registry refused the client's certificate or wants one");
    }
  }

  @Test
  void aTrustStoreWithoutTheRegistrysCertificateFailsClearlyAndAtOnce() {
    try (SchemaRegistryClient c = client(tls.ccompatUrl(), "trusts-stranger", null)) {
      long t0 = System.nanoTime();
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          c::subjects);
      assertThat(e.getMessage()).contains("TLS handshake failed",
          "certificate is not trusted", "schema.registry.ssl.truststore.location");
      assertThat((System.nanoTime() - t0) / 1_000_000).as("ms, no retry waits").isLessThan(4_000);
    }
  }

  @Test
  void aHostNameTheCertificateDoesNotListFailsClearly() {
    String byName = tls.ccompatUrl().replace("127.0.0.1", "localhost");
    try (SchemaRegistryClient c = client(byName, "trusts-server", null)) {
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          c::subjects);
      assertThat(e.getMessage()).contains("TLS handshake failed", "not for the host name");
    }
  }
}
