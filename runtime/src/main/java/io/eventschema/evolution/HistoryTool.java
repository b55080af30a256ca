package io.eventschema.evolution;

import io.eventschema.Compatibility;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Keeps the schema history: run when a version is released, it copies each event's current
 * schema (the {@code .avsc} the processor wrote to {@code target/classes/META-INF/avro}) into
 * {@code src/main/avro-history/<full name>/v<N+1>.avsc}, after checking it against the versions
 * already there. Commit the new files with the release.
 *
 * <pre>
 * mvn compile exec:java -Dexec.mainClass=io.eventschema.evolution.HistoryTool -Dexec.args="add"
 * java -cp ... io.eventschema.evolution.HistoryTool check --level FULL target/classes/META-INF/avro
 * </pre>
 *
 * <p>Commands: {@code add} (check, then add what changed) and {@code check} (only check). Options:
 * {@code --history <folder>} (default {@value SchemaHistory#DEFAULT_FOLDER}), {@code --level
 * <level>} (default BACKWARD; use the level on the event's {@code @Event}), then schema files or
 * folders of them (default {@code target/classes/META-INF/avro}). Exit status 0 when all is well,
 * 1 when a schema breaks the level (nothing is added), 2 on bad usage or unreadable files.
 */
public final class HistoryTool {
  static final String DEFAULT_SCHEMAS = "target/classes/META-INF/avro";
  private static final String USAGE = "usage: HistoryTool add|check [--history <folder>]"
      + " [--level NONE|BACKWARD|...|FULL_TRANSITIVE] [<schema.avsc or folder>...]";

  private HistoryTool() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs one command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !(args[0].equals("add") || args[0].equals("check"))) {
      err.println(USAGE);
      return 2;
    }
    boolean add = args[0].equals("add");
    Path historyRoot = Path.of(SchemaHistory.DEFAULT_FOLDER);
    Compatibility level = Compatibility.BACKWARD;
    List<Path> inputs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--history") || a.equals("--level")) && i + 1 == args.length) {
        err.println(a + " needs a value\n" + USAGE);
        return 2;
      }
      if (a.equals("--history")) {
        historyRoot = Path.of(args[++i]);
      } else if (a.equals("--level")) {
        try {
          level = Compatibility.valueOf(args[++i].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          err.println("unknown level '" + args[i] + "'\n" + USAGE);
          return 2;
        }
      } else if (a.startsWith("--")) {
        err.println("unknown option " + a + "\n" + USAGE);
        return 2;
      } else {
        inputs.add(Path.of(a));
      }
    }
    if (inputs.isEmpty()) {
      inputs.add(Path.of(DEFAULT_SCHEMAS));
    }
    SchemaHistory history = new SchemaHistory(historyRoot);
    try {
      List<Path> files = schemaFiles(inputs);
      if (files.isEmpty()) {
        err.println("no .avsc files in " + inputs + " (compile the project first)");
        return 2;
      }
      int broken = 0;
      List<String> texts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Path file : files) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Schema schema = parse(file, text);
        String name = eventName(file, schema);
        texts.add(text);
        names.add(name);
        CompatibilityReport report =
            CompatibilityChecker.check(schema, history.versions(name), level);
        if (report.isCompatible()) {
          out.println(name + ": " + report);
        } else {
          broken++;
          err.println(name + ": " + report);
        }
      }
      if (broken > 0) {
        err.println(broken + " schema(s) break " + level + (add ? "; nothing added" : ""));
        return 1;
      }
      if (add) {
        for (int i = 0; i < texts.size(); i++) {
          SchemaHistory.Added a = history.add(names.get(i), texts.get(i));
          out.println(a.changed() ? "added " + a.file() : "unchanged since " + a.file());
        }
      }
      return 0;
    } catch (IOException | SchemaHistoryException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  /**
   * The event's full name: a record's own; for a sealed event (a union, which has no name) the
   * name of the file the processor wrote, {@code <full name>.avsc}.
   */
  static String eventName(Path file, Schema schema) {
    if (schema.getType() == Schema.Type.RECORD || schema.getType() == Schema.Type.ENUM
        || schema.getType() == Schema.Type.FIXED) {
      return schema.getFullName();
    }
    String fileName = file.getFileName().toString();
    return fileName.substring(0, fileName.length() - ".avsc".length());
  }

  private static Schema parse(Path file, String text) {
    try {
      return new Schema.Parser().parse(text);
    } catch (SchemaParseException | NullPointerException e) {
      throw new SchemaHistoryException(file, "not a valid Avro schema: " + e.getMessage(), e);
    }
  }

  private static List<Path> schemaFiles(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> list = Files.list(input)) {
          list.filter(p -> p.getFileName().toString().endsWith(".avsc")).sorted()
              .forEach(files::add);
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new SchemaHistoryException(input, "no such file or folder", null);
      }
    }
    return files;
  }
}
