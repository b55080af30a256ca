package io.eventschema.serde;

import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;

/**
 * A serde's registry client: either given at construction (tests, frameworks: never closed here)
 * or made from the configuration, owned, and closed on {@link #close()} or when a new
 * configuration replaces it. Shared by every generated serde ({@link EventSerdeSupport}) and the
 * one-for-all {@link EventsSerializer} and {@link EventsDeserializer}.
 */
final class RegistryClientSource implements AutoCloseable {
  private final SchemaRegistryClient preset;
  private volatile SchemaRegistryClient owned;

  RegistryClientSource(SchemaRegistryClient preset) {
    this.preset = preset;
  }

  /**
   * The client for {@code config}: the one given, or a new one the configuration names (closing
   * the one an earlier configuration made).
   */
  synchronized SchemaRegistryClient client(SerdeConfig config) {
    if (preset != null) {
      return preset;
    }
    SchemaRegistryClient client = RegistryClientConfig.createClient(config);
    SchemaRegistryClient previous = owned;
    owned = client;
    if (previous != null) {
      previous.close();
    }
    return client;
  }

  /** Closes the client this source made; idempotent. */
  @Override
  public synchronized void close() {
    SchemaRegistryClient client = owned;
    owned = null;
    if (client != null) {
      client.close();
    }
  }
}
