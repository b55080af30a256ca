package io.eventschema.serde;

import io.eventschema.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The Kafka Streams {@link Serde} of every event: {@link EventsSerializer} and
 * {@link EventsDeserializer} together ({@code default.value.serde=io.eventschema.serde.EventsSerde}),
 * for topics that carry several event types or topologies that use many.
 */
public class EventsSerde implements Serde<Object> {
  private final EventsSerializer serializer;
  private final EventsDeserializer deserializer;

  /** The registry is the one {@code schema.registry.url} names. */
  public EventsSerde() {
    this(null);
  }

  /** Uses {@code registry} whatever the configuration says (tests, frameworks). */
  public EventsSerde(SchemaRegistryClient registry) {
    this.serializer = new EventsSerializer(registry);
    this.deserializer = new EventsDeserializer(registry);
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<Object> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<Object> deserializer() {
    return deserializer;
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
