package io.eventschema.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.registry.RegistryClientConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrySettingsTest {
  private static final Map<String, String> NO_ENV = Map.of();

  static RegistrySettings settings() {
    RegistrySettings s = new RegistrySettings();
    s.urls = List.of("http://a:8081", " http://b:8081 ");
    return s;
  }

  @Test
  void urlsBecomeTheClientsCommaSeparatedList() {
    Map<String, Object> props = settings().clientProperties(NO_ENV::get);
    assertThat(props).containsEntry(RegistryClientConfig.SCHEMA_REGISTRY_URL,
        "http://a:8081,http://b:8081");
    assertThat(props).doesNotContainKeys(RegistryClientConfig.BASIC_AUTH_USER_INFO,
        RegistryClientConfig.BEARER_AUTH_TOKEN);
  }

  @Test
  void userInfoParameterWinsOverServerAndEnvironment() {
    RegistrySettings s = settings();
    s.userInfo = "param:secret";
    s.serverUsername = "server";
    s.serverPassword = "pw";
    Map<String, Object> props = s.clientProperties(
        Map.of(RegistrySettings.USER_INFO_ENV, "env:pw")::get);
    assertThat(props).containsEntry(RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO")
        .containsEntry(RegistryClientConfig.BASIC_AUTH_USER_INFO, "param:secret");
  }

  @Test
  void settingsServerWithUsernameIsBasicAndWithoutIsBearer() {
    RegistrySettings basic = settings();
    basic.serverUsername = "ci";
    basic.serverPassword = "pw";
    assertThat(basic.clientProperties(NO_ENV::get))
        .containsEntry(RegistryClientConfig.BASIC_AUTH_USER_INFO, "ci:pw")
        .doesNotContainKey(RegistryClientConfig.BEARER_AUTH_TOKEN);

    RegistrySettings bearer = settings();
    bearer.serverPassword = "token-1";
    assertThat(bearer.clientProperties(NO_ENV::get))
        .containsEntry(RegistryClientConfig.BEARER_AUTH_TOKEN, "token-1")
        .doesNotContainKey(RegistryClientConfig.BASIC_AUTH_USER_INFO);
  }

  @Test
  void environmentIsTheLastResort() {
    assertThat(settings().clientProperties(
        Map.of(RegistrySettings.BEARER_TOKEN_ENV, "env-token")::get))
        .containsEntry(RegistryClientConfig.BEARER_AUTH_TOKEN, "env-token");
    RegistrySettings s = settings();
    s.bearerToken = "param-token";
    assertThat(s.clientProperties(Map.of(RegistrySettings.USER_INFO_ENV, "env:pw")::get))
        .containsEntry(RegistryClientConfig.BEARER_AUTH_TOKEN, "param-token")
        .doesNotContainKey(RegistryClientConfig.BASIC_AUTH_USER_INFO);
  }

  @Test
  void tlsTimeoutsAndHeadersUseTheClientsKeysAndNamedParametersWinOverConfigs() {
    RegistrySettings s = settings();
    s.configs = Map.of(RegistryClientConfig.HTTP_READ_TIMEOUT_MS, "5",
        "max.schemas.per.subject", "7");
    s.readTimeoutMs = 1234;
    s.connectTimeoutMs = 99;
    s.maxRetries = 0;
    s.truststoreLocation = "/tmp/trust.p12";
    s.truststorePassword = "changeit";
    s.keystoreType = "PKCS12";
    s.httpHeaders = Map.of("X-Tenant", "blue");
    Map<String, Object> props = s.clientProperties(NO_ENV::get);
    assertThat(props)
        .containsEntry(RegistryClientConfig.HTTP_READ_TIMEOUT_MS, 1234)
        .containsEntry(RegistryClientConfig.HTTP_CONNECT_TIMEOUT_MS, 99)
        .containsEntry(RegistryClientConfig.MAX_RETRIES, 0)
        .containsEntry("max.schemas.per.subject", "7")
        .containsEntry("schema.registry.ssl.truststore.location", "/tmp/trust.p12")
        .containsEntry("schema.registry.ssl.truststore.password", "changeit")
        .containsEntry("schema.registry.ssl.keystore.type", "PKCS12")
        .containsEntry("request.header.X-Tenant", "blue");
    // the runtime's own parser accepts every key we produce
    assertThat(RegistryClientConfig.parse(props).getInt(RegistryClientConfig.HTTP_READ_TIMEOUT_MS))
        .isEqualTo(1234);
  }

  @Test
  void toStringNeverShowsCredentials() {
    RegistrySettings s = settings();
    s.userInfo = "alice:s3cret";
    s.serverPassword = "t0ken";
    assertThat(s.toString()).doesNotContain("s3cret").doesNotContain("t0ken")
        .contains("(set)");
  }
}
