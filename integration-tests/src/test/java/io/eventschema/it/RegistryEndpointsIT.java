package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventschema.registry.CachedSchemaRegistryClient;
import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every endpoint of the client, and every error code, against a real Apicurio Registry. */
@ExtendWith(ApicurioRegistry.class)
class RegistryEndpointsIT {
  private static final AtomicInteger SUBJECTS = new AtomicInteger();

  static final String V1 = "{\"type\":\"record\",\"name\":\"Shipment\",\"namespace\":\"it\","
      + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  /** V1 plus a field with a default: BACKWARD compatible. */
  static final String V2 = "{\"type\":\"record\",\"name\":\"Shipment\",\"namespace\":\"it\","
      + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
      + "{\"name\":\"weight\",\"type\":\"int\",\"default\":0}]}";
  /** V2 plus a field without a default: not BACKWARD compatible. */
  static final String V3_BREAKING = "{\"type\":\"record\",\"name\":\"Shipment\","
      + "\"namespace\":\"it\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
      + "{\"name\":\"weight\",\"type\":\"int\",\"default\":0},"
      + "{\"name\":\"carrier\",\"type\":\"string\"}]}";

  ApicurioRegistry registry;
  SchemaRegistryClient client;
  String subject;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    this.registry = registry;
    client = RegistryClientConfig.createClient(RegistryClientConfig.parse(Map.of(
        RegistryClientConfig.SCHEMA_REGISTRY_URL, registry.ccompatUrl(),
        RegistryClientConfig.MAX_RETRIES, 1, RegistryClientConfig.RETRIES_WAIT_MS, 50)));
    assertThat(client).isInstanceOf(CachedSchemaRegistryClient.class);
    subject = "it-" + SUBJECTS.incrementAndGet() + "-" + System.nanoTime() + "-value";
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  static boolean sameSchema(String a, String b) {
    return new Schema.Parser().parse(a).equals(new Schema.Parser().parse(b));
  }

  @Test
  void registerLookUpFetchListAndDelete() {
    int id = client.register(subject, V1);
    assertThat(id).isPositive();
    assertThat(client.register(subject, V1)).isEqualTo(id);

    RegisteredSchema found = client.lookUp(subject, V1, List.of(), false);
    assertThat(found.subject()).isEqualTo(subject);
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.id()).isEqualTo(id);
    assertThat(sameSchema(found.schema(), V1)).isTrue();

    RegisteredSchema byId = client.schemaById(id);
    assertThat(byId.id()).isEqualTo(id);
    assertThat(sameSchema(byId.schema(), V1)).isTrue();

    int id2 = client.register(subject, V2);
    assertThat(id2).isNotEqualTo(id);
    RegisteredSchema latest = client.latestVersion(subject);
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.id()).isEqualTo(id2);
    assertThat(client.version(subject, 1).id()).isEqualTo(id);
    assertThat(client.versions(subject)).containsExactly(1, 2);
    assertThat(client.subjects()).contains(subject);

    assertThat(client.deleteVersion(subject, 2, false)).isEqualTo(2);
    // Apicurio still lists a soft-deleted version (Confluent does not); a permanent delete,
    // which both require to follow a soft one, removes it everywhere
    assertThat(client.deleteVersion(subject, 2, true)).isEqualTo(2);
    assertThat(client.versions(subject)).containsExactly(1);
    assertThat(client.deleteSubject(subject, false)).containsExactly(1);
    assertThat(client.subjects()).doesNotContain(subject);
    assertThat(client.deleteSubject(subject, true)).containsExactly(1);
  }

  @Test
  void compatibilityConfigAndTests() {
    assertThat(client.compatibility(null)).isEqualTo("BACKWARD");
    client.register(subject, V1);
    // Apicurio 2.x reports NONE for a subject without its own level, though the global BACKWARD
    // rule applies (see underBackward...); 3.x and Confluent (defaultToGlobal) say BACKWARD
    assertThat(client.compatibility(subject))
        .isEqualTo(registry.version().startsWith("2.") ? "NONE" : "BACKWARD");
    CompatibilityResult ok = client.testCompatibility(subject, "latest", V2, List.of());
    assertThat(ok.compatible()).isTrue();
    client.register(subject, V2);
    CompatibilityResult bad = client.testCompatibility(subject, "latest", V3_BREAKING, List.of());
    assertThat(bad.compatible()).isFalse();
    assertThat(client.testCompatibility(subject, "2", V3_BREAKING, List.of()).compatible())
        .isFalse();

    client.setCompatibility(subject, "NONE");
    assertThat(client.compatibility(subject)).isEqualTo("NONE");
    // Apicurio 2.x: a subject's NONE removes its own rule, so the global BACKWARD still applies
    assertThat(client.testCompatibility(subject, "latest", V3_BREAKING, List.of()).compatible())
        .isEqualTo(!registry.version().startsWith("2."));
    client.setCompatibility(subject, "BACKWARD");
    assertThat(client.compatibility(subject)).isEqualTo("BACKWARD");
  }

  @Test
  void underBackwardACompatibleChangeRegistersAndABreakingOneIsRejected() {
    int v1 = client.register(subject, V1);
    int v2 = client.register(subject, V2);
    assertThat(v2).isNotEqualTo(v1);
    assertThat(client.latestVersion(subject).version()).isEqualTo(2);

    SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
        () -> client.register(subject, V3_BREAKING));
    assertThat(e.isIncompatible()).isTrue();
    assertThat(e.httpStatus()).isEqualTo(409);
    assertThat(e.errorCode()).isIn(409, 40901);
    assertThat(e.url()).endsWith("/apis/ccompat/v7/subjects/" + subject + "/versions");
    assertThat(e.getMessage()).containsIgnoringCase("incompatible").contains("HTTP 409");
    assertThat(client.versions(subject)).containsExactly(1, 2);
  }

  @Test
  void everyErrorCodeTheRegistryProduces() {
    client.register(subject, V1);
    assertCode(() -> client.latestVersion("no-such-" + subject), 404, 40401);
    assertCode(() -> client.lookUp("no-such-" + subject, V1, List.of(), false), 404, 40401);
    assertCode(() -> client.version(subject, 99), 404, 40402);
    assertCode(() -> client.schemaById(Integer.MAX_VALUE - 7), 404, 40403);
    assertCode(() -> client.lookUp(subject, V2, List.of(), false), 404, 40403);
    assertCode(() -> client.register(subject, "{\"type\":\"recrod\",\"name\":\"X\"}"), 422,
        42201);
    if (registry.version().startsWith("2.")) {
      // Apicurio 2.x rejects an unknown level before its ccompat layer: 400, no error_code
      SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
          () -> client.setCompatibility(subject, "SIDEWAYS"));
      assertThat(e.httpStatus()).isEqualTo(400);
    } else {
      assertCode(() -> client.setCompatibility(subject, "SIDEWAYS"), 422, 42203);
    }
    client.deleteSubject(subject, false);
    // Apicurio: a soft-deleted subject cannot be soft-deleted again (Confluent says 40404 too)
    assertCode(() -> client.deleteSubject(subject, false), 404, 40404);
  }

  private static void assertCode(Runnable call, int status, int code) {
    SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class, call::run);
    assertThat(e).as("expected HTTP %d / %d", status, code).isNotNull();
    assertThat(e.httpStatus()).as(e.getMessage()).isEqualTo(status);
    assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.url()).contains("/apis/ccompat/v7/");
    assertThat(e.getMessage()).contains("error_code " + code, "asked http://127.0.0.1:");
  }
}
