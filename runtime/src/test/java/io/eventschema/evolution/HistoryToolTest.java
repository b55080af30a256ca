package io.eventschema.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryToolTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static String schema(String fields) {
    return "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"com.example\",\"fields\":["
        + fields + "]}";
  }

  private Path compiled(String text) throws IOException {
    Path avro = Files.createDirectories(dir.resolve("target/classes/META-INF/avro"));
    Files.writeString(avro.resolve("com.example.Order.avsc"), text);
    return avro;
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return HistoryTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void addsVersionsAsTheSchemaChangesAndNotWhenItDoesNot() throws IOException {
    Path history = dir.resolve("src/main/avro-history");
    Path avro = compiled(schema("{\"name\":\"id\",\"type\":\"long\"}"));
    assertThat(run("add", "--history", history.toString(), avro.toString())).isZero();
    Path v1 = history.resolve("com.example.Order/v1.avsc");
    assertThat(v1).exists();
    assertThat(out.toString()).contains("added " + v1);

    assertThat(run("add", "--history", history.toString(), avro.toString())).isZero();
    assertThat(out.toString()).contains("unchanged since " + v1);

    compiled(schema("{\"name\":\"id\",\"type\":\"long\"},"
        + "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}"));
    assertThat(run("add", "--history", history.toString(), avro.toString())).isZero();
    assertThat(history.resolve("com.example.Order/v2.avsc")).exists();
    assertThat(new SchemaHistory(history).versions("com.example.Order"))
        .extracting(SchemaVersion::version).containsExactly(1, 2);
  }

  @Test
  void aSealedEventsUnionIsKeptUnderItsFileName() throws IOException {
    Path history = dir.resolve("h");
    Path avro = Files.createDirectories(dir.resolve("target/classes/META-INF/avro"));
    String record = "{\"type\":\"record\",\"name\":\"%s\",\"namespace\":\"com.example\","
        + "\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}";
    String three = "[" + String.format(record, "Placed") + "," + String.format(record, "Paid")
        + "," + String.format(record, "Shipped") + "]";
    Files.writeString(avro.resolve("com.example.Checkout.avsc"), three);
    assertThat(run("add", "--history", history.toString(), avro.toString())).isZero();
    assertThat(history.resolve("com.example.Checkout/v1.avsc")).exists();
    assertThat(history.resolve("union")).doesNotExist();

    // dropping a subtype breaks BACKWARD: data written with Shipped cannot be read any more
    String two = "[" + String.format(record, "Placed") + "," + String.format(record, "Paid") + "]";
    Files.writeString(avro.resolve("com.example.Checkout.avsc"), two);
    assertThat(run("add", "--history", history.toString(), avro.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("com.example.Checkout: not BACKWARD compatible")
        .contains("com.example.Shipped");
    assertThat(history.resolve("com.example.Checkout/v2.avsc")).doesNotExist();
  }

  @Test
  void refusesToAddABreakingChangeAndSaysWhy() throws IOException {
    Path history = dir.resolve("h");
    Path avro = compiled(schema("{\"name\":\"id\",\"type\":\"long\"}"));
    assertThat(run("add", "--history", history.toString(), avro.toString())).isZero();
    compiled(schema("{\"name\":\"id\",\"type\":\"string\"}"));
    assertThat(run("add", "--history", history.toString(), avro.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("com.example.Order: not BACKWARD compatible:")
        .contains("field 'id': the reader's string cannot read the writer's long")
        .contains("nothing added");
    assertThat(history.resolve("com.example.Order/v2.avsc")).doesNotExist();
    // the same change under NONE is added
    assertThat(run("add", "--level", "none", "--history", history.toString(), avro.toString()))
        .isZero();
    assertThat(history.resolve("com.example.Order/v2.avsc")).exists();
  }

  @Test
  void checkOnlyChecks() throws IOException {
    Path history = dir.resolve("h");
    Path avro = compiled(schema("{\"name\":\"id\",\"type\":\"int\"}"));
    assertThat(run("check", "--history", history.toString(), avro.toString())).isZero();
    assertThat(history).doesNotExist();
  }

  @Test
  void badUsageAndMissingInputsExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("remove")).isEqualTo(2);
    assertThat(run("add", "--level")).isEqualTo(2);
    assertThat(err.toString()).contains("--level needs a value");
    assertThat(run("add", "--level", "SIDEWAYS")).isEqualTo(2);
    assertThat(run("add", dir.resolve("nothing-here").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file or folder");
  }
}
