package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eventschema Maven plugin in real Maven builds of small user projects (forked {@code mvn}),
 * against the real Apicurio Registry: each goal's success and failure cases, as a user runs them.
 */
@ExtendWith(ApicurioRegistry.class)
class MavenPluginIT {
  static final String ORDER_V1 = """
      package shop;
      import io.eventschema.*;
      /** Level NONE: any change is allowed. */
      @Event(compatibility = Compatibility.NONE)
      public record OrderPlaced(String orderId, long cents) {}
      """;
  static final String PAID_V1 = """
      package shop;
      import io.eventschema.*;
      @Event(compatibility = Compatibility.BACKWARD)
      public record Paid(String orderId) {}
      """;
  /** Adds a field without a default: breaks BACKWARD (the new reader cannot fill it). */
  static final String PAID_BREAKING = """
      package shop;
      import io.eventschema.*;
      @Event(compatibility = Compatibility.BACKWARD)
      public record Paid(String orderId, String method) {}
      """;

  ApicurioRegistry registry;
  SchemaRegistryClient client;
  String run;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    this.registry = registry;
    client = RegistryClientConfig.createClient(RegistryClientConfig.parse(Map.of(
        RegistryClientConfig.SCHEMA_REGISTRY_URL, registry.ccompatUrl(),
        RegistryClientConfig.MAX_RETRIES, 0)));
    run = Long.toString(System.nanoTime(), 36);
  }

  @AfterEach
  void close() {
    client.close();
  }

  @AfterAll
  static void timing() {
    System.out.printf("MavenPluginIT: forked Maven builds took %d ms in all%n",
        MavenBuild.totalMillis);
  }

  /** Plugin configuration for topics {@code <run>-orders} / {@code <run>-payments}. */
  String registryConfig(String url, String extra) {
    return """
          <schemaRegistryUrls><url>%s</url></schemaRegistryUrls>
          <serverId>it-registry</serverId>
          <maxRetries>0</maxRetries>
          <connectTimeoutMs>3000</connectTimeoutMs>
          <topics>
            <OrderPlaced>%s-orders</OrderPlaced>
            <Paid>%s-payments</Paid>
          </topics>
        %s
        """.formatted(url, run, run, extra);
  }

  MavenBuild shop(String name, String paid) throws IOException {
    return new MavenBuild(name + "-" + run)
        .pom(registryConfig(registry.ccompatUrl(), ""))
        .write("src/main/java/shop/OrderPlaced.java", ORDER_V1)
        .write("src/main/java/shop/Paid.java", paid);
  }

  static String canonical(String schema) {
    return SchemaNormalization.toParsingForm(new Schema.Parser().parse(schema));
  }

  @Test
  void registerIsIdempotentSetsEachEventsLevelAndDownloadRoundTripsTheSchemas() throws Exception {
    MavenBuild build = shop("register", PAID_V1);
    MavenBuild.Result r = build.run("compile", "eventschema:test-compatibility",
        "eventschema:register", "eventschema:register", "eventschema:set-compatibility");
    assertThat(r.succeeded()).as(r.output()).isTrue();
    String orders = run + "-orders-value";
    String payments = run + "-payments-value";
    assertThat(r.output())
        .contains(orders + ": compatible (the subject does not exist yet")
        .containsPattern(orders + ": version 1, id \\d+ \\(registered shop.OrderPlaced \\(AVRO\\)\\)")
        .containsPattern(orders + ": version 1, id \\d+ \\(unchanged")
        .containsPattern(payments + ": version 1, id \\d+ \\(registered shop.Paid")
        .contains(orders + ": compatibility NONE", payments + ": compatibility BACKWARD")
        .doesNotContain(MavenBuild.RegistryCredentials.PASSWORD);
    // idempotent: one version each; the levels are each event's own @Event level
    assertThat(client.versions(orders)).containsExactly(1);
    assertThat(client.versions(payments)).containsExactly(1);
    assertThat(client.compatibility(orders)).isEqualTo("NONE");
    assertThat(client.compatibility(payments)).isEqualTo("BACKWARD");

    // download both subjects, by full name; same Parsing Canonical Form as what was compiled
    MavenBuild download = new MavenBuild("download-" + run).pom(registryConfig(
        registry.ccompatUrl(), "<subjects><subject>" + orders + "</subject><subject>" + payments
            + "</subject></subjects>"));
    MavenBuild.Result d = download.run("eventschema:download");
    assertThat(d.succeeded()).as(d.output()).isTrue();
    Path out = download.dir.resolve("target/eventschema/downloaded");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("shop.OrderPlaced.avsc", "shop.Paid.avsc");
    }
    for (String name : List.of("shop.OrderPlaced", "shop.Paid")) {
      String compiled = Files.readString(
          build.dir.resolve("target/classes/META-INF/avro/" + name + ".avsc"));
      assertThat(canonical(Files.readString(out.resolve(name + ".avsc"))))
          .isEqualTo(canonical(compiled));
    }
  }

  @Test
  void testCompatibilityFailsAnIncompatibleChangeWithTheRegistrysMessages() throws Exception {
    MavenBuild v1 = shop("compat-v1", PAID_V1);
    MavenBuild.Result registered = v1.run("compile", "eventschema:register");
    assertThat(registered.succeeded()).as(registered.output()).isTrue();

    MavenBuild v2 = shop("compat-v2", PAID_BREAKING);
    MavenBuild.Result r = v2.run("compile", "eventschema:test-compatibility");
    assertThat(r.succeeded()).as(r.output()).isFalse();
    String payments = run + "-payments-value";
    String breaking = new Schema.Parser().parse(Files.readString(
        v2.dir.resolve("target/classes/META-INF/avro/shop.Paid.avsc"))).toString();
    // the registry's own verdict and words, asked directly
    CompatibilityResult verdict = client.testCompatibility(payments, "latest", breaking,
        List.of());
    assertThat(verdict.compatible()).isFalse();
    assertThat(r.output())
        .contains(run + "-orders-value: compatible (shop.OrderPlaced (AVRO))")
        .contains(payments + ": shop.Paid (AVRO) is NOT compatible with version latest")
        .contains("1 schema(s) incompatible with the registry");
    for (String message : verdict.messages()) {
      assertThat(r.output()).contains(message);
    }
    if (verdict.messages().isEmpty()) {
      // Apicurio gives no reasons even with verbose=true: the plugin says so, and adds its own
      assertThat(r.output()).contains("(the registry gave no reason)")
          .contains("eventschema's own check: not BACKWARD compatible")
          .contains("field 'method'");
    }
    // nothing was registered by the check
    assertThat(client.versions(payments)).containsExactly(1);
  }

  @Test
  void downloadOfAnUnknownSubjectFailsWithTheRegistrysError() throws Exception {
    MavenBuild build = new MavenBuild("download-unknown-" + run)
        .pom(registryConfig(registry.ccompatUrl(),
            "<subjects><subject>${it.download}</subject></subjects>"));
    MavenBuild.Result r = build.run("eventschema:download", "-Dit.download=" + run + "-nope");
    assertThat(r.succeeded()).as(r.output()).isFalse();
    assertThat(r.output()).contains("schema registry:").contains("status 404")
        .contains("error_code 40401").contains(registry.ccompatUrl() + "/subjects/" + run
            + "-nope/versions/latest");
  }

  @Test
  void aRegistryThatIsDownFailsTheGoalWithTheUrlAndWithoutCredentials() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String down = "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    MavenBuild build = new MavenBuild("down-" + run).pom(registryConfig(down, ""))
        .write("src/main/java/shop/OrderPlaced.java", ORDER_V1);
    MavenBuild.Result r = build.run("compile", "eventschema:register");
    assertThat(r.succeeded()).as(r.output()).isFalse();
    assertThat(r.output()).contains("schema registry:").contains("status 0")
        .contains("127.0.0.1:" + port)
        .doesNotContain(MavenBuild.RegistryCredentials.PASSWORD)
        .doesNotContain(MavenBuild.RegistryCredentials.USER + ":");
  }

  @Test
  void historyAddUsesEachEventsOwnLevelAndHistoryCheckFailsABreak() throws Exception {
    String config = """
          <historyDirectory>${project.basedir}/src/main/release-history</historyDirectory>
        """;
    String unchanged = """
        package shop;
        @io.eventschema.Event
        public record Refunded(String orderId) {}
        """;
    MavenBuild build = new MavenBuild("history-" + run).pom(config)
        .write("src/main/java/shop/OrderPlaced.java", ORDER_V1)
        .write("src/main/java/shop/Paid.java", PAID_V1)
        .write("src/main/java/shop/Refunded.java", unchanged);
    MavenBuild.Result first = build.run("compile", "eventschema:history-add");
    assertThat(first.succeeded()).as(first.output()).isTrue();
    Path history = build.dir.resolve("src/main/release-history");
    assertThat(history.resolve("shop.OrderPlaced/v1.avsc")).exists();
    assertThat(history.resolve("shop.Paid/v1.avsc")).exists();
    assertThat(history.resolve("shop.Refunded/v1.avsc")).exists();

    // release 2: OrderPlaced (NONE) drops a field and changes a type; Paid (BACKWARD) adds a field
    // with a default; Refunded is unchanged. One level for all (BACKWARD) would refuse OrderPlaced.
    build.write("src/main/java/shop/OrderPlaced.java", """
        package shop;
        import io.eventschema.*;
        @Event(compatibility = Compatibility.NONE)
        public record OrderPlaced(long orderId) {}
        """).write("src/main/java/shop/Paid.java", """
        package shop;
        import io.eventschema.*;
        @Event(compatibility = Compatibility.BACKWARD)
        public record Paid(String orderId, @AvroDefault("\\"card\\"") String method) {}
        """);
    MavenBuild.Result second = build.run("compile", "eventschema:history-add");
    assertThat(second.succeeded()).as(second.output()).isTrue();
    assertThat(second.output()).contains("shop.OrderPlaced [NONE, shop.OrderPlaced]")
        .contains("shop.Paid [BACKWARD, shop.Paid]")
        .contains("shop.Refunded: unchanged since");
    assertThat(history.resolve("shop.OrderPlaced/v2.avsc")).exists();
    assertThat(history.resolve("shop.Paid/v2.avsc")).exists();
    assertThat(history.resolve("shop.Refunded/v2.avsc")).doesNotExist();
    assertThat(canonical(Files.readString(history.resolve("shop.Paid/v2.avsc"))))
        .isEqualTo(canonical(Files.readString(
            build.dir.resolve("target/classes/META-INF/avro/shop.Paid.avsc"))));

    // release 3: Paid gains a field without a default: history-check fails, naming it
    build.write("src/main/java/shop/Paid.java", """
        package shop;
        import io.eventschema.*;
        @Event(compatibility = Compatibility.BACKWARD)
        public record Paid(String orderId, @AvroDefault("\\"card\\"") String method,
            String currency) {}
        """);
    MavenBuild.Result third = build.run("compile", "eventschema:history-check");
    assertThat(third.succeeded()).as(third.output()).isFalse();
    assertThat(third.output()).contains("1 schema(s) break their level")
        .contains("shop.Paid: ").contains("currency");
    assertThat(history.resolve("shop.Paid/v3.avsc")).doesNotExist();
  }

  @Test
  void generateWritesRecordsFromFilesAndSubjectsThatTheProcessorCompilesInTheSameBuild()
      throws Exception {
    String shipped = "{\"type\":\"record\",\"name\":\"Shipped\",\"namespace\":\"logistics\","
        + "\"fields\":[{\"name\":\"parcelId\",\"type\":\"string\"},"
        + "{\"name\":\"grams\",\"type\":\"int\"}]}";
    String delivered = "{\"type\":\"record\",\"name\":\"Delivered\","
        + "\"namespace\":\"logistics\",\"fields\":[{\"name\":\"parcelId\","
        + "\"type\":\"string\"},{\"name\":\"at\",\"type\":{\"type\":\"long\","
        + "\"logicalType\":\"timestamp-millis\"}}]}";
    String subject = run + "-deliveries-value";
    client.register(subject, delivered);
    String executions = """
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
          </execution>
        </executions>
        """;
    MavenBuild build = new MavenBuild("generate-" + run).pom("""
          <schemaRegistryUrls><url>%s</url></schemaRegistryUrls>
          <subjects><subject>%s</subject></subjects>
        """.formatted(registry.ccompatUrl(), subject), executions)
        .write("src/main/avro/logistics.Shipped.avsc", shipped);
    MavenBuild.Result r = build.run("compile");
    assertThat(r.succeeded()).as(r.output()).isTrue();
    assertThat(r.output()).contains("eventschema: 2 record source(s) in");
    Path generated = build.dir.resolve("target/generated-sources/eventschema/logistics");
    assertThat(generated.resolve("Shipped.java")).exists();
    assertThat(generated.resolve("Delivered.java")).exists();
    // compiled in the same build, by the processor too: records, codecs, and the same schemas
    Path classes = build.dir.resolve("target/classes");
    assertThat(classes.resolve("logistics/Shipped.class")).exists();
    assertThat(classes.resolve("logistics/ShippedCodec.class")).exists();
    assertThat(classes.resolve("logistics/DeliveredSerde.class")).exists();
    assertThat(canonical(Files.readString(classes.resolve("META-INF/avro/logistics.Shipped.avsc"))))
        .isEqualTo(canonical(shipped));
    assertThat(canonical(Files.readString(
        classes.resolve("META-INF/avro/logistics.Delivered.avsc")))).isEqualTo(canonical(delivered));

    // a schema the generator cannot read fails the build before compile, naming the problem
    build.write("src/main/avro/logistics.Shipped.avsc", shipped.replace("\"int\"", "\"integer\""));
    MavenBuild.Result bad = build.run("compile");
    assertThat(bad.succeeded()).as(bad.output()).isFalse();
    assertThat(bad.output()).contains("schema problem(s)").contains("integer")
        .contains("eventschema-maven-plugin").doesNotContain("COMPILATION ERROR");
  }

  @Test
  void jsonSchemaEventsRegisterAsJsonAndDownloadAsSchemaJson() throws Exception {
    String topic = run + "-shipments-json";
    MavenBuild build = new MavenBuild("json-" + run).pom("""
          <schemaRegistryUrls><url>%s</url></schemaRegistryUrls>
          <topics><Shipment>%s</Shipment></topics>
          <schemaTypes><schemaType>JSON</schemaType></schemaTypes>
        """.formatted(registry.ccompatUrl(), topic))
        .write("src/main/java/shop/Shipment.java", """
            package shop;
            import io.eventschema.*;
            @Event(formats = {Format.AVRO, Format.JSON_SCHEMA})
            public record Shipment(String parcelId, int grams) {}
            """);
    MavenBuild.Result r = build.run("compile", "eventschema:register",
        "eventschema:test-compatibility");
    assertThat(r.succeeded()).as(r.output()).isTrue();
    String subject = topic + "-value";
    assertThat(r.output()).containsPattern(subject
        + ": version 1, id \\d+ \\(registered shop.Shipment \\(JSON\\)\\)")
        .contains(subject + ": compatible (shop.Shipment (JSON))");
    var latest = client.latestVersion(subject);
    assertThat(latest.schemaType()).isEqualTo("JSON");
    String local = Files.readString(
        build.dir.resolve("target/classes/META-INF/json-schema/shop.Shipment.schema.json"));
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(latest.schema())).isEqualTo(json.readTree(local));

    MavenBuild download = new MavenBuild("json-download-" + run).pom("""
          <schemaRegistryUrls><url>%s</url></schemaRegistryUrls>
          <subjects><subject>%s</subject></subjects>
        """.formatted(registry.ccompatUrl(), subject));
    MavenBuild.Result d = download.run("eventschema:download");
    assertThat(d.succeeded()).as(d.output()).isTrue();
    // JSON Schemas carry the event's simple name as title; the file is named by it
    Path file = download.dir.resolve("target/eventschema/downloaded/Shipment.schema.json");
    assertThat(json.readTree(Files.readString(file))).isEqualTo(json.readTree(local));
  }
}
