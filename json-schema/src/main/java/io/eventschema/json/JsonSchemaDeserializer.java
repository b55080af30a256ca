package io.eventschema.json;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.AbstractEventDeserializer;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;

/**
 * Reads events written in Confluent's JSON Schema wire format: takes the schema id from the header
 * or the prefix, checks that the id's schema is a JSON Schema, reads the JSON with the generated
 * {@link JsonEventCodec} by property name (so an older or newer writer's JSON reads as Avro's
 * resolution would: unknown properties skipped, missing optional ones defaulted), requires that
 * nothing but whitespace follows the event, then validates it. The generated
 * {@code <Record>JsonSchemaDeserializer} extends this class and passes its codec and validator.
 *
 * <p>Every failure is an {@link io.eventschema.serde.EventSerializationException} that says topic,
 * subject, schema id and, for bad JSON, the JSON path ({@code $.items[2].quantity}). Thread-safe.
 */
public abstract class JsonSchemaDeserializer<T> extends AbstractEventDeserializer<T> {

  protected JsonSchemaDeserializer(JsonEventCodec<T> codec) {
    this(codec, null);
  }

  /** For tests and frameworks: use {@code client} instead of the one the configuration names. */
  protected JsonSchemaDeserializer(JsonEventCodec<T> codec, SchemaRegistryClient client) {
    this(codec, client, BeanValidation.shared());
  }

  protected JsonSchemaDeserializer(JsonEventCodec<T> codec, SchemaRegistryClient client,
      EventValidator<T> validator) {
    super(new JsonSchemaFormat<>(codec), client, validator);
  }

  /** The codec this deserializer reads with. */
  public JsonEventCodec<T> codec() {
    return ((JsonSchemaFormat<T>) format()).codec();
  }
}
