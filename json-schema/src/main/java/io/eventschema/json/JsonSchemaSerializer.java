package io.eventschema.json;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.AbstractEventSerializer;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;

/**
 * Writes events as JSON in Confluent's JSON Schema wire format ({@code 0x00}, the 4-byte schema id,
 * UTF-8 JSON; or the id in the {@code __key_schema_id}/{@code __value_schema_id} header), the
 * schema registered with schema type {@code JSON}: validated first, then registered (or looked up)
 * once per subject, then written by the generated {@link JsonEventCodec}. The generated
 * {@code <Record>JsonSchemaSerializer} extends this class and passes its codec and validator.
 *
 * <p>Settings: those of every format ({@link io.eventschema.serde.SerdeConfig}) and
 * {@link JsonSchemaConfig}. Thread-safe: one instance serves every producer thread.
 */
public abstract class JsonSchemaSerializer<T> extends AbstractEventSerializer<T> {

  protected JsonSchemaSerializer(JsonEventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected JsonSchemaSerializer(JsonEventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected JsonSchemaSerializer(JsonEventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(new JsonSchemaFormat<>(codec), client, validator);
  }

  /** The codec this serializer writes with. */
  public JsonEventCodec<T> codec() {
    return ((JsonSchemaFormat<T>) format()).codec();
  }
}
