package io.eventschema.evolution;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.evolution.Steps.Scratch;
import io.eventschema.evolution.Steps.Step;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Turns Avro binary written with one schema into Avro binary of another, by Avro's resolution
 * rules: fields the reader lacks are skipped, fields the writer lacks get the reader's default,
 * fields are reordered and renamed (aliases), values promoted (int → long → float → double,
 * string ↔ bytes), enum symbols the reader lacks mapped to its default, unions widened or narrowed.
 * A codec that reads the reader's layout then reads data of any compatible writer.
 *
 * <p>All schema work happens in {@link #compile}; {@link #transcode} only moves bytes. Its result
 * is byte for byte what Avro's {@code GenericDatumWriter(reader)} writes for the datum
 * {@code GenericDatumReader(writer, reader)} reads (arrays and maps as one block per block read).
 * Immutable and thread-safe.
 */
public final class Transcoder {
  private static final int MAX_RETAINED = 1 << 20;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final Schema writer;
  private final Schema reader;
  private final Step root;
  private final boolean rootIsRecord;

  private Transcoder(Schema writer, Schema reader, Step root) {
    this.writer = writer;
    this.reader = reader;
    this.root = root;
    this.rootIsRecord = root instanceof Steps.InOrderRecord
        || root instanceof Steps.ReorderedRecord;
  }

  /**
   * The transcoder from {@code writer} to {@code reader}.
   *
   * @throws IncompatibleSchemaException if Avro's compatibility rules say {@code reader} cannot
   *     read {@code writer}; it names every field path and why
   * @throws IllegalArgumentException if Avro's resolution itself fails on the pair (Avro's
   *     {@code GenericDatumReader} fails on it the same way)
   */
  public static Transcoder compile(Schema writer, Schema reader) {
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(reader, "reader");
    List<SchemaIncompatibility> problems = ReadCheck.problems(reader, writer);
    if (!problems.isEmpty()) {
      throw new IncompatibleSchemaException(reader.getFullName(), writer.getFullName(), problems);
    }
    try {
      return new Transcoder(writer, reader, TranscoderCompiler.compile(writer, reader));
    } catch (AvroRuntimeException e) {
      // Avro's own resolution fails too (e.g. a default its alias renaming leaves invalid)
      throw new IllegalArgumentException("Avro cannot resolve " + writer.getFullName()
          + " (writer) against " + reader.getFullName() + " (reader): " + e.getMessage(), e);
    }
  }

  public Schema writer() {
    return writer;
  }

  public Schema reader() {
    return reader;
  }

  /**
   * Reads one value in the writer's layout from {@code in} and appends it in the reader's layout
   * to {@code out}.
   *
   * @throws java.io.EOFException if the input ends inside the value
   * @throws io.eventschema.codec.InvalidDataException if the input is not valid Avro binary of the
   *     writer's schema, or holds a value Avro's resolution cannot read either (an enum symbol the
   *     reader lacks when its enum has no default)
   */
  public void transcode(AvroInput in, AvroOutput out) throws IOException {
    Scratch s = SCRATCH.get();
    try {
      if (rootIsRecord) {
        // the event itself is depth 0, as in the generated readers: its record step enters 1
        in.budget().exit();
      }
      root.run(in, out, s);
    } finally {
      s.done(MAX_RETAINED);
    }
  }

  /** {@link #transcode(AvroInput, AvroOutput)} of a whole array, into a new one. */
  public byte[] transcode(byte[] writerBytes) throws IOException {
    AvroInput in = new AvroInput().reset(writerBytes, 0, writerBytes.length);
    AvroOutput out = new AvroOutput(writerBytes.length + 16);
    transcode(in, out);
    if (!in.isEnd()) {
      throw new io.eventschema.codec.InvalidDataException(in.remainingBytes()
          + " unexpected byte(s) after the value that ends at byte " + in.position());
    }
    return out.toByteArray();
  }
}
