package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JSON Schemas (schemaType JSON) through the registry client against a real Apicurio Registry:
 * register, look-up, by id, compatibility. The schemas have the shape the processor writes:
 * draft-07, a closed content model ({@code additionalProperties: false}), optional properties as
 * a union with null and a default, required ones listed. The evolution rules the README states
 * for Avro hold under the registry's JSON Schema check: adding an optional property is BACKWARD
 * compatible, adding a required one is not.
 */
@ExtendWith(ApicurioRegistry.class)
class JsonSchemaRegistryIT {
  private static final AtomicInteger SUBJECTS = new AtomicInteger();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final String V1 = """
      {"$schema":"http://json-schema.org/draft-07/schema#","title":"Shipment","type":"object",
       "properties":{"id":{"type":"string","minLength":1}},
       "required":["id"],"additionalProperties":false}""";
  /** V1 plus an optional property (a union with null, default null): BACKWARD compatible. */
  static final String V2 = """
      {"$schema":"http://json-schema.org/draft-07/schema#","title":"Shipment","type":"object",
       "properties":{"id":{"type":"string","minLength":1},
         "weight":{"anyOf":[{"type":"integer"},{"type":"null"}],"default":null}},
       "required":["id"],"additionalProperties":false}""";
  /** V2 plus a required property without a default: not BACKWARD compatible. */
  static final String V3_BREAKING = """
      {"$schema":"http://json-schema.org/draft-07/schema#","title":"Shipment","type":"object",
       "properties":{"id":{"type":"string","minLength":1},
         "weight":{"anyOf":[{"type":"integer"},{"type":"null"}],"default":null},
         "carrier":{"type":"string"}},
       "required":["id","carrier"],"additionalProperties":false}""";

  SchemaRegistryClient client;
  String subject;

  @BeforeEach
  void connect(ApicurioRegistry registry) {
    client = RegistryClientConfig.createClient(RegistryClientConfig.parse(Map.of(
        RegistryClientConfig.SCHEMA_REGISTRY_URL, registry.ccompatUrl(),
        RegistryClientConfig.MAX_RETRIES, 1, RegistryClientConfig.RETRIES_WAIT_MS, 50)));
    subject = "json-it-" + SUBJECTS.incrementAndGet() + "-" + System.nanoTime() + "-value";
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  static boolean sameJson(String a, String b) {
    try {
      return MAPPER.readTree(a).equals(MAPPER.readTree(b));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void registerLookUpAndFetchKeepTheSchemaTypeJson() {
    int id = client.register(subject, SchemaRegistryClient.JSON, V1, List.of(), false);
    assertThat(id).isPositive();
    assertThat(client.register(subject, SchemaRegistryClient.JSON, V1, List.of(), false))
        .isEqualTo(id);

    RegisteredSchema found = client.lookUp(subject, SchemaRegistryClient.JSON, V1, List.of(),
        false);
    assertThat(found.id()).isEqualTo(id);
    assertThat(found.version()).isEqualTo(1);
    assertThat(found.schemaType()).isEqualTo("JSON");
    assertThat(sameJson(found.schema(), V1)).isTrue();

    RegisteredSchema byId = client.schemaById(id);
    assertThat(byId.schemaType()).isEqualTo("JSON");
    assertThat(sameJson(byId.schema(), V1)).isTrue();
    RegisteredSchema latest = client.latestVersion(subject);
    assertThat(latest.schemaType()).isEqualTo("JSON");
    assertThat(client.version(subject, 1).schemaType()).isEqualTo("JSON");
  }

  @Test
  void anOptionalPropertyAddedPassesBackwardAndARequiredOneIsRejected() {
    client.setCompatibility(subject, "BACKWARD");
    client.register(subject, SchemaRegistryClient.JSON, V1, List.of(), false);

    CompatibilityResult optional = client.testCompatibility(subject, "latest",
        SchemaRegistryClient.JSON, V2, List.of());
    assertThat(optional.compatible()).as("optional property added: %s", optional.messages())
        .isTrue();
    int v2 = client.register(subject, SchemaRegistryClient.JSON, V2, List.of(), false);
    assertThat(client.latestVersion(subject).id()).isEqualTo(v2);

    CompatibilityResult required = client.testCompatibility(subject, "latest",
        SchemaRegistryClient.JSON, V3_BREAKING, List.of());
    assertThat(required.compatible()).as("required property added").isFalse();
    SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
        () -> client.register(subject, SchemaRegistryClient.JSON, V3_BREAKING, List.of(), false));
    assertThat(e.isIncompatible()).as("%s", e.getMessage()).isTrue();
    assertThat(e.httpStatus()).isEqualTo(409);
  }
}
