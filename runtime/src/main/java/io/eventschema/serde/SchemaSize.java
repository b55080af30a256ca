package io.eventschema.serde;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Counts the named types of an Avro schema's JSON in one streaming pass, without building it:
 * Avro's {@code Schema.Parser} takes time quadratic in the number of named types, so a schema from
 * the registry is measured before it is parsed.
 */
final class SchemaSize {
  private static final JsonFactory JSON = new JsonFactory();

  private SchemaSize() {}

  /**
   * The number of objects in {@code schemaJson} whose {@code "type"} is {@code record},
   * {@code error}, {@code enum} or {@code fixed}; counting stops once past {@code stopAfter}.
   * Text that is not JSON counts 0: the parser then says what is wrong with it.
   */
  static int namedTypes(String schemaJson, int stopAfter) {
    int named = 0;
    try (JsonParser p = JSON.createParser(schemaJson)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && "type".equals(p.currentName())
            && p.nextToken() == JsonToken.VALUE_STRING) {
          switch (p.getText()) {
            case "record", "error", "enum", "fixed" -> named++;
            default -> { }
          }
          if (named > stopAfter) {
            return named;
          }
        }
      }
    } catch (IOException | RuntimeException notJson) {
      return named;
    }
    return named;
  }
}
