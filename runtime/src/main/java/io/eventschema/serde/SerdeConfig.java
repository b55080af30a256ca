package io.eventschema.serde;

import io.eventschema.codec.Limits;
import io.eventschema.registry.RegistryClientConfig;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The serdes' settings. Keys and defaults are Confluent's wherever Confluent has the setting, so
 * producer and consumer properties carry over unchanged; eventschema's own keys start with
 * {@code eventschema.}.
 */
public final class SerdeConfig extends AbstractConfig {
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
  public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
  public static final String USE_SCHEMA_ID = "use.schema.id";
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
  public static final String ID_COMPATIBILITY_STRICT = "id.compatibility.strict";
  public static final String KEY_SCHEMA_ID_SERIALIZER = "key.schema.id.serializer";
  public static final String VALUE_SCHEMA_ID_SERIALIZER = "value.schema.id.serializer";
  public static final String KEY_SCHEMA_ID_DESERIALIZER = "key.schema.id.deserializer";
  public static final String VALUE_SCHEMA_ID_DESERIALIZER = "value.schema.id.deserializer";
  public static final String VALIDATE_ON_SERIALIZE = "eventschema.validate.on.serialize";
  public static final String VALIDATE_ON_DESERIALIZE = "eventschema.validate.on.deserialize";
  public static final String MAX_ITEMS = Limits.MAX_ITEMS_CONFIG;
  public static final String MAX_DEPTH = Limits.MAX_DEPTH_CONFIG;
  public static final String MAX_SCHEMA_NAMED_TYPES = "eventschema.max.schema.named.types";
  /** Writer schemas with more named types than this are not parsed (Avro's parser is quadratic). */
  public static final int DEFAULT_MAX_SCHEMA_NAMED_TYPES = 1_000;

  private static final String TOPIC_NAME_STRATEGY =
      "io.confluent.kafka.serializers.subject.TopicNameStrategy";
  private static final String SCHEMA_ID_PACKAGE = "io.confluent.kafka.serializers.schema.id.";
  private static final String PREFIX_ID_SERIALIZER = SCHEMA_ID_PACKAGE + "PrefixSchemaIdSerializer";
  private static final String DUAL_ID_DESERIALIZER = SCHEMA_ID_PACKAGE + "DualSchemaIdDeserializer";

