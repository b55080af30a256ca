package io.eventschema.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Protobuf benchmarks compare like with like: the protoc classes are generated from the
 * {@code .proto} the processor writes (src/main/proto is a copy of it, checked here), and for both
 * events the protoc path and the generated serdes write the same bytes and each reads the other's
 * payload into an equal event.
 */
class ProtobufBenchmarkFixturesTest {
  private ProtobufBenchmark b;

  private ProtobufBenchmark setUp(String event) {
    b = new ProtobufBenchmark();
    b.event = event;
    b.setUp();
    return b;
  }

  @AfterEach
  void tearDown() {
    if (b != null) {
      b.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"com/example/events/UserInteractionEvent.proto",
      "com/example/orders/OrderPlaced.proto"})
  void protocCompilesTheProtoTheProcessorWrote(String file) throws IOException {
    String written;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/protobuf/" + file)) {
      assertThat(in).as("the processor's %s", file).isNotNull();
      written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(Path.of("src/main/proto", file)))
        .as("src/main/proto/%s is out of date: copy target/classes/META-INF/protobuf/%s", file,
            file)
        .isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UserInteractionEvent", "OrderPlaced"})
  void bothPathsWriteTheSameBytesAndReadTheSameEvent(String event) throws IOException {
    ProtobufBenchmark b = setUp(event);
    byte[] ours = b.serialize_eventschema();
    byte[] theirs = b.serialize_protoc();
    assertThat(theirs).as("protoc's framed message").isEqualTo(ours);
    assertThat(ours[5]).as("message index [0]").isZero();
    assertThat(b.deserialize_eventschema()).isEqualTo(b.value);
    assertThat(b.deserialize_protoc()).isEqualTo(b.value);
    assertThat(b.deserializer.deserialize(ProtobufBenchmark.TOPIC, theirs)).isEqualTo(b.value);
    assertThat(b.protoc.read(ours)).isEqualTo(b.value);
  }
}
