package io.eventschema.processor.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.registry.MockSchemaRegistryClient;
import io.eventschema.serde.MalformedEventException;
import io.eventschema.testing.SeededTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.Encoder;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A truncated payload's error names the field path the generated reader was reading. Oracle: Avro's
 * own {@link GenericDatumWriter} writes random valid data while this test notes the byte span of
 * every value it writes (a primitive, a string, a union's branch index, a block count) and the
 * field path it belongs to ({@code items[2].quantity}, {@code byName.k0.quantity}); a payload cut
 * at byte n fails while reading the value whose span holds n, so that value's path must be the
 * exception's. The one other place a cut can be found: a block count whose items cannot fit in
 * what is left fails at the collection itself (and says so).
 */
class TruncatedPayloadPathTest {
  private static final String SCOPE = "truncated-payload-path";

  private static final String[] SOURCE = {
      "package com.acme.cut;",
      "import io.eventschema.Event;",
      "import java.util.List;",
      "import java.util.Map;",
      "import java.util.Optional;",
      "@Event",
      "public record Order(long id, String customer, List<LineItem> items,",
      "    Map<String, LineItem> byName, Optional<Address> address, Optional<String> note,",
      "    Status status, List<List<Integer>> grid, boolean paid, double total, byte[] blob) {",
      "  public enum Status { NEW, PAID }",
      "  public record LineItem(String sku, int quantity, List<String> tags) {}",
      "  public record Address(String street, Optional<String> zip) {}",
      "}"};

  private static final Schema SCHEMA;
  private static final Deserializer<Object> DESERIALIZER;
  private static final int ID;

  static {
    try {
      CompiledClasses classes = new CompiledClasses(Compile.succeeded(
          Compile.source("com.acme.cut.Order", SOURCE)));
      SCHEMA = (Schema) classes.load("com.acme.cut.OrderCodec").getField("SCHEMA").get(null);
      MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);
      ID = registry.register("cut-value", SCHEMA.toString());
      @SuppressWarnings("unchecked")
      Deserializer<Object> d = (Deserializer<Object>) classes.load(
          "com.acme.cut.OrderDeserializer").getConstructor().newInstance();
      d.configure(Map.of("schema.registry.url", "mock://" + SCOPE), false);
      DESERIALIZER = d;
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @AfterAll
  static void drop() {
    MockSchemaRegistryClient.dropScope(SCOPE);
  }

  /** One value Avro wrote: bytes [start, end) of the body, at {@code path}. */
  private record Span(int start, int end, String path) {}

  /** Avro's writer, noting the span and field path of every value it writes. */
  private static final class SpanWriter extends GenericDatumWriter<Object> {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final List<Span> spans = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();

    SpanWriter(Schema schema) {
      super(schema);
    }

    private String path() {
      StringBuilder sb = new StringBuilder();
      for (java.util.Iterator<String> i = path.descendingIterator(); i.hasNext(); ) {
        String step = i.next();
        sb.append(sb.length() == 0 && step.startsWith(".") ? step.substring(1) : step);
      }
      return sb.toString();
    }

    private void span(int start) {
      if (bytes.size() > start) {
        spans.add(new Span(start, bytes.size(), path()));
      }
    }

    @Override
    protected void write(Schema schema, Object datum, Encoder out) throws IOException {
      int start = bytes.size();
      switch (schema.getType()) {
        case RECORD, ARRAY, MAP -> super.write(schema, datum, out);
        case UNION -> {
          int branch = resolveUnion(schema, datum);
          out.writeIndex(branch);
          span(start);
          write(schema.getTypes().get(branch), datum, out);
        }
        default -> {
          super.write(schema, datum, out);
          span(start);
        }
      }
    }

    @Override
    protected void writeField(Object datum, Schema.Field f, Encoder out, Object state)
        throws IOException {
      path.push("." + f.name());
      super.writeField(datum, f, out, state);
      path.pop();
    }

    @Override
    protected void writeArray(Schema schema, Object datum, Encoder out) throws IOException {
      Collection<?> items = (Collection<?>) datum;
      int start = bytes.size();
      out.writeArrayStart();
      out.setItemCount(items.size());
      span(start);
      int i = 0;
      for (Object item : items) {
        out.startItem();
        path.push("[" + i++ + "]");
        write(schema.getElementType(), item, out);
        path.pop();
      }
      start = bytes.size();
      out.writeArrayEnd();
      span(start);
    }

    @Override
    protected void writeMap(Schema schema, Object datum, Encoder out) throws IOException {
      Map<?, ?> entries = (Map<?, ?>) datum;
      int start = bytes.size();
      out.writeMapStart();
      out.setItemCount(entries.size());
      span(start);
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        out.startItem();
        start = bytes.size();
        out.writeString(e.getKey().toString());
        span(start); // a key is read before its value: at the map
        path.push("." + e.getKey());
        write(schema.getValueType(), e.getValue(), out);
        path.pop();
      }
      start = bytes.size();
      out.writeMapEnd();
      span(start);
    }
  }

  private static SpanWriter write(Random r) throws IOException {
    SpanWriter w = new SpanWriter(SCHEMA);
    Encoder e = EncoderFactory.get().directBinaryEncoder(w.bytes, null);
    w.write(HostilePayloadFuzzTest.datum(SCHEMA, r, 0), e);
    e.flush();
    return w;
  }

  private static byte[] wire(byte[] body, int length) {
    byte[] out = new byte[5 + length];
    out[1] = (byte) (ID >>> 24);
    out[2] = (byte) (ID >>> 16);
    out[3] = (byte) (ID >>> 8);
    out[4] = (byte) ID;
    System.arraycopy(body, 0, out, 5, length);
    return out;
  }

  @SeededTest(tries = 40)
  void aPayloadCutAtAnyByteNamesTheFieldBeingRead(long seed) throws IOException {
    SpanWriter w = write(new Random(seed));
    byte[] body = w.bytes.toByteArray();
    assertThat(DESERIALIZER.deserialize("t", wire(body, body.length))).isNotNull();
    for (int cut = 0; cut < body.length; cut++) {
      Span reading = null;
      for (Span s : w.spans) {
        if (s.start() <= cut && cut < s.end()) {
          reading = s;
          break;
        }
      }
      assertThat(reading).as("a span holds byte %d", cut).isNotNull();
      Span expected = reading;
      int at = cut;
      assertThatThrownBy(() -> DESERIALIZER.deserialize("t", wire(body, at)))
          .as("cut at %d of %d", cut, body.length)
          .isInstanceOf(MalformedEventException.class)
          .satisfies(e -> {
            MalformedEventException m = (MalformedEventException) e;
            String path = m.fieldPath();
            if (!expected.path().equals(path)) {
              // a block count whose items cannot fit in the bytes left fails at its collection
              assertThat(path).as("cut at %d: %s", at, m.getMessage()).isNotNull();
              assertThat(expected.path()).as("cut at %d: %s", at, m.getMessage())
                  .startsWith(path);
              assertThat(m.getMessage()).contains("runs past the end of the payload");
            }
            assertThat(m.getMessage()).contains("payload is not a valid Order at " + path + " (");
            assertThat(m.getCause()).isInstanceOf(java.io.EOFException.class);
          });
    }
  }

  @Test
  void theMessageNamesTheItemIndexAndTheField() throws IOException {
    // items: one block of three; the third's quantity is cut off
    byte[] body = io.eventschema.processor.testing.WireBytes.bare()
        .varint(7).varint(1).repeat(1, 'c') // id, customer "c"
        .varint(3) // a block of 3 items
        .varint(1).repeat(1, 'a').varint(1).varint(0) // sku "a", quantity 1, tags []
        .varint(1).repeat(1, 'b').varint(2).varint(0)
        .varint(1).repeat(1, 'd') // sku "d", then the cut
        .bytes();
    assertThatThrownBy(() -> DESERIALIZER.deserialize("t", wire(body, body.length)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageStartingWith("payload is not a valid Order at items[2].quantity (payload ends"
            + " at byte " + body.length)
        .satisfies(e -> assertThat(((MalformedEventException) e).fieldPath())
            .isEqualTo("items[2].quantity"));
  }
}
