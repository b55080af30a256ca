package io.eventschema.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Reads the schemas the processor wrote: {@code META-INF/avro/<full name>.avsc} and
 * {@code META-INF/json-schema/<full name>.schema.json} under the build's output folder. The file
 * name is the event's full name (for a sealed event, whose Avro schema is an unnamed union, too).
 */
final class LocalSchemas {
  static final String AVRO_FOLDER = "META-INF/avro";
  static final String JSON_FOLDER = "META-INF/json-schema";
  private static final String AVSC = ".avsc";
  private static final String SCHEMA_JSON = ".schema.json";

  private LocalSchemas() {}

  /**
   * Every schema under {@code outputDirectory}, Avro first, each folder sorted by name.
   *
   * @throws PluginException if a file cannot be read or an {@code .avsc} is not valid Avro
   */
  static List<LocalSchema> read(Path outputDirectory) {
    List<LocalSchema> schemas = new ArrayList<>();
    for (Path file : list(outputDirectory.resolve(AVRO_FOLDER), AVSC)) {
      String text = readText(file);
      String compact;
      try {
        // the compact form is what the generated serdes register
        compact = new Schema.Parser().parse(text).toString();
      } catch (SchemaParseException | NullPointerException e) {
        throw new PluginException(file + " is not a valid Avro schema: " + e.getMessage(), e);
      }
      schemas.add(new LocalSchema(strip(file, AVSC), "AVRO", compact, file));
    }
    for (Path file : list(outputDirectory.resolve(JSON_FOLDER), SCHEMA_JSON)) {
      schemas.add(new LocalSchema(strip(file, SCHEMA_JSON), "JSON", readText(file), file));
    }
    return schemas;
  }

  /** The file's own text: what the history keeps. */
  static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PluginException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String strip(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }

  private static List<Path> list(Path folder, String suffix) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)
          && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new PluginException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }
}
