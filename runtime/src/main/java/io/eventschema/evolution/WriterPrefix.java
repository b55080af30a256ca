package io.eventschema.evolution;

import io.eventschema.codec.AvroInput;
import io.eventschema.evolution.Steps.Step;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The most common evolution, read without a transcoder: the reader's fields are, in order, the
 * writer's first top-level fields with the same binary layout, and the writer only added fields
 * after them. A codec of the reader's schema then reads the writer's bytes directly, and
 * {@link #skipRest} skips the writer's remaining fields with steps compiled once. Immutable and
 * thread-safe.
 */
public final class WriterPrefix {
  private final Step[] skips;

  private WriterPrefix(Step[] skips) {
    this.skips = skips;
  }

  /**
   * The prefix plan for reading {@code writer}'s bytes as {@code reader}, or {@code null} when it
   * does not apply: it applies only when both are records of the same full name, the writer has
   * more fields than the reader, the reader's i-th field has the name of the writer's i-th field
   * and a schema of the same Parsing Canonical Form, and no alias appears anywhere in the reader's
   * record or the schemas of its fields (aliases could make Avro's resolution match fields
   * differently).
   */
  public static WriterPrefix of(Schema writer, Schema reader) {
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(reader, "reader");
    if (writer.getType() != Schema.Type.RECORD || reader.getType() != Schema.Type.RECORD
        || !writer.getFullName().equals(reader.getFullName())
        || !reader.getAliases().isEmpty()) {
      return null;
    }
    List<Schema.Field> w = writer.getFields();
    List<Schema.Field> r = reader.getFields();
    if (w.size() <= r.size()) {
      return null;
    }
    Map<Schema, Boolean> seen = new IdentityHashMap<>();
    for (int i = 0; i < r.size(); i++) {
      Schema.Field rf = r.get(i);
      Schema.Field wf = w.get(i);
      if (!rf.name().equals(wf.name()) || !rf.aliases().isEmpty()
          || hasAliases(rf.schema(), seen)) {
        return null;
      }
      if (!SchemaNormalization.toParsingForm(rf.schema())
          .equals(SchemaNormalization.toParsingForm(wf.schema()))) {
        return null;
      }
    }
    return new WriterPrefix(TranscoderCompiler.skipSteps(w.subList(r.size(), w.size())));
  }

  /** The number of writer fields after the reader's, which {@link #skipRest} skips. */
  public int extraFields() {
    return skips.length;
  }

  /**
   * Skips the writer's fields after the reader's, once the reader's have been read from {@code in}.
   *
   * @throws java.io.EOFException if the input ends inside them
   * @throws io.eventschema.codec.InvalidDataException if they are not valid Avro binary of the
   *     writer's schema
   */
  public void skipRest(AvroInput in) throws IOException {
    for (Step s : skips) {
      // skip steps read only: they never write to the output nor use the scratch buffers
      s.run(in, null, null);
    }
  }

  private static boolean hasAliases(Schema s, Map<Schema, Boolean> seen) {
    if (seen.put(s, Boolean.TRUE) != null) {
      return false;
    }
    return switch (s.getType()) {
      case RECORD -> {
        if (!s.getAliases().isEmpty()) {
          yield true;
        }
        for (Schema.Field f : s.getFields()) {
          if (!f.aliases().isEmpty() || hasAliases(f.schema(), seen)) {
            yield true;
          }
        }
        yield false;
      }
      case ENUM, FIXED -> !s.getAliases().isEmpty();
      case ARRAY -> hasAliases(s.getElementType(), seen);
      case MAP -> hasAliases(s.getValueType(), seen);
      case UNION -> s.getTypes().stream().anyMatch(b -> hasAliases(b, seen));
      default -> false;
    };
  }
}
