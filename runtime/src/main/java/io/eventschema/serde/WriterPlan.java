package io.eventschema.serde;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.registry.RegisteredSchema;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;

/**
 * How to read bytes written with one writer schema into the codec's type, decided once per schema id.
 */
abstract class WriterPlan<T> {

  abstract T read(AvroInput in) throws IOException;

  /**
   * The plan for {@code writer}.
   *
   * @throws IllegalArgumentException if the writer schema cannot be parsed, is not Avro, or Avro's
   *     resolution rules do not let the codec's schema read it
   */
  static <T> WriterPlan<T> forWriter(EventCodec<T> codec, RegisteredSchema writer) {
    if (!"AVRO".equals(writer.schemaType())) {
      throw new IllegalArgumentException("the writer's schema is of type " + writer.schemaType()
          + ", not AVRO");
    }
    Schema writerSchema;
    try {
      writerSchema = new Schema.Parser().parse(writer.schema());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the registry's schema for this id is not valid Avro: "
          + e.getMessage(), e);
    }
    Schema reader = codec.schema();
    if (SchemaNormalization.parsingFingerprint64(writerSchema)
        == SchemaNormalization.parsingFingerprint64(reader)) {
      return new Direct<>(codec);
    }
    SchemaPairCompatibility compatibility =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writerSchema);
    if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      StringBuilder why = new StringBuilder(codec.fullName())
          .append(" cannot read events written with ").append(writerSchema.getFullName())
          .append(" under Avro's resolution rules:");
      for (Incompatibility i : compatibility.getResult().getIncompatibilities()) {
        why.append("\n  - ").append(i.getLocation()).append(": ").append(i.getType())
            .append(" (").append(i.getMessage()).append(')');
      }
      throw new IllegalArgumentException(why.toString());
    }
    return new Resolving<>(codec, writerSchema);
  }

  /** Writer and reader agree: the codec reads the bytes directly. */
  private static final class Direct<T> extends WriterPlan<T> {
    private final EventCodec<T> codec;

    Direct(EventCodec<T> codec) {
      this.codec = codec;
    }

    @Override
    T read(AvroInput in) throws IOException {
      return codec.decode(in);
    }
  }

  /**
   * Writer and reader differ: Avro resolves the writer's datum to the reader's schema, which the
   * codec then reads.
   */
  private static final class Resolving<T> extends WriterPlan<T> {
    private static final ThreadLocal<AvroOutput> SCRATCH = ThreadLocal.withInitial(AvroOutput::new);
    private static final ThreadLocal<AvroInput> SCRATCH_IN = ThreadLocal.withInitial(AvroInput::new);

    private final EventCodec<T> codec;
    private final GenericDatumReader<Object> resolver;
    private final GenericDatumWriter<Object> writer;

    Resolving(EventCodec<T> codec, Schema writerSchema) {
      this.codec = codec;
      this.resolver = new GenericDatumReader<>(writerSchema, codec.schema());
      this.writer = new GenericDatumWriter<>(codec.schema());
    }

    @Override
    T read(AvroInput in) throws IOException {
      Object datum = resolver.read(null, in);
      AvroOutput out = SCRATCH.get().reset();
      writer.write(datum, out);
      return codec.decode(SCRATCH_IN.get().reset(out.buffer(), 0, out.size()));
    }
  }
}
