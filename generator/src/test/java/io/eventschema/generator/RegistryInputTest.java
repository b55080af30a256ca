package io.eventschema.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.MockSchemaRegistryClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subjects as input: versions, the header, errors of the registry, credentials kept out. */
class RegistryInputTest {
  private static final String V1 = """
      {"type": "record", "name": "Ping", "namespace": "com.acme",
       "fields": [{"name": "at", "type": "long"}]}""";
  private static final String V2 = """
      {"type": "record", "name": "Ping", "namespace": "com.acme",
       "fields": [{"name": "at", "type": "long"}, {"name": "note", "type": ["null", "string"],
        "default": null}]}""";

  @Test
  void latestAndNumberedVersions() {
    try (var client = MockSchemaRegistryClient.forScope("registry-input-versions")) {
      client.register("pings-value", V1);
      client.register("pings-value", V2);
      Generator g = Generator.builder()
          .registryConfig(Map.of("schema.registry.url", "mock://registry-input-versions"))
          .build();
      GenerationResult latest = g.generateFromRegistry(
          List.of(SubjectRef.parse("pings-value")), null);
      assertThat(latest.errors()).isEmpty();
      assertThat(latest.sources().get(0).text())
          .contains("subject 'pings-value' version 2 (the latest when generated)")
          .contains("--registry mock://registry-input-versions --subject pings-value@2")
          .contains("long at, @Nullable String note");
      GenerationResult first = g.generateFromRegistry(
          List.of(SubjectRef.parse("pings-value@1")), null);
      assertThat(first.sources().get(0).text()).contains("public record Ping(long at)");
      GenerationResult missing = g.generateFromRegistry(
          List.of(SubjectRef.parse("pings-value@7")), null);
      assertThat(missing.errors()).singleElement().satisfies(e -> {
        assertThat(e.source()).isEqualTo("subject 'pings-value@7'");
        assertThat(e.construct()).isEqualTo("registry");
      });
    }
  }

  @Test
  void topLevelEnumAndUnionSubjectsAreEvents() {
    try (var client = MockSchemaRegistryClient.forScope("registry-input-top-level")) {
      client.register("order-status-value", """
          {"type": "enum", "name": "Status", "namespace": "com.acme",
           "symbols": ["NEW", "PAID"], "default": "NEW"}""");
      client.register("readings-value", "[\"null\", \"string\", \"long\"]");
      GenerationResult r = Generator.builder()
          .registryConfig(Map.of("schema.registry.url", "mock://registry-input-top-level"))
          .packageMapping("", "com.acme.readings")
          .build().generateFromRegistry(List.of(SubjectRef.parse("order-status-value"),
              SubjectRef.parse("readings-value")), null);
      assertThat(r.errors()).isEmpty();
      assertThat(r.events()).extracting(GeneratedEvent::className, GeneratedEvent::schemaName)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("com.acme.Status",
              "com.acme.Status"), org.assertj.core.groups.Tuple.tuple(
              "com.acme.readings.Readings", "com.acme.readings.Readings"));
      String text = String.join("\n", r.sources().stream().map(GeneratedSource::text).toList());
      assertThat(text).contains("@Event\npublic enum Status {")
          .contains("subject 'readings-value' version 1")
          .contains("@Event\n@AvroUnion\npublic sealed interface Readings permits"
              + " Readings.Null, Readings.StringValue, Readings.LongValue {");
    }
  }

  @Test
  void credentialsInTheUrlNeverReachAMessage() {
    GenerationResult r = Generator.builder()
        .registryConfig(Map.of("schema.registry.url", "http://someone:s3cret-pw@127.0.0.1:9/",
            "max.retries", "0", "http.connect.timeout.ms", "500"))
        .build().generateFromRegistry(List.of(SubjectRef.latest("x-value")), null);
    assertThat(r.errors()).isNotEmpty();
    assertThat(r.errors().toString()).doesNotContain("s3cret-pw");
  }

  @Test
  void subjectReferencesParse() {
    assertThat(SubjectRef.parse("a@b@3")).isEqualTo(new SubjectRef("a@b", 3));
    assertThat(SubjectRef.parse("a@latest")).isEqualTo(SubjectRef.latest("a"));
    assertThat(SubjectRef.parse("user@example")).isEqualTo(SubjectRef.latest("user@example"));
    assertThat(SubjectRef.parse("s@2").toString()).isEqualTo("s@2");
    assertThatThrownBy(() -> new SubjectRef("", 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
