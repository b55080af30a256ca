package io.eventschema.benchmarks;

import java.io.IOException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * Avro's datum writers and readers (reflect, specific, generic) framed as Confluent's serializer
 * frames them, at their best: encoder, decoder and output buffer reused across messages.
 */
final class DatumPath {
  private final ByteSink sink = new ByteSink();
  private BinaryEncoder encoder;
  private BinaryDecoder decoder;

  <D> byte[] write(DatumWriter<D> writer, D datum, int schemaId) throws IOException {
    encoder = EncoderFactory.get().directBinaryEncoder(sink.reset().header(schemaId), encoder);
    writer.write(datum, encoder);
    return sink.toByteArray();
  }

  <D> D read(DatumReader<D> reader, byte[] bytes, int schemaId) throws IOException {
    Framing.check(bytes, schemaId);
    decoder = DecoderFactory.get().binaryDecoder(bytes, Framing.HEADER,
        bytes.length - Framing.HEADER, decoder);
    return reader.read(null, decoder);
  }
}
