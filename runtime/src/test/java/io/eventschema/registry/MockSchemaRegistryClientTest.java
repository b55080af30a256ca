package io.eventschema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-memory registry behaves as Confluent's does, error codes included. */
class MockSchemaRegistryClientTest {
  private static final String V1 = "{\"type\":\"record\",\"name\":\"E\",\"namespace\":\"t\","
      + "\"fields\":[{\"name\":\"a\",\"type\":\"long\"}]}";
  private static final String V2_COMPATIBLE = "{\"type\":\"record\",\"name\":\"E\",\"namespace\":\"t\","
      + "\"fields\":[{\"name\":\"a\",\"type\":\"long\"},"
      + "{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}]}";
  private static final String V2_BREAKING = "{\"type\":\"record\",\"name\":\"E\",\"namespace\":\"t\","
      + "\"fields\":[{\"name\":\"a\",\"type\":\"long\"},{\"name\":\"c\",\"type\":\"string\"}]}";

  private final String scope = "mock-test-" + UUID.randomUUID();
  private final MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(scope);

  @AfterEach
  void drop() {
    MockSchemaRegistryClient.dropScope(scope);
  }

  @Test
  void scopesAreSharedByNameAndDroppable() {
    assertThat(MockSchemaRegistryClient.forScope(scope)).isSameAs(registry);
    MockSchemaRegistryClient.dropScope(scope);
    assertThat(MockSchemaRegistryClient.forScope(scope)).isNotSameAs(registry);
  }

  @Test
  void equalSchemasShareAnIdAcrossSubjectsWhateverTheirFormatting() {
    int a = registry.register("s1", V1);
    int b = registry.register("s2", V1.replace(",", ", "));
    assertThat(b).isEqualTo(a);
    assertThat(registry.register("s1", V1)).isEqualTo(a);
    assertThat(registry.versions("s1")).containsExactly(1);
    assertThat(registry.schemaById(a).schema()).isEqualTo(V1);
  }

  @Test
  void backwardCompatibleChangesRegisterAndBreakingOnesAreRejected() {
    registry.register("s", V1);
    int v2 = registry.register("s", V2_COMPATIBLE);
    assertThat(registry.latestVersion("s").version()).isEqualTo(2);
    assertThat(registry.latestVersion("s").id()).isEqualTo(v2);

    assertThatThrownBy(() -> registry.register("s", V2_BREAKING))
        .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
          assertThat(e.httpStatus()).isEqualTo(409);
          assertThat(e.errorCode()).isEqualTo(40901);
          assertThat(e.isIncompatible()).isTrue();
        })
        .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(registry.testCompatibility("s", "latest", V2_BREAKING, List.of()).compatible())
        .isFalse();

    registry.setCompatibility("s", "NONE");
    assertThat(registry.register("s", V2_BREAKING)).isPositive();
  }

  @Test
  void errorsCarryConfluentsCodes() {
    assertThatThrownBy(() -> registry.latestVersion("nope"))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(40401));
    registry.register("s", V1);
    assertThatThrownBy(() -> registry.version("s", 9))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(40402));
    assertThatThrownBy(() -> registry.schemaById(12345))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(40403));
    assertThatThrownBy(() -> registry.lookUp("s", V2_COMPATIBLE, List.of(), false))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(40403));
    assertThatThrownBy(() -> registry.register("s", "{not json"))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(42201));
    assertThatThrownBy(() -> registry.setCompatibility("s", "SIDEWAYS"))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(42203));
  }

  @Test
  void deletesSubjectsAndVersions() {
    registry.register("s", V1);
    registry.register("s", V2_COMPATIBLE);
    assertThat(registry.deleteVersion("s", 1, false)).isEqualTo(1);
    assertThat(registry.versions("s")).containsExactly(2);
    assertThat(registry.deleteSubject("s", false)).containsExactly(2);
    assertThat(registry.subjects()).isEmpty();
  }

  private static final String JSON_V1 = "{\"type\":\"object\",\"properties\":{\"a\":"
      + "{\"type\":\"integer\"}}}";

  @Test
  void eachSchemaKeepsItsSchemaTypeAndReturnsIt() {
    int avro = registry.register("avro", V1);
    int json = registry.register("json", SchemaRegistryClient.JSON, JSON_V1, List.of(), false);
    assertThat(json).isNotEqualTo(avro);
    assertThat(registry.schemaById(avro).schemaType()).isEqualTo("AVRO");
    assertThat(registry.schemaById(json).schemaType()).isEqualTo("JSON");
    assertThat(registry.latestVersion("json").schemaType()).isEqualTo("JSON");
    assertThat(registry.version("json", 1).schemaType()).isEqualTo("JSON");
    // a JSON Schema is the same schema whatever its formatting; looked up under its own type only
    assertThat(registry.register("json2", "JSON", JSON_V1.replace(":", " : "), List.of(), false))
        .isEqualTo(json);
    assertThat(registry.lookUp("json", "JSON", JSON_V1.replace(",", " ,"), List.of(), false).id())
        .isEqualTo(json);
    assertThatThrownBy(() -> registry.lookUp("json", "AVRO", JSON_V1, List.of(), false))
        .isInstanceOf(SchemaRegistryException.class);
  }

  @Test
  void aSchemaOfAnotherTypeIsIncompatibleUnlessTheLevelIsNone() {
    registry.register("s", V1);
    assertThat(registry.testCompatibility("s", "latest", "JSON", JSON_V1, List.of()).messages())
        .containsExactly("version 1 is of schema type AVRO, not JSON");
    assertThatThrownBy(() -> registry.register("s", "JSON", JSON_V1, List.of(), false))
        .isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA));
    registry.setCompatibility("s", "NONE");
    assertThat(registry.register("s", "JSON", JSON_V1, List.of(), false)).isPositive();
    assertThat(registry.latestVersion("s").schemaType()).isEqualTo("JSON");
  }

  @Test
  void invalidJsonSchemasAndUnknownTypesAreRefusedAs422() {
    for (String[] bad : new String[][] {{"JSON", "{not json"}, {"JSON", "[1]"},
        {"XML", "<a/>"}}) {
      assertThatThrownBy(() -> registry.register("s", bad[0], bad[1], List.of(), false))
          .as(bad[0] + " " + bad[1]).isInstanceOfSatisfying(SchemaRegistryException.class,
              e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_SCHEMA));
    }
  }
}
