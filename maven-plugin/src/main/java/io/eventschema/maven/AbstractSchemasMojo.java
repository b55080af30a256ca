package io.eventschema.maven;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A registry goal over the events of this build: the schemas the processor wrote into the output
 * folder, each under its subject (see {@link Subjects}).
 */
abstract class AbstractSchemasMojo extends AbstractRegistryMojo {

  /** Where the processor wrote {@code META-INF/avro} and {@code META-INF/json-schema}. */
  @Parameter(property = "eventschema.schemaDirectory",
      defaultValue = "${project.build.outputDirectory}")
  File schemaDirectory;

  /** Event (full or simple name) → topic, for the Topic(Record)NameStrategy. */
  @Parameter
  Map<String, String> topics;

  /** Event (full or simple name) → subject; wins over the strategy. */
  @Parameter
  Map<String, String> subjects;

  /**
   * TopicNameStrategy (default, {@code <topic>-value}), RecordNameStrategy ({@code <full name>})
   * or TopicRecordNameStrategy ({@code <topic>-<full name>}); Confluent's class names work too.
   */
  @Parameter(property = "eventschema.subjectNameStrategy", defaultValue = "TopicNameStrategy")
  String subjectNameStrategy;

  /** The schemas are the topics' keys: {@code <topic>-key}. */
  @Parameter(property = "eventschema.key", defaultValue = "false")
  boolean key;

  /** Only these events (full or simple names); all when empty. */
  @Parameter
  List<String> events;

  /** Only these schema types ({@code AVRO}, {@code JSON}); all found when empty. */
  @Parameter
  List<String> schemaTypes;

  /** The build's schemas, filtered by {@code events} and {@code schemaTypes}, with subjects. */
  Map<LocalSchema, String> schemasWithSubjects() {
    List<LocalSchema> all = LocalSchemas.read(schemaDirectory.toPath());
    Set<String> types = schemaTypes == null ? Set.of() : schemaTypes.stream()
        .map(t -> t.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    List<LocalSchema> chosen = all.stream()
        .filter(s -> events == null || events.isEmpty() || events.contains(s.fullName())
            || events.contains(s.simpleName()))
        .filter(s -> types.isEmpty() || types.contains(s.schemaType()))
        .toList();
    if (chosen.isEmpty()) {
      throw new PluginException("no event schemas in " + schemaDirectory + "/"
          + LocalSchemas.AVRO_FOLDER + " or " + LocalSchemas.JSON_FOLDER
          + (all.isEmpty() ? " (run the goal after compile, e.g. `mvn compile eventschema:"
              + goalName() + "`)" : " match <events>/<schemaTypes>"));
    }
    return new Subjects(subjects, topics, subjectNameStrategy, key).resolve(chosen);
  }

  abstract String goalName();
}
