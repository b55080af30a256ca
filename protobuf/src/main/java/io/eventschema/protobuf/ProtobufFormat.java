package io.eventschema.protobuf;

import com.google.protobuf.CodedOutputStream;
import io.eventschema.codec.Limits;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventFormat;
import io.eventschema.serde.SerdeConfig;
import io.eventschema.wire.ProtoMessages;
import io.eventschema.wire.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Protobuf as an {@link EventFormat}: the message written and read by the generated
 * {@link ProtobufEventCodec}, registered with schema type {@code PROTOBUF}, in Confluent's
 * Protobuf wire format: after the 5-byte header ({@code 0x00}, the schema id) comes the message
 * index array (zig-zag varints: the count, then each index; the single byte {@code 0x00} for the
 * first message, {@code [0]}), then the message. The event's message is the first of its
 * {@code .proto}, so this writes {@code 0x00}; it reads any index array and reads the message the
 * array names if that message is the event's (by full name in the writer's {@code .proto}).
 *
 * <p>When the schema id travels in a record header instead of the prefix, the payload is the
 * message alone, read as the writer's first message.
 *
 * <p>Protobuf is read by field number, so one reader serves every writer schema: fields a newer
 * writer added are skipped, fields an older writer lacks read as their defaults.
 */
final class ProtobufFormat<T> implements EventFormat<T> {
  private final ProtobufEventCodec<T> codec;
  private volatile ThreadLocal<ProtobufReader> readers =
      ThreadLocal.withInitial(ProtobufReader::new);
  /** Per producer thread: nothing is allocated per event but the event's array. */
  private final ThreadLocal<Writer> writers = ThreadLocal.withInitial(Writer::new);

  ProtobufFormat(ProtobufEventCodec<T> codec) {
    this.codec = codec;
  }

  ProtobufEventCodec<T> codec() {
    return codec;
  }

  @Override
  public Class<T> type() {
    return codec.type();
  }

  @Override
  public String fullName() {
    return codec.fullName();
  }

  @Override
  public String schemaType() {
    return SchemaRegistryClient.PROTOBUF;
  }

  @Override
  public String schemaText() {
    return codec.schemaText();
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Limits limits = new SerdeConfig(configs).limits();
    readers = ThreadLocal.withInitial(
        () -> new ProtobufReader(limits.maxItems(), limits.maxDepth()));
  }

  @Override
  public String layoutDifference(RegisteredSchema registered) {
    String theirs = ProtoMessages.of(registered.schema()).get(List.of(0));
    if (!codec.fullName().equals(theirs)) {
      return "declares " + (theirs == null ? "no message" : theirs) + " first, not "
          + codec.fullName();
    }
    if (!normalized(registered.schema()).equals(normalized(codec.schemaText()))) {
      return "is not the same .proto as " + codec.fullName() + "'s";
    }
    return null;
  }

  /** The text without comments and with whitespace runs as one space. */
  static String normalized(String proto) {
    String noComments = proto.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    return noComments.replaceAll("\\s+", " ").strip();
  }

  @Override
  public byte[] encode(T value, int schemaId, boolean prefix) throws IOException {
    Writer w = writers.get();
    int size = codec.size(value, w.sizes);
    int header = prefix ? WireFormat.HEADER_SIZE + 1 : 0;
    byte[] bytes = new byte[header + size];
    if (prefix) {
      bytes[0] = WireFormat.MAGIC_BYTE;
      bytes[1] = (byte) (schemaId >>> 24);
      bytes[2] = (byte) (schemaId >>> 16);
      bytes[3] = (byte) (schemaId >>> 8);
      bytes[4] = (byte) schemaId;
      bytes[5] = 0; // message indexes [0]: the event is the first message of its .proto
    }
    w.target = bytes;
    w.position = header;
    boolean written = false;
    try {
      codec.write(value, w.out, w.sizes);
      w.out.flush();
      if (w.position != bytes.length) {
        throw new IOException("the codec wrote " + (w.position - header) + " bytes of a "
            + size + "-byte message");
      }
      written = true;
    } finally {
      w.target = null;
      if (!written) {
        // the encoder may still hold bytes of the event that failed: the next one gets a new one
        writers.remove();
      }
    }
    return bytes;
  }

  /**
   * The size pass's results and a protobuf-java encoder for one thread, reused for every event:
   * the encoder writes through its own buffer into the array of the event being written
   * ({@code CodedOutputStream.newInstance(byte[])} would be a new encoder per event).
   */
  private static final class Writer extends OutputStream {
    final ProtobufSizes sizes = new ProtobufSizes();
    final CodedOutputStream out = CodedOutputStream.newInstance(this, 4096);
    byte[] target;
    int position;

    @Override
    public void write(int b) {
      target[position++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      System.arraycopy(b, off, target, position, len);
      position += len;
    }
  }

  @Override
  public Reader<T> readerFor(RegisteredSchema writer) {
    Map<List<Integer>, String> messages = ProtoMessages.of(writer.schema());
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("the registry's schema for this id declares no message"
          + " (is it a .proto?)");
    }
    return new ByNumberReader<>(codec, messages, this);
  }

  ProtobufReader reader() {
    return readers.get();
  }

  /** Reads a message of any writer's {@code .proto} by field number. */
  private static final class ByNumberReader<T> implements Reader<T> {
    private final ProtobufEventCodec<T> codec;
    private final Map<List<Integer>, String> messages;
    private final ProtobufFormat<T> format;
    private final boolean firstIsOurs;

    ByNumberReader(ProtobufEventCodec<T> codec, Map<List<Integer>, String> messages,
        ProtobufFormat<T> format) {
      this.codec = codec;
      this.messages = messages;
      this.format = format;
      this.firstIsOurs = codec.fullName().equals(messages.get(List.of(0)));
    }

    /** A body after Confluent's 5-byte prefix: the message-index array comes first. */
    @Override
    public T read(byte[] data, int offset, int length) throws IOException {
      return read(data, offset, length, true);
    }

    @Override
    public T read(byte[] data, int offset, int length, boolean prefixed) throws IOException {
      int start = offset;
      int end = offset + length;
      // the index array follows the prefix only; with the id in a header the body is the message
      if (prefixed) {
        if (start >= end) {
          throw new MalformedPayloadException("the payload ends before its message indexes");
        }
        if (data[start] == 0) {
          start++;
          if (!firstIsOurs) {
            throw wrongMessage(List.of(0));
          }
        } else {
          int[] pos = {start};
          List<Integer> indexes = ProtoMessages.indexes(data, pos, end);
          start = pos[0];
          if (!codec.fullName().equals(messages.get(indexes))) {
            throw wrongMessage(indexes);
          }
        }
      } else if (!firstIsOurs) {
        throw wrongMessage(List.of(0));
      }
      ProtobufReader in = format.reader();
      in.reset(data, start, end - start);
      return codec.read(in);
    }

    private MalformedPayloadException wrongMessage(List<Integer> indexes) {
      String name = messages.get(indexes);
      return new MalformedPayloadException("the payload's message indexes " + indexes
          + " name " + (name == null ? "no message" : "message " + name)
          + " of the writer's .proto, not " + codec.fullName());
    }

    @Override
    public String kind() {
      return "by field number";
    }
  }
}
