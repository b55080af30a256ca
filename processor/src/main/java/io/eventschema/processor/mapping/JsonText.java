package io.eventschema.processor.mapping;

import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import io.eventschema.processor.schema.Json;
import io.eventschema.processor.schema.SchemaWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.util.internal.JacksonUtils;

/**
 * JSON text written in annotations ({@code @AvroDefault}, {@code @AvroProp}): parsed with Avro's own
 * JSON reader into the tree {@link Json} prints, and defaults checked with Avro's own rule
 * ({@link Schema#isValidDefault}) against the schema the writer gives the field's type.
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

  /** Whether the JSON tree {@code value} is a valid default for {@code type}, by Avro's rule. */
  static boolean validDefault(TypeModel type, Object value) {
    Schema schema = new Schema.Parser().parse(Json.compact(SchemaWriter.standalone(type)));
    return schema.isValidDefault(JacksonUtils.toJsonNode(avro(value)));
  }

  /** The record of {@code union} whose schema {@code value} is a valid default for, or null. */
  static RecordType branchOf(UnionType union, Object value) {
    for (RecordType branch : union.branches()) {
      if (validDefault(branch, value)) {
        return branch;
      }
    }
    return null;
  }

  /** The schema of {@code type} as text, for messages. */
  static String schemaText(TypeModel type) {
    return Json.compact(SchemaWriter.standalone(type));
  }

  private static Object avro(Object tree) {
    if (tree == Json.NULL) {
      return JsonProperties.NULL_VALUE;
    }
    if (tree instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), avro(v)));
      return out;
    }
    if (tree instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(avro(v)));
      return out;
    }
    return tree;
  }
}
