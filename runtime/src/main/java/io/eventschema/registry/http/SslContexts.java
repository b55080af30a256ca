package io.eventschema.registry.http;

import static io.eventschema.registry.RegistryClientConfig.CLIENT_NAMESPACE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.types.Password;

/**
 * Builds the client's {@link SSLContext} from Confluent's {@code schema.registry.ssl.*} keys
 * (JKS or PKCS12 trust and key stores).
 */
final class SslContexts {
  private SslContexts() {}

  /** The context the settings ask for, or null for the JVM's default one. */
  static SSLContext fromConfig(AbstractConfig config, boolean anyHttps) {
    String trustLocation = string(config, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
    String keyLocation = string(config, SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG);
    for (String pem : new String[] {SslConfigs.SSL_TRUSTSTORE_CERTIFICATES_CONFIG,
        SslConfigs.SSL_KEYSTORE_CERTIFICATE_CHAIN_CONFIG, SslConfigs.SSL_KEYSTORE_KEY_CONFIG}) {
      if (config.getPassword(CLIENT_NAMESPACE + pem) != null) {
        throw new ConfigException(CLIENT_NAMESPACE + pem, "[hidden]",
            "PEM content in the configuration is not supported by eventschema; use a JKS or"
                + " PKCS12 file with " + CLIENT_NAMESPACE + "ssl.truststore.location /"
                + " ssl.keystore.location");
      }
    }
    String algorithm = string(config, SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG);
    if (anyHttps && (algorithm == null || algorithm.isEmpty())) {
      throw new ConfigException(CLIENT_NAMESPACE
          + SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG, "",
          "java.net.http always verifies the registry's host name; give the registry a"
              + " certificate whose subject alternative names include the host in the URL");
    }
    if (trustLocation == null && keyLocation == null) {
      return null;
    }
    try {
      TrustManagerFactory tmf = null;
      if (trustLocation != null) {
        KeyStore trust = load(config, trustLocation, SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG,
            SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
        tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
      }
      KeyManagerFactory kmf = null;
      if (keyLocation != null) {
        KeyStore keys = load(config, keyLocation, SslConfigs.SSL_KEYSTORE_TYPE_CONFIG,
            SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG);
        Password keyPassword = config.getPassword(CLIENT_NAMESPACE
            + SslConfigs.SSL_KEY_PASSWORD_CONFIG);
        Password storePassword = config.getPassword(CLIENT_NAMESPACE
            + SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG);
        Password p = keyPassword != null ? keyPassword : storePassword;
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, p == null ? new char[0] : p.value().toCharArray());
      }
      String protocol = string(config, SslConfigs.SSL_PROTOCOL_CONFIG);
      SSLContext ctx = SSLContext.getInstance(protocol == null ? "TLS" : protocol);
      ctx.init(kmf == null ? null : kmf.getKeyManagers(),
          tmf == null ? null : tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new ConfigException(CLIENT_NAMESPACE + "ssl.*", "[hidden]",
          "could not set up TLS for the schema registry client: " + e.getMessage());
    }
  }

  private static KeyStore load(AbstractConfig config, String location, String typeKey,
      String passwordKey, String locationKey) throws GeneralSecurityException {
    String type = string(config, typeKey);
    if (type == null) {
      type = "JKS";
    }
    if (type.equalsIgnoreCase("PEM")) {
      throw new ConfigException(CLIENT_NAMESPACE + typeKey, type,
          "PEM stores are not supported by eventschema; use JKS or PKCS12");
    }
    Password password = config.getPassword(CLIENT_NAMESPACE + passwordKey);
    KeyStore store = KeyStore.getInstance(type);
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      store.load(in, password == null ? null : password.value().toCharArray());
    } catch (IOException e) {
      throw new ConfigException(CLIENT_NAMESPACE + locationKey, location,
          "could not read the " + type + " store (wrong path, type or password?): "
              + e.getMessage());
    }
    return store;
  }

  private static String string(AbstractConfig config, String key) {
    String value = config.getString(CLIENT_NAMESPACE + key);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
