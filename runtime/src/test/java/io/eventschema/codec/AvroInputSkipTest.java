package io.eventschema.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * Skipping lands exactly after the skipped value: what a reader does with a field that only a
 * newer writer has.
 */
class AvroInputSkipTest {

  @Test
  void skipsStringsBytesAndSizedBlocks() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder out = EncoderFactory.get().directBinaryEncoder(bytes, null);
    out.writeString("a string longer than one varint byte could count: " + "x".repeat(200));
    out.writeInt(7);
    out.writeBytes(ByteBuffer.wrap(new byte[300]));
    out.writeInt(8);
    out.flush();
    // an array in one block that declares its byte size (count -2, then 4 bytes)
    bytes.write(new byte[] {3, 8, 2, 4, 6, 8, 0});
    out.writeInt(9);
    out.flush();
    byte[] data = bytes.toByteArray();

    AvroInput in = new AvroInput().reset(data, 0, data.length);
    in.skipString();
    assertThat(in.readInt()).isEqualTo(7);
    in.skipBytes();
    assertThat(in.readInt()).isEqualTo(8);
    assertThat(in.skipArray()).isZero();
    assertThat(in.readInt()).isEqualTo(9);
    assertThat(in.isEnd()).isTrue();
  }
}
