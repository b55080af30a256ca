package io.eventschema.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Protobuf half of the schema history: the {@code .proto} files the processor wrote
 * ({@code META-INF/protobuf/<namespace as path>/<Name>.proto}), kept as
 * {@code <history>/<full name>/v<N>.proto} next to the {@code .avsc} versions, as the processor's
 * compile-time check reads them. The check itself is the compiler's: a {@code .proto} that breaks
 * its history fails the compilation, so one that reaches this goal keeps its level.
 */
final class ProtoHistory {
  static final String FOLDER = "META-INF/protobuf";
  private static final String PROTO = ".proto";
  private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]{0,8})\\.proto");

  /** One generated {@code .proto}: its event's full name, its text and its file. */
  record Proto(String fullName, String text, Path file) {}

  /** What {@link #add} did. */
  record Added(int version, Path file, boolean changed) {}

  private ProtoHistory() {}

  /** Every {@code .proto} under {@code outputDirectory}/META-INF/protobuf, sorted by full name. */
  static List<Proto> read(Path outputDirectory) {
    Path root = outputDirectory.resolve(FOLDER);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Proto> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(PROTO)
          && Files.isRegularFile(p)).sorted()::iterator) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), ".");
        out.add(new Proto(relative.substring(0, relative.length() - PROTO.length()),
            LocalSchemas.readText(file), file));
      }
    } catch (IOException e) {
      throw new PluginException("cannot list " + root + ": " + e.getMessage(), e);
    }
    out.sort(java.util.Comparator.comparing(Proto::fullName));
    return out;
  }

  /**
   * Adds {@code proto} as the next version of its event in {@code history}, unless its text
   * equals the latest version's (then nothing is written).
   *
   * @throws PluginException for a misnamed history file or one that cannot be read or written
   */
  static Added add(Path history, Proto proto) {
    Path folder = history.resolve(proto.fullName());
    TreeMap<Integer, Path> versions = versions(folder);
    if (!versions.isEmpty()) {
      Path latest = versions.lastEntry().getValue();
      if (LocalSchemas.readText(latest).equals(withNewline(proto.text()))) {
        return new Added(versions.lastKey(), latest, false);
      }
    }
    int next = versions.isEmpty() ? 1 : versions.lastKey() + 1;
    Path file = folder.resolve("v" + next + PROTO);
    try {
      Files.createDirectories(folder);
      Files.writeString(file, withNewline(proto.text()), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new PluginException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return new Added(next, file, true);
  }

  private static String withNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** The {@code v<N>.proto} files of one event, by N. */
  private static TreeMap<Integer, Path> versions(Path folder) {
    TreeMap<Integer, Path> out = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(PROTO)) {
          continue;
        }
        Matcher m = VERSION_FILE.matcher(name);
        if (!m.matches()) {
          throw new PluginException(file + ": a history file must be named v<N>.proto with N"
              + " counting from 1 (v1.proto, v2.proto, ...)");
        }
        out.put(Integer.parseInt(m.group(1)), file);
      }
    } catch (IOException e) {
      throw new PluginException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return out;
  }
}
