package io.eventschema.evolution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * The released versions of each event's schema, kept in the source tree:
 * {@code <root>/<full name>/v1.avsc}, {@code v2.avsc}, ... (by default
 * {@code src/main/avro-history}). The processor checks each new schema against them; the
 * {@link HistoryTool} adds the current schema when a version is released.
 */
public final class SchemaHistory {
  /** Where the history lives, relative to the project. */
  public static final String DEFAULT_FOLDER = "src/main/avro-history";

  private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]{0,8})\\.avsc");

  private final Path root;

  public SchemaHistory(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The folder of the schema named {@code fullName}. */
  public Path folder(String fullName) {
    return root.resolve(fullName);
  }

  /**
   * The versions of {@code fullName}, oldest first; empty if it has no folder yet. Each version's
   * {@link SchemaVersion#source()} is {@code <full name>/v<N>.avsc}.
   *
   * @throws SchemaHistoryException if a file is named {@code *.avsc} but not {@code v<N>.avsc},
   *     two files claim one version, or a file is not a valid Avro schema
   */
  public List<SchemaVersion> versions(String fullName) {
    Path folder = folder(fullName);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    TreeMap<Integer, Path> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : (Iterable<Path>) list.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".avsc")) {
          continue;
        }
        Matcher m = VERSION_FILE.matcher(name);
        if (!m.matches()) {
          throw new SchemaHistoryException(file, "a history file must be named v<N>.avsc with N"
              + " counting from 1 (v1.avsc, v2.avsc, ...)", null);
        }
        Path other = files.put(Integer.parseInt(m.group(1)), file);
        if (other != null) {
          throw new SchemaHistoryException(file, "version " + m.group(1) + " is also in "
              + other.getFileName(), null);
        }
      }
    } catch (IOException e) {
      throw new SchemaHistoryException(folder, "cannot list the folder: " + e.getMessage(), e);
    }
    List<SchemaVersion> versions = new ArrayList<>();
    files.forEach((version, file) -> versions.add(new SchemaVersion(version, parse(file),
        fullName + "/" + file.getFileName())));
    return versions;
  }

  private static Schema parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SchemaHistoryException(file, "cannot read: " + e.getMessage(), e);
    }
    try {
      return new Schema.Parser().parse(text);
    } catch (SchemaParseException | NullPointerException e) {
      throw new SchemaHistoryException(file, "not a valid Avro schema: " + e.getMessage(), e);
    }
  }

  /** What {@link #add} did. */
  public record Added(int version, Path file, boolean changed) {}

  /**
   * Adds {@code schemaText} as the next version of its schema, unless it equals the latest one
   * (then nothing is written and {@code changed} is false).
   *
   * @throws SchemaHistoryException if the text is not a valid schema, the history cannot be read,
   *     or the file cannot be written
   */
  private Schema parse(String schemaText) {
    try {
      return new Schema.Parser().parse(schemaText);
    } catch (SchemaParseException | NullPointerException e) {
      throw new SchemaHistoryException(root, "the schema to add is not valid Avro: "
          + e.getMessage(), e);
    }
  }

  public Added add(String schemaText) {
    return add(parse(schemaText).getFullName(), schemaText);
  }

  /**
   * Adds {@code schemaText} as the next version of the event named {@code fullName} (for a sealed
   * event, whose schema is an unnamed union, the name its {@code .avsc} file has).
   */
  public Added add(String fullName, String schemaText) {
    Schema schema = parse(schemaText);
    List<SchemaVersion> versions = versions(fullName);
    if (!versions.isEmpty()) {
      SchemaVersion latest = versions.get(versions.size() - 1);
      if (latest.schema().toString().equals(schema.toString())) {
        return new Added(latest.version(), folder(fullName).resolve("v" + latest.version()
            + ".avsc"), false);
      }
    }
    int next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
    Path file = folder(fullName).resolve("v" + next + ".avsc");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, schemaText.endsWith("\n") ? schemaText : schemaText + "\n",
          StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new SchemaHistoryException(file, "cannot write: " + e.getMessage(), e);
    }
    return new Added(next, file, true);
  }
}
