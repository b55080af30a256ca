package io.eventschema.serde;

import io.eventschema.registry.SchemaRegistryClient;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One serializer for every event, in every format:
 * {@code value.serializer=io.eventschema.serde.EventsSerializer} writes any {@code @Event} record
 * (or a record of a sealed {@code @Event} interface) with that event's generated serializer, as
 * Confluent's {@code KafkaAvroSerializer} does for every specific record: the same bytes,
 * subjects and validation. The generated serializer of a class is found once, through the index the
 * processor writes ({@code META-INF/eventschema/by-class/<schemaType>/<class>}; for a sealed
 * event's record, its interface's), made with the same configuration and registry client, and
 * kept: each message costs one map look-up, no reflection.
 *
 * <p>{@code eventschema.events.format} ({@code AVRO}, {@code JSON_SCHEMA}, {@code PROTOBUF}) picks
 * the format when an event has several (default: the first of Avro, JSON Schema, Protobuf the
 * event has). The generated JSON Schema and Protobuf serializers live in their modules; this class
 * loads them by name, so an Avro-only application carries neither. Every {@link SerdeConfig} key
 * applies to every event. A value that is not an event (no index entry for its class, its
 * interfaces or superclasses) is an {@link EventSerializationException} naming the class.
 * Thread-safe.
 */
public class EventsSerializer implements Serializer<Object> {
  private final RegistryClientSource clients;
  private final Map<Class<?>, AbstractEventSerializer<Object>> byClass = new ConcurrentHashMap<>();
  private volatile Settings settings;

  private record Settings(Map<String, ?> configs, boolean isKey, EventsConfig events,
      SchemaRegistryClient client) {}

  /** The registry is the one {@code schema.registry.url} names. */
  public EventsSerializer() {
    this(null);
  }

  /** Uses {@code registry} whatever the configuration says (tests, frameworks). */
  public EventsSerializer(SchemaRegistryClient registry) {
    this.clients = new RegistryClientSource(registry);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    EventsConfig events = new EventsConfig(configs);
    events.schemaTypes(); // a bad format fails here, not on the first send
    closeDelegates();
    settings = new Settings(new HashMap<>(configs), isKey, events,
        clients.client(new SerdeConfig(configs)));
  }

  @Override
  public byte[] serialize(String topic, Object data) {
    return serialize(topic, null, data);
  }

  @Override
  public byte[] serialize(String topic, Headers headers, Object data) {
    if (data == null) {
      return null;
    }
    AbstractEventSerializer<Object> delegate = byClass.get(data.getClass());
    if (delegate == null) {
      delegate = delegate(topic, data.getClass());
    }
    return delegate.serialize(topic, headers, data);
  }

  /** The generated serializer of {@code type}'s event, made and configured once. */
  AbstractEventSerializer<Object> delegate(String topic, Class<?> type) {
    Settings s = settings;
    if (s == null) {
      throw EventsIndex.notConfigured("EventsSerializer", topic);
    }
    return byClass.computeIfAbsent(type, t -> create(s, topic, t));
  }

  @SuppressWarnings("unchecked")
  private static AbstractEventSerializer<Object> create(Settings s, String topic, Class<?> type) {
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader()
        : EventsIndex.defaultLoader();
    List<String> schemaTypes = s.events.schemaTypes();
    for (Class<?> candidate : selfAndSupertypes(type)) {
      for (String schemaType : schemaTypes) {
        String path = EventsIndex.BY_CLASS + schemaType + "/" + candidate.getName();
        EventsIndex.Entry entry;
        AbstractEventSerializer<Object> serializer;
        try {
          entry = EventsIndex.read(loader, path);
          if (entry == null) {
            continue;
          }
          serializer = EventsIndex.instantiate(loader, entry.serializer(),
              AbstractEventSerializer.class, s.client, path);
        } catch (IllegalStateException e) {
          throw new EventSerializationException(e.getMessage(), topic, s.isKey, null, null, e);
        }
        serializer.configure(s.configs, s.isKey);
        return serializer;
      }
    }
    throw new EventSerializationException(type.getName() + " is not an event EventsSerializer"
        + " can write: no generated serializer for it in " + String.join(", ", schemaTypes)
        + " (an @Event record compiled with the eventschema processor has "
        + EventsIndex.BY_CLASS + schemaTypes.get(0) + "/" + type.getName() + ")",
        topic, s.isKey, null, null, null);
  }

  /** {@code type}, then its interfaces and superclasses, breadth first (sealed events). */
  private static List<Class<?>> selfAndSupertypes(Class<?> type) {
    Set<Class<?>> seen = new HashSet<>();
    List<Class<?>> order = new java.util.ArrayList<>();
    Deque<Class<?>> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      Class<?> c = queue.removeFirst();
      if (c == Object.class || c == Record.class || !seen.add(c)) {
        continue;
      }
      order.add(c);
      queue.addAll(List.of(c.getInterfaces()));
      if (c.getSuperclass() != null) {
        queue.add(c.getSuperclass());
      }
    }
    return order;
  }

  private void closeDelegates() {
    for (AbstractEventSerializer<Object> s : byClass.values()) {
      s.close();
    }
    byClass.clear();
    settings = null;
  }

  @Override
  public void close() {
    closeDelegates();
    clients.close();
  }
}
