package io.eventschema.serde;

import io.eventschema.registry.SchemaRegistryClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the serde index the processor writes next to each event's schema (one small resource per
 * event and format, keyed by the schema's full name and by the record's binary class name:
 * {@code META-INF/eventschema/by-name/<schemaType>/<full name>},
 * {@code META-INF/eventschema/by-class/<schemaType>/<binary name>}), and makes the generated
 * serializer or deserializer it names. Used once per event type by {@link EventsSerializer} and
 * {@link EventsDeserializer}, never per message.
 */
final class EventsIndex {
  static final String BY_NAME = "META-INF/eventschema/by-name/";
  static final String BY_CLASS = "META-INF/eventschema/by-class/";
  /** An index entry is three short lines; anything longer is not one. */
  private static final int MAX_ENTRY_BYTES = 4096;

  /** One event's generated serdes in one format (binary class names). */
  record Entry(String path, String record, String serializer, String deserializer) {}

  private EventsIndex() {}

  /** The entry at {@code path}, or null when there is none. */
  static Entry read(ClassLoader loader, String path) {
    byte[] bytes;
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
    } catch (IOException e) {
      throw new IllegalStateException("could not read the serde index " + path + ": "
          + e.getMessage(), e);
    }
    if (bytes.length > MAX_ENTRY_BYTES) {
      throw new IllegalStateException("the serde index " + path + " is over " + MAX_ENTRY_BYTES
          + " bytes: not written by the eventschema processor");
    }
    String record = null;
    String serializer = null;
    String deserializer = null;
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String value = line.substring(eq + 1).trim();
      switch (line.substring(0, eq).trim()) {
        case "record" -> record = value;
        case "serializer" -> serializer = value;
        case "deserializer" -> deserializer = value;
        default -> { }
      }
    }
    if (record == null || serializer == null || deserializer == null) {
      throw new IllegalStateException("the serde index " + path
          + " lacks record=, serializer= or deserializer=: not written by the eventschema"
          + " processor");
    }
    return new Entry(path, record, serializer, deserializer);
  }

  /**
   * A new instance of the generated serde {@code className}, through its
   * {@code (SchemaRegistryClient)} constructor; the one reflective call per event type.
   */
  static <S> S instantiate(ClassLoader loader, String className, Class<S> expected,
      SchemaRegistryClient client, String indexPath) {
    try {
      Class<?> type = Class.forName(className, true, loader);
      if (!expected.isAssignableFrom(type)) {
        throw new IllegalStateException(className + " (named by " + indexPath + ") is not a "
            + expected.getSimpleName());
      }
      return expected.cast(type.getConstructor(SchemaRegistryClient.class).newInstance(client));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(className + ", named by " + indexPath
          + ", is not on the class path", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("could not create " + className + ": "
          + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("could not create " + className + ": " + e, e);
    }
  }

  /** The error for an Events serde used before {@code configure(...)}. */
  static EventSerializationException notConfigured(String serde, String topic) {
    return new EventSerializationException(serde + " is not configured: call"
        + " configure(props, isKey) with schema.registry.url set", topic, false, null, null, null);
  }

  /** The thread's context class loader, else this library's. */
  static ClassLoader defaultLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : EventsIndex.class.getClassLoader();
  }
}
