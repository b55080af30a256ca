package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/json-schema.md and docs/configuration.md against the code: every key
 * {@link JsonSchemaConfig#DEFINITION} defines has a table row {@code | `key` | `default` | ... |}
 * in each, with the default the ConfigDef gives.
 */
class JsonSchemaConfigDocsTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]*)` \\|");

  @ParameterizedTest
  @ValueSource(strings = {"json-schema.md", "configuration.md"})
  void everyKeyHasARowWithItsDefault(String page) throws IOException {
    Path docs = Path.of("..", "docs", page);
    Map<String, String> rows = new HashMap<>();
    for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        rows.put(m.group(1), m.group(2));
      }
    }
    List<String> problems = new ArrayList<>();
    for (ConfigDef.ConfigKey key : JsonSchemaConfig.DEFINITION.configKeys().values()) {
      String expected = String.valueOf(key.defaultValue);
      String documented = rows.get(key.name);
      if (documented == null) {
        problems.add(key.name + " has no row in docs/" + page + " (| `" + key.name + "` | `"
            + expected + "` | ... |)");
      } else if (!documented.equals(expected)) {
        problems.add(key.name + " defaults to " + expected + ", docs/" + page + " says "
            + documented);
      }
    }
    assertThat(problems).isEmpty();
  }
}
