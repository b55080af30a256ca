package io.eventschema.serde;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} of one event type, for Kafka Streams. The generated {@code <Record>Serde}
 * extends this class and passes its serializer and deserializer.
 */
public abstract class EventSerde<T> implements Serde<T> {
  private final EventSerializer<T> serializer;
  private final EventDeserializer<T> deserializer;

  protected EventSerde(EventSerializer<T> serializer, EventDeserializer<T> deserializer) {
    this.serializer = serializer;
    this.deserializer = deserializer;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
