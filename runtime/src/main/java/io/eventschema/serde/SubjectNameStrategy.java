package io.eventschema.serde;

import org.apache.kafka.common.config.ConfigException;

/**
 * How a serde derives the registry subject of a topic's keys or values, with Confluent's three
 * strategies. Confluent's class names are accepted in configuration, so properties carry over.
 */
public enum SubjectNameStrategy {
  /** {@code <topic>-key} / {@code <topic>-value}: one event type per topic (the default). */
  TOPIC_NAME {
    @Override
    public String subject(String topic, boolean isKey, String recordFullName) {
      return topic + (isKey ? "-key" : "-value");
    }
  },
  /** {@code <record full name>}: the same event type on many topics, evolving together. */
  RECORD_NAME {
    @Override
    public String subject(String topic, boolean isKey, String recordFullName) {
      return recordFullName;
    }
  },
  /** {@code <topic>-<record full name>}: several event types on one topic. */
  TOPIC_RECORD_NAME {
    @Override
    public String subject(String topic, boolean isKey, String recordFullName) {
      return topic + "-" + recordFullName;
    }
  };

  /** The subject for {@code topic}. */
  public abstract String subject(String topic, boolean isKey, String recordFullName);

  /**
   * The strategy a configuration value names: a simple class name ({@code TopicNameStrategy}),
   * Confluent's class name ({@code io.confluent.kafka.serializers.subject.TopicNameStrategy}) or
   * the constant's name ({@code TOPIC_NAME}).
   */
  public static SubjectNameStrategy named(String key, String value) {
    String simple = value.substring(value.lastIndexOf('.') + 1).trim();
    switch (simple) {
      case "TopicNameStrategy":
      case "TOPIC_NAME":
        return TOPIC_NAME;
      case "RecordNameStrategy":
      case "RECORD_NAME":
        return RECORD_NAME;
      case "TopicRecordNameStrategy":
      case "TOPIC_RECORD_NAME":
        return TOPIC_RECORD_NAME;
      default:
        throw new ConfigException(key, value,
            "unknown subject name strategy; use TopicNameStrategy, RecordNameStrategy or"
                + " TopicRecordNameStrategy");
    }
  }
}
