package io.eventschema.serde;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import io.eventschema.codec.Limits;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.wire.WireFormat;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Avro as an {@link EventFormat}: the generated {@link EventCodec} writing into a per-thread
 * {@link AvroOutput}, and a {@link WriterPlan} per writer schema (direct, prefix or transcoding).
 */
final class AvroFormat<T> implements EventFormat<T> {
  private static final int MAX_RETAINED_BUFFER = 1 << 20;
  private static final ThreadLocal<AvroOutput> OUTPUT = ThreadLocal.withInitial(AvroOutput::new);
  private static final ThreadLocal<AvroInput> INPUT = ThreadLocal.withInitial(AvroInput::new);

  private final EventCodec<T> codec;
  private volatile Limits limits = Limits.DEFAULT;
  private volatile int maxNamedTypes = SerdeConfig.DEFAULT_MAX_SCHEMA_NAMED_TYPES;

  AvroFormat(EventCodec<T> codec) {
    this.codec = codec;
  }

  /** Reads the per-message work bounds ({@link Limits}) every payload is held to. */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    SerdeConfig config = new SerdeConfig(configs);
    limits = config.limits();
    maxNamedTypes = config.getInt(SerdeConfig.MAX_SCHEMA_NAMED_TYPES);
  }

  EventCodec<T> codec() {
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
    return SchemaRegistryClient.AVRO;
  }

  @Override
  public String schemaText() {
    return codec.schema().toString();
  }

  @Override
  public String layoutDifference(RegisteredSchema registered) {
    Schema schema;
    try {
      schema = new Schema.Parser().parse(registered.schema());
    } catch (RuntimeException e) {
      return "is not a valid Avro schema (" + e.getMessage() + ")";
    }
    if (SchemaNormalization.parsingFingerprint64(schema)
        != SchemaNormalization.parsingFingerprint64(codec.schema())) {
      return "does not have the same binary layout as " + codec.fullName() + "'s schema";
    }
    return null;
  }

  @Override
  public byte[] encode(T value, int schemaId, boolean prefix) throws IOException {
    AvroOutput out = OUTPUT.get();
    try {
      out.reset();
      out.budget().limits(limits);
      if (prefix) {
        out.writeRawByte(WireFormat.MAGIC_BYTE);
        out.writeRawIntBigEndian(schemaId);
      }
      codec.encode(value, out);
      return out.toByteArray();
    } finally {
      out.trim(MAX_RETAINED_BUFFER);
    }
  }

  @Override
  public Reader<T> readerFor(RegisteredSchema writer) {
    WriterPlan<T> plan = WriterPlan.forWriter(codec, writer, maxNamedTypes);
    String name = codec.type().getSimpleName();
    return new Reader<>() {
      @Override
      public T read(byte[] data, int offset, int length) throws IOException {
        AvroInput in = INPUT.get().reset(data, offset, length);
        in.budget().limits(limits);
        T value;
        try {
          value = plan.read(in);
        } catch (IOException e) {
          // the generated readers noted, on the way out, the field they were reading
          String path = in.failedPath();
          if (path != null) {
            throw new FieldReadException(path, e);
          }
          throw e;
        }
        if (!in.isEnd()) {
          throw new MalformedPayloadException(in.remainingBytes() + " unexpected byte(s) after the "
              + name + " that ends at body byte " + in.position());
        }
        return value;
      }

      @Override
      public String kind() {
        return plan.kind();
      }
    };
  }
}
