package io.eventschema.maven;

import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Downloads subjects (their latest version, or the one named in {@code versions}) into
 * {@code outputDirectory}, each file named by the schema's full name, in the format the registry
 * holds: {@code <full name>.avsc}, {@code <name>.schema.json}, {@code <name>.proto}. The text is
 * written exactly as the registry returns it.
 */
@Mojo(name = "download", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class DownloadMojo extends AbstractRegistryMojo {

  /** Subjects to download. */
  @Parameter
  List<String> subjects;

  /** Regular expressions; every subject of the registry that matches one is downloaded. */
  @Parameter
  List<String> subjectPatterns;

  /** Subject → version (a number, or {@code latest}, the default). */
  @Parameter
  Map<String, String> versions;

  /** Where the files go. */
  @Parameter(property = "eventschema.download.outputDirectory",
      defaultValue = "${project.build.directory}/eventschema/downloaded")
  File outputDirectory;

  @Override
  void run(SchemaRegistryClient client) {
    Set<String> chosen = new LinkedHashSet<>();
    if (subjects != null) {
      subjects.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(chosen::add);
    }
    if (subjectPatterns != null && !subjectPatterns.isEmpty()) {
      List<Pattern> patterns = new ArrayList<>();
      for (String p : subjectPatterns) {
        try {
          patterns.add(Pattern.compile(p));
        } catch (PatternSyntaxException e) {
          throw new PluginException("subjectPatterns: '" + p + "' is not a regular expression: "
              + e.getDescription(), e);
        }
      }
      for (String subject : client.subjects()) {
        if (patterns.stream().anyMatch(p -> p.matcher(subject).matches())) {
          chosen.add(subject);
        }
      }
    }
    if (chosen.isEmpty()) {
      throw new PluginException("nothing to download: give <subjects> or <subjectPatterns>"
          + (subjectPatterns == null || subjectPatterns.isEmpty() ? ""
              : " (no subject of the registry matches " + subjectPatterns + ")"));
    }
    Path out = outputDirectory.toPath();
    Set<String> written = new HashSet<>();
    for (String subject : chosen) {
      String version = versions == null ? null : versions.get(subject);
      RegisteredSchema schema = version == null || version.isBlank()
          || version.trim().equalsIgnoreCase("latest")
          ? client.latestVersion(subject) : client.version(subject, parseVersion(subject, version));
      String fileName = fileName(subject, schema);
      if (!written.add(fileName)) {
        String byName = fileName;
        fileName = safe(subject) + extension(schema.schemaType());
        getLog().warn(subject + ": " + byName + " is already written by another subject;"
            + " writing " + fileName);
        written.add(fileName);
      }
      Path file = out.resolve(fileName);
      try {
        Files.createDirectories(out);
        Files.writeString(file, schema.schema(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new PluginException("cannot write " + file + ": " + e.getMessage(), e);
      }
      getLog().info(subject + ": version " + schema.version() + ", id " + schema.id() + " ("
          + schema.schemaType() + ") -> " + file);
    }
  }

  private static int parseVersion(String subject, String version) {
    try {
      int v = Integer.parseInt(version.trim());
      if (v < 1) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new PluginException("versions: '" + version + "' for " + subject
          + " is neither 'latest' nor a version number from 1");
    }
  }

  /** The schema's full name where it has one, else the subject; plus the format's extension. */
  static String fileName(String subject, RegisteredSchema schema) {
    String type = schema.schemaType().toUpperCase(Locale.ROOT);
    String name = null;
    if (type.equals("AVRO")) {
      try {
        Schema parsed = new Schema.Parser().parse(schema.schema());
        if (parsed.getType() == Schema.Type.RECORD || parsed.getType() == Schema.Type.ENUM
            || parsed.getType() == Schema.Type.FIXED) {
          name = parsed.getFullName();
        }
      } catch (SchemaParseException | NullPointerException e) {
        name = null;
      }
    } else if (type.equals("JSON")) {
      name = jsonTitle(schema.schema());
    }
    return safe(name == null ? subject : name) + extension(type);
  }

  private static String jsonTitle(String text) {
    try {
      var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
      var title = node == null ? null : node.get("title");
      return title != null && title.isTextual() ? title.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  static String extension(String schemaType) {
    return switch (schemaType.toUpperCase(Locale.ROOT)) {
      case "JSON" -> ".schema.json";
      case "PROTOBUF" -> ".proto";
      default -> ".avsc";
    };
  }

  /** A file name: no path separators or other characters file systems refuse. */
  static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
