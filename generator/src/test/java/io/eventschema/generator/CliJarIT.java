package io.eventschema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-contained jar of the package phase, run as users run it: {@code java -jar}. */
class CliJarIT {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("generator.cli.jar"));
    assertThat(jar).exists();
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarPrintsItsHelp() throws Exception {
    Run r = java("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: java -jar eventschema-generator.jar --out <dir>");
  }

  @Test
  void theJarGeneratesAFileAndFailsOnAnInexpressibleOne() throws Exception {
    Path good = dir.resolve("payment.avsc");
    Files.writeString(good, """
        {"namespace": "io.confluent.examples.clients.basicavro", "type": "record",
         "name": "Payment", "fields": [{"name": "id", "type": "string"},
         {"name": "amount", "type": "double"}]}""");
    Path outDir = dir.resolve("out");
    Run ok = java("--out", outDir.toString(), good.toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(Files.readString(outDir.resolve(
        "io/confluent/examples/clients/basicavro/Payment.java")))
        .contains("public record Payment(String id, double amount)");

    Path bad = dir.resolve("nulls.avsc");
    Files.writeString(bad, """
        {"type": "record", "name": "Value", "namespace": "x",
         "fields": [{"name": "v", "type": [{"type": "null", "note": "always"}, "int"]}]}""");
    Run failed = java("--out", dir.resolve("out2").toString(), bad.toString());
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.err()).contains("nulls.avsc: x.Value.v<0>:")
        .contains("[properties on a union's null]");
    assertThat(dir.resolve("out2")).doesNotExist();
  }
}
