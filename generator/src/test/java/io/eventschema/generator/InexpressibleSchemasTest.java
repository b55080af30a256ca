package io.eventschema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every construct the processor cannot write back yet is an error naming the source, the schema
 * path and the construct (docs/generator.md, "Errors"), and nothing is generated.
 */
class InexpressibleSchemasTest {

  private static String record(String fieldType) {
    return "{\"type\": \"record\", \"name\": \"R\", \"namespace\": \"ns\", \"fields\": [{\"name\":"
        + " \"f\", \"type\": " + fieldType + "}]}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      properties on a union's null                 | [{"type": "null", "x": 1}, "int"]               | ns.R.f<0>
      properties on a union's null                 | ["string", "int", {"type": "null", "x": 1}]     | ns.R.f<2>
      logical type date on string                  | {"type": "string", "logicalType": "date"}       | ns.R.f
      logical type uuid on fixed                   | {"type": "fixed", "name": "U", "size": 4, "logicalType": "uuid"} | ns.R.f
      property logicalType on string               | {"type": "string", "logicalType": 7}            | ns.R.f
      union default not of the first branch        | ["int", "string"], "default": "x"              | ns.R.f
      property default on string                   | {"type": "string", "default": "x"}             | ns.R.f
      property constraints on array                | {"type": "array", "items": "int", "constraints": []} | ns.R.f
      logical type uuid on fixed                   | {"type": "fixed", "name": "U", "size": 16, "logicalType": "uuid"} | ns.R.f
      logical type decimal on fixed                | {"type": "fixed", "name": "D", "size": 2, "logicalType": "decimal", "precision": 5, "scale": 0} | ns.R.f
      empty doc                                    | {"type": "fixed", "name": "F", "size": 2, "doc": ""} | ns.R.f
      """)
  void constructInAFieldIsRefused(String construct, String type, String path) {
    GenerationError e = onlyError(record(type));
    assertThat(e.construct()).isEqualTo(construct);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.source()).isEqualTo("in.avsc");
    assertThat(e.choices()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      top-level string               | "string"
      top-level array                | {"type": "array", "items": "int"}
      top-level fixed                | {"type": "fixed", "name": "F", "namespace": "ns", "size": 2}
      property logicalType           | {"type": "record", "name": "R", "namespace": "ns", "logicalType": "mine", "fields": []}
      """)
  void constructOfTheSchemaIsRefused(String construct, String schema) {
    GenerationError e = onlyError(schema);
    assertThat(e.construct()).isEqualTo(construct);
    assertThat(e.toString()).startsWith("in.avsc: ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not jakarta             | [{"name": "org.hibernate.validator.constraints.Length", "max": 3, "min": 0}]
      unknown                 | [{"name": "Sized", "max": 3}]
      attributes missing      | [{"name": "Size", "max": 3}]
      wrong place             | [{"name": "NotBlank", "on": "items"}]
      order                   | [{"name": "NotBlank", "on": "values"}, {"name": "Size", "max": 3, "min": 0}]
      repeated                | [{"name": "NotBlank"}, {"name": "NotBlank"}]
      """)
  void constraintsPropertyNotAsTheProcessorWritesItIsRefused(String what, String constraints) {
    String type = what.equals("order") ? "{\"type\": \"map\", \"values\": \"string\"}" : "\"string\"";
    GenerationError e = onlyError("{\"type\": \"record\", \"name\": \"R\", \"namespace\": \"ns\","
        + " \"fields\": [{\"name\": \"f\", \"type\": " + type + ", \"constraints\": "
        + constraints + "}]}");
    assertThat(e.construct()).isEqualTo("constraints property");
    assertThat(e.path()).isEqualTo("ns.R.f");
  }

  @org.junit.jupiter.api.Test
  void namesAvroRejectsAreInvalidSchemas() {
    GenerationError e = onlyError("{\"type\": \"record\", \"name\": \"R\", \"namespace\":"
        + " \"ns\", \"fields\": [{\"name\": \"user-id\", \"type\": \"string\"}]}");
    assertThat(e.construct()).isEqualTo("invalid schema");
    assertThat(e.message()).contains("user-id");
  }

  @org.junit.jupiter.api.Test
  void twoDifferentDefinitionsOfOneNameAreRefused() {
    GenerationResult r = Generator.builder().build().generateSources(List.of(
        new Generator.SchemaInput("a.avsc", "", record("{\"type\": \"enum\", \"name\": \"E\","
            + " \"symbols\": [\"A\"]}")),
        new Generator.SchemaInput("b.avsc", "", "{\"type\": \"record\", \"name\": \"S\","
            + " \"namespace\": \"ns\", \"fields\": [{\"name\": \"g\", \"type\": {\"type\":"
            + " \"enum\", \"name\": \"E\", \"symbols\": [\"A\", \"B\"]}}]}")));
    assertThat(r.sources()).isEmpty();
    assertThat(r.errors()).isNotEmpty();
    assertThat(r.errors().get(0).toString()).contains("E");
  }

  private static GenerationError onlyError(String schema) {
    GenerationResult r = Generator.builder().build()
        .generateSources(List.of(new Generator.SchemaInput("in.avsc", "", schema)));
    assertThat(r.sources()).isEmpty();
    assertThat(r.errors()).hasSize(1);
    return r.errors().get(0);
  }
}
