package io.eventschema.wire;

import io.eventschema.serde.EventFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages a {@code .proto} text declares, by Confluent message index (the path of positions:
 * {@code [1]} the second top-level message, {@code [0, 2]} the third message nested in the first):
 * what the deserializer needs to know which message a payload's index array names. A scanner of
 * the text's tokens (comments and strings skipped, braces counted), not a full parser: the
 * registry has already parsed the schema. Also reads the index array of a payload in Confluent's
 * Protobuf wire format. In the runtime (not the Protobuf module) because
 * {@code io.eventschema.serde.EventsDeserializer} picks the event of a Protobuf payload by the
 * message its index array names, without protobuf-java on the class path.
 */
public final class ProtoMessages {
  /** Index arrays longer than this are refused (message nesting is never that deep). */
  public static final int MAX_INDEXES = 100;

  private ProtoMessages() {}

  /** Full names ({@code package.Outer.Inner}) by message index path, in declaration order. */
  public static Map<List<Integer>, String> of(String text) {
    List<String> tokens = tokens(text);
    Map<List<Integer>, String> out = new LinkedHashMap<>();
    String pkg = "";
    // per open brace: the message path it opens (null for other blocks) and its child count
    List<List<Integer>> scopes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<int[]> children = new ArrayList<>();
    int[] topLevel = {0};
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("package") && scopes.isEmpty() && i + 1 < tokens.size()) {
        pkg = tokens.get(i + 1);
      } else if (t.equals("message") && i + 2 < tokens.size() && tokens.get(i + 2).equals("{")
          && insideMessagesOnly(scopes)) {
        int[] counter = scopes.isEmpty() ? topLevel : children.get(children.size() - 1);
        List<Integer> path = new ArrayList<>(scopes.isEmpty() ? List.of()
            : scopes.get(scopes.size() - 1));
        path.add(counter[0]++);
        StringBuilder name = new StringBuilder(pkg.isEmpty() ? "" : pkg + ".");
        for (String n : names) {
          name.append(n).append('.');
        }
        name.append(tokens.get(i + 1));
        out.put(List.copyOf(path), name.toString());
        scopes.add(path);
        names.add(tokens.get(i + 1));
        children.add(new int[] {0});
        i += 2;
      } else if (t.equals("{")) {
        scopes.add(null);
        names.add(null);
        children.add(new int[] {0});
      } else if (t.equals("}") && !scopes.isEmpty()) {
        scopes.remove(scopes.size() - 1);
        names.remove(names.size() - 1);
        children.remove(children.size() - 1);
      }
    }
    return out;
  }

  /**
   * Confluent's message index array at {@code pos[0]}: zig-zag varint count, then each index
   * ({@code [0]} when the count is 0); {@code pos[0]} is left after it.
   *
   * @throws EventFormat.MalformedPayloadException if the array is cut short, too long or negative
   */
  public static List<Integer> indexes(byte[] data, int[] pos, int end) {
    int count = zigZagVarint(data, pos, end);
    if (count == 0) {
      return List.of(0);
    }
    if (count < 0 || count > MAX_INDEXES) {
      throw new EventFormat.MalformedPayloadException("the payload's message index array has"
          + " count " + count + " (0 to " + MAX_INDEXES + " allowed)");
    }
    List<Integer> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = zigZagVarint(data, pos, end);
      if (index < 0) {
        throw new EventFormat.MalformedPayloadException("the payload's message index " + i
            + " is negative (" + index + ")");
      }
      out.add(index);
    }
    return out;
  }

  private static int zigZagVarint(byte[] data, int[] pos, int end) {
    int value = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      if (pos[0] >= end) {
        throw new EventFormat.MalformedPayloadException("the payload ends inside its message"
            + " index array");
      }
      byte b = data[pos[0]++];
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return (value >>> 1) ^ -(value & 1);
      }
    }
    throw new EventFormat.MalformedPayloadException("the payload's message index array has a"
        + " varint longer than 5 bytes");
  }

  private static boolean insideMessagesOnly(List<List<Integer>> scopes) {
    for (List<Integer> s : scopes) {
      if (s == null) {
        return false;
      }
    }
    return true;
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && text.charAt(i) != c) {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.add("\"\"");
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
            || text.charAt(i) == '.')) {
          i++;
        }
        out.add(text.substring(start, i));
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }
}
