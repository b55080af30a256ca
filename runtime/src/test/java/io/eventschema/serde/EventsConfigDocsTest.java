package io.eventschema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md against {@link EventsConfig#DEFINITION}: every key EventsSerializer /
 * EventsDeserializer read has a row with the ConfigDef's default.
 */
class EventsConfigDocsTest {

  @Test
  void everyEventsKeyHasARowWithItsDefault() throws IOException {
    Map<String, String> rows = ConfigurationDocsTest.rows(Files.readAllLines(
        Path.of("..", "docs", "configuration.md"), StandardCharsets.UTF_8));
    List<String> problems = new ArrayList<>();
    for (ConfigDef.ConfigKey key : EventsConfig.DEFINITION.configKeys().values()) {
      String expected = ConfigurationDocsTest.defaultText(key);
      String documented = rows.get(key.name);
      if (documented == null) {
        problems.add(key.name + " has no row in docs/configuration.md (| `" + key.name + "` | `"
            + expected + "` | ... |)");
      } else if (!documented.equals(expected)) {
        problems.add(key.name + " defaults to " + expected + ", docs say " + documented);
      }
    }
    assertThat(problems).isEmpty();
  }
}
