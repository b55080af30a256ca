package io.eventschema.processor.json;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small, deterministic JSON printer for schemas: objects keep insertion order, two-space indent,
 * and a value is printed on one line when it holds no record definition and fits in 80 columns.
 * Values are {@link Map} (insertion-ordered), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and {@link #NULL}.
 */
public final class Json {
  /** JSON's null (a Java null means "absent" in the maps built by the schema writer). */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final int WIDTH = 80;

  private Json() {}

  /** Pretty JSON text, ending with a newline; a value that defines an Avro record spans lines. */
  public static String pretty(Object value) {
    return pretty(value, Set.of("fields"));
  }

  /**
   * Pretty JSON text, ending with a newline; a value holding an object with one of
   * {@code multiLineKeys} always spans lines, others are put on one line when they fit.
   */
  public static String pretty(Object value, Set<String> multiLineKeys) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0, multiLineKeys);
    return sb.append('\n').toString();
  }

  /** Compact JSON text. */
  public static String compact(Object value) {
    StringBuilder sb = new StringBuilder();
    writeCompact(sb, value);
    return sb.toString();
  }

  private static boolean multiLine(Object value, Set<String> keys) {
    if (value instanceof Map<?, ?> m) {
      for (String k : keys) {
        if (m.containsKey(k)) {
          return true;
        }
      }
      for (Object v : m.values()) {
        if (multiLine(v, keys)) {
          return true;
        }
      }
    } else if (value instanceof List<?> l) {
      for (Object v : l) {
        if (multiLine(v, keys)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void write(StringBuilder sb, Object value, int indent, Set<String> keys) {
    if (!(value instanceof Map) && !(value instanceof List)) {
      writeCompact(sb, value);
      return;
    }
    String oneLine = compactSpaced(value);
    if (!multiLine(value, keys) && indent * 2 + oneLine.length() <= WIDTH) {
      sb.append(oneLine);
      return;
    }
    String pad = "  ".repeat(indent + 1);
    if (value instanceof Map<?, ?> m) {
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(pad);
        string(sb, (String) e.getKey());
        sb.append(": ");
        write(sb, e.getValue(), indent + 1, keys);
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      sb.append("  ".repeat(indent)).append('}');
    } else {
      List<?> l = (List<?>) value;
      sb.append("[\n");
      for (int i = 0; i < l.size(); i++) {
        sb.append(pad);
        write(sb, l.get(i), indent + 1, keys);
        sb.append(i + 1 < l.size() ? ",\n" : "\n");
      }
      sb.append("  ".repeat(indent)).append(']');
    }
  }

  /** One line, with a space after colons and commas. */
  private static String compactSpaced(Object value) {
    StringBuilder sb = new StringBuilder();
    if (value instanceof Map<?, ?> m) {
      sb.append('{');
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (i++ > 0) {
          sb.append(", ");
        }
        string(sb, (String) e.getKey());
        sb.append(": ").append(compactSpaced(e.getValue()));
      }
      sb.append('}');
    } else if (value instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(compactSpaced(l.get(i)));
      }
      sb.append(']');
    } else {
      writeCompact(sb, value);
    }
    return sb.toString();
  }

  private static void writeCompact(StringBuilder sb, Object value) {
    if (value instanceof Map<?, ?> m) {
      sb.append('{');
      int i = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (i++ > 0) {
          sb.append(',');
        }
        string(sb, (String) e.getKey());
        sb.append(':');
        writeCompact(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        writeCompact(sb, l.get(i));
      }
      sb.append(']');
    } else if (value instanceof String s) {
      string(sb, s);
    } else if (value == NULL) {
      sb.append("null");
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
