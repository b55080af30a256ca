package io.eventschema.protobuf;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.AbstractEventDeserializer;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;

/**
 * Reads events written in Confluent's Protobuf wire format: takes the schema id from the header
 * or the prefix, checks that the id's schema is a {@code .proto} declaring the event's message,
 * reads the message index array and requires it to name that message, reads the message with the
 * generated {@link ProtobufEventCodec} by field number (fields a newer writer added are skipped,
 * those an older one lacks read as their defaults), then validates it. The generated
 * {@code <Record>ProtobufDeserializer} extends this class and passes its codec and validator.
 *
 * <p>Every failure is an {@link io.eventschema.serde.EventSerializationException} that says topic,
 * subject, schema id and, for a bad message, the field ({@code items[2].quantity}). Thread-safe.
 */
public abstract class ProtobufDeserializer<T> extends AbstractEventDeserializer<T> {

  protected ProtobufDeserializer(ProtobufEventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected ProtobufDeserializer(ProtobufEventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected ProtobufDeserializer(ProtobufEventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(new ProtobufFormat<>(codec), client, validator);
  }

  /** The codec this deserializer reads with. */
  public ProtobufEventCodec<T> codec() {
    return ((ProtobufFormat<T>) format()).codec();
  }
}
