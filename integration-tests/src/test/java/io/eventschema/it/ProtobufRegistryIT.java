package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaReference;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Protobuf (schemaType PROTOBUF) through the registry client against a real Apicurio Registry,
 * with the {@code .proto} the processor writes for {@link ProtobufParcelDelivered} (it imports
 * {@code google/protobuf/timestamp.proto} and {@code google/type/date.proto}): register, look-up,
 * by id; the verdicts of Apicurio's Protobuf compatibility rule under BACKWARD, each asserted as
 * the registry gives it (docs/protobuf.md lists them); and how the registry resolves the two
 * well-known imports: from the files it bundles, with no references, as Confluent's registry does.
 */
@ExtendWith(ApicurioRegistry.class)
class ProtobufRegistryIT {
  private static final AtomicInteger SUBJECTS = new AtomicInteger();
  private static final String PROTO =
      "/META-INF/protobuf/io/eventschema/it/proto/ProtobufParcelDelivered.proto";
  private static final String NOTE = "  optional string note = 5;\n";

  SchemaRegistryClient client;
  String subject;
  String v1;

  @BeforeEach
  void connect(ApicurioRegistry registry) throws Exception {
    assumeTrue(registry.version().startsWith("3."), "the verdicts below are Apicurio 3.x's");
    client = RegistryClientConfig.createClient(RegistryClientConfig.parse(Map.of(
        RegistryClientConfig.SCHEMA_REGISTRY_URL, registry.ccompatUrl(),
        RegistryClientConfig.MAX_RETRIES, 1, RegistryClientConfig.RETRIES_WAIT_MS, 50)));
    subject = "proto-it-" + SUBJECTS.incrementAndGet() + "-" + System.nanoTime() + "-value";
    v1 = generatedProto();
    assertThat(v1).contains("import \"google/protobuf/timestamp.proto\";",
        "import \"google/type/date.proto\";", NOTE, "  repeated int32 scans = 6;\n");
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  static String generatedProto() throws Exception {
    try (InputStream in = ProtobufParcelDelivered.class.getResourceAsStream(PROTO)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String replace(String text, String old, String now) {
    assertThat(text).contains(old);
    return text.replace(old, now);
  }

  private boolean compatible(String proto) {
    CompatibilityResult r = client.testCompatibility(subject, "latest",
        SchemaRegistryClient.PROTOBUF, proto, List.of());
    return r.compatible();
  }

  @Test
  void registerLookUpAndFetchKeepTheSchemaTypeProtobuf() {
    int id = client.register(subject, SchemaRegistryClient.PROTOBUF, v1, List.of(), false);
    assertThat(id).isPositive();
    assertThat(client.register(subject, SchemaRegistryClient.PROTOBUF, v1, List.of(), false))
        .as("the same text again").isEqualTo(id);

    RegisteredSchema found = client.lookUp(subject, SchemaRegistryClient.PROTOBUF, v1, List.of(),
        false);
    assertThat(found.id()).isEqualTo(id);
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.schemaType()).isEqualTo("PROTOBUF");
    assertThat(found.schema()).isEqualTo(v1);

    RegisteredSchema byId = client.schemaById(id);
    assertThat(byId.schemaType()).isEqualTo("PROTOBUF");
    assertThat(byId.schema()).as("Apicurio keeps the .proto text as registered").isEqualTo(v1);
    assertThat(client.latestVersion(subject).schemaType()).isEqualTo("PROTOBUF");
    assertThat(client.version(subject, 1).references()).isEmpty();
  }

  @Test
  void aFieldAddedAtTheEndPassesBackwardAndRegisters() {
    client.setCompatibility(subject, "BACKWARD");
    client.register(subject, SchemaRegistryClient.PROTOBUF, v1, List.of(), false);
    String added = replace(v1, "  repeated int32 scans = 6;\n",
        "  repeated int32 scans = 6;\n  optional string carrier = 7;\n");
    assertThat(compatible(added)).as("a field added with a new number").isTrue();
    int v2 = client.register(subject, SchemaRegistryClient.PROTOBUF, added, List.of(), false);
    assertThat(client.latestVersion(subject).id()).isEqualTo(v2);
    assertThat(client.latestVersion(subject).version()).isEqualTo(2);
  }

  @Test
  void aChangedFieldTypeIsRejectedEvenWhereTheWireWouldAgree() {
    client.setCompatibility(subject, "BACKWARD");
    client.register(subject, SchemaRegistryClient.PROTOBUF, v1, List.of(), false);
    assertThat(compatible(replace(v1, "string parcel_id = 1;", "int64 parcel_id = 1;")))
        .as("string to int64").isFalse();
    // int32 and int64 share the varint encoding; Apicurio compares type names all the same
    assertThat(compatible(replace(v1, "repeated int32 scans = 6;", "repeated int64 scans = 6;")))
        .as("int32 to int64").isFalse();
    assertThat(compatible(replace(v1, "google.type.Date planned_for = 3;",
        "google.protobuf.Timestamp planned_for = 3;"))).as("Date to Timestamp").isFalse();
    assertThat(compatible(replace(v1, "optional string note = 5;", "string note = 5;")))
        .as("proto3 optional dropped (the label)").isFalse();

    String changed = replace(v1, "string parcel_id = 1;", "int64 parcel_id = 1;");
    SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
        () -> client.register(subject, SchemaRegistryClient.PROTOBUF, changed, List.of(), false));
    assertThat(e.isIncompatible()).as("%s", e.getMessage()).isTrue();
    assertThat(e.httpStatus()).isEqualTo(409);
  }

  @Test
  void aReusedNumberARenameOrARemovalWithoutReservingNameAndNumberIsRejected() {
    client.setCompatibility(subject, "BACKWARD");
    client.register(subject, SchemaRegistryClient.PROTOBUF, v1, List.of(), false);
    assertThat(compatible(replace(v1, NOTE, "  int64 weight = 5;\n")))
        .as("note's number 5 reused by another field").isFalse();
    assertThat(compatible(replace(v1, NOTE, "")))
        .as("note removed, nothing reserved").isFalse();
    assertThat(compatible(replace(v1, NOTE, "  reserved 5;\n")))
        .as("note removed, its number reserved but not its name").isFalse();
    assertThat(compatible(replace(v1, "string parcel_id = 1;", "string parcel = 1;")))
        .as("a field renamed, same number").isFalse();
    assertThat(compatible(replace(v1, "string parcel_id = 1;", "string parcel_id = 9;")))
        .as("a field renumbered").isFalse();

    String reserved = replace(v1, NOTE, "  reserved 5;\n  reserved \"note\";\n");
    assertThat(compatible(reserved)).as("note removed, number and name reserved").isTrue();
    client.register(subject, SchemaRegistryClient.PROTOBUF, reserved, List.of(), false);

    // after the reservation: dropping it to use the number again is rejected, and using the
    // number (or the name) beside the reservation is not a valid .proto at all
    assertThat(compatible(replace(reserved, "  reserved 5;\n  reserved \"note\";\n",
        "  int64 weight = 5;\n"))).as("the reservation dropped, number 5 reused").isFalse();
    for (String reuse : List.of("  int64 weight = 5;\n", "  int64 note = 8;\n")) {
      SchemaRegistryException invalid = catchThrowableOfType(SchemaRegistryException.class,
          () -> client.testCompatibility(subject, "latest", SchemaRegistryClient.PROTOBUF,
              replace(reserved, "  reserved 5;\n", "  reserved 5;\n" + reuse), List.of()));
      assertThat(invalid.errorCode()).as("%s: %s", reuse, invalid.getMessage())
          .isEqualTo(SchemaRegistryException.INVALID_SCHEMA);
    }
  }

  @Test
  void theWellKnownImportsResolveFromTheFilesTheRegistryBundles(ApicurioRegistry registry)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String unknownImport = """
        syntax = "proto3";
        package io.eventschema.it.proto;
        import "other/thing.proto";
        message Elsewhere { other.Thing thing = 1; }
        """;

    // registration alone does not resolve imports: both are accepted without references
    int ours = client.register(subject, SchemaRegistryClient.PROTOBUF, v1, List.of(), false);
    int unknown = client.register(subject.replace("-value", "-other-value"),
        SchemaRegistryClient.PROTOBUF, unknownImport, List.of(), false);
    // building the descriptor does: the registry finds timestamp.proto and date.proto itself
    HttpResponse<String> serialized = get(http, registry.ccompatUrl() + "/schemas/ids/" + ours
        + "?format=serialized");
    assertThat(serialized.statusCode()).isEqualTo(200);
    assertThat(serialized.body()).contains("google/protobuf/timestamp.proto",
        "google/type/date.proto", "ProtobufParcelDelivered");
    HttpResponse<String> broken = get(http, registry.ccompatUrl() + "/schemas/ids/" + unknown
        + "?format=serialized");
    assertThat(broken.body()).contains("unable to find other/thing.proto");

    // with the VALIDITY rule at FULL on the subject, an import the registry cannot resolve is
    // refused (42201) and the generated .proto with its two well-known imports is accepted
    String strict = subject.replace("-value", "-strict-value");
    client.register(strict, SchemaRegistryClient.PROTOBUF,
        "syntax = \"proto3\";\npackage io.eventschema.it.proto;\nmessage ProtobufParcelDelivered"
            + " {\n  string parcel_id = 1;\n}\n", List.of(), false);
    HttpResponse<String> rule = http.send(HttpRequest.newBuilder(URI.create(
            registry.ccompatUrl().replace("/ccompat/v7", "/registry/v3/groups/default/artifacts/")
                + strict + "/rules"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"ruleType\":\"VALIDITY\",\"config\":\"FULL\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(rule.statusCode()).as(rule.body()).isEqualTo(204);
    // the refused schema only adds a field to the first one, so the subject's BACKWARD rule (which
    // Apicurio may evaluate before or after VALIDITY) passes it: the import alone is what fails
    String addsAnUnknownImport = """
        syntax = "proto3";
        package io.eventschema.it.proto;
        import "other/thing.proto";
        message ProtobufParcelDelivered {
          string parcel_id = 1;
          other.Thing thing = 2;
        }
        """;
    SchemaRegistryException refused = catchThrowableOfType(SchemaRegistryException.class,
        () -> client.register(strict, SchemaRegistryClient.PROTOBUF, addsAnUnknownImport,
            List.of(), false));
    assertThat(refused.errorCode()).as("%s", refused.getMessage())
        .isEqualTo(SchemaRegistryException.INVALID_SCHEMA);
    int valid = client.register(strict, SchemaRegistryClient.PROTOBUF, v1, List.of(), false);
    assertThat(client.latestVersion(strict).id()).isEqualTo(valid);

    // a client that sends the well-known file as a reference (Confluent's serializer does not:
    // skip.known.types=true) needs that subject registered first; Apicurio has none
    SchemaRegistryException unresolved = catchThrowableOfType(SchemaRegistryException.class,
        () -> client.register(subject.replace("-value", "-refs-value"),
            SchemaRegistryClient.PROTOBUF, v1, List.of(new SchemaReference(
                "google/protobuf/timestamp.proto", "google/protobuf/timestamp.proto", 1)),
            false));
    assertThat(unresolved.errorCode()).as("%s", unresolved.getMessage())
        .isEqualTo(SchemaRegistryException.INVALID_SCHEMA);
    assertThat(unresolved.getMessage()).contains("Unresolved reference");
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
