package io.eventschema.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.Golden;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * A record using every basic type (scalars, enum, record, containers, optional) gives the
 * expected schema and stable generated code.
 */
class AllTypesTest {
  static final String DIR = "sources/alltypes/";
  static final String[] SOURCES = {
      "javax/annotation/Nullable.java", "jakarta/annotation/Nullable.java",
      "com/acme/nullness/Nullable.java", "com/acme/types/Status.java",
      "com/acme/types/Address.java", "com/acme/types/AllTypes.java"};

  /** Written by hand from the mapping rules, not from the processor's output. */
  static final String EXPECTED = """
      {"type": "record", "name": "AllTypes", "namespace": "com.acme.types", "fields": [
        {"name": "flag", "type": "boolean"},
        {"name": "flagBox", "type": "boolean"},
        {"name": "count", "type": "int"},
        {"name": "countBox", "type": "int"},
        {"name": "id", "type": "long"},
        {"name": "idBox", "type": "long"},
        {"name": "ratio", "type": "float"},
        {"name": "ratioBox", "type": "float"},
        {"name": "score", "type": "double"},
        {"name": "scoreBox", "type": "double"},
        {"name": "name", "type": "string"},
        {"name": "payload", "type": "bytes"},
        {"name": "status", "type": {"type": "enum", "name": "Status",
          "symbols": ["ACTIVE", "SUSPENDED", "CLOSED"]}},
        {"name": "home", "type": {"type": "record", "name": "Address", "fields": [
          {"name": "street", "type": "string"},
          {"name": "city", "type": "string"},
          {"name": "postcode", "type": ["null", "string"], "default": null}]}},
        {"name": "work", "type": "com.acme.types.Address"},
        {"name": "at", "type": {"type": "long", "logicalType": "timestamp-micros"}},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "previous", "type": {"type": "array", "items": "com.acme.types.Address"}},
        {"name": "counters", "type": {"type": "map", "values": "long"}},
        {"name": "history", "type": {"type": "map",
          "values": {"type": "array", "items": "com.acme.types.Status"}}},
        {"name": "nickname", "type": ["null", "string"], "default": null},
        {"name": "billing", "type": ["null", "com.acme.types.Address"], "default": null},
        {"name": "closedAt", "type": ["null", {"type": "long", "logicalType": "timestamp-micros"}],
          "default": null},
        {"name": "jspecifyNote", "type": ["null", "string"], "default": null},
        {"name": "javaxNote", "type": ["null", "string"], "default": null},
        {"name": "jakartaCount", "type": ["null", "int"], "default": null},
        {"name": "typeUseId", "type": ["null", "long"], "default": null},
        {"name": "lastStatus", "type": ["null", "com.acme.types.Status"], "default": null},
        {"name": "sparse", "type": {"type": "array", "items": ["null", "string"]}}
      ]}
      """;

  static JavaFileObject[] sources() {
    JavaFileObject[] files = new JavaFileObject[SOURCES.length];
    for (int i = 0; i < SOURCES.length; i++) {
      files[i] = Compile.resource(DIR + SOURCES[i]);
    }
    return files;
  }

  static Compilation compile() {
    return Compile.succeeded(sources());
  }

  private final Compilation compilation = compile();

  @Test
  void schemaIsTheExpectedOne() {
    String pretty = Compile.schemaText(compilation, "com.acme.types.AllTypes");
    Schema actual = new Schema.Parser().parse(pretty);
    assertThat(actual).isEqualTo(new Schema.Parser().parse(EXPECTED));
    assertThat(actual.getFields()).extracting(Schema.Field::name).containsExactly(
        "flag", "flagBox", "count", "countBox", "id", "idBox", "ratio", "ratioBox", "score",
        "scoreBox", "name", "payload", "status", "home", "work", "at", "tags", "previous",
        "counters", "history", "nickname", "billing", "closedAt", "jspecifyNote", "javaxNote",
        "jakartaCount", "typeUseId", "lastStatus", "sparse");
    Golden.check("AllTypes.avsc", pretty);
  }

  @Test
  void namedTypesAreDefinedOnceThenReferencedByFullName() {
    String pretty = Compile.schemaText(compilation, "com.acme.types.AllTypes");
    assertThat(count(pretty, "\"name\": \"Address\"")).isEqualTo(1);
    assertThat(count(pretty, "\"name\": \"Status\"")).isEqualTo(1);
    assertThat(count(pretty, "\"com.acme.types.Address\"")).isEqualTo(3);
    assertThat(count(pretty, "\"com.acme.types.Status\"")).isEqualTo(2);
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void generatedSourcesAreTheGoldenFiles() {
    for (String name : new String[] {"Codec", "Serializer", "Deserializer", "Serde", "Validator"}) {
      Golden.check("AllTypes" + name + ".java",
          Compile.generatedSource(compilation, "com.acme.types.AllTypes" + name));
    }
  }

  @Test
  void outputIsByteIdenticalFromOneCompilationToTheNext() throws IOException {
    assertThat(outputs(compile())).isEqualTo(outputs(compilation));
  }

  private static Map<String, String> outputs(Compilation c) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      try (var in = f.openInputStream()) {
        out.put(f.toUri().getPath(), java.util.HexFormat.of().formatHex(in.readAllBytes()));
      }
    }
    assertThat(out.keySet()).anyMatch(p -> p.endsWith("AllTypesCodec.java"))
        .anyMatch(p -> p.endsWith("AllTypesCodec.class"))
        .anyMatch(p -> p.endsWith("com.acme.types.AllTypes.avsc"));
    return out;
  }
}
