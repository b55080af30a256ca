package io.eventschema.serde;

import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.validation.EventValidator;

/**
 * What every serializer and deserializer shares, whatever the format: the {@link EventFormat} and
 * the generated validator, and the registry client, either given (tests, frameworks: never closed
 * here) or made from the configuration (owned, closed on {@link #close()}): a
 * {@link RegistryClientSource}.
 */
public abstract class EventSerdeSupport<T> implements AutoCloseable {
  final EventFormat<T> format;
  final EventValidator<T> validator;
  private final RegistryClientSource clients;

  EventSerdeSupport(EventFormat<T> format, SchemaRegistryClient presetClient,
      EventValidator<T> validator) {
    this.format = format;
    this.clients = new RegistryClientSource(presetClient);
    this.validator = validator;
  }

  /** The format this serde reads or writes. */
  public EventFormat<T> format() {
    return format;
  }

  /**
   * The registry client for {@code config}: the one given at construction, or a new one the
   * configuration names, which this serde owns until {@link #close()} (or the next
   * configuration).
   */
  final SchemaRegistryClient client(SerdeConfig config) {
    return clients.client(config);
  }

  /** The error for a serde used before {@code configure(...)}. */
  final EventSerializationException notConfigured(String topic) {
    return new EventSerializationException(getClass().getSimpleName()
        + " is not configured: call configure(props, isKey) with schema.registry.url set",
        topic, false, null, null, null);
  }

  /**
   * What to say when encoding or decoding one event exhausted the thread's stack or the heap:
   * the event caused it (its nesting or size), so the caller gets a typed exception with the
   * error as its cause; every other {@link Error} propagates as it is.
   */
  static String exhausted(VirtualMachineError e, String what) {
    if (e instanceof StackOverflowError) {
      return what + " nests deeper than this thread's stack holds; lower " + SerdeConfig.MAX_DEPTH
          + " or give the thread a larger stack";
    }
    return "ran out of memory on " + what + " (" + e.getMessage() + "); lower "
        + SerdeConfig.MAX_ITEMS + " or give the JVM more heap";
  }

  /** Closes the registry client this serde made; idempotent. */
  @Override
  public void close() {
    clients.close();
  }
}
