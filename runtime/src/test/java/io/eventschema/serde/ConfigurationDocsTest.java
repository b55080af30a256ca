package io.eventschema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.registry.RegistryClientConfig;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md against the code: every key {@link SerdeConfig#DEFINITION} defines (which
 * includes {@link RegistryClientConfig}'s) has a table row {@code | `key` | default | ... |}
 * whose default is the one the ConfigDef gives, and every key prefix the two classes declare is
 * mentioned. The keys come from the ConfigDef, not from a list kept by hand.
 */
class ConfigurationDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "configuration.md");

  @Test
  void everyKeyHasARowWithItsDefault() throws IOException {
    Map<String, String> rows = rows(Files.readAllLines(DOCS, StandardCharsets.UTF_8));
    Map<String, ConfigDef.ConfigKey> registryKeys =
        RegistryClientConfig.define(new ConfigDef()).configKeys();
    List<String> problems = new ArrayList<>();
    for (ConfigDef.ConfigKey key : SerdeConfig.DEFINITION.configKeys().values()) {
      String owner = registryKeys.containsKey(key.name) ? "RegistryClientConfig" : "SerdeConfig";
      String expected = defaultText(key);
      String documented = rows.get(key.name);
      if (documented == null) {
        problems.add("key " + key.name + " defined in " + owner
            + " is missing from docs/configuration.md (add a row: | `" + key.name + "` | `"
            + expected + "` | ... |)");
      } else if (!documented.equals(expected)) {
        problems.add("key " + key.name + " defined in " + owner + " has default '" + expected
            + "', but docs/configuration.md says '" + documented + "'");
      }
    }
    assertThat(problems).as("docs/configuration.md against the ConfigDef").isEmpty();
  }

  /** Prefixes and schemes ({@code request.header.}, {@code mock://}) are not ConfigDef keys. */
  @Test
  void everyKeyPrefixIsMentioned() throws Exception {
    String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : List.of(SerdeConfig.class, RegistryClientConfig.class)) {
      for (Field f : type.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && f.getType() == String.class) {
          String value = (String) f.get(null);
          if ((value.endsWith(".") || value.endsWith("://")) && !docs.contains("`" + value)) {
            missing.add(type.getSimpleName() + "." + f.getName() + " = \"" + value + "\"");
          }
        }
      }
    }
    assertThat(missing).as("key prefixes missing from docs/configuration.md").isEmpty();
  }

  /** The default as the docs write it: {@code (required)}, {@code none}, {@code ""} or the value. */
  static String defaultText(ConfigDef.ConfigKey key) {
    Object value = key.defaultValue;
    if (value == ConfigDef.NO_DEFAULT_VALUE) {
      return "(required)";
    }
    if (value == null) {
      return "none";
    }
    if (value instanceof Password password) {
      value = password.value();
    }
    String text = ConfigDef.convertToString(value, key.type);
    return text.isEmpty() ? "\"\"" : text;
  }

  /** Table rows whose first cell is one key in backticks: key to its second cell, unquoted. */
  static Map<String, String> rows(List<String> lines) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : lines) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      if (cells.length < 4) {
        continue;
      }
      String key = cells[1].strip();
      String value = cells[2].strip();
      if (key.length() > 2 && key.endsWith("`") && key.indexOf('`', 1) == key.length() - 1) {
        rows.put(key.substring(1, key.length() - 1), unquote(value));
      }
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`")
        ? cell.substring(1, cell.length() - 1) : cell;
  }
}
