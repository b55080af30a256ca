package io.eventschema.serde;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} of one event type in one format, for Kafka Streams. The generated
 * {@code <Record>Serde} (Avro) and {@code <Record>JsonSchemaSerde} extend this class and pass their
 * serializer and deserializer.
 */
public abstract class EventSerde<T> implements Serde<T> {
  private final AbstractEventSerializer<T> serializer;
  private final AbstractEventDeserializer<T> deserializer;

  protected EventSerde(AbstractEventSerializer<T> serializer,
      AbstractEventDeserializer<T> deserializer) {
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
