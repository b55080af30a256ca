package io.eventschema.serde;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import io.eventschema.wire.ProtoMessages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * One deserializer for every event, in every format:
 * {@code value.deserializer=io.eventschema.serde.EventsDeserializer} reads each record into the
 * event its writer schema names, as Confluent's {@code KafkaAvroDeserializer} with
 * {@code specific.avro.reader=true} does. Per schema id, once, it fetches the writer schema and
 * takes the name it gives, by the registry's schema type (no configuration: one consumer may read
 * Avro, JSON Schema and Protobuf topics):
 *
 * <ul>
 *   <li>{@code AVRO}: a record's or enum's full name ({@code <namespace>.<Name>}); for a union (a
 *       sealed or {@code @AvroUnion} event), the full name of its first record, enum or fixed that
 *       such an event on the class path has (a union of no named type names no event);
 *   <li>{@code JSON}: the schema's {@code title} (the processor writes the event's name there);
 *   <li>{@code PROTOBUF}: the full name ({@code <package>.<Message>}) of the message the payload's
 *       message index array names (Confluent's wire format), decided once per id and array.
 * </ul>
 *
 * <p>It looks the name up in the index the processor writes
 * ({@code META-INF/eventschema/by-name/<schemaType>/<name>}, {@code by-union/AVRO/<branch>}), and
 * makes that event's generated deserializer with the same configuration and registry client; it
 * then reads (and validates) every record of that id, a sealed event's as the record that was
 * written. The generated deserializers live in the format modules: this class needs neither
 * Jackson's JSON Schema serdes nor protobuf-java unless a topic carries those formats.
 *
 * <p>{@code eventschema.events.packages} limits the events it may return to some packages (and
 * picks among events of one name in several jars). A writer schema no allowed event has is an
 * {@link EventSerializationException} naming the topic, subject, schema id and name, or for Avro
 * with {@code eventschema.events.unknown.schema=generic} a {@code GenericRecord} (not validated).
 * Every failure is an {@link EventSerializationException}. Thread-safe.
 */
public class EventsDeserializer implements Deserializer<Object> {
  private static final JsonFactory JSON = new JsonFactory();

  private final RegistryClientSource clients;
  /** How to read each schema id, decided once per id. */
  private final Map<Integer, Pick> byId = new ConcurrentHashMap<>();
  /** Per generated deserializer class: one instance serves every id of the event. */
  private final Map<String, AbstractEventDeserializer<?>> byClass = new ConcurrentHashMap<>();
  private volatile Settings settings;
  /** The pick of the last schema id read: a run of one id neither boxes it nor looks it up. */
  private volatile LastPick lastPick;

  private record LastPick(Settings settings, int id, Pick pick) {}

  private record Settings(Map<String, ?> configs, boolean isKey, EventsConfig events,
      SubjectNameStrategy strategy, boolean readHeader, SchemaRegistryClient client,
      ClassLoader loader) {}

  /** How the records of one writer schema are read. */
  private interface Pick {
    Object read(String topic, Headers headers, byte[] data, int bodyStart);
  }

  /** The registry is the one {@code schema.registry.url} names. */
  public EventsDeserializer() {
    this(null);
  }

  /** Uses {@code registry} whatever the configuration says (tests, frameworks). */
  public EventsDeserializer(SchemaRegistryClient registry) {
    this.clients = new RegistryClientSource(registry);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    EventsConfig events = new EventsConfig(configs);
    SerdeConfig serde = new SerdeConfig(configs);
    SubjectNameStrategy strategy = serde.subjectNameStrategy(isKey);
    boolean readHeader = serde.readsSchemaIdHeader(isKey);
    closeDelegates();
    settings = new Settings(new HashMap<>(configs), isKey, events, strategy, readHeader,
        clients.client(serde), EventsIndex.defaultLoader());
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
    long located;
    try {
      located = RecordSchemaId.locate(data, headers, s.readHeader, s.isKey);
    } catch (EventFormat.MalformedPayloadException e) {
      throw new MalformedEventException(e.getMessage(), topic, s.isKey, topicSubject(s, topic),
          null, null);
    }
    int id = RecordSchemaId.id(located);
    LastPick last = lastPick;
    Pick pick;
    if (last != null && last.id == id && last.settings == s) {
      pick = last.pick;
    } else {
      pick = byId.get(id);
      if (pick == null) {
        pick = pick(s, topic, id);
        byId.put(id, pick);
      }
      lastPick = new LastPick(s, id, pick);
    }
    return pick.read(topic, headers, data, RecordSchemaId.bodyStart(located));
  }

  /** The subject when it does not depend on the record's name, else null. */
  private static String topicSubject(Settings s, String topic) {
    return s.strategy == SubjectNameStrategy.TOPIC_NAME ? s.strategy.subject(topic, s.isKey, null)
        : null;
  }

  private Pick pick(Settings s, String topic, int id) {
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
    return switch (type) {
      case SchemaRegistryClient.AVRO -> avro(s, topic, id, writer);
      case SchemaRegistryClient.JSON -> json(s, topic, id, writer);
      case SchemaRegistryClient.PROTOBUF -> protobuf(s, topic, id, writer);
      default -> throw new EventSerializationException("the writer's schema is of type " + type
          + ", which EventsDeserializer does not read (AVRO, JSON, PROTOBUF)", topic, s.isKey,
          topicSubject(s, topic), id, null);
    };
  }

  private Pick avro(Settings s, String topic, int id, RegisteredSchema writer) {
    Schema avro;
    try {
      avro = new Schema.Parser().parse(writer.schema());
    } catch (RuntimeException e) {
      throw new EventSerializationException("the writer's schema is not a valid Avro schema: "
          + e.getMessage(), topic, s.isKey, topicSubject(s, topic), id, e);
    }
    if (avro.getType() == Schema.Type.RECORD || avro.getType() == Schema.Type.ENUM) {
      // a record event, or an enum event: its full name names it
      String fullName = avro.getFullName();
      return event(s, topic, id, EventsIndex.BY_NAME + "AVRO/" + fullName, fullName,
          s.strategy.subject(topic, s.isKey, fullName), avro);
    }
    if (avro.getType() == Schema.Type.UNION) {
      // a sealed event's union: its records name the event (by-union/AVRO/<record>); an
      // @AvroUnion event's named branches (records, enums, fixed types) name it alike
      List<String> records = new ArrayList<>();
      for (Schema branch : avro.getTypes()) {
        Schema.Type t = branch.getType();
        if (t == Schema.Type.RECORD || t == Schema.Type.ENUM || t == Schema.Type.FIXED) {
          records.add(branch.getFullName());
          String path = EventsIndex.BY_UNION + "AVRO/" + branch.getFullName();
          if (EventsIndex.read(s.loader, path) != null) {
            return event(s, topic, id, path, "the union of " + branch.getFullName(),
                topicSubject(s, topic), avro);
          }
        }
      }
      if (!records.isEmpty()) {
        return unknown(s, topic, id, topicSubject(s, topic), avro, "the union of "
            + String.join(", ", records), "no sealed or @AvroUnion @Event whose union has one of these types"
            + " is on the class path (no " + EventsIndex.BY_UNION + "AVRO/" + records.get(0) + ")");
      }
    }
    throw new EventSerializationException("the writer's schema is an Avro " + avro.getType()
        + ", which names no event; read this topic with the event's own generated"
        + " deserializer", topic, s.isKey, topicSubject(s, topic), id, null);
  }

  private Pick json(Settings s, String topic, int id, RegisteredSchema writer) {
    String title;
    try {
      title = jsonTitle(writer.schema());
    } catch (IOException e) {
      throw new EventSerializationException("the writer's schema is not valid JSON: "
          + e.getMessage(), topic, s.isKey, topicSubject(s, topic), id, e);
    }
    if (title == null || title.isEmpty() || title.contains("/")) {
      throw new EventSerializationException("the writer's JSON Schema has no usable title"
          + " (EventsDeserializer picks the event by it; the eventschema processor writes the"
          + " event's name there); read this topic with the event's own generated deserializer",
          topic, s.isKey, topicSubject(s, topic), id, null);
    }
    return event(s, topic, id, EventsIndex.BY_NAME + "JSON/" + title, "titled " + title,
        topicSubject(s, topic), null);
  }

  /** The top-level {@code title} of a JSON Schema, or null if it has none. */
  private static String jsonTitle(String schema) throws IOException {
    try (JsonParser p = JSON.createParser(schema)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("title") && value == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    }
  }

  private Pick protobuf(Settings s, String topic, int id, RegisteredSchema writer) {
    Map<List<Integer>, String> messages = ProtoMessages.of(writer.schema());
    if (messages.isEmpty()) {
      throw new EventSerializationException("the writer's schema declares no message (is it a"
          + " .proto?)", topic, s.isKey, topicSubject(s, topic), id, null);
    }
    return new ProtobufPick(s, id, messages);
  }

  /**
   * The messages of one writer {@code .proto}: the payload's message index array names the one
   * written ({@code [0]}, the single byte {@code 0x00}, the first; the only one when the id came
   * in a header). One pick per array, made once.
   */
  private final class ProtobufPick implements Pick {
    private final Settings s;
    private final int id;
    private final Map<List<Integer>, String> messages;
    private final Map<List<Integer>, Pick> byIndexes = new ConcurrentHashMap<>();
    private volatile Pick first;

    ProtobufPick(Settings s, int id, Map<List<Integer>, String> messages) {
      this.s = s;
      this.id = id;
      this.messages = messages;
    }

    @Override
    public Object read(String topic, Headers headers, byte[] data, int bodyStart) {
      // the id in a header: the payload is the message alone, the writer's first
      if (bodyStart == 0 || bodyStart >= data.length || data[bodyStart] == 0) {
        Pick p = first;
        if (p == null) {
          p = of(topic, List.of(0));
          first = p;
        }
        return p.read(topic, headers, data, bodyStart);
      }
      List<Integer> indexes;
      try {
        indexes = ProtoMessages.indexes(data, new int[] {bodyStart}, data.length);
      } catch (EventFormat.MalformedPayloadException e) {
        throw new MalformedEventException(e.getMessage(), topic, s.isKey, topicSubject(s, topic),
            id, null);
      }
      Pick p = byIndexes.get(indexes);
      if (p == null) {
        // bounded: only the arrays that name a message of the writer's .proto are kept
        p = of(topic, indexes);
        byIndexes.put(indexes, p);
      }
      return p.read(topic, headers, data, bodyStart);
    }

    private Pick of(String topic, List<Integer> indexes) {
      String name = messages.get(indexes);
      if (name == null) {
        throw new MalformedEventException("the payload's message indexes " + indexes
            + " name no message of the writer's .proto", topic, s.isKey, topicSubject(s, topic),
            id, null);
      }
      return event(s, topic, id, EventsIndex.BY_NAME + "PROTOBUF/" + name, name,
          s.strategy.subject(topic, s.isKey, name), null);
    }
  }

  /**
   * The generated deserializer of the one allowed event at {@code path}.
   *
   * @param name what the writer schema names, for messages
   * @param avro the Avro writer schema (for the generic option), or null for other formats
   */
  private Pick event(Settings s, String topic, int id, String path, String name, String subject,
      Schema avro) {
    List<EventsIndex.Entry> entries;
    try {
      entries = EventsIndex.readAll(s.loader, path);
    } catch (IllegalStateException e) {
      throw new EventSerializationException(e.getMessage(), topic, s.isKey, subject, id, e);
    }
    List<EventsIndex.Entry> allowed = new ArrayList<>();
    List<String> records = new ArrayList<>();
    for (EventsIndex.Entry e : entries) {
      records.add(e.record());
      if (s.events.allows(e.record())) {
        allowed.add(e);
      }
    }
    if (allowed.size() > 1) {
      List<String> names = new ArrayList<>();
      for (EventsIndex.Entry e : allowed) {
        names.add(e.record());
      }
      throw new EventSerializationException("several events match the writer schema " + name
          + ": " + String.join(", ", names) + "; set " + EventsConfig.PACKAGES + " to the"
          + " package of the one this application reads", topic, s.isKey, subject, id, null);
    }
    if (allowed.isEmpty()) {
      String why = records.isEmpty()
          ? "no @Event of that name is on the class path (no " + path + ")"
          : String.join(", ", records) + " is on the class path but not in "
              + EventsConfig.PACKAGES + "="
              + String.join(",", s.events.getList(EventsConfig.PACKAGES));
      return unknown(s, topic, id, subject, avro, name, why);
    }
    EventsIndex.Entry entry = allowed.get(0);
    AbstractEventDeserializer<?> known = byClass.get(entry.deserializer());
    if (known == null) {
      AbstractEventDeserializer<?> created;
      try {
        created = EventsIndex.instantiate(s.loader, entry.deserializer(),
            AbstractEventDeserializer.class, s.client, path);
      } catch (IllegalStateException e) {
        throw new EventSerializationException(e.getMessage(), topic, s.isKey, subject, id, e);
      }
      created.configure(s.configs, s.isKey);
      known = byClass.putIfAbsent(entry.deserializer(), created);
      if (known != null) {
        created.close();
      } else {
        known = created;
      }
    }
    AbstractEventDeserializer<?> delegate = known;
    return (t, headers, data, bodyStart) -> delegate.deserialize(t, headers, data);
  }

  /** A writer schema no allowed event has: an error, or for Avro by option the generic form. */
  private static Pick unknown(Settings s, String topic, int id, String subject, Schema avro,
      String name, String why) {
    if (avro != null && s.events.generic()) {
      return generic(s, avro, subject, id);
    }
    throw new EventSerializationException("no event for the writer schema " + name + ": " + why
        + (avro != null
            ? "; or set " + EventsConfig.UNKNOWN_SCHEMA + "=generic to read it as a GenericRecord"
            : ""), topic, s.isKey, subject, id, null);
  }

  /** Avro's generic form of one writer schema: the whole payload must be one datum. */
  private static Pick generic(Settings s, Schema writer, String subject, int id) {
    GenericDatumReader<Object> reader = new GenericDatumReader<>(writer);
    String name = writer.getType() == Schema.Type.RECORD ? writer.getFullName()
        : writer.getType().getName();
    return (topic, headers, data, start) -> {
      try {
        BinaryDecoder in = DecoderFactory.get().binaryDecoder(data, start, data.length - start,
            null);
        Object value = reader.read(null, in);
        if (!in.isEnd()) {
          throw new MalformedEventException("unexpected byte(s) after the " + name, topic,
              s.isKey, subject, id, null);
        }
        return value;
      } catch (MalformedEventException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new MalformedEventException("payload is not a valid " + name + " (" + e + ")",
            topic, s.isKey, subject, id, e);
      }
    };
  }

  private void closeDelegates() {
    for (AbstractEventDeserializer<?> d : byClass.values()) {
      d.close();
    }
    byClass.clear();
    byId.clear();
    lastPick = null;
    settings = null;
  }

  @Override
  public void close() {
    closeDelegates();
    clients.close();
  }
}
