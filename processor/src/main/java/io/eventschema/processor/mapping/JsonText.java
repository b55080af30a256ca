package io.eventschema.processor.mapping;

import io.eventschema.processor.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/**
 * JSON text written in annotations ({@code @AvroDefault}, {@code @AvroProp}): parsed with Avro's own
 * JSON reader into the tree {@link Json} prints. Defaults are checked by the Avro binding's
 * {@code AvroDefaults}: an {@code @AvroDefault} is Avro's JSON encoding of the value.
 */
final class JsonText {
  private JsonText() {}

  /** Thrown for text that is not JSON. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** The JSON tree of {@code text}. */
  static Object parse(String text) throws Invalid {
    Object parsed;
    try {
      parsed = Schema.parseJsonToObject(text);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String message = String.valueOf(cause.getMessage());
      int nl = message.indexOf('\n');
      throw new Invalid(nl < 0 ? message : message.substring(0, nl));
    }
    if (parsed == null) {
      throw new Invalid("no JSON value");
    }
    return tree(parsed);
  }

  private static Object tree(Object o) {
    if (o == null || o == JsonProperties.NULL_VALUE) {
      return Json.NULL;
    }
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), tree(v)));
      return out;
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(tree(v)));
      return out;
    }
    if (o instanceof byte[] b) {
      // Jackson hands binary back as bytes; Avro's JSON encoding of bytes is a string of code points
      StringBuilder sb = new StringBuilder();
      for (byte x : b) {
        sb.append((char) (x & 0xff));
      }
      return sb.toString();
    }
    return o;
  }

  /** {@code s} as a Java string literal, for messages that quote annotation values. */
  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
