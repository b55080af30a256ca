package io.eventschema.maven;

import io.eventschema.serde.SubjectNameStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * Which registry subject each event's schema goes under, as the generated serdes would choose it:
 * an explicit {@code subjects} entry (event → subject) wins; else the subject name strategy
 * (Confluent's TopicNameStrategy by default, over the {@code topics} mapping event → topic).
 * Events are named by full name or, when that is unambiguous, by simple name.
 */
final class Subjects {
  private final Map<String, String> subjects;
  private final Map<String, String> topics;
  private final SubjectNameStrategy strategy;
  private final boolean key;

  Subjects(Map<String, String> subjects, Map<String, String> topics, String strategy,
      boolean key) {
    this.subjects = subjects == null ? Map.of() : subjects;
    this.topics = topics == null ? Map.of() : topics;
    try {
      this.strategy = SubjectNameStrategy.named("subjectNameStrategy",
          strategy == null || strategy.isBlank() ? "TopicNameStrategy" : strategy);
    } catch (ConfigException e) {
      throw new PluginException(e.getMessage(), e);
    }
    this.key = key;
  }

  /**
   * The subject of every schema, in order.
   *
   * @throws PluginException naming every event without a topic or subject, and every subject two
   *     schemas would share
   */
  Map<LocalSchema, String> resolve(List<LocalSchema> schemas) {
    Map<LocalSchema, String> result = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    Map<String, LocalSchema> bySubject = new LinkedHashMap<>();
    List<String> clashes = new ArrayList<>();
    for (LocalSchema schema : schemas) {
      String subject = subjectOf(schema);
      if (subject == null) {
        missing.add(schema.fullName());
        continue;
      }
      LocalSchema other = bySubject.putIfAbsent(subject, schema);
      if (other != null) {
        clashes.add(subject + " (" + other.label() + " and " + schema.label() + ")");
      }
      result.put(schema, subject);
    }
    if (!missing.isEmpty()) {
      throw new PluginException("no topic for " + String.join(", ", missing)
          + ": map each event to its topic (<topics><" + missing.get(0)
          + ">orders</" + missing.get(0) + "></topics>), give its subject (<subjects>), or set"
          + " <subjectNameStrategy>RecordNameStrategy</subjectNameStrategy>");
    }
    if (!clashes.isEmpty()) {
      throw new PluginException("two schemas would go under one subject: "
          + String.join("; ", clashes) + ". Give each its own with <subjects>, or list the"
          + " formats to register with <schemaTypes>");
    }
    return result;
  }

  private String subjectOf(LocalSchema schema) {
    String explicit = lookUp(subjects, schema);
    if (explicit != null) {
      return explicit;
    }
    if (strategy == SubjectNameStrategy.RECORD_NAME) {
      return strategy.subject(null, key, schema.fullName());
    }
    String topic = lookUp(topics, schema);
    return topic == null ? null : strategy.subject(topic, key, schema.fullName());
  }

  private static String lookUp(Map<String, String> map, LocalSchema schema) {
    String value = map.get(schema.fullName());
    if (value == null) {
      value = map.get(schema.simpleName());
    }
    return value == null || value.isBlank() ? null : value.trim();
  }
}
