package io.eventschema.codec;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes one event type as Avro binary. The eventschema processor generates one final
 * implementation per {@code @Event} record ({@code <Record>Codec}); it touches no reflection and
 * holds no mutable state, so a single instance serves every thread.
 *
 * @param <T> the record type
 */
public interface EventCodec<T> {

  /** The record class this codec reads and writes. */
  Class<T> type();

  /** The Avro schema, as written to {@code META-INF/avro/<fullName>.avsc}. */
  String schemaText();

  /** The parsed Avro schema; the same instance on every call. */
  Schema schema();

  /** The schema's full name, {@code <namespace>.<name>}. */
  default String fullName() {
    return schema().getFullName();
  }

  /**
   * Writes {@code value} as Avro binary of {@link #schema()}.
   *
   * @throws NullFieldException if a field that the schema does not allow to be null is null
   */
  void encode(T value, Encoder out) throws IOException;

  /**
   * Reads one value written with {@link #schema()}.
   *
   * @throws java.io.EOFException if the input ends inside the value
   * @throws InvalidDataException if the input is not valid Avro binary of this schema
   */
  T decode(Decoder in) throws IOException;
}
