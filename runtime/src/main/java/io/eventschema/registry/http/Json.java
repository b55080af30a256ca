package io.eventschema.registry.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventschema.registry.SchemaReference;
import io.eventschema.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * JSON in and out of the registry. Reading is defensive: whatever the body, a missing field, a
 * wrong type or text that is not JSON becomes a {@link SchemaRegistryException} that names the
 * field, the HTTP status and the URL, never a Jackson exception or an NPE.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    }
  }

  static void putReferences(ObjectNode body, List<SchemaReference> references) {
    if (references == null || references.isEmpty()) {
      return;
    }
    ArrayNode refs = body.putArray("references");
    for (SchemaReference r : references) {
      refs.addObject().put("name", r.name()).put("subject", r.subject())
          .put("version", r.version());
    }
  }

  /** A parsed answer body, with the status and URL it came from for messages. */
  static final class Body {
    final int status;
    final String url;
    final JsonNode root;
    private final UnaryOperator<String> redact;

    private Body(int status, String url, JsonNode root, UnaryOperator<String> redact) {
      this.status = status;
      this.url = url;
      this.root = root;
      this.redact = redact;
    }

    /**
     * Parses {@code bytes}; text that is not JSON is a typed error quoting its start, through
     * {@code redact} (which cuts the client's credentials from everything quoted).
     */
    static Body parse(int status, String url, byte[] bytes, UnaryOperator<String> redact) {
      JsonNode root;
      try {
        root = bytes == null || bytes.length == 0 ? null : MAPPER.readTree(bytes);
      } catch (IOException | RuntimeException e) {
        throw new SchemaRegistryException(status, 0, redact.apply("registry answered HTTP "
            + status + " with a body that is not JSON (" + firstLine(e.getMessage()) + "): "
            + snippet(bytes, redact)), url, e);
      }
      if (root == null || root.isMissingNode()) {
        throw new SchemaRegistryException(status, 0, "registry answered HTTP " + status
            + " with an empty body where JSON was expected", url);
      }
      return new Body(status, url, root, redact);
    }

    SchemaRegistryException malformed(String what) {
      return new SchemaRegistryException(status, 0, redact.apply("registry answered HTTP "
          + status + " with JSON that " + what + ": " + snippet(redact.apply(root.toString()))),
          url);
    }

    JsonNode requireObject() {
      if (!root.isObject()) {
        throw malformed("is not an object");
      }
      return root;
    }

    int requiredInt(String field) {
      JsonNode n = requireObject().get(field);
      if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
        throw malformed("has no integer '" + field + "'");
      }
      return n.intValue();
    }

    int optionalInt(String field, int otherwise) {
      JsonNode n = requireObject().get(field);
      if (n == null || n.isNull()) {
        return otherwise;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw malformed("has a non-integer '" + field + "'");
      }
      return n.intValue();
    }

    String requiredText(String field) {
      JsonNode n = requireObject().get(field);
      if (n == null || !n.isTextual()) {
        throw malformed("has no string '" + field + "'");
      }
      return n.textValue();
    }

    String optionalText(String field) {
      JsonNode n = requireObject().get(field);
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isTextual()) {
        throw malformed("has a non-string '" + field + "'");
      }
      return n.textValue();
    }

    boolean requiredBoolean(String field) {
      JsonNode n = requireObject().get(field);
      if (n == null || !n.isBoolean()) {
        throw malformed("has no boolean '" + field + "'");
      }
      return n.booleanValue();
    }

    List<String> stringList(JsonNode array, String what) {
      if (array == null || array.isNull()) {
        return List.of();
      }
      if (!array.isArray()) {
        throw malformed("has " + what + " that is not an array");
      }
      List<String> out = new ArrayList<>(array.size());
      for (JsonNode e : array) {
        if (!e.isTextual()) {
          throw malformed("has a non-string element in " + what);
        }
        out.add(e.textValue());
      }
      return out;
    }

    List<Integer> intList(JsonNode array, String what) {
      if (array == null || !array.isArray()) {
        throw malformed("has " + what + " that is not an array");
      }
      List<Integer> out = new ArrayList<>(array.size());
      for (JsonNode e : array) {
        if (!e.isIntegralNumber() || !e.canConvertToInt()) {
          throw malformed("has a non-integer element in " + what);
        }
        out.add(e.intValue());
      }
      return out;
    }

    List<SchemaReference> references() {
      JsonNode refs = requireObject().get("references");
      if (refs == null || refs.isNull()) {
        return List.of();
      }
      if (!refs.isArray()) {
        throw malformed("has 'references' that is not an array");
      }
      List<SchemaReference> out = new ArrayList<>(refs.size());
      for (JsonNode r : refs) {
        JsonNode name = r.get("name");
        JsonNode subject = r.get("subject");
        JsonNode version = r.get("version");
        if (name == null || !name.isTextual() || subject == null || !subject.isTextual()
            || version == null || !version.isIntegralNumber()) {
          throw malformed("has a reference without string 'name', string 'subject' and"
              + " integer 'version'");
        }
        out.add(new SchemaReference(name.textValue(), subject.textValue(), version.intValue()));
      }
      return out;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * The start of {@code bytes} for a message. The whole body is redacted before it is cut, so that
   * a credential is never quoted in part either.
   */
  static String snippet(byte[] bytes, UnaryOperator<String> redact) {
    if (bytes == null) {
      return "<no body>";
    }
    return snippet(redact.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
  }

  static String snippet(String text) {
    StringBuilder sb = new StringBuilder();
    int max = Math.min(text.length(), 200);
    for (int i = 0; i < max; i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > max) {
      sb.append("...");
    }
    return "'" + sb + "'";
  }
}
