package io.eventschema.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.OrderPlacedCodec;
import io.eventschema.benchmarks.events.UserInteractionEvent;
import io.eventschema.benchmarks.events.UserInteractionEventCodec;
import io.eventschema.benchmarks.reflect.Pojos;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: every path writes the very same bytes for the same event
 * and reads them back to an equal event, and the specific classes were compiled from the schema
 * the processor writes.
 */
class BenchmarkFixturesTest {

  @Test
  void specificClassesAreCompiledFromTheProcessorsSchemas() {
    assertSameSchema(UserInteractionEventCodec.INSTANCE.schema(),
        com.example.events.UserInteractionEvent.getClassSchema());
    assertSameSchema(OrderPlacedCodec.INSTANCE.schema(),
        com.example.orders.OrderPlaced.getClassSchema());
  }

  private static void assertSameSchema(Schema processor, Schema specific) {
    // stringType=String adds "avro.java.string" properties; the canonical form has no properties
    assertThat(SchemaNormalization.toParsingForm(specific))
        .isEqualTo(SchemaNormalization.toParsingForm(processor));
  }

  @Nested
  class ReferenceEvent {
    final UserInteractionEventBenchmark b = new UserInteractionEventBenchmark();

    @BeforeEach
    void setUp() throws IOException {
      b.setUp();
    }

    @AfterEach
    void tearDown() {
      b.tearDown();
    }

    @Test
    void everyWriterWritesTheSameBytes() throws IOException {
      assertThat(b.serialize_eventschema()).isEqualTo(b.bytes);
      assertThat(b.serialize_eventschemaValidating()).isEqualTo(b.bytes);
      assertThat(b.serialize_handwritten()).isEqualTo(b.bytes);
      assertThat(b.serialize_specific()).isEqualTo(b.bytes);
      assertThat(b.serialize_generic()).isEqualTo(b.bytes);
      assertThat(b.serialize_reflect()).isEqualTo(b.bytes);
    }

    @Test
    void everyReaderReadsTheEvent() throws IOException {
      assertThat(b.deserialize_eventschema()).isEqualTo(b.event);
      assertThat(b.deserialize_handwritten()).isEqualTo(b.event);
      assertThat(b.deserialize_specific()).isEqualTo(b.event);
      assertThat(b.deserialize_generic()).isEqualTo(b.event);
      assertThat(Pojos.toRecord(b.deserialize_reflect())).isEqualTo(b.event);
    }

    @Test
    void everyReaderReadsTheNewerWritersBytes() throws IOException {
      assertThat(b.evolvedBytes).isNotEqualTo(b.bytes);
      assertThat(b.evolved_eventschema()).isEqualTo(b.event);
      assertThat(b.evolved_specific()).isEqualTo(b.event);
      assertThat(b.evolved_generic()).isEqualTo(b.event);
    }

    @Test
    void theEventIsValid() {
      assertThat(b.validate_hibernate()).isEmpty();
      assertThat(b.validate_eventschema()).isEmpty();
    }
  }

  @Nested
  class LargerEvent {
    final OrderPlacedBenchmark b = new OrderPlacedBenchmark();

    @BeforeEach
    void setUp() throws IOException {
      b.setUp();
    }

    @AfterEach
    void tearDown() {
      b.tearDown();
    }

    @Test
    void everyWriterWritesTheSameBytes() throws IOException {
      assertThat(b.serialize_eventschema()).isEqualTo(b.bytes);
      assertThat(b.serialize_eventschemaValidating()).isEqualTo(b.bytes);
      assertThat(b.serialize_handwritten()).isEqualTo(b.bytes);
      assertThat(b.serialize_specific()).isEqualTo(b.bytes);
      assertThat(b.serialize_generic()).isEqualTo(b.bytes);
      assertThat(b.serialize_reflect()).isEqualTo(b.bytes);
    }

    @Test
    void everyReaderReadsTheEvent() throws IOException {
      OrderPlaced expected = b.event;
      assertThat(b.deserialize_eventschema()).isEqualTo(expected);
      assertThat(b.deserialize_handwritten()).isEqualTo(expected);
      assertThat(b.deserialize_specific()).isEqualTo(expected);
      assertThat(b.deserialize_generic()).isEqualTo(expected);
      assertThat(Pojos.toRecord(b.deserialize_reflect())).isEqualTo(expected);
    }

    @Test
    void everyReaderReadsTheNewerWritersBytes() throws IOException {
      assertThat(b.evolvedBytes).isNotEqualTo(b.bytes);
      assertThat(b.evolved_eventschema()).isEqualTo(b.event);
      assertThat(b.evolved_specific()).isEqualTo(b.event);
      assertThat(b.evolved_generic()).isEqualTo(b.event);
    }

    @Test
    void theEventIsValid() {
      assertThat(b.validate_hibernate()).isEmpty();
      assertThat(b.validate_eventschema()).isEmpty();
    }
  }

  @Test
  void fixturesAreTheEventsTheBenchmarksUse() {
    UserInteractionEvent e = Fixtures.userInteraction();
    assertThat(e.sessionId()).isPresent();
    assertThat(e.details()).hasSize(3);
    assertThat(Fixtures.order().items()).hasSize(3);
  }
}