  /** Every key the serdes read, with its default and documentation. */
  public static final ConfigDef DEFINITION = RegistryClientConfig.define(new ConfigDef())
      .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
          "Register the event's schema under its subject on first use.")
      .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.MEDIUM,
          "Use the subject's latest registered version instead of registering; with"
              + " auto.register.schemas=false.")
      .define(LATEST_COMPATIBILITY_STRICT, Type.BOOLEAN, true, Importance.LOW,
          "With use.latest.version: require the latest version to write the same bytes as the"
              + " event's schema (equal Parsing Canonical Form).")
      .define(NORMALIZE_SCHEMAS, Type.BOOLEAN, false, Importance.LOW,
          "Ask the registry to normalize schemas when registering and looking up.")
      .define(USE_SCHEMA_ID, Type.INT, -1, Importance.LOW,
          "With auto.register.schemas=false: write this schema id instead of looking one up;"
              + " -1 to disable.")
      .define(ID_COMPATIBILITY_STRICT, Type.BOOLEAN, true, Importance.LOW,
          "With use.schema.id: require the schema with that id to write the same bytes as the"
              + " event's schema (equal Parsing Canonical Form).")
      .define(KEY_SCHEMA_ID_SERIALIZER, Type.STRING, PREFIX_ID_SERIALIZER, Importance.LOW,
          "Where keys carry their schema id: PrefixSchemaIdSerializer (the 5-byte payload"
              + " prefix) or HeaderSchemaIdSerializer (header __key_schema_id, 0x00 + 4-byte id;"
              + " the payload is the bare Avro body). Confluent's class names are accepted.")
      .define(VALUE_SCHEMA_ID_SERIALIZER, Type.STRING, PREFIX_ID_SERIALIZER, Importance.LOW,
          "Where values carry their schema id: PrefixSchemaIdSerializer or"
              + " HeaderSchemaIdSerializer (header __value_schema_id).")
      .define(KEY_SCHEMA_ID_DESERIALIZER, Type.STRING, DUAL_ID_DESERIALIZER, Importance.LOW,
          "Where key schema ids are read: DualSchemaIdDeserializer (the header if present, else"
              + " the payload prefix) or PrefixSchemaIdDeserializer (the prefix only).")
      .define(VALUE_SCHEMA_ID_DESERIALIZER, Type.STRING, DUAL_ID_DESERIALIZER, Importance.LOW,
          "Where value schema ids are read: DualSchemaIdDeserializer or"
              + " PrefixSchemaIdDeserializer.")
      .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.MEDIUM,
          "Subject of keys: TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy"
              + " (Confluent's class names are accepted).")
      .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.MEDIUM,
          "Subject of values: TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy"
              + " (Confluent's class names are accepted).")
      .define(VALIDATE_ON_SERIALIZE, Type.BOOLEAN, true, Importance.MEDIUM,
          "Validate each event's Bean Validation constraints before it is written; a violation"
              + " fails the send and writes nothing.")
      .define(VALIDATE_ON_DESERIALIZE, Type.BOOLEAN, true, Importance.MEDIUM,
          "Validate each event's Bean Validation constraints after it is read.")
      .define(MAX_ITEMS, Type.LONG, Limits.DEFAULT_MAX_ITEMS, Range.atLeast(0), Importance.LOW,
          "The most collection items (array elements and map entries, all blocks, all nesting"
              + " levels) one payload may declare; more is a MalformedEventException.")
      .define(MAX_DEPTH, Type.INT, Limits.DEFAULT_MAX_DEPTH, Range.atLeast(1), Importance.LOW,
          "The deepest records may nest below the event, on read (MalformedEventException) and"
              + " on write (EventSerializationException).")
      .define(MAX_SCHEMA_NAMED_TYPES, Type.INT, DEFAULT_MAX_SCHEMA_NAMED_TYPES,
          Range.atLeast(1), Importance.LOW,
          "The most named types (records, enums, fixed) a writer schema from the registry may"
              + " declare for the deserializer to parse it; more fails each message of that"
              + " schema id with an EventSerializationException.");

  public SerdeConfig(Map<String, ?> props) {
    super(DEFINITION, props, false);
  }

  /** The per-message work bounds this configuration sets. */
  public Limits limits() {
    return new Limits(getLong(MAX_ITEMS), getInt(MAX_DEPTH));
  }

  /** True when the serializer puts the schema id in a record header instead of the prefix. */
  public boolean schemaIdInHeader(boolean isKey) {
    String key = isKey ? KEY_SCHEMA_ID_SERIALIZER : VALUE_SCHEMA_ID_SERIALIZER;
    return simpleName(key, getString(key), "PrefixSchemaIdSerializer", "HeaderSchemaIdSerializer")
        .equals("HeaderSchemaIdSerializer");
  }

  /** True when the deserializer looks for a schema id header before the payload prefix. */
  public boolean readsSchemaIdHeader(boolean isKey) {
    String key = isKey ? KEY_SCHEMA_ID_DESERIALIZER : VALUE_SCHEMA_ID_DESERIALIZER;
    return simpleName(key, getString(key), "DualSchemaIdDeserializer",
        "PrefixSchemaIdDeserializer").equals("DualSchemaIdDeserializer");
  }

  private static String simpleName(String key, String value, String... accepted) {
    String simple = value.substring(value.lastIndexOf('.') + 1).trim();
    for (String a : accepted) {
      if (a.equals(simple)) {
        return a;
      }
    }
    throw new org.apache.kafka.common.config.ConfigException(key, value,
        "use " + String.join(" or ", accepted) + " (Confluent's class names are accepted)");
  }

  /** The subject name strategy for keys or values. */
  public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
    String key = isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY;
    return SubjectNameStrategy.named(key, getString(key));
  }
}
