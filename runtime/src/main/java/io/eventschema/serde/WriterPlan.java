package io.eventschema.serde;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.evolution.Transcoder;
import io.eventschema.evolution.WriterPrefix;
import io.eventschema.registry.RegisteredSchema;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * How to read bytes written with one writer schema into the codec's type, decided once per schema id.
 */
abstract class WriterPlan<T> {

  abstract T read(AvroInput in) throws IOException;

  /** Which plan this is ("direct", "prefix" or "transcoding"), for tests and diagnostics. */
  abstract String kind();

  /**
   * The plan for {@code writer}.
   *
   * @throws IllegalArgumentException if the writer schema cannot be parsed, is not Avro, or Avro's
   *     resolution rules do not let the codec's schema read it (an
   *     {@link io.eventschema.evolution.IncompatibleSchemaException} naming each field and why)
   */
  static <T> WriterPlan<T> forWriter(EventCodec<T> codec, RegisteredSchema writer) {
    return forWriter(codec, writer, SerdeConfig.DEFAULT_MAX_SCHEMA_NAMED_TYPES);
  }

  /**
   * As {@link #forWriter(EventCodec, RegisteredSchema)}, refusing (before parsing it) a writer
   * schema that declares more than {@code maxNamedTypes} named types: Avro's parser takes time
   * quadratic in them.
   */
  static <T> WriterPlan<T> forWriter(EventCodec<T> codec, RegisteredSchema writer,
      int maxNamedTypes) {
    if (!"AVRO".equals(writer.schemaType())) {
      throw new IllegalArgumentException("the writer's schema is of type " + writer.schemaType()
          + ", not AVRO");
    }
    int named = SchemaSize.namedTypes(writer.schema(), maxNamedTypes);
    if (named > maxNamedTypes) {
      throw new IllegalArgumentException("the registry's schema for this id declares more than "
          + maxNamedTypes + " named types (" + writer.schema().length() + " chars); it is not"
          + " parsed (" + SerdeConfig.MAX_SCHEMA_NAMED_TYPES + ")");
    }
    Schema writerSchema;
    try {
      writerSchema = new Schema.Parser().parse(writer.schema());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the registry's schema for this id is not valid Avro: "
          + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException("the registry's schema for this id nests too deeply"
          + " to parse on this thread's stack", e);
    }
    Schema reader = codec.schema();
    if (SchemaNormalization.parsingFingerprint64(writerSchema)
        == SchemaNormalization.parsingFingerprint64(reader)) {
      return new Direct<>(codec);
    }
    // throws IncompatibleSchemaException (an IllegalArgumentException) naming each field and why
    Transcoder transcoder = Transcoder.compile(writerSchema, reader);
    WriterPrefix prefix = WriterPrefix.of(writerSchema, reader);
    if (prefix != null) {
      return new Prefix<>(codec, prefix);
    }
    return new Transcoding<>(codec, transcoder);
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

    @Override
    String kind() {
      return "direct";
    }
  }

  /**
   * The writer only added fields after the reader's, which it writes with the same layout: the
   * codec reads the writer's bytes directly, then the writer's extra fields are skipped. No copy.
   */
  private static final class Prefix<T> extends WriterPlan<T> {
    private final EventCodec<T> codec;
    private final WriterPrefix prefix;

    Prefix(EventCodec<T> codec, WriterPrefix prefix) {
      this.codec = codec;
      this.prefix = prefix;
    }

    @Override
    T read(AvroInput in) throws IOException {
      T value = codec.decode(in);
      prefix.skipRest(in);
      return value;
    }

    @Override
    String kind() {
      return "prefix";
    }
  }

  /**
   * Writer and reader differ: a transcoder compiled once for this writer rewrites the bytes into
   * the reader's layout, which the codec then reads. No schema work per message.
   */
  private static final class Transcoding<T> extends WriterPlan<T> {
    private static final int MAX_RETAINED = 1 << 20;
    private static final ThreadLocal<AvroOutput> SCRATCH = ThreadLocal.withInitial(AvroOutput::new);
    private static final ThreadLocal<AvroInput> SCRATCH_IN = ThreadLocal.withInitial(AvroInput::new);

    private final EventCodec<T> codec;
    private final Transcoder transcoder;

    Transcoding(EventCodec<T> codec, Transcoder transcoder) {
      this.codec = codec;
      this.transcoder = transcoder;
    }

    @Override
    T read(AvroInput in) throws IOException {
      AvroOutput out = SCRATCH.get().reset();
      try {
        transcoder.transcode(in, out);
        AvroInput transcoded = SCRATCH_IN.get().reset(out.buffer(), 0, out.size());
        transcoded.budget().sameLimitsAs(in.budget());
        return codec.decode(transcoded);
      } finally {
        out.trim(MAX_RETAINED);
      }
    }

    @Override
    String kind() {
      return "transcoding";
    }
  }
}
