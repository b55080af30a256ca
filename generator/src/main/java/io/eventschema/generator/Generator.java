package io.eventschema.generator;

import com.palantir.javapoet.ClassName;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaReference;
import io.eventschema.registry.SchemaRegistryClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;

/**
 * Generates the Java sources of {@code @Event} records from Avro schemas: {@code .avsc} files and
 * folders, or subjects of a schema registry. The records are what a user would write so that the
 * eventschema processor derives exactly the input schema; what the processor cannot express yet
 * is a {@link GenerationError}, and a run with errors writes nothing.
 *
 * <pre>{@code
 * GenerationResult r = Generator.builder()
 *     .packageMapping(Map.of("com.acme.events", "com.acme.kafka"))
 *     .build()
 *     .generate(List.of(Path.of("src/main/avro")), Path.of("target/generated-sources/eventschema"));
 * r.errors().forEach(System.err::println);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Generator {
  /** The default {@code @Nullable}: jspecify's, a type-use annotation. */
  public static final String JSPECIFY_NULLABLE = "org.jspecify.annotations.Nullable";

  private final Map<String, String> packageMapping;
  private final NullStyle nullStyle;
  private final ClassName nullable;
  private final Map<String, Object> registryConfig;
  private final String command;

  private Generator(Builder b) {
    this.packageMapping = Map.copyOf(b.packageMapping);
    this.nullStyle = b.nullStyle;
    this.nullable = ClassName.bestGuess(b.nullableAnnotation);
    this.registryConfig = Map.copyOf(b.registryConfig);
    this.command = b.command;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** One schema as text, named for messages and headers ({@code origin}). */
  public record SchemaInput(String origin, String regenerate, String json) {
    public SchemaInput {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(json, "json");
      regenerate = regenerate == null ? "" : regenerate;
    }
  }

  // ------------------------------------------------------------------------------- entry points

  /**
   * Generates from {@code .avsc} files and folders (every {@code *.avsc} below a folder, in name
   * order; a file may use named types defined in another file of the same run) into
   * {@code outDir} ({@code <package dirs>/<Class>.java}). Nothing is written if there is an error.
   */
  public GenerationResult generate(List<Path> inputs, Path outDir) {
    List<GenerationError> errors = new ArrayList<>();
    List<Parsed> parsed = parseFiles(inputs, errors);
    return finish(parsed, errors, outDir);
  }

  /**
   * Generates from registry subjects (latest or a given version), through the runtime's registry
   * client configured by {@link Builder#registryConfig(Map)} (the keys of
   * {@link RegistryClientConfig}: {@code schema.registry.url}, auth, TLS, headers).
   */
  public GenerationResult generateFromRegistry(List<SubjectRef> subjects, Path outDir) {
    List<GenerationError> errors = new ArrayList<>();
    List<Parsed> parsed = new ArrayList<>();
    SchemaRegistryClient client;
    try {
      client = RegistryClientConfig.createClient(RegistryClientConfig.parse(registryConfig));
    } catch (RuntimeException e) {
      errors.add(new GenerationError("registry", "", "registry configuration", e.getMessage(),
          "see the registry client keys in README (Configuration)"));
      return new GenerationResult(List.of(), List.of(), List.of(), errors);
    }
    try {
      String url = withoutCredentials(String.valueOf(registryConfig.get(
          RegistryClientConfig.SCHEMA_REGISTRY_URL)));
      for (SubjectRef ref : subjects) {
        try {
          parsed.add(fromRegistry(client, ref, url));
        } catch (RuntimeException e) {
          errors.add(new GenerationError("subject '" + ref + "'", "", "registry",
              String.valueOf(e.getMessage()), "check the subject, version and registry URL"));
        }
      }
    } finally {
      client.close();
    }
    return finish(parsed, errors, outDir);
  }

  /** Generates in memory (nothing written): schemas given as text, each an event. */
  public GenerationResult generateSources(List<SchemaInput> inputs) {
    List<GenerationError> errors = new ArrayList<>();
    List<Parsed> parsed = new ArrayList<>();
    SchemaParser parser = new SchemaParser();
    List<SchemaParser.ParseResult> results = new ArrayList<>();
    for (SchemaInput in : inputs) {
      try {
        results.add(parser.parse(in.json()));
      } catch (RuntimeException e) {
        errors.add(invalid(in.origin(), e));
        results.add(null);
      }
    }
    for (int i = 0; i < inputs.size(); i++) {
      if (results.get(i) != null) {
        try {
          String regenerate = inputs.get(i).regenerate().isEmpty()
              ? regenerate("--out <dir> " + inputs.get(i).origin()) : inputs.get(i).regenerate();
          parsed.add(new Parsed(inputs.get(i).origin(), regenerate,
              parser.resolve(results.get(i)), baseName(inputs.get(i).origin())));
        } catch (RuntimeException e) {
          errors.add(invalid(inputs.get(i).origin(), e));
        }
      }
    }
    return finish(parsed, errors, null);
  }

  // ------------------------------------------------------------------------------- pipeline

  private record Parsed(String origin, String regenerate, Schema schema, String baseName) {}

  private GenerationResult finish(List<Parsed> parsed, List<GenerationError> errors,
      Path outDir) {
    Planner planner = new Planner(packageMapping);
    for (Parsed p : parsed) {
      try {
        planner.addRoot(p.origin(), p.regenerate(), p.schema(), p.baseName());
      } catch (RuntimeException e) {
        errors.add(new GenerationError(p.origin(), "", "internal error", String.valueOf(e), ""));
      }
    }
    if (planner.errors().isEmpty() && errors.isEmpty()) {
      planner.finish();
    }
    errors.addAll(planner.errors());
    if (!errors.isEmpty()) {
      return new GenerationResult(List.of(), List.of(), List.of(), errors);
    }
    List<GeneratedSource> sources = SourceWriter.write(planner, nullStyle, nullable);
    List<Path> written = new ArrayList<>();
    if (outDir != null) {
      try {
        for (GeneratedSource s : sources) {
          Path file = outDir.resolve(s.relativePath());
          Files.createDirectories(file.getParent());
          Files.writeString(file, s.text(), StandardCharsets.UTF_8);
          written.add(file);
        }
      } catch (IOException e) {
        errors.add(new GenerationError(String.valueOf(outDir), "", "output",
            "cannot write: " + e, "check the output directory"));
      }
    }
    List<GeneratedEvent> events = new ArrayList<>();
    for (Plan.RootDef root : planner.roots()) {
      events.add(new GeneratedEvent(root.origin, root.java().canonicalName(), root.fullName()));
    }
    return new GenerationResult(sources, events, written, errors);
  }

  private List<Parsed> parseFiles(List<Path> inputs, List<GenerationError> errors) {
    record File(Path path, String origin, String argument) {}
    List<File> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          String folder = input.toAbsolutePath().normalize().getFileName() == null ? ""
              : input.toAbsolutePath().normalize().getFileName() + "/";
          walk.filter(p -> p.toString().endsWith(".avsc") && Files.isRegularFile(p)).sorted()
              .forEach(p -> files.add(new File(p, folder + input.relativize(p).toString()
                  .replace('\\', '/'), input.toString())));
        } catch (IOException e) {
          errors.add(new GenerationError(input.toString(), "", "input", "cannot read: " + e, ""));
        }
      } else if (Files.isRegularFile(input)) {
        files.add(new File(input, input.getFileName().toString(), input.toString()));
      } else {
        errors.add(new GenerationError(input.toString(), "", "input",
            "no such file or folder", "give .avsc files or folders holding them"));
      }
    }
    SchemaParser parser = new SchemaParser();
    List<SchemaParser.ParseResult> results = new ArrayList<>();
    for (File f : files) {
      try {
        results.add(parser.parse(f.path()));
      } catch (IOException | RuntimeException e) {
        errors.add(invalid(f.origin(), e));
        results.add(null);
      }
    }
    List<Parsed> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (results.get(i) == null) {
        continue;
      }
      File f = files.get(i);
      try {
        out.add(new Parsed(f.origin(), regenerate("--out <dir> " + f.argument()),
            parser.resolve(results.get(i)), baseName(f.path().getFileName().toString())));
      } catch (RuntimeException e) {
        errors.add(invalid(f.origin(), e));
      }
    }
    return out;
  }

  private String regenerate(String arguments) {
    return command + " " + arguments;
  }

  private Parsed fromRegistry(SchemaRegistryClient client, SubjectRef ref, String url) {
    RegisteredSchema rs = ref.isLatest() ? client.latestVersion(ref.subject())
        : client.version(ref.subject(), ref.version());
    if (!SchemaRegistryClient.AVRO.equals(rs.schemaType())) {
      throw new IllegalArgumentException("the schema is of type " + rs.schemaType()
          + "; only AVRO is generated so far");
    }
    Schema.Parser parser = new Schema.Parser();
    addReferences(client, rs.references(), parser, new HashSet<>(), 0);
    Schema schema = parser.parse(rs.schema());
    String origin = "subject '" + ref.subject() + "' version " + rs.version()
        + (ref.isLatest() ? " (the latest when generated)" : "");
    return new Parsed(origin, regenerate("--out <dir> --registry " + url + " --subject "
        + ref.subject() + "@" + rs.version()), schema, baseName(ref.subject()));
  }

  /** Parses referenced schemas (references of references first) into {@code parser}. */
  private static void addReferences(SchemaRegistryClient client, List<SchemaReference> refs,
      Schema.Parser parser, Set<String> seen, int depth) {
    if (depth > 32) {
      throw new IllegalArgumentException("schema references nest more than 32 deep");
    }
    for (SchemaReference r : refs) {
      if (!seen.add(r.subject() + "@" + r.version())) {
        continue;
      }
      RegisteredSchema referenced = client.version(r.subject(), r.version());
      addReferences(client, referenced.references(), parser, seen, depth + 1);
      parser.parse(referenced.schema());
    }
  }

  private static String withoutCredentials(String url) {
    return url.replaceAll("//[^/@]*@", "//");
  }

  private static GenerationError invalid(String origin, Exception e) {
    return new GenerationError(origin, "", "invalid schema", String.valueOf(e.getMessage()),
        "fix the schema; Avro's parser rejects it");
  }

  /** A Java type name from a file or subject name, for a top-level union's interface. */
  private static String baseName(String name) {
    String base = name.replaceAll("\\.avsc$", "").replaceAll("-value$|-key$", "");
    base = base.substring(base.lastIndexOf('/') + 1);
    String cleaned = base.replaceAll("[^A-Za-z0-9_]+", "_");
    String pascal = JavaNames.pascalCase(cleaned);
    return pascal.isEmpty() || !Character.isJavaIdentifierStart(pascal.charAt(0))
        ? "Union" + pascal : pascal;
  }

  // ------------------------------------------------------------------------------- options

  /** The options; every one has a default. */
  public static final class Builder {
    private final Map<String, String> packageMapping = new LinkedHashMap<>();
    private NullStyle nullStyle = NullStyle.NULLABLE;
    private String nullableAnnotation = JSPECIFY_NULLABLE;
    private final Map<String, Object> registryConfig = new LinkedHashMap<>();
    private String command = "java -jar eventschema-generator.jar";

    private Builder() {}

    /**
     * Namespace → package, by prefix: {@code "com.acme" -> "org.example"} puts namespace
     * {@code com.acme.orders} into package {@code org.example.orders}; the longest matching
     * prefix wins; namespaces without a match become the package of the same name. The schema's
     * names are kept ({@code @Event(namespace)}, {@code @AvroName}).
     */
    public Builder packageMapping(Map<String, String> mapping) {
      packageMapping.putAll(mapping);
      return this;
    }

    /** One namespace prefix → package prefix. */
    public Builder packageMapping(String namespace, String javaPackage) {
      packageMapping.put(namespace, javaPackage);
      return this;
    }

    /** {@code ["null", T]} fields as {@code @Nullable T} (default) or {@code Optional<T>}. */
    public Builder nullStyle(NullStyle style) {
      nullStyle = Objects.requireNonNull(style, "style");
      return this;
    }

    /** The qualified name of the {@code @Nullable} to write (any annotation so named works). */
    public Builder nullableAnnotation(String qualifiedName) {
      if (!qualifiedName.endsWith(".Nullable")) {
        throw new IllegalArgumentException("the processor recognizes an annotation named"
            + " Nullable; " + qualifiedName + " is not");
      }
      nullableAnnotation = qualifiedName;
      return this;
    }

    /** The registry client's configuration, Confluent's keys ({@code schema.registry.url}, ...). */
    public Builder registryConfig(Map<String, ?> config) {
      registryConfig.putAll(config);
      return this;
    }

    /** How the header's "regenerate" line starts (the Maven plugin: {@code mvn eventschema:generate}). */
    public Builder command(String command) {
      this.command = Objects.requireNonNull(command, "command");
      return this;
    }

    public Generator build() {
      return new Generator(this);
    }
  }
}
