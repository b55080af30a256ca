package io.eventschema.maven;

import io.eventschema.generator.GenerationError;
import io.eventschema.generator.GenerationResult;
import io.eventschema.generator.Generator;
import io.eventschema.generator.NullStyle;
import io.eventschema.generator.SubjectRef;
import io.eventschema.registry.SchemaRegistryClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Turns Avro schemas ({@code .avsc} files under {@code src/main/avro} by default) and/or registry
 * subjects into the {@code @Event} records a user would write, with eventschema's generator, into
 * {@code outputDirectory}, which becomes a compile source root: the processor then compiles the
 * records in the same build, codecs and serdes included.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractRegistryMojo {

  /** {@code .avsc} files or folders (every {@code *.avsc} below); a missing default is skipped. */
  @Parameter(defaultValue = "${project.basedir}/src/main/avro")
  List<File> sources;

  /** Registry subjects, {@code subject} (latest) or {@code subject@<version>}. */
  @Parameter
  List<String> subjects;

  /** Where the records go; added as a compile source root. */
  @Parameter(property = "eventschema.generate.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/eventschema")
  File outputDirectory;

  /** Avro namespace prefix → Java package prefix. */
  @Parameter
  Map<String, String> packageMapping;

  /** How a nullable field is written: {@code NULLABLE} (an annotation, default) or {@code OPTIONAL}. */
  @Parameter(property = "eventschema.generate.nullStyle", defaultValue = "NULLABLE")
  String nullStyle;

  /** The {@code @Nullable} annotation to use; jspecify's by default. */
  @Parameter(property = "eventschema.generate.nullableAnnotation")
  String nullableAnnotation;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  File buildDirectory;

  @Override
  boolean opensClient() {
    return false;
  }

  @Override
  void run(SchemaRegistryClient unused) throws MojoFailureException {
    List<Path> files = new ArrayList<>();
    if (sources != null) {
      for (File f : sources) {
        if (f.exists()) {
          files.add(f.toPath());
        } else {
          getLog().debug("no " + f + ": skipped");
        }
      }
    }
    List<SubjectRef> refs = new ArrayList<>();
    if (subjects != null) {
      for (String s : subjects) {
        if (s != null && !s.isBlank()) {
          try {
            refs.add(SubjectRef.parse(s.trim()));
          } catch (IllegalArgumentException e) {
            throw new PluginException("subjects: " + e.getMessage(), e);
          }
        }
      }
    }
    if (files.isEmpty() && refs.isEmpty()) {
      getLog().info("eventschema: no .avsc in " + sources + " and no <subjects>: nothing to"
          + " generate");
      return;
    }
    Path out = outputDirectory.toPath();
    removeStaleSources(out);
    Generator.Builder builder = Generator.builder().command("mvn eventschema:generate");
    if (packageMapping != null && !packageMapping.isEmpty()) {
      builder.packageMapping(packageMapping);
    }
    builder.nullStyle(nullStyle(nullStyle));
    if (nullableAnnotation != null && !nullableAnnotation.isBlank()) {
      builder.nullableAnnotation(nullableAnnotation.trim());
    }
    if (!refs.isEmpty()) {
      if (schemaRegistryUrls == null || schemaRegistryUrls.isEmpty()) {
        throw new PluginException("<subjects> are read from the registry: set"
            + " <schemaRegistryUrls>");
      }
      builder.registryConfig(registrySettings().clientProperties(System::getenv));
    }
    Generator generator = builder.build();
    List<GenerationError> errors = new ArrayList<>();
    int written = 0;
    if (!files.isEmpty()) {
      GenerationResult r = generator.generate(files, out);
      errors.addAll(r.errors());
      written += r.filesWritten().size();
    }
    if (!refs.isEmpty()) {
      GenerationResult r = generator.generateFromRegistry(refs, out);
      errors.addAll(r.errors());
      written += r.filesWritten().size();
    }
    if (!errors.isEmpty()) {
      for (GenerationError e : errors) {
        getLog().error(e.toString());
      }
      throw new MojoFailureException(errors.size() + " schema problem(s); nothing generated from"
          + " the input that had them:\n" + String.join("\n", errors.stream()
              .map(GenerationError::toString).toList()));
    }
    project.addCompileSourceRoot(out.toString());
    getLog().info("eventschema: " + written + " record source(s) in " + out);
  }

  /**
   * Old sources of schemas since removed would still compile: the folder is emptied of
   * {@code .java} files first, but only when it is inside the build directory (never a user's
   * source folder).
   */
  private void removeStaleSources(Path out) {
    if (buildDirectory == null || !Files.isDirectory(out)
        || !out.toAbsolutePath().normalize().startsWith(
            buildDirectory.toPath().toAbsolutePath().normalize())) {
      return;
    }
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new PluginException("cannot clean " + out + ": " + e.getMessage(), e);
    }
  }

  private static NullStyle nullStyle(String value) {
    try {
      return NullStyle.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PluginException("nullStyle: '" + value + "' is neither NULLABLE nor OPTIONAL");
    }
  }
}
