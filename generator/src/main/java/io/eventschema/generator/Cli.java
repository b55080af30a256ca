package io.eventschema.generator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code java -jar eventschema-generator-<v>.jar --out <dir> <file.avsc|folder>...}
 * or {@code ... --out <dir> --registry <url> --subject <s>[@<version>]... [--config key=value]...}.
 * Exit code 0 on success, 1 with the errors on stderr, 2 for a usage error.
 */
public final class Cli {
  static final String USAGE = String.join("\n",
      "Usage: java -jar eventschema-generator.jar --out <dir> [options] <file.avsc|folder>...",
      "       java -jar eventschema-generator.jar --out <dir> [options] --registry <url>"
          + " --subject <subject>[@<version>]...",
      "",
      "Writes the Java sources of the @Event records whose schemas the eventschema processor"
          + " derives to be exactly the input schemas.",
      "",
      "Options:",
      "  --out <dir>                 where to write <package dirs>/<Class>.java (required)",
      "  --package <namespace>=<package>",
      "                              put a namespace (and those below it) into another package;"
          + " repeatable",
      "  --optional                  [\"null\", T] fields as Optional<T> (default: @Nullable T)",
      "  --nullable <annotation>     the @Nullable to write (default "
          + Generator.JSPECIFY_NULLABLE + ")",
      "  --registry <url>            a Confluent-compatible schema registry"
          + " (same as --config schema.registry.url=<url>)",
      "  --subject <s>[@<version>]   a subject to generate from, latest version unless given;"
          + " repeatable",
      "  --config <key>=<value>      a registry client setting (basic.auth.user.info,"
          + " bearer.auth.token, ...); repeatable",
      "  --help                      this text",
      "",
      "Exit code: 0 when every schema was generated, 1 with the errors on stderr (nothing is"
          + " written then), 2 for a usage error.",
      "See docs/generator.md for the mapping and every error.");

  private Cli() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Path outDir = null;
    List<Path> inputs = new ArrayList<>();
    List<SubjectRef> subjects = new ArrayList<>();
    Map<String, String> config = new LinkedHashMap<>();
    Generator.Builder builder = Generator.builder();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            out.println(USAGE);
            return 0;
          }
          case "--out" -> outDir = Path.of(value(args, ++i, a));
          case "--optional" -> builder.nullStyle(NullStyle.OPTIONAL);
          case "--nullable" -> builder.nullableAnnotation(value(args, ++i, a));
          case "--package" -> {
            String[] kv = pair(value(args, ++i, a), a);
            builder.packageMapping(kv[0], kv[1]);
          }
          case "--registry" -> config.put("schema.registry.url", value(args, ++i, a));
          case "--subject" -> subjects.add(SubjectRef.parse(value(args, ++i, a)));
          case "--config" -> {
            String[] kv = pair(value(args, ++i, a), a);
            config.put(kv[0], kv[1]);
          }
          default -> {
            if (a.startsWith("-")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            inputs.add(Path.of(a));
          }
        }
      }
      if (outDir == null) {
        throw new IllegalArgumentException("--out <dir> is required");
      }
      if (inputs.isEmpty() == subjects.isEmpty()) {
        throw new IllegalArgumentException(inputs.isEmpty()
            ? "give .avsc files or folders, or --subject with --registry"
            : "give either files or --subject, not both");
      }
      if (!subjects.isEmpty() && !config.containsKey("schema.registry.url")) {
        throw new IllegalArgumentException("--subject needs --registry <url>");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for the options.");
      return 2;
    }
    Generator generator = builder.registryConfig(config).build();
    GenerationResult result = subjects.isEmpty() ? generator.generate(inputs, outDir)
        : generator.generateFromRegistry(subjects, outDir);
    if (!result.ok()) {
      for (GenerationError e : result.errors()) {
        err.println("error: " + e);
      }
      err.println(result.errors().size() + (result.errors().size() == 1 ? " error" : " errors")
          + ", nothing written");
      return 1;
    }
    out.println("wrote " + result.filesWritten().size() + " files to " + outDir);
    return 0;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static String[] pair(String s, String option) {
    int eq = s.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(option + " takes key=value, not '" + s + "'");
    }
    return new String[] {s.substring(0, eq), s.substring(eq + 1)};
  }
}
