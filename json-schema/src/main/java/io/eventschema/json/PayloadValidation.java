package io.eventschema.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code json.fail.invalid.schema}: a payload checked against a JSON Schema with networknt's
 * validator. The only class that touches the validator library, loaded only when the setting is
 * on. A schema without {@code $schema} is read as draft-07, as Confluent's registry reads it.
 * Thread-safe.
 */
final class PayloadValidation {
  private static final int MAX_REPORTED = 10;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

  private final Schema schema;

  private PayloadValidation(Schema schema) {
    this.schema = schema;
  }

  /**
   * The validation of {@code schemaText}.
   *
   * @throws IllegalArgumentException if it is not a JSON Schema the validator can load
   */
  static PayloadValidation of(String schemaText) {
    try {
      JsonNode node = MAPPER.readTree(schemaText);
      return new PayloadValidation(REGISTRY.getSchema(
          com.networknt.schema.SchemaLocation.of("urn:eventschema:writer"), node));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("the JSON Schema cannot be loaded by the validator: "
          + e.getMessage(), e);
    }
  }

  /**
   * The validator's errors for the JSON in {@code data} (at most ten, each as
   * {@code <instance path>: <message>}), empty if it is valid.
   *
   * @throws IOException if the bytes are not JSON
   */
  List<String> errors(byte[] data, int offset, int length) throws IOException {
    JsonNode payload = MAPPER.readTree(data, offset, length);
    List<Error> errors = schema.validate(payload);
    List<String> out = new ArrayList<>(Math.min(errors.size(), MAX_REPORTED));
    for (Error e : errors) {
      if (out.size() == MAX_REPORTED) {
        out.add("... and " + (errors.size() - MAX_REPORTED) + " more");
        break;
      }
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }
}
