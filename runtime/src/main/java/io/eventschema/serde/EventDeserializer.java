package io.eventschema.serde;

import io.eventschema.codec.EventCodec;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;

/**
 * Reads events written as Avro in Confluent's wire format: checks the header, fetches the writer's
 * schema once per id, decodes with the generated codec (resolving an older or newer writer schema
 * when the id's schema differs), checks that the payload holds exactly one event, then validates
 * it. The generated {@code <Record>Deserializer} extends this class and only passes its codec (and
 * validator).
 *
 * <p>Every failure is an {@link EventSerializationException} that says topic, schema id and what
 * was wrong. Thread-safe. What is not Avro's is in {@link AbstractEventDeserializer}.
 */
public abstract class EventDeserializer<T> extends AbstractEventDeserializer<T> {

  protected EventDeserializer(EventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected EventDeserializer(EventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected EventDeserializer(EventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(new AvroFormat<>(codec), client, validator);
  }

  /** The codec this deserializer reads with. */
  public EventCodec<T> codec() {
    return ((AvroFormat<T>) format).codec();
  }
}
