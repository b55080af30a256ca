package io.eventschema.serde;

import io.eventschema.codec.EventCodec;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.validation.EventValidator;

/**
 * What {@link EventSerializer} and {@link EventDeserializer} share: the generated codec and
 * validator, and the registry client, either given (tests, frameworks: never closed here) or made
 * from the configuration (owned, closed on {@link #close()}).
 */
public abstract class EventSerdeSupport<T> implements AutoCloseable {
  final EventCodec<T> codec;
  final EventValidator<T> validator;
  private final SchemaRegistryClient presetClient;
  private volatile SchemaRegistryClient ownedClient;

  EventSerdeSupport(EventCodec<T> codec, SchemaRegistryClient presetClient,
      EventValidator<T> validator) {
    this.codec = codec;
    this.presetClient = presetClient;
    this.validator = validator;
  }

  /** The codec this serde reads or writes with. */
  public EventCodec<T> codec() {
    return codec;
  }

  /**
   * The registry client for {@code config}: the one given at construction, or a new one the
   * configuration names, which this serde owns until {@link #close()}.
   */
  final SchemaRegistryClient client(SerdeConfig config) {
    if (presetClient != null) {
      return presetClient;
    }
    SchemaRegistryClient client = RegistryClientConfig.createClient(config);
    ownedClient = client;
    return client;
  }

  /** The error for a serde used before {@code configure(...)}. */
  final EventSerializationException notConfigured(String topic) {
    return new EventSerializationException(getClass().getSimpleName()
        + " is not configured: call configure(props, isKey) with schema.registry.url set",
        topic, false, null, null, null);
  }

  /** Closes the registry client this serde made; idempotent. */
  @Override
  public void close() {
    SchemaRegistryClient client = ownedClient;
    ownedClient = null;
    if (client != null) {
      client.close();
    }
  }
}
