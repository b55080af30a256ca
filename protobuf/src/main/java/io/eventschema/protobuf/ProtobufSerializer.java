package io.eventschema.protobuf;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.AbstractEventSerializer;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;

/**
 * Writes events in Confluent's Protobuf wire format ({@code 0x00}, the 4-byte schema id, the
 * message index {@code 0x00}, the message; or the id in the {@code __key_schema_id} /
 * {@code __value_schema_id} header and the message alone), the {@code .proto} registered with
 * schema type {@code PROTOBUF}: validated first, then registered (or looked up) once per subject,
 * then written by the generated {@link ProtobufEventCodec}. The generated
 * {@code <Record>ProtobufSerializer} extends this class and passes its codec and validator.
 *
 * <p>Settings: those of every format ({@link io.eventschema.serde.SerdeConfig}), the per-payload
 * bounds ({@link io.eventschema.codec.Limits}) included. Thread-safe: one instance serves every producer thread.
 */
public abstract class ProtobufSerializer<T> extends AbstractEventSerializer<T> {

  protected ProtobufSerializer(ProtobufEventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected ProtobufSerializer(ProtobufEventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected ProtobufSerializer(ProtobufEventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(new ProtobufFormat<>(codec), client, validator);
  }

  /** The codec this serializer writes with. */
  public ProtobufEventCodec<T> codec() {
    return ((ProtobufFormat<T>) format()).codec();
  }
}
