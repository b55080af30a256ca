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
 * The registry client over https against the real Apicurio Registry: one registry with a
 * self-signed server certificate (made here with the JDK's keytool, for IP 127.0.0.1 only), one
 * that is also given a trust store of client certificates and quarkus.http.ssl.client-auth=required.
 * The client trusts the server with schema.registry.ssl.truststore.*, presents its own with
 * schema.registry.ssl.keystore.*; a wrong trust store and a host name the certificate does not
 * list each fail with a SchemaRegistryException that says which, at once (no retries). (Seen
 * here: Apicurio 3.3 with client-auth=required still answered a client without a certificate, so
 * refusing one is not asserted.)
 */
class RegistryTlsIT {
  private static final String PASS = "changeit";
  private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"TlsPing\",\"namespace\":"
      + "\"it.tls\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";

  private static Path dir;
  private static ApicurioRegistry tls;
  private static ApicurioRegistry mutual;

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
    List<String> mutualProps = new ArrayList<>(serverKey);
    mutualProps.addAll(List.of(
        "-Dquarkus.http.ssl.certificate.trust-store-file=" + dir.resolve("trusts-client.p12"),
        "-Dquarkus.http.ssl.certificate.trust-store-password=" + PASS,
        "-Dquarkus.http.ssl.certificate.trust-store-file-type=PKCS12",
        "-Dquarkus.http.ssl.client-auth=required"));
    mutual = ApicurioRegistry.startTls(mutualProps);
  }

  @AfterAll
  static void stop() {
    if (tls != null) {
      tls.close();
    }
    if (mutual != null) {
      mutual.close();
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
    try (SchemaRegistryClient c = client(mutual.ccompatUrl(), "trusts-server", "client")) {
      int id = c.register("mtls-ping-value", SCHEMA);
      assertThat(c.schemaById(id).schema()).contains("TlsPing");
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
