package io.eventschema.serde;

import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaIdHeaders;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.wire.WireFormat;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * One deserializer for every event: {@code value.deserializer=io.eventschema.serde.EventsDeserializer}
 * reads each record into the event its writer schema names, as Confluent's
 * {@code KafkaAvroDeserializer} with {@code specific.avro.reader=true} does. Per schema id, once:
 * the writer schema is fetched, its full name ({@code <namespace>.<Name>}) looked up in the index
 * the processor writes ({@code META-INF/eventschema/by-name/<schemaType>/<full name>}), and that
 * event's generated deserializer made with the same configuration and registry client; it then
 * reads (and validates) every record of that id.
 *
 * <p>{@code eventschema.events.packages} limits the events it may return to some packages. A
 * writer schema no allowed event has is an {@link EventSerializationException} naming the topic,
 * subject, schema id and full name, or with {@code eventschema.events.unknown.schema=generic} an
 * Avro {@code GenericRecord} (not validated). Every failure is an
 * {@link EventSerializationException}. Thread-safe.
 */
public class EventsDeserializer implements Deserializer<Object> {
  private final SchemaRegistryClient presetClient;
  private final Map<Integer, Deserializer<?>> byId = new ConcurrentHashMap<>();
  /** Per full name and schema type: one generated deserializer serves every id of the event. */
  private final Map<String, AbstractEventDeserializer<?>> byName = new ConcurrentHashMap<>();
  private volatile Settings settings;

  private record Settings(Map<String, ?> configs, boolean isKey, EventsConfig events,
      SubjectNameStrategy strategy, boolean readHeader, SchemaRegistryClient client,
      boolean ownsClient, ClassLoader loader) {}

  /** The registry is the one {@code schema.registry.url} names. */
  public EventsDeserializer() {
    this(null);
  }

  /** Uses {@code registry} whatever the configuration says (tests, frameworks). */
  public EventsDeserializer(SchemaRegistryClient registry) {
    this.presetClient = registry;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    EventsConfig events = new EventsConfig(configs);
    SerdeConfig serde = new SerdeConfig(configs);
    SubjectNameStrategy strategy = serde.subjectNameStrategy(isKey);
    boolean readHeader = serde.readsSchemaIdHeader(isKey);
    closeAll();
    SchemaRegistryClient client = presetClient != null ? presetClient
        : RegistryClientConfig.createClient(serde);
    settings = new Settings(new HashMap<>(configs), isKey, events, strategy, readHeader, client,
        presetClient == null, EventsIndex.defaultLoader());
  }

  @Override
  public Object deserialize(String topic, byte[] data) {
    return deserialize(topic, null, data);
  }

