package io.eventschema.serde;

import io.eventschema.registry.SchemaRegistryClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * Reads the serde index the processor writes next to each event's schema (one small resource per
 * event and format, keyed by what a writer schema names and by the record's binary class name:
 * {@code META-INF/eventschema/by-name/<schemaType>/<name>} (Avro: the record's full name; JSON
 * Schema: the schema's {@code title}; Protobuf: the message's full name),
 * {@code META-INF/eventschema/by-union/AVRO/<branch full name>} for each record of a sealed
 * event's Avro union, and {@code META-INF/eventschema/by-class/<schemaType>/<binary name>}), and
 * makes the generated
 * serializer or deserializer it names. Used once per event type by {@link EventsSerializer} and
 * {@link EventsDeserializer}, never per message.
 */
final class EventsIndex {
  static final String BY_NAME = "META-INF/eventschema/by-name/";
  static final String BY_CLASS = "META-INF/eventschema/by-class/";
  static final String BY_UNION = "META-INF/eventschema/by-union/";
  /** More entries than this for one name is not a class path the processor made. */
  private static final int MAX_ENTRIES = 64;
  /** An index entry is three short lines; anything longer is not one. */
  private static final int MAX_ENTRY_BYTES = 4096;

  /** One event's generated serdes in one format (binary class names). */
  record Entry(String path, String record, String serializer, String deserializer) {}

  private EventsIndex() {}

  /** The entry at {@code path} (the first on the class path), or null when there is none. */
  static Entry read(ClassLoader loader, String path) {
    try (InputStream in = loader.getResourceAsStream(path)) {
      return in == null ? null : parse(in, path);
    } catch (IOException e) {
      throw new IllegalStateException("could not read the serde index " + path + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Every entry for {@code path} on the class path, without repeats: one per jar or directory that
   * has it, and those at {@code path-2}, {@code path-3}, ..., where the processor puts the second
   * and later events of one name in one compilation.
   */
  static List<Entry> readAll(ClassLoader loader, String path) {
    List<Entry> out = new ArrayList<>();
    try {
      for (int n = 1; ; n++) {
        String at = n == 1 ? path : path + "-" + n;
        Enumeration<URL> urls = loader.getResources(at);
        if (!urls.hasMoreElements() && n > 1) {
          return out;
        }
        while (urls.hasMoreElements()) {
          if (out.size() == MAX_ENTRIES) {
            throw new IllegalStateException("over " + MAX_ENTRIES + " serde index entries for "
                + path + " on the class path");
          }
          try (InputStream in = urls.nextElement().openStream()) {
            Entry e = parse(in, at);
            // one jar twice on the class path names the same classes twice: one entry
            if (out.stream().noneMatch(o -> o.record().equals(e.record())
                && o.deserializer().equals(e.deserializer()))) {
              out.add(e);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not read the serde index " + path + ": "
          + e.getMessage(), e);
    }
  }

  private static Entry parse(InputStream in, String path) throws IOException {
    byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
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
