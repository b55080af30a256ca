package io.eventschema.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * history-add and history-check on a build output with Avro schemas and Protobuf .proto files: the
 * .proto of each Protobuf event becomes the next v<N>.proto of its folder, next to the .avsc
 * versions, exactly as the processor's history check reads them.
 */
class HistoryGoalsTest {
  private static final String AVSC = "{\"type\":\"record\",\"name\":\"OrderPlaced\","
      + "\"namespace\":\"shop\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final String PROTO_V1 = "syntax = \"proto3\";\n\npackage shop;\n\n"
      + "message OrderPlaced {\n  string id = 1;\n}\n";
  private static final String PROTO_V2 = "syntax = \"proto3\";\n\npackage shop;\n\n"
      + "message OrderPlaced {\n  string id = 1;\n  int64 total = 2;\n}\n";

  @TempDir
  Path dir;
  Path classes;
  Path history;
  RecordingLog log;

  @BeforeEach
  void folders() {
    classes = dir.resolve("classes");
    history = dir.resolve("src/main/avro-history");
    log = new RecordingLog();
  }

  private void writeProto(String fullName, String text) throws IOException {
    int dot = fullName.lastIndexOf('.');
    Path file = classes.resolve("META-INF/protobuf/" + fullName.substring(0, dot).replace('.', '/')
        + "/" + fullName.substring(dot + 1) + ".proto");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void writeAvsc(String text) throws IOException {
    Files.createDirectories(classes.resolve("META-INF/avro"));
    Files.writeString(classes.resolve("META-INF/avro/shop.OrderPlaced.avsc"), text);
  }

  private <M extends AbstractHistoryMojo> M mojo(M m) {
    m.historyDirectory = history.toFile();
    m.schemaDirectory = classes.toFile();
    m.defaultCompatibility = "BACKWARD";
    m.setLog(log);
    return m;
  }

  @Test
  void historyAddWritesTheProtoOfAProtobufOnlyEventAsItsNextVersion() throws Exception {
    writeProto("shop.OrderPlaced", PROTO_V1);
    mojo(new HistoryAddMojo()).execute();
    Path v1 = history.resolve("shop.OrderPlaced/v1.proto");
    assertThat(v1).hasContent(PROTO_V1);
    assertThat(log.lines).contains("INFO added " + v1);

    mojo(new HistoryAddMojo()).execute();
    assertThat(log.lines).contains("INFO shop.OrderPlaced (PROTOBUF): unchanged since " + v1);
    assertThat(history.resolve("shop.OrderPlaced/v2.proto")).doesNotExist();

    writeProto("shop.OrderPlaced", PROTO_V2);
    mojo(new HistoryAddMojo()).execute();
    assertThat(history.resolve("shop.OrderPlaced/v2.proto")).hasContent(PROTO_V2);
    assertThat(v1).hasContent(PROTO_V1);
  }

  @Test
  void historyAddWritesTheAvscAndTheProtoOfAnEventWithBothFormatsSideBySide() throws Exception {
    writeAvsc(AVSC);
    writeProto("shop.OrderPlaced", PROTO_V1);
    writeProto("shop.billing.Invoice", "syntax = \"proto3\";\n\npackage shop.billing;\n\n"
        + "message Invoice {\n  int64 id = 1;\n}\n");
    mojo(new HistoryAddMojo()).execute();
    assertThat(history.resolve("shop.OrderPlaced/v1.avsc")).exists();
    assertThat(history.resolve("shop.OrderPlaced/v1.proto")).hasContent(PROTO_V1);
    assertThat(history.resolve("shop.billing.Invoice/v1.proto")).exists();
  }

  @Test
  void historyCheckCountsTheProtoFilesAndNeedsNoAvsc() throws Exception {
    writeProto("shop.OrderPlaced", PROTO_V1);
    mojo(new HistoryCheckMojo()).execute();
    assertThat(log.lines).contains("INFO 0 schema(s) keep their level; 1 .proto file(s), checked"
        + " against their history by the compilation");
    assertThat(history).doesNotExist();
  }

  @Test
  void aMisnamedProtoHistoryFileFailsTheGoal() throws Exception {
    writeProto("shop.OrderPlaced", PROTO_V1);
    Path folder = Files.createDirectories(history.resolve("shop.OrderPlaced"));
    Files.writeString(folder.resolve("first.proto"), PROTO_V1);
    assertThatThrownBy(() -> mojo(new HistoryAddMojo()).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining(folder.resolve("first.proto") + ": a history file must be named"
            + " v<N>.proto");
  }

  @Test
  void withNeitherAvscNorProtoTheGoalSaysToRunAfterCompile() {
    assertThatThrownBy(() -> mojo(new HistoryAddMojo()).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no .avsc files in")
        .hasMessageContaining("and no .proto files in")
        .hasMessageContaining("(run after compile)");
  }
}
