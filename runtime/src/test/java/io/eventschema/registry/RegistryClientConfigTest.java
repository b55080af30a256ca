package io.eventschema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.http.HttpClientSettings;
import io.eventschema.registry.http.RestSchemaRegistryClient;
import io.eventschema.serde.SerdeConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {
  static AbstractConfig config(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return RegistryClientConfig.parse(m);
  }

  @Test
  void httpUrlsGiveACachedHttpClient() {
    try (SchemaRegistryClient c = RegistryClientConfig.createClient(config(
        "schema.registry.url", "http://127.0.0.1:1, https://127.0.0.1:2/apis/ccompat/v7/"))) {
      assertThat(c).isInstanceOf(CachedSchemaRegistryClient.class);
      assertThat(((CachedSchemaRegistryClient) c).delegate())
          .isInstanceOf(RestSchemaRegistryClient.class);
    }
  }

  @Test
  void mockStillGivesTheSharedInMemoryRegistry() {
    SchemaRegistryClient c = RegistryClientConfig.createClient(config(
        "schema.registry.url", "mock://cfg-test"));
    assertThat(c).isSameAs(MockSchemaRegistryClient.forScope("cfg-test"));
    MockSchemaRegistryClient.dropScope("cfg-test");
  }

  @Test
  void defaultsAreConfluents() {
    AbstractConfig c = config("schema.registry.url", "http://x");
    assertThat(c.getInt("max.schemas.per.subject")).isEqualTo(1000);
    assertThat(c.getLong("latest.cache.ttl.sec")).isEqualTo(-1L);
    assertThat(c.getInt("max.retries")).isEqualTo(3);
    assertThat(c.getInt("retries.wait.ms")).isEqualTo(1000);
    assertThat(c.getInt("retries.max.wait.ms")).isEqualTo(20000);
    assertThat(c.getInt("http.connect.timeout.ms")).isEqualTo(60000);
    assertThat(c.getInt("http.read.timeout.ms")).isEqualTo(60000);
    assertThat(c.getString("basic.auth.credentials.source")).isEqualTo("URL");
    assertThat(c.getString("bearer.auth.credentials.source")).isEqualTo("STATIC_TOKEN");
    assertThat(c.getString("schema.registry.ssl.truststore.type")).isEqualTo("JKS");
    assertThat(c.getString("schema.registry.ssl.endpoint.identification.algorithm"))
        .isEqualTo("https");
    assertThat(SerdeConfig.DEFINITION.names()).contains("schema.registry.ssl.keystore.location",
        "basic.auth.user.info", "bearer.auth.token", "max.retries");
  }

  @Test
  void wrongSettingsAreConfigErrorsWithoutSecrets() {
    assertThatThrownBy(() -> HttpClientSettings.from(config("schema.registry.url",
        "ftp://user:topsecret@host"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("http:// or https://").hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> HttpClientSettings.from(config("schema.registry.url", "http://h",
        "basic.auth.credentials.source", "SASL_INHERIT"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("use URL or USER_INFO");
    assertThatThrownBy(() -> HttpClientSettings.from(config("schema.registry.url", "http://h",
        "basic.auth.credentials.source", "USER_INFO"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("needs basic.auth.user.info");
    assertThatThrownBy(() -> HttpClientSettings.from(config("schema.registry.url", "http://h",
        "basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "u:topsecret",
        "bearer.auth.token", "tok"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("not both").hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> HttpClientSettings.from(config("schema.registry.url", "http://h",
        "bearer.auth.credentials.source", "OAUTHBEARER"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("STATIC_TOKEN");
    assertThatThrownBy(() -> HttpClientSettings.from(config("schema.registry.url", "https://h",
        "schema.registry.ssl.truststore.location", "/nonexistent/trust.jks")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("could not read the JKS store");
    assertThat(HttpClientSettings.from(config("schema.registry.url", "http://u:topsecret@h",
        "bearer.auth.token", "tok2")).toString()).doesNotContain("topsecret", "tok2");
  }
}
