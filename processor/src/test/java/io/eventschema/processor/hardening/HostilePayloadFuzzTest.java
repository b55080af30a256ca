package io.eventschema.processor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.ReferenceEventSources;
import io.eventschema.processor.ShopSources;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.WireBytes;
import io.eventschema.registry.MockSchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing of every generated deserializer of the test fixtures (the shop events,
 * the all-types and reference events, and the shapes below: empty records in arrays and maps,
 * recursion), each read both as written with its own schema and through the transcoder from an
 * evolved writer schema. Payloads start from random valid Avro of the writer schema (written by
 * Avro's GenericDatumWriter) and are then mutated: bytes flipped, inserted, cut, lengths and
 * counts inflated, blocks of empty records piled up, recursion nested deep, garbage. Every outcome
 * must be an event or a {@link SerializationException}; no Error, no other exception.
 *
 * <p>CI runs {@value #DEFAULT_PAYLOADS} payloads. The long run:
 * {@code mvn -pl processor -am verify -Dtest=HostilePayloadFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Deventschema.fuzz.payloads=1000000
 * -Dfuzz.argLine=-Xmx512m} ({@code -Deventschema.fuzz.seed=N} for another seed). It prints its
 * figures (outcomes, slowest payload) on one line.
 */
class HostilePayloadFuzzTest {
  static final int DEFAULT_PAYLOADS = 10_000;
  private static final String SCOPE = "hostile-payload-fuzz";

  private static final String[] SHAPES = {
      "package com.acme.fuzz;",
      "import io.eventschema.Event;",
      "import java.util.List;",
      "import java.util.Map;",
      "import org.jspecify.annotations.Nullable;",
      "@Event(namespace = \"com.acme.fuzz\")",
      "public record Shapes(List<Tick> ticks, Map<String, Tick> byName, List<List<Tick>> nested,",
      "    @Nullable Link chain, Tree tree, List<Integer> ints) {",
      "  public record Tick() {}",
      "  public record Link(int value, @Nullable Link next) {}",
      "  public record Tree(String label, List<Tree> children, Map<String, Tick> marks) {}",
      "}"};

  /** One generated deserializer, with the ids of its own schema and of an evolved writer. */
  private record Target(String name, Deserializer<Object> deserializer, Schema schema, int id,
      Schema evolved, int evolvedId) {}

  private static final List<Target> TARGETS = new ArrayList<>();

  @AfterAll
  static void drop() {
    MockSchemaRegistryClient.dropScope(SCOPE);
  }

  private static void addTargets(Compilation c) throws Exception {
    CompiledClasses classes = new CompiledClasses(c);
    MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);
    for (String name : Compile.generatedSourceNames(c)) {
      // Avro's deserializers (the reference event also asks for JSON Schema since it is on a JSON
      // topic in the example: its JSON deserializer reads JSON, not these Avro payloads)
      if (!name.endsWith("Deserializer") || name.endsWith("JsonSchemaDeserializer")) {
        continue;
      }
      String base = name.substring(0, name.length() - "Deserializer".length());
      Schema schema = (Schema) classes.load(base + "Codec").getField("SCHEMA").get(null);
      String subject = base + "-fuzz";
      registry.setCompatibility(subject, "NONE");
      int id = registry.register(subject, schema.toString());
      Schema evolved = evolved(schema);
      int evolvedId = evolved == null ? -1 : registry.register(subject, evolved.toString());
      @SuppressWarnings("unchecked")
      Deserializer<Object> d = (Deserializer<Object>) classes.load(name).getConstructor()
          .newInstance();
      Map<String, Object> config = new HashMap<>();
      config.put("schema.registry.url", "mock://" + SCOPE);
      d.configure(config, false);
      TARGETS.add(new Target(base, d, schema, id, evolved, evolvedId));
    }
  }

  /**
   * The writer of a newer version: a string field added before the root record's first, so the
   * reader skips it and every other field moves: the transcoder reads it. Null for a union root.
   */
  private static Schema evolved(Schema schema) {
    if (schema.getType() != Schema.Type.RECORD) {
      return null;
    }
    List<Schema.Field> fields = new ArrayList<>();
    fields.add(new Schema.Field("fuzzAdded", Schema.create(Schema.Type.STRING), null, null));
    for (Schema.Field f : schema.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    Schema r = Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(),
        false, fields);
    return new Schema.Parser().parse(r.toString());
  }

  static {
    try {
      addTargets(Compile.succeeded(ShopSources.all()));
      addTargets(Compile.succeeded(ReferenceEventSources.allTypes()));
      addTargets(Compile.succeeded(ReferenceEventSources.reference()));
      addTargets(Compile.succeeded(Compile.source("com.acme.fuzz.Shapes", SHAPES)));
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  // ------------------------------------------------------------------ random valid writer data

  /** A random valid datum of {@code s} (shared with TruncatedPayloadPathTest). */
  static Object datum(Schema s, Random r, int depth) {
    switch (s.getType()) {
      case NULL:
        return null;
      case BOOLEAN:
        return r.nextBoolean();
      case INT:
        return r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(100) - 50;
      case LONG:
        return r.nextInt(4) == 0 ? r.nextLong() : (long) r.nextInt(1000);
      case FLOAT:
        return r.nextFloat();
      case DOUBLE:
        return r.nextDouble();
      case STRING:
        return r.nextInt(3) == 0 ? java.util.UUID.randomUUID().toString()
            : "s" + r.nextInt(1000);
      case BYTES: {
        byte[] b = new byte[r.nextInt(9)];
        r.nextBytes(b);
        return ByteBuffer.wrap(b);
      }
      case FIXED: {
        byte[] b = new byte[s.getFixedSize()];
        r.nextBytes(b);
        return new GenericData.Fixed(s, b);
      }
      case ENUM:
        return new GenericData.EnumSymbol(s,
            s.getEnumSymbols().get(r.nextInt(s.getEnumSymbols().size())));
      case ARRAY: {
        int n = depth > 3 ? 0 : r.nextInt(4);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          items.add(datum(s.getElementType(), r, depth + 1));
        }
        return new GenericData.Array<>(s, items);
      }
      case MAP: {
        int n = depth > 3 ? 0 : r.nextInt(4);
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          m.put("k" + i, datum(s.getValueType(), r, depth + 1));
        }
        return m;
      }
      case UNION: {
        List<Schema> branches = s.getTypes();
        int pick = depth > 3 ? 0 : r.nextInt(branches.size());
        return datum(branches.get(pick), r, depth + 1);
      }
      case RECORD: {
        GenericData.Record rec = new GenericData.Record(s);
        for (Schema.Field f : s.getFields()) {
          rec.put(f.pos(), datum(f.schema(), r, depth + 1));
        }
        return rec;
      }
      default:
        throw new IllegalArgumentException(s.getType().toString());
    }
  }

  private static byte[] valid(Schema writer, Random r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(out, null);
    new GenericDatumWriter<Object>(writer).write(datum(writer, r, 0), e);
    e.flush();
    return out.toByteArray();
  }

  // ------------------------------------------------------------------------------ mutations

  private static byte[] varint(long v) {
    return WireBytes.bare().varint(v).bytes();
  }

  private static byte[] splice(byte[] body, int at, int cut, byte[] insert) {
    at = Math.min(at, body.length);
    cut = Math.min(cut, body.length - at);
    byte[] out = new byte[body.length - cut + insert.length];
    System.arraycopy(body, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(body, at + cut, out, at + insert.length, body.length - at - cut);
    return out;
  }

  private static final long[] BIG = {Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
      Long.MIN_VALUE, -1, 1L << 31, 1L << 40, 1_000_000, 1_000_001, 65_535, -65_536};

  /** One hostile body from a valid one; {@code kind} says which mutation. */
  private static byte[] mutate(byte[] body, Random r, int kind) {
    int at = body.length == 0 ? 0 : r.nextInt(body.length + 1);
    switch (kind) {
      case 0:
        return body;
      case 1: {
        byte[] b = body.clone();
        for (int i = 1 + r.nextInt(3); i > 0 && b.length > 0; i--) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
      }
      case 2:
        return java.util.Arrays.copyOf(body, at);
      case 3: {
        byte[] ins = new byte[1 + r.nextInt(8)];
        r.nextBytes(ins);
        return splice(body, at, 0, ins);
      }
      case 4: // a length or count replaced by an inflated one
        return splice(body, at, 1, varint(r.nextBoolean() ? BIG[r.nextInt(BIG.length)]
            : r.nextLong() >> r.nextInt(63)));
      case 5: { // blocks piled up: many counts, as zero-width items would take
        WireBytes w = WireBytes.bare();
        int blocks = 1 + r.nextInt(600);
        long count = 1 + r.nextInt(r.nextBoolean() ? 20 : 1 << 24);
        for (int i = 0; i < blocks; i++) {
          w.varint(r.nextInt(8) == 0 ? -count : count);
          if (r.nextInt(8) == 0) {
            w.varint(r.nextInt(4));
          }
        }
        return splice(body, at, r.nextInt(3), w.bytes());
      }
      case 6: { // deep recursion: union branch 1 and a small value, many times over
        int depth = r.nextInt(10) == 0 ? 30_000 : 1_000 + r.nextInt(2_000);
        byte[] unit = r.nextBoolean() ? new byte[] {2, 0} : new byte[] {2, 2, 0, 0};
        byte[] deep = new byte[depth * unit.length];
        for (int i = 0; i < depth; i++) {
          System.arraycopy(unit, 0, deep, i * unit.length, unit.length);
        }
        return splice(body, at, 0, deep);
      }
      default: {
        byte[] b = new byte[r.nextInt(64)];
        r.nextBytes(b);
        return b;
      }
    }
  }

  private static final int KINDS = 8;

  /** The Shapes event of the fuzz: the hand-made attacks aimed at it. */
  private static byte[] shapesAttack(Random r) {
    WireBytes w = WireBytes.bare();
    switch (r.nextInt(3)) {
      case 0 -> { // ticks: blocks of empty records up to and past the item budget
        for (int i = 1 + r.nextInt(2_000); i > 0; i--) {
          w.varint(1 + r.nextInt(1 << 14));
        }
        w.varint(0).varint(0).varint(0).varint(0);
      }
      case 1 -> { // nested: lists of lists of empty records
        w.varint(0).varint(0);
        for (int i = 1 + r.nextInt(200); i > 0; i--) {
          w.varint(1 + r.nextInt(1000));
          for (int k = 0; k < 3; k++) {
            w.varint(1 + r.nextInt(1 << 12));
          }
          w.varint(0);
        }
      }
      default -> { // a valid prefix, then a chain nested deep
        w.varint(0).varint(0).varint(0);
        w.repeat(1 + r.nextInt(20_000), 0x02, 0x00);
        w.varint(0);
      }
    }
    return w.bytes();
  }

  // -------------------------------------------------------------------------------- the run

  @Test
  void everyHostilePayloadEndsInAnEventOrASerializationException() throws Exception {
    long seed = Long.getLong("eventschema.fuzz.seed", 20_261_201L);
    int payloads = Integer.getInteger("eventschema.fuzz.payloads", DEFAULT_PAYLOADS);
    Random r = new Random(seed);
    long events = 0;
    long refused = 0;
    long slowestNanos = 0;
    String slowest = "";
    // the slowest payloads, timed again at the end: on a shared machine one slow run may be load
    List<Object[]> slow = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    Map<String, Integer> refusedBy = new LinkedHashMap<>();
    long started = System.nanoTime();
    for (int i = 0; i < payloads; i++) {
      Target t = TARGETS.get(r.nextInt(TARGETS.size()));
      boolean evolvedWriter = t.evolved != null && r.nextBoolean();
      Schema writer = evolvedWriter ? t.evolved : t.schema;
      int id = evolvedWriter ? t.evolvedId : t.id;
      int kind = r.nextInt(KINDS + 1);
      byte[] body = kind == KINDS && t.name.endsWith("Shapes") ? shapesAttack(r)
          : mutate(valid(writer, r), r, kind % KINDS);
      byte[] payload = splice(body, 0, 0, new byte[] {0, (byte) (id >>> 24), (byte) (id >>> 16),
          (byte) (id >>> 8), (byte) id});
      long t0 = System.nanoTime();
      try {
        t.deserializer.deserialize("fuzz", payload);
        events++;
      } catch (SerializationException e) {
        refused++;
        refusedBy.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      } catch (Throwable e) {
        unexpected.add("payload " + i + " (seed " + seed + ", " + t.name + ", mutation " + kind
            + (evolvedWriter ? ", evolved writer" : "") + ", " + payload.length + " bytes): "
            + e);
        if (unexpected.size() > 20) {
          break;
        }
      }
      long took = System.nanoTime() - t0;
      if (i > 0 && i % 50_000 == 0) {
        System.out.printf("fuzz: %d payloads so far, %d events, %d SerializationException, %d"
            + " other, slowest %.1f ms (%s)%n", i, events, refused, unexpected.size(),
            slowestNanos / 1e6, slowest);
      }
      if (i > payloads / 20) { // after the JIT's warm-up
        String what = t.name + " mutation " + kind + (evolvedWriter ? " evolved" : "") + ", "
            + payload.length + " bytes";
        if (took > slowestNanos) {
          slowestNanos = took;
          slowest = what;
        }
        if (slow.size() < 8 || took > (long) slow.get(slow.size() - 1)[0]) {
          slow.add(new Object[] {took, what, t, payload});
          slow.sort((a, b) -> Long.compare((long) b[0], (long) a[0]));
          if (slow.size() > 8) {
            slow.remove(8);
          }
        }
      }
    }
    long retimedNanos = 0;
    long retimedCpuNanos = 0;
    String retimed = "";
    // on a machine shared with other builds the wall time mostly measures waiting for a core:
    // this thread's CPU time is reported beside it (it leaves out garbage collection pauses)
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (Object[] e : slow) {
      long best = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      for (int k = 0; k < 5; k++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
          ((Target) e[2]).deserializer.deserialize("fuzz", (byte[]) e[3]);
        } catch (SerializationException expected) {
          // as before
        }
        best = Math.min(best, System.nanoTime() - t0);
        bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c0);
      }
      if (best > retimedNanos) {
        retimedNanos = best;
        retimed = (String) e[1];
      }
      retimedCpuNanos = Math.max(retimedCpuNanos, bestCpu);
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf("fuzz: seed %d, %d payloads over %d deserializers in %d s: %d events,"
            + " %d SerializationException %s, %d other; slowest after warm-up %.1f ms (%s);"
            + " the 8 slowest timed again, best of 5: at most %.1f ms (%s), at most %.1f ms of"
            + " this thread's CPU time; max heap %d MB; load average %.1f%n",
        seed, payloads, TARGETS.size(), seconds, events, refused, refusedBy, unexpected.size(),
        slowestNanos / 1e6, slowest, retimedNanos / 1e6, retimed, retimedCpuNanos / 1e6,
        Runtime.getRuntime().maxMemory() >> 20,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage());
    assertThat(unexpected).as("outcomes outside SerializationException (seed %d)", seed)
        .isEmpty();
    assertThat(events).as("some payloads are valid events").isPositive();
  }
}