  @Override
  public Object deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    Settings s = settings;
    if (s == null) {
      throw EventsIndex.notConfigured("EventsDeserializer", topic);
    }
    int id = schemaId(s, topic, headers, data);
    Deserializer<?> delegate = byId.get(id);
    if (delegate == null) {
      delegate = delegate(s, topic, id);
      byId.put(id, delegate);
    }
    return delegate.deserialize(topic, headers, data);
  }

  /** The id from the schema id header (if read and present), else from the 5-byte prefix. */
  private static int schemaId(Settings s, String topic, Headers headers, byte[] data) {
    Integer headerId;
    try {
      headerId = s.readHeader ? SchemaIdHeaders.read(headers, s.isKey) : null;
    } catch (IllegalArgumentException e) {
      throw new MalformedEventException(e.getMessage(), topic, s.isKey, topicSubject(s, topic),
          null, e);
    }
    if (headerId != null) {
      return headerId;
    }
    String problem = WireFormat.headerProblem(data, 0, data.length);
    if (problem != null) {
      throw new MalformedEventException(problem, topic, s.isKey, topicSubject(s, topic), null,
          null);
    }
    return WireFormat.schemaId(data, 0);
  }

  /** The subject when it does not depend on the record's name, else null. */
  private static String topicSubject(Settings s, String topic) {
    return s.strategy == SubjectNameStrategy.TOPIC_NAME ? s.strategy.subject(topic, s.isKey, null)
        : null;
  }

  private Deserializer<?> delegate(Settings s, String topic, int id) {
    RegisteredSchema writer;
    try {
      writer = s.client.schemaById(id);
    } catch (SchemaRegistryException e) {
      String what = e.isNotFound()
          ? "schema id " + id + " is unknown to the registry"
          : "could not fetch the writer's schema";
      throw new EventSerializationException(what + ": " + e.getMessage(), topic, s.isKey,
          topicSubject(s, topic), id, e);
    }
    String type = writer.schemaType();
    Schema avro = null;
    String fullName;
    if (SchemaRegistryClient.AVRO.equals(type)) {
      try {
        avro = new Schema.Parser().parse(writer.schema());
      } catch (RuntimeException e) {
        throw new EventSerializationException("the writer's schema is not a valid Avro schema: "
            + e.getMessage(), topic, s.isKey, topicSubject(s, topic), id, e);
      }
      if (avro.getType() != Schema.Type.RECORD) {
        throw new EventSerializationException("the writer's schema is an Avro " + avro.getType()
            + ", which names no event; read this topic with the event's own generated"
            + " deserializer", topic, s.isKey, topicSubject(s, topic), id, null);
      }
      fullName = avro.getFullName();
    } else {
      throw new EventSerializationException("EventsDeserializer picks the event by the writer"
          + " schema's full name, which a " + type + " schema does not carry; use the event's"
          + " generated deserializer for this topic", topic, s.isKey, topicSubject(s, topic),
          id, null);
    }
    String subject = s.strategy.subject(topic, s.isKey, fullName);
    String key = type + "/" + fullName;
    AbstractEventDeserializer<?> known = byName.get(key);
    if (known != null) {
      return known;
    }
    String path = EventsIndex.BY_NAME + key;
    EventsIndex.Entry entry;
    try {
      entry = EventsIndex.read(s.loader, path);
    } catch (IllegalStateException e) {
      throw new EventSerializationException(e.getMessage(), topic, s.isKey, subject, id, e);
    }
    String refused = null;
    if (entry != null && !s.events.allows(entry.record())) {
      refused = entry.record() + " is on the class path but not in "
          + EventsConfig.PACKAGES + "=" + String.join(",", s.events.getList(EventsConfig.PACKAGES));
      entry = null;
    }
    if (entry == null) {
      if (s.events.generic()) {
        return generic(s, avro, subject, id);
      }
      throw new EventSerializationException("no event for the writer schema "
          + fullName + ": " + (refused != null ? refused
              : "no @Event record of that full name is on the class path (no " + path + ")")
          + "; or set " + EventsConfig.UNKNOWN_SCHEMA + "=generic to read it as a GenericRecord",
          topic, s.isKey, subject, id, null);
    }
    AbstractEventDeserializer<?> created;
    try {
      created = EventsIndex.instantiate(s.loader, entry.deserializer(),
          AbstractEventDeserializer.class, s.client, path);
    } catch (IllegalStateException e) {
      throw new EventSerializationException(e.getMessage(), topic, s.isKey, subject, id, e);
    }
    created.configure(s.configs, s.isKey);
    AbstractEventDeserializer<?> raced = byName.putIfAbsent(key, created);
    if (raced != null) {
      created.close();
      return raced;
    }
    return created;
  }

  /** Avro's generic form of one writer schema: the whole payload must be one datum. */
  private static Deserializer<Object> generic(Settings s, Schema writer, String subject,
      int id) {
    GenericDatumReader<Object> reader = new GenericDatumReader<>(writer);
    return new Deserializer<>() {
      @Override
      public Object deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
      }

      @Override
      public Object deserialize(String topic, Headers headers, byte[] data) {
        try {
          // the id was read already: this only finds where the body starts
          boolean header = s.readHeader && SchemaIdHeaders.read(headers, s.isKey) != null;
          int start = header ? 0 : WireFormat.HEADER_SIZE;
          BinaryDecoder in = DecoderFactory.get().binaryDecoder(data, start,
              data.length - start, null);
          Object value = reader.read(null, in);
          if (!in.isEnd()) {
            throw new MalformedEventException("unexpected byte(s) after the "
                + writer.getFullName(), topic, s.isKey, subject, id, null);
          }
          return value;
        } catch (IOException | RuntimeException e) {
          if (e instanceof MalformedEventException m) {
            throw m;
          }
          throw new MalformedEventException("payload is not a valid " + writer.getFullName()
              + " (" + e + ")", topic, s.isKey, subject, id, e);
        }
      }
    };
  }

  private void closeAll() {
    for (AbstractEventDeserializer<?> d : byName.values()) {
      d.close();
    }
    byName.clear();
    byId.clear();
    Settings s = settings;
    settings = null;
    if (s != null && s.ownsClient) {
      s.client.close();
    }
  }

  @Override
  public void close() {
    closeAll();
  }
}
