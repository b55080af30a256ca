package io.eventschema.processor.jsonschema;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.DiagnosticAssertions;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The format choice ({@code @Event(formats = ...)}) and the JSON Schema binding's refusals: each
 * message's id, words and line.
 */
class FormatDiagnosticsTest {

  private static JavaFileObject source(String... lines) {
    String[] all = new String[lines.length + 3];
    all[0] = "package p;";
    all[1] = "import io.eventschema.*;";
    all[2] = "import java.util.*;";
    System.arraycopy(lines, 0, all, 3, lines.length);
    return Compile.source("p.E", all);
  }

  private static Compilation expectError(JavaFileObject source, String id, String text,
      String line) {
    return DiagnosticAssertions.expectError(source, id, text, line);
  }

  @Test
  void protobufIsGeneratedNowSoNoFormatOfTheEnumGetsEVS025() {
    Compilation c = Compile.withProcessor(source(
        "@Event(formats = {Format.AVRO, Format.JSON_SCHEMA, Format.PROTOBUF})",
        "public record E(String id) {}"));
    assertThat(c).succeeded();
    assertThat(c.diagnostics()).noneMatch(d -> d.getMessage(null).contains("EVS025"));
    assertThat(c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/protobuf/p/E.proto"))
        .isPresent();
  }

  @Test
  void noFormatAtAll() {
    expectError(source(
            "@Event(formats = {})",
            "public record E(String id) {}"), "EVS026",
        "@Event(formats = {}) on E names no format", "formats = {}");
  }

  @Test
  void fieldNamedLikeTheDiscriminator() {
    expectError(source(
            "@Event(formats = Format.JSON_SCHEMA)",
            "public sealed interface E permits E.A, E.B {",
            "  record A(String id) implements E {}",
            "  record B(String id,",
            "      String type) implements E {}",
            "}"), "EVS200",
        "field 'type' of p.E.B is named 'type', the property the JSON of the sealed p.E uses to"
            + " say which record it holds", "String type");
  }

  @Test
  void discriminatorClashIsOnlyAJsonRefusal() {
    Compilation c = Compile.withProcessor(source(
        "@Event",
        "public sealed interface E permits E.A, E.B {",
        "  record A(String id) implements E {}",
        "  record B(String type) implements E {}",
        "}"));
    assertThat(c).succeeded();
  }

  @Test
  void twoRecordsWithOneSimpleName() {
    expectError(source(
            "@Event(formats = Format.JSON_SCHEMA)",
            "public sealed interface E permits E.A, E.B {",
            "  @AvroName(\"Same\") record A(String id) implements E {}",
            "  @AvroName(\"other.Same\") record B(String id) implements E {}",
            "}"), "EVS201",
        "p.E.A and p.E.B, both records of the sealed p.E, have the name 'Same'",
        "@Event(formats = Format.JSON_SCHEMA)");
  }

  @Test
  void jsonSchemaWithoutTheJsonRuntimeOnTheClassPath() throws Exception {
    // only the runtime jar (io.eventschema.Event, Format): no eventschema-json-schema
    java.io.File runtime = new java.io.File(Class.forName("io.eventschema.Event")
        .getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaFileObject source = source("@Event(formats = Format.JSON_SCHEMA)",
        "public record E(String id) {}");
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new io.eventschema.processor.EventProcessor())
        .withOptions("--release", "17", "-Xlint:none")
        .withClasspath(List.of(runtime))
        .compile(source);
    DiagnosticAssertions.assertOnlyError(c, source, "EVS202", "E asks for Format.JSON_SCHEMA,"
        + " but io.eventschema.json is not on the compile class path",
        "@Event(formats = Format.JSON_SCHEMA)");
  }

  @Test
  void avroOnlyByDefaultAndJsonOnlyWhenAsked() {
    Compilation avro = Compile.succeeded(source("@Event", "public record E(String id) {}"));
    assertThat(avro.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/avro/p.E.avsc"))
        .isPresent();
    assertThat(avro.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/p.E.schema.json")).isEmpty();
    Compilation json = Compile.succeeded(source("@Event(formats = Format.JSON_SCHEMA)",
        "public record E(String id) {}"));
    assertThat(json.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/avro/p.E.avsc"))
        .isEmpty();
    assertThat(json.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/json-schema/p.E.schema.json")).isPresent();
    assertThat(Compile.generatedSourceNames(json)).doesNotContain("p.ESerializer", "p.ECodec")
        .contains("p.EValidator");
    assertThat(Compile.generatedSourceNames(avro)).contains("p.ESerializer", "p.ECodec",
        "p.EValidator");
  }
}
