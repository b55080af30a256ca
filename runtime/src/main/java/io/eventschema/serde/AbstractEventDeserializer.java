package io.eventschema.serde;

import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.validation.EventValidator;
import io.eventschema.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads events of any {@link EventFormat} in Confluent's wire format: takes the schema id from a
 * record header or the 5-byte prefix, fetches the writer's schema once per id and asks the format
 * for a reader of it, reads the event (which must take the whole payload), then validates it.
 * Avro's {@link EventDeserializer} and the JSON Schema deserializer are this class over their
 * format.
 *
 * <p>Every failure is an {@link EventSerializationException} that says topic, subject, schema id
 * and what was wrong. Thread-safe.
 */
public abstract class AbstractEventDeserializer<T> extends EventSerdeSupport<T>
    implements Deserializer<T> {
  private final Map<Integer, EventFormat.Reader<T>> readerById = new ConcurrentHashMap<>();
  private volatile Settings settings;
  /** The reader of the last schema id read: the hot path neither boxes the id nor looks it up. */
  private volatile LastReader<T> lastReader;

  private record LastReader<T>(Settings settings, int id, EventFormat.Reader<T> reader) {}

  private record Settings(SchemaRegistryClient client, boolean isKey,
      SubjectNameStrategy strategy, boolean validate, boolean readHeader) {}

  protected AbstractEventDeserializer(EventFormat<T> format, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(format, client, validator);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SerdeConfig config = new SerdeConfig(configs);
    format.configure(configs, isKey);
    settings = new Settings(client(config), isKey, config.subjectNameStrategy(isKey),
        config.getBoolean(SerdeConfig.VALIDATE_ON_DESERIALIZE), config.readsSchemaIdHeader(isKey));
    readerById.clear();
    lastReader = null;
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
    long located;
    try {
      located = RecordSchemaId.locate(data, headers, s.readHeader, s.isKey);
    } catch (EventFormat.MalformedPayloadException e) {
      throw new MalformedEventException(e.getMessage(), topic, s.isKey, subject(s, topic), null,
          null);
    }
    int id = RecordSchemaId.id(located);
    int start = RecordSchemaId.bodyStart(located);
    LastReader<T> last = lastReader;
    EventFormat.Reader<T> reader;
    if (last != null && last.id == id && last.settings == s) {
      reader = last.reader;
    } else {
      reader = reader(s, topic, id);
      lastReader = new LastReader<>(s, id, reader);
    }
    T value;
    try {
      value = reader.read(data, start, data.length - start, RecordSchemaId.prefixed(located));
    } catch (EventFormat.MalformedPayloadException e) {
      throw new MalformedEventException(e.getMessage(), topic, s.isKey, subject(s, topic), id,
          null);
    } catch (EventFormat.FieldReadException e) {
      Throwable cause = e.getCause();
      throw new MalformedEventException("payload is not a valid " + format.type().getSimpleName()
          + " at " + e.path() + " (" + cause.getMessage() + ")", topic, s.isKey,
          subject(s, topic), id, cause, e.path());
    } catch (IOException | RuntimeException e) {
      throw new MalformedEventException("payload is not a valid " + format.type().getSimpleName()
          + " (" + e.getMessage() + ")", topic, s.isKey, subject(s, topic), id, e);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // what the payload made us do: typed, with the error as cause (other Errors propagate)
      throw new MalformedEventException(exhausted(e, "a payload of " + data.length + " bytes"),
          topic, s.isKey, subject(s, topic), id, e);
    }
    if (s.validate) {
      List<Violation> violations;
      try {
        violations = validator.validate(value);
      } catch (StackOverflowError e) {
        throw new MalformedEventException("the " + format.type().getSimpleName() + " read is"
            + " nested too deeply to validate on this thread's stack; lower "
            + SerdeConfig.MAX_DEPTH, topic, s.isKey, subject(s, topic), id, e);
      }
      if (!violations.isEmpty()) {
        throw new EventValidationException(format.type().getSimpleName(), violations, false,
            topic, s.isKey, subject(s, topic), id);
      }
    }
    return value;
  }

  /** The subject, for error messages only: the hot path does not build it. */
  private String subject(Settings s, String topic) {
    return s.strategy.subject(topic, s.isKey, format.fullName());
  }

  private EventFormat.Reader<T> reader(Settings s, String topic, int id) {
    EventFormat.Reader<T> reader = readerById.get(id);
    if (reader instanceof Refused<T> refused) {
      // a writer schema that could not be used once cannot be used later: not parsed again
      throw new EventSerializationException(refused.reason, topic, s.isKey, subject(s, topic), id,
          null);
    }
    if (reader != null) {
      return reader;
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
    if (!format.schemaType().equals(writer.schemaType())) {
      String why = "the writer's schema is of type " + writer.schemaType() + ", not "
          + format.schemaType();
      readerById.put(id, new Refused<>(why));
      throw new EventSerializationException(why, topic, s.isKey, subject, id, null);
    }
    try {
      reader = format.readerFor(writer);
    } catch (IllegalArgumentException e) {
      readerById.put(id, new Refused<>(e.getMessage()));
      throw new EventSerializationException(e.getMessage(), topic, s.isKey, subject, id, e);
    }
    readerById.put(id, reader);
    return reader;
  }

  /**
   * A writer schema this deserializer cannot use (another format, invalid, too large,
   * incompatible): remembered per id, so a slow or bad schema costs once, not once per message.
   * A registry that could not be asked is not remembered: the next message asks again.
   */
  private static final class Refused<T> implements EventFormat.Reader<T> {
    final String reason;

    Refused(String reason) {
      this.reason = reason;
    }

    @Override
    public T read(byte[] data, int offset, int length) {
      throw new IllegalStateException(reason);
    }

    @Override
    public String kind() {
      return "refused";
    }
  }

  @Override
  public void close() {
    settings = null;
    super.close();
  }
}
