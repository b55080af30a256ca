package io.eventschema.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.MockSchemaRegistryClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry goals' parameter handling and output, against the runtime's mock:// registry. */
class GoalsOnMockRegistryTest {
  static final String V1 = "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"shop\","
      + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  static final String V2_BREAKING = "{\"type\":\"record\",\"name\":\"OrderPlaced\","
      + "\"namespace\":\"shop\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
      + "{\"name\":\"total\",\"type\":\"long\"}]}";

  @TempDir
  Path dir;
  String scope;
  RecordingLog log;

  @BeforeEach
  void scope() {
    scope = "plugin-" + System.nanoTime();
    log = new RecordingLog();
  }

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(scope);
  }

  void writeSchema(String text) throws IOException {
    Path avro = dir.resolve("classes/META-INF/avro");
    Files.createDirectories(avro);
    Files.writeString(avro.resolve("shop.OrderPlaced.avsc"), text);
  }

  <M extends AbstractSchemasMojo> M schemasMojo(M mojo) {
    mojo.schemaRegistryUrls = List.of("mock://" + scope);
    mojo.schemaDirectory = dir.resolve("classes").toFile();
    mojo.topics = Map.of("OrderPlaced", "orders");
    mojo.subjectNameStrategy = "TopicNameStrategy";
    mojo.setLog(log);
    return mojo;
  }

  TestCompatibilityMojo testCompatibility() {
    TestCompatibilityMojo m = schemasMojo(new TestCompatibilityMojo());
    m.compatibilityVersion = "latest";
    return m;
  }

  @Test
  void registerPrintsSubjectVersionIdAndIsIdempotent() throws Exception {
    writeSchema(V1);
    schemasMojo(new RegisterMojo()).execute();
    schemasMojo(new RegisterMojo()).execute();
    assertThat(log.lines.get(0)).matches("INFO orders-value: version 1, id \\d+ \\(registered"
        + " shop.OrderPlaced \\(AVRO\\)\\)");
    assertThat(log.lines.get(1)).startsWith("INFO orders-value: version 1, id ")
        .contains("unchanged");
    assertThat(MockSchemaRegistryClient.forScope(scope).versions("orders-value"))
        .containsExactly(1);
  }

  @Test
  void testCompatibilityPassesANewSubjectAndFailsABreakWithTheRegistrysMessages()
      throws Exception {
    writeSchema(V1);
    testCompatibility().execute();
    assertThat(log.text()).contains("orders-value: compatible (the subject does not exist yet");

    schemasMojo(new RegisterMojo()).execute();
    writeSchema(V2_BREAKING);
    assertThatThrownBy(() -> testCompatibility().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("orders-value: shop.OrderPlaced (AVRO) is NOT compatible")
        .hasMessageContaining("total");
  }

  @Test
  void skipDoesNothing() throws Exception {
    RegisterMojo m = schemasMojo(new RegisterMojo());
    m.skip = true;
    m.execute();
    assertThat(log.lines).containsExactly("INFO eventschema: skipped");
  }

  @Test
  void noSchemasInTheBuildSaysToCompileFirst() {
    assertThatThrownBy(() -> schemasMojo(new RegisterMojo()).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no event schemas in").hasMessageContaining("mvn compile");
  }

  DownloadMojo download(List<String> subjects) {
    DownloadMojo m = new DownloadMojo();
    m.schemaRegistryUrls = List.of("mock://" + scope);
    m.subjects = subjects;
    m.outputDirectory = dir.resolve("downloaded").toFile();
    m.setLog(log);
    return m;
  }

  @Test
  void downloadWritesTheLatestOrANamedVersionUnderTheFullName() throws Exception {
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    registry.setCompatibility("orders-value", "NONE");
    registry.register("orders-value", V1);
    registry.register("orders-value", V2_BREAKING);
    download(List.of("orders-value")).execute();
    Path file = dir.resolve("downloaded/shop.OrderPlaced.avsc");
    assertThat(new Schema.Parser().parse(Files.readString(file)))
        .isEqualTo(new Schema.Parser().parse(V2_BREAKING));

    DownloadMojo v1 = download(List.of("orders-value"));
    v1.versions = Map.of("orders-value", "1");
    v1.execute();
    assertThat(new Schema.Parser().parse(Files.readString(file)))
        .isEqualTo(new Schema.Parser().parse(V1));

    DownloadMojo bad = download(List.of("orders-value"));
    bad.versions = Map.of("orders-value", "first");
    assertThatThrownBy(bad::execute).hasMessageContaining("'first'");
  }

  @Test
  void downloadOfAnUnknownSubjectFailsWithTheRegistrysError() {
    assertThatThrownBy(() -> download(List.of("nope-value")).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("schema registry:").hasMessageContaining("error_code 40401");
  }

  @Test
  void setCompatibilityChecksLevelNamesBeforeSendingThem() throws Exception {
    SetCompatibilityMojo m = schemasMojo(new SetCompatibilityMojo());
    m.compatibilityLevels = Map.of("orders-value", "full", SetCompatibilityMojo.GLOBAL, "NONE");
    m.execute();
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    assertThat(registry.compatibility("orders-value")).isEqualTo("FULL");
    assertThat(registry.compatibility(null)).isEqualTo("NONE");

    SetCompatibilityMojo bad = schemasMojo(new SetCompatibilityMojo());
    bad.compatibilityLevels = Map.of("orders-value", "SIDEWAYS");
    assertThatThrownBy(bad::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("'SIDEWAYS' for orders-value is not a level");
  }

  @Test
  void aRegistryThatCannotBeReachedFailsWithTheUrlButNoCredentials() throws Exception {
    writeSchema(V1);
    RegisterMojo m = schemasMojo(new RegisterMojo());
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    m.schemaRegistryUrls = List.of("http://127.0.0.1:" + port);
    m.userInfo = "alice:s3cret";
    m.maxRetries = 0;
    m.connectTimeoutMs = 2000;
    assertThatThrownBy(m::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("status 0")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));

    // credentials in the URL itself are not shown either
    RegisterMojo inUrl = schemasMojo(new RegisterMojo());
    inUrl.schemaRegistryUrls = List.of("http://bob:hunter2@127.0.0.1:" + port);
    inUrl.maxRetries = 0;
    assertThatThrownBy(inUrl::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("127.0.0.1:" + port)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void historyGoalsNeedNoRegistry() {
    assertThat(AbstractRegistryMojo.class).isAssignableTo(AbstractMojo.class);
    assertThat(AbstractMojo.class).isAssignableFrom(HistoryAddMojo.class);
    assertThat(AbstractRegistryMojo.class.isAssignableFrom(HistoryAddMojo.class)).isFalse();
  }

  @Test
  void jsonSchemasRegisterWithTheirTypeAndDownloadAsSchemaJson() throws Exception {
    writeSchema(V1);
    String json = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\","
        + "\"title\":\"shop.OrderPlaced\",\"type\":\"object\","
        + "\"properties\":{\"id\":{\"type\":\"string\"}},\"required\":[\"id\"]}";
    Path folder = dir.resolve("classes/META-INF/json-schema");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("shop.OrderPlaced.schema.json"), json);
    RegisterMojo m = schemasMojo(new RegisterMojo());
    // one event, two formats: one subject each
    m.subjects = Map.of();
    m.subjectNameStrategy = "TopicNameStrategy";
    assertThatThrownBy(m::execute).hasMessageContaining("two schemas would go under one subject");
    RegisterMojo json1 = schemasMojo(new RegisterMojo());
    json1.topics = Map.of("OrderPlaced", "orders-json");
    json1.schemaTypes = List.of("json");
    json1.execute();
    assertThat(log.text()).contains("orders-json-value: version 1").contains("(JSON)");
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);
    assertThat(registry.latestVersion("orders-json-value").schemaType()).isEqualTo("JSON");
    assertThat(registry.latestVersion("orders-json-value").schema()).isEqualTo(json);

    download(List.of("orders-json-value")).execute();
    assertThat(Files.readString(dir.resolve("downloaded/shop.OrderPlaced.schema.json")))
        .isEqualTo(json);
  }

  @Test
  void credentialsComeFromTheSettingsServerNamedByServerId() throws Exception {
    org.apache.maven.settings.Settings settings = new org.apache.maven.settings.Settings();
    org.apache.maven.settings.Server server = new org.apache.maven.settings.Server();
    server.setId("registry");
    server.setUsername("ci");
    server.setPassword("pw");
    settings.addServer(server);
    RegisterMojo m = schemasMojo(new RegisterMojo());
    m.settings = settings;
    m.serverId = "registry";
    assertThat(m.registrySettings().clientProperties(k -> null))
        .containsEntry("basic.auth.user.info", "ci:pw");

    m.serverId = "elsewhere";
    writeSchema(V1);
    assertThatThrownBy(m::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no <server> with id 'elsewhere' in settings.xml");
  }

  @Test
  void registryGoalsWithoutUrlSayWhatToSet() {
    RegisterMojo m = schemasMojo(new RegisterMojo());
    m.schemaRegistryUrls = null;
    assertThatThrownBy(m::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<schemaRegistryUrls>");
  }
}
