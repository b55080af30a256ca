package io.eventschema.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.eventschema.Compatibility;
import io.eventschema.testing.SeededTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * Apache Avro is the oracle. For random pairs of schemas made by evolution steps, and random data:
 * the transcoder's bytes equal what Avro's {@code GenericDatumReader(writer, reader)} reads,
 * written back with {@code GenericDatumWriter(reader)}; the transcoder refuses exactly the pairs
 * Avro's {@code SchemaCompatibility} refuses; the checker's verdict at every level equals the one
 * derived from {@code SchemaCompatibility}.
 */
class EvolutionOracleProperties {

  private static boolean avroCanRead(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibilityType.COMPATIBLE;
  }

  /**
   * Avro's binary decoder over a stream, not an array. Over an array Avro 1.12.2's
   * {@code GenericDatumReader} checks an array's declared length against the <em>reader's</em>
   * element size, so it rejects valid data whose writer elements are smaller (int items read as
   * double: "Collection claims 3 elements with at least 8 bytes each"); over a stream it cannot
   * count the remaining bytes and skips that check.
   */
  static org.apache.avro.io.Decoder avroDecoder(byte[] bytes) {
    return DecoderFactory.get().binaryDecoder(
        new java.io.BufferedInputStream(new java.io.ByteArrayInputStream(bytes)), null);
  }

