package io.eventschema.serde;

import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaIdHeaders;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;
import io.eventschema.validation.Violation;
import io.eventschema.wire.WireFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes events in Confluent's wire format: validated first, then registered (or looked up) once
 * per subject, then encoded by the generated codec. The generated {@code <Record>Serializer}
 * extends this class and only passes its codec.
 *
 * <p>A rejected event throws an {@link EventSerializationException} and nothing is returned, so
 * nothing reaches the producer's buffer. Thread-safe: one instance serves every producer thread.
 */
public abstract class EventSerializer<T> extends EventSerdeSupport<T>
    implements Serializer<T> {
  private static final int MAX_RETAINED_BUFFER = 1 << 20;
  private static final ThreadLocal<AvroOutput> OUTPUT = ThreadLocal.withInitial(AvroOutput::new);

  private final Map<String, Integer> idBySubject = new ConcurrentHashMap<>();
  private volatile Settings settings;
  /** The last topic written, its subject and schema id: the hot path builds no subject string. */
  private volatile TopicId lastTopic;

  private record TopicId(Settings settings, String topic, String subject, int id) {}

  private record Settings(SerdeConfig config, SchemaRegistryClient client, boolean isKey,
      SubjectNameStrategy strategy, boolean validate, boolean idInHeader) {}

  protected EventSerializer(EventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected EventSerializer(EventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected EventSerializer(EventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(codec, client, validator);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SerdeConfig config = new SerdeConfig(configs);
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
      List<Violation> violations = validator.validate(data);
      if (!violations.isEmpty()) {
        throw new EventValidationException(codec.type().getSimpleName(), violations, true, topic,
            s.isKey, s.strategy.subject(topic, s.isKey, codec.fullName()), null);
      }
    }
    TopicId t = lastTopic;
    if (t == null || t.settings != s || !t.topic.equals(topic)) {
      String subject = s.strategy.subject(topic, s.isKey, codec.fullName());
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
    AvroOutput out = OUTPUT.get();
    byte[] bytes;
    try {
      out.reset();
      if (!s.idInHeader) {
        out.writeRawByte(WireFormat.MAGIC_BYTE);
        out.writeRawIntBigEndian(id);
      }
      codec.encode(data, out);
      bytes = out.toByteArray();
    } catch (Exception e) {
      throw new EventSerializationException("could not encode " + codec.type().getSimpleName()
          + ": " + e.getMessage(), topic, s.isKey, subject, id, e);
    } finally {
      out.trim(MAX_RETAINED_BUFFER);
    }
    if (s.idInHeader) {
      // only once the event is encoded: a rejected event leaves the caller's headers as they were
      SchemaIdHeaders.write(headers, s.isKey, id);
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
          + codec.fullName() + ": " + e.getMessage(), topic, s.isKey, subject, null, e);
    }
    idBySubject.put(subject, id);
    return id;
  }

  private int resolveId(Settings s, String subject) {
    SerdeConfig c = s.config;
    boolean normalize = c.getBoolean(SerdeConfig.NORMALIZE_SCHEMAS);
    String text = codec.schema().toString();
    // Confluent's order: auto-registration wins over use.schema.id and use.latest.version
    if (c.getBoolean(SerdeConfig.AUTO_REGISTER_SCHEMAS)) {
      return s.client.register(subject, text, List.of(), normalize);
    }
    int useId = c.getInt(SerdeConfig.USE_SCHEMA_ID);
    if (useId >= 0) {
      if (c.getBoolean(SerdeConfig.ID_COMPATIBILITY_STRICT)) {
        requireSameBinary(s.client.schemaById(useId), subject, "schema id " + useId,
            "id.compatibility.strict");
      }
      return useId;
    }
    if (c.getBoolean(SerdeConfig.USE_LATEST_VERSION)) {
      RegisteredSchema latest = s.client.latestVersion(subject);
      if (c.getBoolean(SerdeConfig.LATEST_COMPATIBILITY_STRICT)) {
        requireSameBinary(latest, subject, "latest version " + latest.version() + " (id "
            + latest.id() + ") of '" + subject + "'", "latest.compatibility.strict");
      }
      return latest.id();
    }
    return s.client.lookUp(subject, text, List.of(), normalize).id();
  }

  private void requireSameBinary(RegisteredSchema found, String subject, String what,
      String strictKey) {
    Schema registered;
    try {
      registered = new Schema.Parser().parse(found.schema());
    } catch (RuntimeException e) {
      throw new SchemaRegistryException(0, 0, what + " is not a valid Avro schema: "
          + e.getMessage(), null, e);
    }
    if (SchemaNormalization.parsingFingerprint64(registered)
        != SchemaNormalization.parsingFingerprint64(codec.schema())) {
      throw new SchemaRegistryException(0, 0, what + " does not have the same binary layout as "
          + codec.fullName() + "'s schema; register this schema, or set " + strictKey
          + "=false only if you know the layouts agree", null);
    }
  }

  @Override
  public void close() {
    settings = null;
    super.close();
  }
}
