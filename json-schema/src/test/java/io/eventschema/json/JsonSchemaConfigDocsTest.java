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
import org.junit.jupiter.api.Test;

/**
 * docs/json-schema.md against the code: every key {@link JsonSchemaConfig#DEFINITION} defines has
 * a table row {@code | `key` | `default` | ... |} with the default the ConfigDef gives.
 */
class JsonSchemaConfigDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "json-schema.md");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]*)` \\|");

  @Test
  void everyKeyHasARowWithItsDefault() throws IOException {
    Map<String, String> rows = new HashMap<>();
    for (String line : Files.readAllLines(DOCS, StandardCharsets.UTF_8)) {
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
        problems.add(key.name + " has no row in docs/json-schema.md (| `" + key.name + "` | `"
            + expected + "` | ... |)");
      } else if (!documented.equals(expected)) {
        problems.add(key.name + " defaults to " + expected + ", docs/json-schema.md says "
            + documented);
      }
    }
    assertThat(problems).isEmpty();
  }
}
