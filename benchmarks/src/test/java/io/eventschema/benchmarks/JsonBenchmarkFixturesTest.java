package io.eventschema.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON benchmarks compare like with like: for both events, databind (configured as the
 * benchmark configures it) and the generated JSON serdes write the same JSON (equal trees, same
 * header) and each reads the other's payload into an equal event, validated or not.
 */
class JsonBenchmarkFixturesTest {
  private JsonSchemaBenchmark b;

  private JsonSchemaBenchmark setUp(String event) throws IOException {
    b = new JsonSchemaBenchmark();
    b.event = event;
    b.setUp();
    return b;
  }

  @AfterEach
  void tearDown() {
    if (b != null) {
      b.tearDown();
    }
  }

  private static String body(byte[] framed) {
    return new String(framed, 5, framed.length - 5, java.nio.charset.StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UserInteractionEvent", "OrderPlaced"})
  void everyPathWritesTheSameJsonAndReadsTheSameEvent(String event) throws IOException {
    JsonSchemaBenchmark b = setUp(event);
    byte[] ours = b.serialize_eventschema();
    byte[] theirs = b.serialize_databind();
    assertThat(java.util.Arrays.copyOf(theirs, 5)).isEqualTo(java.util.Arrays.copyOf(ours, 5));
    assertThat(DatabindJson.MAPPER.readTree(body(theirs)))
        .as("databind: %s%neventschema: %s", body(theirs), body(ours))
        .isEqualTo(DatabindJson.MAPPER.readTree(body(ours)));
    assertThat(b.serialize_eventschemaValidated()).isEqualTo(ours);
    assertThat(b.serialize_databindValidated()).isEqualTo(theirs);
    assertThat(b.deserialize_eventschema()).isEqualTo(b.value);
    assertThat(b.deserialize_eventschemaValidated()).isEqualTo(b.value);
    assertThat(b.deserialize_databind()).isEqualTo(b.value);
    assertThat(b.deserialize_databindValidated()).isEqualTo(b.value);
    assertThat(b.deserializer.deserialize(JsonSchemaBenchmark.TOPIC, theirs)).isEqualTo(b.value);
  }
}
