package io.eventschema.serde;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.EventCodec;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaIdHeaders;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;
import io.eventschema.validation.Violation;
import io.eventschema.wire.WireFormat;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads events in Confluent's wire format: checks the header, fetches the writer's schema once per
 * id, decodes with the generated codec (resolving an older or newer writer schema when the id's
 * schema differs), checks that the payload holds exactly one event, then validates it. The
 * generated {@code <Record>Deserializer} extends this class and only passes its codec.
 *
 * <p>Every failure is an {@link EventSerializationException} that says topic, schema id and what
 * was wrong. Thread-safe.
 */
public abstract class EventDeserializer<T> extends EventSerdeSupport<T>
    implements Deserializer<T> {
  private static final ThreadLocal<AvroInput> INPUT = ThreadLocal.withInitial(AvroInput::new);

  private final Map<Integer, WriterPlan<T>> planById = new ConcurrentHashMap<>();
  private volatile Settings settings;
  /** The plan of the last schema id read: the hot path neither boxes the id nor looks it up. */
  private volatile LastPlan<T> lastPlan;

  private record LastPlan<T>(Settings settings, int id, WriterPlan<T> plan) {}

  private record Settings(SchemaRegistryClient client, boolean isKey,
      SubjectNameStrategy strategy, boolean validate, boolean readHeader) {}

  protected EventDeserializer(EventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected EventDeserializer(EventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected EventDeserializer(EventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(codec, client, validator);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SerdeConfig config = new SerdeConfig(configs);
    settings = new Settings(client(config), isKey, config.subjectNameStrategy(isKey),
        config.getBoolean(SerdeConfig.VALIDATE_ON_DESERIALIZE), config.readsSchemaIdHeader(isKey));
    planById.clear();
    lastPlan = null;
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    return deserialize(topic, null, data);
  }

  @Override
  public T deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    Settings s = settings;
    if (s == null) {
      throw notConfigured(topic);
    }
    Integer headerId;
    try {
      headerId = s.readHeader ? SchemaIdHeaders.read(headers, s.isKey) : null;
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException(e.getMessage(), topic, s.isKey, subject(s, topic), null,
          e);
    }
    int id;
    int start;
    if (headerId != null) {
      id = headerId;
      start = 0;
    } else {
      String problem = WireFormat.headerProblem(data, 0, data.length);
      if (problem != null) {
        throw new MalformedEventException(problem, topic, s.isKey, subject(s, topic), null, null);
      }
      id = WireFormat.schemaId(data, 0);
      start = WireFormat.HEADER_SIZE;
    }
    LastPlan<T> last = lastPlan;
    WriterPlan<T> plan;
    if (last != null && last.id == id && last.settings == s) {
      plan = last.plan;
    } else {
      plan = plan(s, topic, id);
      lastPlan = new LastPlan<>(s, id, plan);
    }
    AvroInput in = INPUT.get().reset(data, start, data.length - start);
    T value;
    try {
      value = plan.read(in);
    } catch (IOException | RuntimeException e) {
      throw new MalformedEventException("payload is not a valid " + codec.type().getSimpleName()
          + " (" + e.getMessage() + ")", topic, s.isKey, subject(s, topic), id, e);
    }
    if (!in.isEnd()) {
      throw new MalformedEventException(in.remainingBytes() + " unexpected byte(s) after the "
          + codec.type().getSimpleName() + " that ends at body byte " + in.position(), topic,
          s.isKey, subject(s, topic), id, null);
    }
    if (s.validate) {
      List<Violation> violations = validator.validate(value);
      if (!violations.isEmpty()) {
        throw new EventValidationException(codec.type().getSimpleName(), violations, false, topic,
            s.isKey, subject(s, topic), id);
      }
    }
    return value;
  }

  /** The subject, for error messages only: the hot path does not build it. */
  private String subject(Settings s, String topic) {
    return s.strategy.subject(topic, s.isKey, codec.fullName());
  }

  private WriterPlan<T> plan(Settings s, String topic, int id) {
    WriterPlan<T> plan = planById.get(id);
    if (plan != null) {
      return plan;
    }
    String subject = subject(s, topic);
    RegisteredSchema writer;
    try {
      writer = s.client.schemaById(id);
    } catch (SchemaRegistryException e) {
      String what = e.isNotFound()
          ? "schema id " + id + " is unknown to the registry"
          : "could not fetch the writer's schema";
      throw new EventSerializationException(what + ": " + e.getMessage(), topic, s.isKey, subject,
          id, e);
    }
    try {
      plan = WriterPlan.forWriter(codec, writer);
    } catch (IllegalArgumentException e) {
      throw new EventSerializationException(e.getMessage(), topic, s.isKey, subject, id, e);
    }
    planById.put(id, plan);
    return plan;
  }

  @Override
  public void close() {
    settings = null;
    super.close();
  }
}
