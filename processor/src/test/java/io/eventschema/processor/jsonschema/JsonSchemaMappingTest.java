package io.eventschema.processor.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per JSON Schema mapping: the schema a Java component type, an optional value, a
 * container, a constraint or a default becomes, compared as JSON (key order aside; the golden
 * files pin the text).
 */
class JsonSchemaMappingTest {
  private static final Compilation COMPILATION = Compile.succeeded(JsonSchemaSources.all());
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schema(String event) throws IOException {
    return JSON.readTree(JsonSchemaSources.schemaText(COMPILATION, "com.acme.json." + event));
  }

  private static JsonNode property(String event, String property) throws IOException {
    JsonNode p = schema(event).path("properties").path(property);
    assertThat(p.isMissingNode()).as("%s has property %s", event, property).isFalse();
    return p;
  }

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Kinds | flag     | {"type": "boolean", "description": "a boolean"}
      Kinds | count    | {"type": "integer", "minimum": -2147483648, "maximum": 2147483647}
      Kinds | total    | {"type": "integer"}
      Kinds | ratio    | {"anyOf": [{"type": "number"}, {"enum": ["NaN", "Infinity", "-Infinity"]}]}
      Kinds | score    | {"anyOf": [{"type": "number"}, {"enum": ["NaN", "Infinity", "-Infinity"]}]}
      Kinds | tiny     | {"type": "integer", "minimum": -128, "maximum": 127}
      Kinds | small    | {"type": "integer", "minimum": -32768, "maximum": 32767}
      Kinds | initial  | {"type": "string", "minLength": 1, "maxLength": 1}
      Kinds | code     | {"type": "integer", "minimum": 0, "maximum": 65535}
      Kinds | label    | {"type": "string"}
      Kinds | text     | {"type": "string"}
      Kinds | blob     | {"type": "string", "contentEncoding": "base64"}
      Kinds | buffer   | {"type": "string", "contentEncoding": "base64"}
      Kinds | tag      | {"type": "string", "contentEncoding": "base64", "minLength": 8, "maxLength": 8, "$comment": "4 bytes"}
      Kinds | id       | {"type": "string", "format": "uuid"}
      Kinds | price    | {"type": "string", "pattern": "^-?[0-9]{1,10}(\\\\.[0-9]{1,2})?$", "$comment": "decimal(12,2) as a string: at most 10 digits before the point and 2 after"}
      Kinds | at       | {"type": "string", "format": "date-time"}
      Kinds | atMillis | {"type": "string", "format": "date-time"}
      Kinds | local    | {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\\\.[0-9]{1,9})?)?$", "$comment": "a local date-time, ISO-8601 without offset"}
      Kinds | day      | {"type": "string", "format": "date"}
      Kinds | time     | {"type": "string", "pattern": "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\\\.[0-9]{1,9})?)?$", "$comment": "a local time, ISO-8601 without offset"}
      Kinds | level    | {"$ref": "#/$defs/Level"}
      Holder | item_names | {"type": "array", "items": {"type": "string"}}
      Holder | codes      | {"type": "array", "items": {"type": "integer", "minimum": -2147483648, "maximum": 2147483647}, "uniqueItems": true}
      Holder | counts     | {"type": "array", "items": {"type": "integer"}}
      Holder | samples    | {"type": "array", "items": {"type": "integer"}}
      Holder | words      | {"type": "array", "items": {"type": "string"}}
      Holder | weights    | {"type": "object", "additionalProperties": {"anyOf": [{"type": "number"}, {"enum": ["NaN", "Infinity", "-Infinity"]}]}}
      Holder | parts_by_bin | {"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/$defs/Part"}}}
      Holder | main_part  | {"$ref": "#/$defs/Part"}
      Holder | spare_part | {"anyOf": [{"$ref": "#/$defs/Part"}, {"type": "null"}], "default": null}
      Holder | note       | {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null}
      Holder | gaps       | {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "null"}]}}
      Holder | parent     | {"anyOf": [{"$ref": "#"}, {"type": "null"}], "default": null}
      Constrained | currency | {"type": "string", "minLength": 3, "maxLength": 3}
      Constrained | tags     | {"type": "array", "items": {"type": "string"}, "maxItems": 5}
      Constrained | stock    | {"type": "object", "additionalProperties": {"type": "integer", "minimum": -2147483648, "maximum": 2147483647}, "minProperties": 1}
      Constrained | quantity | {"type": "integer", "minimum": 1, "maximum": 99}
      Constrained | id       | {"type": "integer", "exclusiveMinimum": 0}
      Constrained | retries  | {"type": "integer", "minimum": 0, "maximum": 2147483647}
      Constrained | debt     | {"type": "integer", "minimum": -2147483648, "exclusiveMaximum": 0}
      Constrained | floor    | {"type": "integer", "minimum": -32768, "maximum": 0}
      Constrained | ratio    | {"anyOf": [{"type": "number", "minimum": 0.5, "exclusiveMaximum": 100}, {"enum": ["NaN", "Infinity", "-Infinity"]}]}
      Constrained | code     | {"type": "string", "pattern": "^(?:[A-Z]{2}-[0-9]+)$"}
      Constrained | caseless | {"type": "string", "constraints": [{"name": "Pattern", "flags": ["CASE_INSENSITIVE"], "regexp": "abc"}]}
      Constrained | email    | {"type": "string", "format": "email"}
      Constrained | name     | {"type": "string", "minLength": 1, "pattern": "\\\\S"}
      Constrained | slug     | {"type": "string", "minLength": 1, "pattern": "\\\\S", "allOf": [{"pattern": "^(?:[a-z]+)$"}]}
      Constrained | lines    | {"type": "array", "items": {"type": "string"}, "minItems": 1}
      Constrained | comment  | {"type": "string", "minLength": 1}
      Constrained | required | {"type": "string"}
      Constrained | accepted | {"type": "boolean", "const": true}
      Constrained | at       | {"type": "string", "format": "date-time", "constraints": [{"name": "Past"}]}
      Constrained | nickname | {"anyOf": [{"type": "string", "maxLength": 8}, {"type": "null"}], "default": null}
      Constrained | scores   | {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 2147483647}}
      Constrained | limits   | {"type": "object", "propertyNames": {"type": "string", "maxLength": 4}, "additionalProperties": {"type": "integer", "maximum": 2147483647, "exclusiveMinimum": 0}}
      Defaults | currency | {"type": "string", "description": "the currency, EUR when an older writer left it out", "default": "EUR"}
      Defaults | tries    | {"type": "integer", "minimum": -2147483648, "maximum": 2147483647, "default": 3}
      Defaults | magic    | {"type": "string", "contentEncoding": "base64", "default": "Af8="}
      Defaults | price    | {"type": "string", "pattern": "^-?[0-9]{1,4}(\\\\.[0-9]{1,2})?$", "$comment": "decimal(6,2) as a string: at most 4 digits before the point and 2 after", "default": "12.34"}
      Defaults | at       | {"type": "string", "format": "date-time", "default": "2023-11-14T22:13:20.123456Z"}
      Defaults | day      | {"type": "string", "format": "date", "default": "2022-01-08"}
      Defaults | opens    | {"type": "string", "pattern": "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\\\.[0-9]{1,9})?)?$", "$comment": "a local time, ISO-8601 without offset", "default": "10:00:00"}
      Defaults | levels   | {"type": "array", "items": {"type": "integer", "minimum": -2147483648, "maximum": 2147483647}, "default": [1, 2]}
      Defaults | labels   | {"type": "object", "additionalProperties": {"type": "string"}, "default": {"a": "x"}}
      Defaults | level    | {"allOf": [{"$ref": "#/$defs/Level"}], "default": "LOW"}
      Defaults | note     | {"anyOf": [{"type": "string"}, {"type": "null"}], "default": "note"}
      Defaults | limit    | {"anyOf": [{"type": "integer", "minimum": -2147483648, "maximum": 2147483647}, {"type": "null"}], "default": 5}
      """)
  void propertyMapsTo(String event, String property, String expected) throws IOException {
    assertThat(property(event, property)).isEqualTo(JSON.readTree(expected));
  }

  @Test
  void recordHeaderRequiredAndClosedContentModel() throws IOException {
    JsonNode s = schema("Holder");
    assertThat(s.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(s.path("title").asText()).isEqualTo("Holder");
    assertThat(s.path("type").asText()).isEqualTo("object");
    assertThat(s.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(s.path("required")).isEqualTo(JSON.readTree("""
        ["item_names", "codes", "counts", "samples", "words", "weights", "parts_by_bin",
         "main_part", "gaps"]"""));
    java.util.List<String> names = new java.util.ArrayList<>();
    s.path("properties").fieldNames().forEachRemaining(names::add);
    assertThat(names).as("declaration order, snake_case").containsExactly("item_names", "codes",
        "counts", "samples", "words", "weights", "parts_by_bin", "main_part", "spare_part", "note",
        "retries", "gaps", "parent");
    JsonNode part = s.path("$defs").path("Part");
    assertThat(part.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(part.path("required")).isEqualTo(JSON.readTree("[\"sku\", \"quantity\"]"));
  }

  @Test
  void enumDefinedOnceUnderDefs() throws IOException {
    assertThat(schema("Kinds").path("$defs").path("Level")).isEqualTo(JSON.readTree("""
        {"title": "Level", "description": "How loud.", "type": "string", "enum": ["LOW", "HIGH"]}
        """));
  }

  @Test
  void sealedEventIsOneOfWithADiscriminatorConst() throws IOException {
    JsonNode s = schema("Payment");
    assertThat(s.path("oneOf")).isEqualTo(JSON.readTree("""
        [{"$ref": "#/$defs/Card"}, {"$ref": "#/$defs/Transfer"}, {"$ref": "#/$defs/Voucher"}]"""));
    assertThat(s.path("discriminator").path("propertyName").asText()).isEqualTo("type");
    JsonNode card = s.path("$defs").path("Card");
    assertThat(card.path("properties").path("type")).isEqualTo(JSON.readTree(
        "{\"const\": \"Card\"}"));
    assertThat(card.path("properties").fieldNames().next()).isEqualTo("type");
    assertThat(card.path("required").get(0).asText()).isEqualTo("type");
    // a sealed default carries its record's discriminator
    assertThat(s.path("$defs").path("Transfer").path("properties").path("fee").path("default"))
        .isEqualTo(JSON.readTree("{\"type\": \"Flat\", \"code\": \"none\"}"));
  }
}
