package io.eventschema.protobuf;

import com.google.protobuf.CodedOutputStream;
import java.io.IOException;

/**
 * Reads and writes one event type as a Protobuf message of its generated {@code .proto}. The
 * eventschema processor generates one final implementation per
 * {@code @Event(formats = PROTOBUF)} record ({@code <Record>ProtobufCodec}, with an
 * {@code INSTANCE}) over protobuf-java's {@link CodedOutputStream} and {@link ProtobufReader}: no
 * descriptors, no protoc-generated classes, no reflection, no mutable state, so one instance serves
 * every thread.
 *
 * <p>The event's message is the first message of {@link #schemaText()}, so its Confluent message
 * index is {@code [0]}.
 *
 * @param <T> the record type
 */
public interface ProtobufEventCodec<T> {

  /** The record class this codec reads and writes. */
  Class<T> type();

  /** The message's full name, {@code <package>.<Name>}: what RecordNameStrategy subjects use. */
  String fullName();

  /**
   * The {@code .proto} exactly as written to
   * {@code META-INF/protobuf/<package as path>/<Name>.proto}: the text registered with schema type
   * {@code PROTOBUF}.
   */
  String schemaText();

  /**
   * The encoded size of {@code value}'s message in bytes, as {@link #write} writes it.
   *
   * @throws io.eventschema.codec.NullFieldException if a field that cannot be null is null
   */
  int size(T value);

  /**
   * Writes {@code value}'s message fields (no length prefix) in field-number order, leaving out
   * proto3 default values of fields without presence, as protobuf-java does.
   */
  void write(T value, CodedOutputStream out) throws IOException;

  /**
   * {@link #size(Object)}, keeping the sizes of the nested messages (and the decimal texts) in
   * {@code sizes} (reset first) for {@link #write(Object, CodedOutputStream, ProtobufSizes)}: the
   * serializer's path, so every length is computed once. The generated codecs implement it; the
   * default does not keep anything.
   */
  default int size(T value, ProtobufSizes sizes) {
    return size(value);
  }

  /**
   * {@link #write(Object, CodedOutputStream)} with the sizes {@link #size(Object, ProtobufSizes)}
   * kept for this value, just before.
   */
  default void write(T value, CodedOutputStream out, ProtobufSizes sizes) throws IOException {
    write(value, out);
  }

  /**
   * Reads one message that takes the rest of the reader's input, written by this or an older or
   * newer {@code .proto} of the event: unknown fields are skipped, missing ones read as their
   * proto3 default (or, for a record field, as an error naming it).
   *
   * @throws ProtobufDataException if the bytes are not a valid message, naming the field
   */
  T read(ProtobufReader in) throws IOException;
}
