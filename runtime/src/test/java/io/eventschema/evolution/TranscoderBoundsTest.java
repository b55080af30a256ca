package io.eventschema.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The transcoder (an evolved writer) under the same per-message bounds as the generated readers:
 * items that take no bytes are counted across all blocks, recursion is bounded in depth.
 */
class TranscoderBoundsTest {
  private static Schema schema(String json) {
    return new Schema.Parser().parse(json.replace('\'', '"'));
  }

  private static final Schema TICKS_V1 = schema("{'type':'record','name':'Ticks','fields':["
      + "{'name':'ticks','type':{'type':'array','items':"
      + "{'type':'record','name':'Tick','fields':[]}}}]}");
  private static final Schema TICKS_V2 = schema("{'type':'record','name':'Ticks','fields':["
      + "{'name':'ticks','type':{'type':'array','items':"
      + "{'type':'record','name':'Tick','fields':[]}}},"
      + "{'name':'added','type':'int','default':7}]}");

  private static final Schema LINK_V1 = schema("{'type':'record','name':'Link','fields':["
      + "{'name':'value','type':'int'},"
      + "{'name':'next','type':['null','Link']}]}");
  private static final Schema LINK_V2 = schema("{'type':'record','name':'Link','fields':["
      + "{'name':'next','type':['null','Link']},"
      + "{'name':'value','type':'long'},"
      + "{'name':'added','type':'string','default':''}]}");

  private static void varint(ByteArrayOutputStream out, long value) {
    long n = (value << 1) ^ (value >> 63);
    while ((n & ~0x7FL) != 0) {
      out.write((int) ((n & 0x7F) | 0x80));
      n >>>= 7;
    }
    out.write((int) n);
  }

  /** 409 bytes: about a hundred blocks, each declaring 2^24 empty records. */
  @Test
  void fewBytesOfEmptyRecordBlocksAreRefusedAfterTheItemBudget() {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    while (w.size() < 405) {
      varint(w, 1 << 24);
    }
    varint(w, 0);
    byte[] bytes = w.toByteArray();
    Transcoder t = Transcoder.compile(TICKS_V1, TICKS_V2);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> t.transcode(bytes))
            .hasMessageContaining("more than " + Limits.DEFAULT_MAX_ITEMS)
            .hasMessageContaining(Limits.MAX_ITEMS_CONFIG));
  }

  @Test
  void emptyRecordsWithinTheBudgetAreTranscoded() throws IOException {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    varint(w, 5);
    varint(w, 3);
    varint(w, 0);
    AvroInput in = new AvroInput().reset(w.toByteArray(), 0, w.size());
    in.budget().limits(new Limits(8, 10));
    AvroOutput out = new AvroOutput();
    Transcoder.compile(TICKS_V1, TICKS_V2).transcode(in, out);
    assertThat(out.toByteArray()).containsExactly(10, 6, 0, 14);
    AvroInput tooMany = new AvroInput().reset(w.toByteArray(), 0, w.size());
    tooMany.budget().limits(new Limits(7, 10));
    assertThatThrownBy(() -> Transcoder.compile(TICKS_V1, TICKS_V2)
        .transcode(tooMany, new AvroOutput()))
        .hasMessageContaining("more than 7 collection items");
  }

  /** 10,000 links, each written as branch 1 and an int; the reader reorders each record. */
  @Test
  void deepRecursionIsRefusedNotAStackOverflow() {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    for (int i = 0; i < 10_000; i++) {
      w.write(0);
      w.write(2);
    }
    w.write(0);
    w.write(0);
    byte[] bytes = w.toByteArray();
    for (Schema reader : new Schema[] {LINK_V2, schema(LINK_V1.toString().replace(
        "\"next\",\"type\":[\"null\",\"Link\"]}", "\"next\",\"type\":[\"null\",\"Link\"]},"
            + "{\"name\":\"added\",\"type\":\"int\",\"default\":0}"))}) {
      Transcoder t = Transcoder.compile(LINK_V1, reader);
      assertThatThrownBy(() -> t.transcode(bytes))
          .hasMessageContaining("deeper than " + Limits.DEFAULT_MAX_DEPTH)
          .hasMessageContaining("Link")
          .hasMessageContaining(Limits.MAX_DEPTH_CONFIG);
    }
  }

  @Test
  void recursionUpToTheLimitIsTranscodedAndTheRootIsDepthZero() throws IOException {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    int links = 5; // the root and 5 nested links below it
    w.write(0);
    for (int i = 0; i < links; i++) {
      w.write(2);
      w.write(0);
    }
    w.write(0);
    Transcoder t = Transcoder.compile(LINK_V1, LINK_V2);
    AvroInput in = new AvroInput().reset(w.toByteArray(), 0, w.size());
    in.budget().limits(new Limits(100, links));
    t.transcode(in, new AvroOutput());
    assertThat(in.isEnd()).isTrue();
    AvroInput deeper = new AvroInput().reset(w.toByteArray(), 0, w.size());
    deeper.budget().limits(new Limits(100, links - 1));
    assertThatThrownBy(() -> t.transcode(deeper, new AvroOutput()))
        .hasMessageContaining("deeper than " + (links - 1) + " levels");
  }
}
