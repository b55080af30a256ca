package com.example.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import io.eventschema.serde.MalformedEventException;
import io.eventschema.testing.Gen;
import io.eventschema.testing.SeededTest;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bytes that are not a valid event fail cleanly: a typed exception that says what and where. */
class MalformedPayloadTest {
  private static final String TOPIC = "interactions";

  private String scope;
  private UserInteractionEventDeserializer deserializer;
  private byte[] valid;
  private int id;

  @BeforeEach
  void setUp() {
    scope = "malformed-" + UUID.randomUUID();
    Map<String, Object> config = Map.of("schema.registry.url", "mock://" + scope);
    UserInteractionEventSerializer serializer = new UserInteractionEventSerializer();
    serializer.configure(config, false);
    valid = serializer.serialize(TOPIC, SerdeRoundTripTest.valid());
    id = MockSchemaRegistryClient.forScope(scope).latestVersion(TOPIC + "-value").id();
    deserializer = new UserInteractionEventDeserializer();
    deserializer.configure(config, false);
  }

  @AfterEach
  void tearDown() {
    MockSchemaRegistryClient.dropScope(scope);
  }

  @Test
  void wrongMagicByte() {
    byte[] bytes = valid.clone();
    bytes[0] = 1;
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("unknown magic byte 1")
        .hasMessageContaining("topic 'interactions'");
  }

  @Test
  void shorterThanTheHeader() {
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[] {0, 0, 1}))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("shorter than the 5-byte header");
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, new byte[0]))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void truncatedBody() {
    byte[] bytes = Arrays.copyOf(valid, valid.length - 3);
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
        .isInstanceOfSatisfying(MalformedEventException.class,
            e -> assertThat(e.schemaId()).isEqualTo(id))
        .hasMessageContaining("payload is not a valid UserInteractionEvent")
        .hasMessageContaining("schema id " + id);
  }

  @Test
  void trailingBytes() {
    byte[] bytes = Arrays.copyOf(valid, valid.length + 2);
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("2 unexpected byte(s) after the UserInteractionEvent");
  }

  @Test
  void unknownSchemaId() {
    byte[] bytes = valid.clone();
    bytes[4] = 99;
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
        .isInstanceOfSatisfying(EventSerializationException.class,
            e -> assertThat(e.schemaId()).isEqualTo(99))
        .hasMessageContaining("schema id 99 is unknown to the registry")
        .hasMessageContaining("40403");
  }

  @Test
  void lengthPrefixFarLargerThanThePayloadFailsWithoutAllocatingIt() throws Exception {
    // header, user_id, then a string that claims to be 2 GB long
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(body, null);
    enc.writeLong(42);
    enc.writeLong(Integer.MAX_VALUE - 16);
    enc.flush();
    byte[] bytes = frame(body.toByteArray());
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("runs past the end of the payload");
  }

  @Test
  void negativeLengthAndBadUnionIndex() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(body, null);
    enc.writeLong(42);
    enc.writeLong(-3);
    enc.flush();
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, frame(body.toByteArray())))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("negative string length -3");

    body.reset();
    enc.writeLong(42);
    enc.writeString("click");
    enc.writeIndex(7);
    enc.flush();
    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, frame(body.toByteArray())))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("union branch 7 of field 'target_item_id' does not exist");
  }

  /** Whatever the bytes after the header, the deserializer returns an event or a typed error. */
  @SeededTest(tries = 2000)
  void randomBodiesNeverEscapeAsAnythingButASerializationException(long seed) {
    byte[] bytes = frame(new Gen(seed).byteArray(64));
    try {
      deserializer.deserialize(TOPIC, bytes);
    } catch (EventSerializationException expected) {
      assertThat(expected.getMessage()).contains("topic 'interactions'");
    }
  }

  /** Every prefix of a valid message is rejected cleanly. */
  @Test
  void everyTruncationIsRejected() {
    for (int n = 0; n < valid.length; n++) {
      byte[] bytes = Arrays.copyOf(valid, n);
      assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
          .isInstanceOf(EventSerializationException.class);
    }
  }

  private byte[] frame(byte[] body) {
    byte[] bytes = new byte[5 + body.length];
    System.arraycopy(valid, 0, bytes, 0, 5);
    System.arraycopy(body, 0, bytes, 5, body.length);
    return bytes;
  }
}
