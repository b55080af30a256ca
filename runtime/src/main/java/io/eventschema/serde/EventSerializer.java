package io.eventschema.serde;

import io.eventschema.codec.EventCodec;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;

/**
 * Writes events as Avro in Confluent's wire format: validated first, then registered (or looked
 * up) once per subject, then encoded by the generated codec. The generated
 * {@code <Record>Serializer} extends this class and only passes its codec (and validator).
 *
 * <p>A rejected event throws an {@link EventSerializationException} and nothing is returned, so
 * nothing reaches the producer's buffer. Thread-safe: one instance serves every producer thread.
 * What is not Avro's is in {@link AbstractEventSerializer}.
 */
public abstract class EventSerializer<T> extends AbstractEventSerializer<T> {

  protected EventSerializer(EventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected EventSerializer(EventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected EventSerializer(EventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(new AvroFormat<>(codec), client, validator);
  }

  /** The codec this serializer writes with. */
  public EventCodec<T> codec() {
    return ((AvroFormat<T>) format).codec();
  }
}
