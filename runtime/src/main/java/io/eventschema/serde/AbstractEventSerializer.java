package io.eventschema.serde;

import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaIdHeaders;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.validation.EventValidator;
import io.eventschema.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes events of any {@link EventFormat} in Confluent's wire format: validated first, then
 * registered (or looked up) once per subject with the format's schema type, then encoded by the
 * format, with the schema id in the 5-byte prefix or in a record header. Avro's
 * {@link EventSerializer} and the JSON Schema serializer are this class over their format.
 *
 * <p>A rejected event throws an {@link EventSerializationException} and nothing is returned, so
 * nothing reaches the producer's buffer. Thread-safe: one instance serves every producer thread.
 */
public abstract class AbstractEventSerializer<T> extends EventSerdeSupport<T>
    implements Serializer<T> {
  private final Map<String, Integer> idBySubject = new ConcurrentHashMap<>();
  private volatile Settings settings;
  /** The last topic written, its subject and schema id: the hot path builds no subject string. */
  private volatile TopicId lastTopic;

  private record TopicId(Settings settings, String topic, String subject, int id) {}

  private record Settings(SerdeConfig config, SchemaRegistryClient client, boolean isKey,
      SubjectNameStrategy strategy, boolean validate, boolean idInHeader) {}

  protected AbstractEventSerializer(EventFormat<T> format, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(format, client, validator);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SerdeConfig config = new SerdeConfig(configs);
    format.configure(configs, isKey);
    settings = new Settings(config, client(config), isKey, config.subjectNameStrategy(isKey),
        config.getBoolean(SerdeConfig.VALIDATE_ON_SERIALIZE), config.schemaIdInHeader(isKey));
    idBySubject.clear();
    lastTopic = null;
  }

  @Override
  public byte[] serialize(String topic, T data) {
    return serialize(topic, null, data);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, T data) {
    if (data == null) {
      return null;
    }
    Settings s = settings;
    if (s == null) {
      throw notConfigured(topic);
    }
    if (s.validate) {
      List<Violation> violations;
      try {
        violations = validator.validate(data);
      } catch (StackOverflowError e) {
        throw new EventSerializationException("the " + format.type().getSimpleName()
            + " is nested too deeply to validate on this thread's stack (" + SerdeConfig.MAX_DEPTH
            + " bounds what is written)", topic, s.isKey,
            s.strategy.subject(topic, s.isKey, format.fullName()), null, e);
      }
      if (!violations.isEmpty()) {
        throw new EventValidationException(format.type().getSimpleName(), violations, true, topic,
            s.isKey, s.strategy.subject(topic, s.isKey, format.fullName()), null);
      }
    }
    TopicId t = lastTopic;
    if (t == null || t.settings != s || !t.topic.equals(topic)) {
      String subject = s.strategy.subject(topic, s.isKey, format.fullName());
      t = new TopicId(s, topic, subject, schemaId(s, topic, subject));
      lastTopic = t;
    }
    String subject = t.subject;
    int id = t.id;
    if (s.idInHeader && headers == null) {
      throw new EventSerializationException("the schema id goes in a record header ("
          + (s.isKey ? "key" : "value") + ".schema.id.serializer=HeaderSchemaIdSerializer)"
          + " but the caller passed no headers",
          topic, s.isKey, subject, id, null);
    }
    byte[] bytes;
    try {
      bytes = format.encode(data, id, !s.idInHeader);
    } catch (EventSerializationException e) {
      throw e;
    } catch (Exception e) {
      throw new EventSerializationException("could not encode " + format.type().getSimpleName()
          + ": " + e.getMessage(), topic, s.isKey, subject, id, e);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // what the value made us do: typed, with the error as cause (other Errors propagate)
      throw new EventSerializationException("could not encode " + format.type().getSimpleName()
          + ": " + exhausted(e, "the event"), topic, s.isKey, subject, id, e);
    }
    if (s.idInHeader) {
      // only once the event is encoded: a rejected event leaves the caller's headers as they were
      try {
        SchemaIdHeaders.write(headers, s.isKey, id);
      } catch (IllegalStateException e) {
        // Kafka's RecordHeaders once the record was sent: setReadOnly() makes add/remove throw
        throw new EventSerializationException("the record's headers are read-only (was the"
            + " record already sent?): cannot write header " + SchemaIdHeaders.name(s.isKey)
            + " (" + e.getMessage() + ")", topic, s.isKey, subject, id, e);
      }
    }
    return bytes;
  }

  private int schemaId(Settings s, String topic, String subject) {
    Integer cached = idBySubject.get(subject);
    if (cached != null) {
      return cached;
    }
    int id;
    try {
      id = resolveId(s, subject);
    } catch (SchemaRegistryException e) {
      throw new EventSerializationException("could not get a schema id for "
          + format.fullName() + ": " + e.getMessage(), topic, s.isKey, subject, null, e);
    }
    idBySubject.put(subject, id);
    return id;
  }

  private int resolveId(Settings s, String subject) {
    SerdeConfig c = s.config;
    boolean normalize = c.getBoolean(SerdeConfig.NORMALIZE_SCHEMAS);
    String type = format.schemaType();
    String text = format.schemaText();
    // Confluent's order: auto-registration wins over use.schema.id and use.latest.version
    if (c.getBoolean(SerdeConfig.AUTO_REGISTER_SCHEMAS)) {
      return s.client.register(subject, type, text, List.of(), normalize);
    }
    int useId = c.getInt(SerdeConfig.USE_SCHEMA_ID);
    if (useId >= 0) {
      if (c.getBoolean(SerdeConfig.ID_COMPATIBILITY_STRICT)) {
        requireSameLayout(s.client.schemaById(useId), "schema id " + useId,
            SerdeConfig.ID_COMPATIBILITY_STRICT);
      }
      return useId;
    }
    if (c.getBoolean(SerdeConfig.USE_LATEST_VERSION)) {
      RegisteredSchema latest = s.client.latestVersion(subject);
      if (c.getBoolean(SerdeConfig.LATEST_COMPATIBILITY_STRICT)) {
        requireSameLayout(latest, "latest version " + latest.version() + " (id "
            + latest.id() + ") of '" + subject + "'", SerdeConfig.LATEST_COMPATIBILITY_STRICT);
      }
      return latest.id();
    }
    return s.client.lookUp(subject, type, text, List.of(), normalize).id();
  }

  private void requireSameLayout(RegisteredSchema found, String what, String strictKey) {
    String difference;
    if (!format.schemaType().equals(found.schemaType())) {
      difference = "is a " + found.schemaType() + " schema, not " + format.schemaType();
    } else {
      difference = format.layoutDifference(found);
    }
    if (difference != null) {
      throw new SchemaRegistryException(0, 0, what + " " + difference + "; register this schema,"
          + " or set " + strictKey + "=false only if you know the layouts agree", null);
    }
  }

  @Override
  public void close() {
    settings = null;
    super.close();
  }
}