  private static byte[] write(Schema schema, Object datum) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().binaryEncoder(bytes, null);
    new GenericDatumWriter<>(schema).write(datum, e);
    e.flush();
    return bytes.toByteArray();
  }

  private static boolean containsMap(Schema s, Set<Schema> seen) {
    if (!seen.add(s)) {
      return false;
    }
    return switch (s.getType()) {
      case MAP -> true;
      case ARRAY -> containsMap(s.getElementType(), seen);
      case UNION -> s.getTypes().stream().anyMatch(b -> containsMap(b, seen));
      case RECORD -> s.getFields().stream().anyMatch(f -> containsMap(f.schema(), seen));
      default -> false;
    };
  }

  @SeededTest(tries = 400)
  void transcoderMatchesGenericDatumReader(long seed) throws IOException {
    RandomSchemas gen = new RandomSchemas(seed);
    RandomSchemas.Rec a = gen.record(2);
    RandomSchemas.Rec b = gen.evolve(a, 3);
    Schema sa = RandomSchemas.parse(a);
    Schema sb = RandomSchemas.parse(b);
    checkPair(gen, sa, sb);
    checkPair(gen, sb, sa);
  }

  /**
   * The writer added fields after the reader's: the prefix plan applies, and reading the reader's
   * fields from the writer's bytes (Avro's {@code GenericDatumReader(reader, reader)} standing in
   * for a generated codec) then skipping the rest gives what Avro's
   * {@code GenericDatumReader(writer, reader)} reads, consuming every byte; cut anywhere inside the
   * extra fields, the read fails with an EOFException.
   */
  @SeededTest(tries = 400)
  void prefixPlanMatchesGenericDatumReader(long seed) throws IOException {
    RandomSchemas gen = new RandomSchemas(seed);
    RandomSchemas.Rec r = gen.record(2);
    Schema reader = RandomSchemas.parse(r);
    Schema writer = RandomSchemas.parse(gen.appendFields(r, 3));
    WriterPrefix prefix = WriterPrefix.of(writer, reader);
    assertThat(prefix).as("writer %s%nreader %s", writer, reader).isNotNull();
    assertThat(prefix.extraFields())
        .isEqualTo(writer.getFields().size() - reader.getFields().size());
    for (int n = 0; n < 5; n++) {
      byte[] written = write(writer, gen.datum(writer, 4));
      checkPrefixRead(prefix, writer, reader, written);
    }
  }

  /** Reads {@code written} with the prefix plan and compares with Avro's resolving read. */
  private static void checkPrefixRead(WriterPrefix prefix, Schema writer, Schema reader,
      byte[] written) throws IOException {
    Object expected = new GenericDatumReader<>(writer, reader).read(null, avroDecoder(written));
    io.eventschema.codec.AvroInput in =
        new io.eventschema.codec.AvroInput().reset(written, 0, written.length);
    Object actual = new GenericDatumReader<>(reader, reader).read(null, in);
    int prefixEnd = in.position();
    prefix.skipRest(in);
    assertThat(in.isEnd()).as("every byte read").isTrue();
    assertThat(actual).as("writer %s%nreader %s", writer, reader).isEqualTo(expected);
    for (int cut = prefixEnd; cut < written.length; cut++) {
      io.eventschema.codec.AvroInput truncated =
          new io.eventschema.codec.AvroInput().reset(written, 0, cut);
      // (the reader's fields may fail already: a block count is checked against what remains)
      assertThatThrownBy(() -> {
        new GenericDatumReader<>(reader, reader).read(null, truncated);
        prefix.skipRest(truncated);
      }).as("cut at %d of %d", cut, written.length).isInstanceOf(java.io.EOFException.class);
    }
  }

  private void checkPair(RandomSchemas gen, Schema writer, Schema reader) throws IOException {
    boolean compatible = avroCanRead(reader, writer);
    if (!compatible) {
      assertThatThrownBy(() -> Transcoder.compile(writer, reader))
          .isInstanceOf(IncompatibleSchemaException.class)
          .satisfies(e -> {
            IncompatibleSchemaException ise = (IncompatibleSchemaException) e;
            assertThat(ise.incompatibilities()).isNotEmpty();
            // every problem Avro found is reported, at Avro's location; a union missing the
            // branch of a record it holds by name, as that record's problems, below it
            Set<String> ours = new HashSet<>();
            for (SchemaIncompatibility i : ise.incompatibilities()) {
              ours.add(i.kind() + " " + i.location());
            }
            for (Incompatibility i : SchemaCompatibility.checkReaderWriterCompatibility(reader,
                writer).getResult().getIncompatibilities()) {
              String at = i.getType() + " " + i.getLocation();
              if (ours.contains(at)) {
                continue;
              }
              assertThat(i.getType().name()).as(at).isEqualTo("MISSING_UNION_BRANCH");
              assertThat(ise.incompatibilities()).as(at).anySatisfy(o -> assertThat(
                  o.location()).startsWith(i.getLocation() + "/"));
            }
          });
      return;
    }
    Transcoder transcoder;
    try {
      transcoder = Transcoder.compile(writer, reader);
    } catch (IllegalArgumentException e) {
      // only when Avro's own resolution fails on the pair too
      assertThat(e).isNotInstanceOf(IncompatibleSchemaException.class);
      byte[] written = write(writer, gen.datum(writer, 4));
      assertThatThrownBy(() -> new GenericDatumReader<>(writer, reader)
          .read(null, avroDecoder(written)))
          .isInstanceOf(AvroRuntimeException.class);
      return;
    }
    WriterPrefix prefix = WriterPrefix.of(writer, reader);
    for (int n = 0; n < 5; n++) {
      Object datum = gen.datum(writer, 4);
      byte[] written = write(writer, datum);
      Object resolved;
      try {
        resolved = new GenericDatumReader<>(writer, reader)
            .read(null, avroDecoder(written));
      } catch (IOException | RuntimeException avroFailed) {
        // Avro cannot read this datum either (e.g. an enum symbol without a reader default)
        assertThatThrownBy(() -> transcoder.transcode(written)).isInstanceOf(IOException.class);
        continue;
      }
      if (prefix != null) {
        // an evolution step that happened to add fields at the end only
        checkPrefixRead(prefix, writer, reader, written);
      }
      byte[] expected = write(reader, resolved);
      byte[] actual = transcoder.transcode(written);
      // the same datum: Avro reads the transcoded bytes as the reader's schema into what it
      // resolved from the writer's bytes
      Object reread = new GenericDatumReader<>(reader, reader)
          .read(null, avroDecoder(actual));
      // (GenericData.Record.equals compares as Avro does, maps included)
      assertThat(reread).as("writer %s%nreader %s%ndatum %s", writer, reader, datum)
          .isEqualTo(resolved);
      // and the same bytes, unless a map is involved (Avro reads maps into a HashMap, so it
      // writes their entries back in another order)
      if (!containsMap(reader, new HashSet<>())
          && !java.util.Arrays.equals(expected, actual)) {
        fail("writer " + writer + "\nreader " + reader + "\ndatum " + datum + "\nexpected "
            + java.util.Arrays.toString(expected) + "\nactual   "
            + java.util.Arrays.toString(actual));
      }
    }
  }

  @SeededTest(tries = 300)
  void checkerVerdictMatchesSchemaCompatibilityAtEveryLevel(long seed) {
    RandomSchemas gen = new RandomSchemas(seed);
    List<Schema> history = new ArrayList<>();
    RandomSchemas.Rec current = gen.record(2);
    history.add(RandomSchemas.parse(current));
    int versions = 1 + (int) Math.floorMod(seed, 4L);
    for (int i = 0; i < versions; i++) {
      current = gen.evolve(current, 2);
      history.add(RandomSchemas.parse(current));
    }
    Schema candidate = history.remove(history.size() - 1);
    Schema latest = history.get(history.size() - 1);
    for (Compatibility level : Compatibility.values()) {
      boolean expected = switch (level) {
        case NONE -> true;
        case BACKWARD -> avroCanRead(candidate, latest);
        case FORWARD -> avroCanRead(latest, candidate);
        case FULL -> avroCanRead(candidate, latest) && avroCanRead(latest, candidate);
        case BACKWARD_TRANSITIVE -> history.stream().allMatch(old -> avroCanRead(candidate, old));
        case FORWARD_TRANSITIVE -> history.stream().allMatch(old -> avroCanRead(old, candidate));
        case FULL_TRANSITIVE -> history.stream()
            .allMatch(old -> avroCanRead(candidate, old) && avroCanRead(old, candidate));
      };
      CompatibilityReport report = CompatibilityChecker.checkSchemas(candidate, history, level);
      assertThat(report.isCompatible()).as("%s: %s", level, report).isEqualTo(expected);
      for (CompatibilityProblem p : report.problems()) {
        assertThat(p.incompatibility().reason()).isNotBlank();
        assertThat(p.version().version()).isBetween(1, history.size());
        Schema old = history.get(p.version().version() - 1);
        // the problem is one Avro reports for that pair, in that direction, or (a union
        // missing the branch of a record it holds by name) one below such a missing branch
        Schema reader = p.newReadsOld() ? candidate : old;
        Schema writer = p.newReadsOld() ? old : candidate;
        List<String> avro = new ArrayList<>();
        List<String> missingBranches = new ArrayList<>();
        for (Incompatibility i : SchemaCompatibility.checkReaderWriterCompatibility(reader,
            writer).getResult().getIncompatibilities()) {
          avro.add(i.getType() + " " + i.getLocation());
          if (i.getType().name().equals("MISSING_UNION_BRANCH")) {
            missingBranches.add(i.getLocation() + "/");
          }
        }
        String ours = p.incompatibility().kind() + " " + p.incompatibility().location();
        assertThat(avro.contains(ours) || missingBranches.stream()
            .anyMatch(p.incompatibility().location()::startsWith))
            .as("%s among %s", ours, avro).isTrue();
      }
    }
  }

  @Test
  void generatorMakesBothVerdicts() {
    int compatible = 0;
    int incompatible = 0;
    for (long seed = 0; seed < 200; seed++) {
      RandomSchemas gen = new RandomSchemas(seed);
      RandomSchemas.Rec a = gen.record(2);
      Schema sa = RandomSchemas.parse(a);
      Schema sb = RandomSchemas.parse(gen.evolve(a, 3));
      if (avroCanRead(sb, sa)) {
        compatible++;
      } else {
        incompatible++;
      }
    }
    // a generator that only made one kind of pair would test half the code
    assertThat(compatible).isGreaterThan(40);
    assertThat(incompatible).isGreaterThan(40);
  }
}
