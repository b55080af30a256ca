package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventschema.codec.Limits;
import io.eventschema.json.fixture.Order;
import io.eventschema.json.fixture.OrderJsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonReader#readEvent}'s fast path (the payload read in place) against the reference,
 * the same codec on jackson-core's parser ({@link JsonReader#readEventWithJackson}), over seeded
 * random events: the codec's and databind's payloads, and the same payloads mutated byte by byte
 * (flipped, dropped, doubled, truncated, JSON punctuation, escapes, non-ASCII and control bytes
 * put in, unknown properties added), read with the default bounds and with tight ones. Every
 * outcome must be the same: an equal event, or an exception of the same class with the same
 * message. The payloads the writers produce must take the fast path to the end.
 */
class JsonReaderFastPathProperties {
  private static final ObjectMapper DATABIND = new ObjectMapper()
      .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
      .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
      .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static {
    DATABIND.configOverride(java.math.BigDecimal.class).setFormat(
        com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(
            com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING));
  }

  private static final byte[] INTERESTING = "{}[],:\"\\ \t\n0123456789-+.eEtfnu/aZ"
      .getBytes(StandardCharsets.US_ASCII);
  private static final String[] INSERTS = {
    "\"x\":1,", "\"y\": {\"a\": [1, 2.5e3, -0, true, false, null, \"s\\u00e9\"]},",
    "\\u0041", "\\\"", "é", "😀", "\u0001", "01", "1.", ".5", "1e", "[]", "{}", ",", "\"\"",
    "nul", "truex", "9223372036854775807", "12345678901234567890", "-", "\\x", "\\u12",
  };

  private static Random random(RepetitionInfo info) {
    long seed = 0x0_fa57L * 1000 + info.getCurrentRepetition();
    System.out.println("JsonReaderFastPathProperties seed " + seed);
    return new Random(seed);
  }

  private static byte[] ours(Order o) {
    JsonOutput out = new JsonOutput();
    OrderJsonCodec.INSTANCE.write(o, out);
    return out.toByteArray();
  }

  /** A read's outcome: the event, or the exception's class and message. */
  private static Object outcome(JsonReader in, byte[] json, boolean fast) {
    try {
      return fast ? in.readEvent(OrderJsonCodec.INSTANCE, json, 0, json.length)
          : in.readEventWithJackson(OrderJsonCodec.INSTANCE, json, 0, json.length);
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static void sameOutcome(JsonReader fast, JsonReader jackson, byte[] json) {
    Object expected = outcome(jackson, json, false);
    Object actual = outcome(fast, json, true);
    assertThat(Objects.equals(actual, expected))
        .as("%s%n  fast path: %s%n  jackson:   %s", new String(json, StandardCharsets.UTF_8),
            actual, expected)
        .isTrue();
  }

  private static byte[] mutate(byte[] json, Random r) {
    int at = r.nextInt(json.length + 1);
    byte[] insert;
    switch (r.nextInt(7)) {
      case 0 -> { // flip one byte
        byte[] b = json.clone();
        if (b.length > 0) {
          b[Math.min(at, b.length - 1)] = (byte) r.nextInt(256);
        }
        return b;
      }
      case 1 -> { // drop one byte
        if (json.length == 0) {
          return json;
        }
        int i = Math.min(at, json.length - 1);
        byte[] b = new byte[json.length - 1];
        System.arraycopy(json, 0, b, 0, i);
        System.arraycopy(json, i + 1, b, i, json.length - i - 1);
        return b;
      }
      case 2 -> { // truncate
        return java.util.Arrays.copyOf(json, at);
      }
      case 3 -> insert = new byte[] {INTERESTING[r.nextInt(INTERESTING.length)]};
      case 4 -> insert = INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
      case 5 -> { // an unknown property first in the event's object
        at = 1;
        insert = INSERTS[r.nextInt(2)].getBytes(StandardCharsets.UTF_8);
      }
      default -> { // replace a byte with a run of the same byte (whitespace, digits, letters)
        byte b = json.length == 0 ? (byte) ' ' : json[Math.min(at, json.length - 1)];
        insert = new byte[1 + r.nextInt(3)];
        java.util.Arrays.fill(insert, b);
      }
    }
    byte[] b = new byte[json.length + insert.length];
    System.arraycopy(json, 0, b, 0, at);
    System.arraycopy(insert, 0, b, at, insert.length);
    System.arraycopy(json, at, b, at + insert.length, json.length - at);
    return b;
  }

  @RepeatedTest(20)
  void theWritersPayloadsReadTheSameOnTheFastPathWithoutFallingBack(RepetitionInfo info)
      throws Exception {
    Random r = random(info);
    JsonReader fast = new JsonReader(Limits.DEFAULT);
    JsonReader jackson = new JsonReader(Limits.DEFAULT);
    for (int i = 0; i < 50; i++) {
      Order o = JsonRuntimeOracleProperties.randomOrder(r);
      for (byte[] json : new byte[][] {ours(o), DATABIND.writeValueAsBytes(o),
          DATABIND.writerWithDefaultPrettyPrinter().writeValueAsBytes(o)}) {
        Order read = fast.readEvent(OrderJsonCodec.INSTANCE, json, 0, json.length);
        assertThat(fast.fellBack()).as("fell back on %s", new String(json,
            StandardCharsets.UTF_8)).isFalse();
        assertThat(read).isEqualTo(o)
            .isEqualTo(jackson.readEventWithJackson(OrderJsonCodec.INSTANCE, json, 0,
                json.length));
      }
    }
  }

  @RepeatedTest(20)
  void mutatedPayloadsHaveTheSameOutcomeOnBothPaths(RepetitionInfo info) throws Exception {
    Random r = random(info);
    Limits[] limits = {Limits.DEFAULT, new Limits(3, 1), new Limits(1_000, 1)};
    for (int i = 0; i < 100; i++) {
      Order o = JsonRuntimeOracleProperties.randomOrder(r);
      byte[] json = r.nextBoolean() ? ours(o) : DATABIND.writeValueAsBytes(o);
      for (int m = 0, n = 1 + r.nextInt(3); m < n; m++) {
        json = mutate(json, r);
      }
      Limits l = limits[r.nextInt(limits.length)];
      sameOutcome(new JsonReader(l), new JsonReader(l), json);
    }
  }

  @Test
  void unusualButValidJsonReadsTheSame() throws Exception {
    JsonReader fast = new JsonReader(Limits.DEFAULT);
    JsonReader jackson = new JsonReader(Limits.DEFAULT);
    String base = "{\"id\": \"a\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\\"\\\\\", \"customer_id\": 1e2,"
        + " \"placed_at\": \"2026-03-14T09:26:53.5+01:00\", \"status\": \"PAID\", \"items\":"
        + " [{\"quantity\": 3.0, \"sku\": \"é\", \"sku\": \"ü😀\"}], \"attributes\": {\"\": \"\","
        + " \"k\\u0041\": \"\\ud800\"}, \"note\": null, \"total\": 12.5, \"trace\":"
        + " \"0000000A-000b-0000-0000-00000000000C\", \"extra\": [[], {}, [{\"a\": -0.0e-0}]]}";
    for (String json : new String[] {base, "\uFEFF" + base, " \n\t\r" + base + " \n",
        base.replace("\"customer_id\": 1e2", "\"customer_id\": 9223372036854775807"),
        base.replace("\"customer_id\": 1e2", "\"customer_id\": 123456789012345678"),
        base.replace("\"total\": 12.5", "\"total\": \"-0.10\"")}) {
      sameOutcome(fast, jackson, json.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void nestingAtTheBoundsReadsTheSame() throws Exception {
    for (int levels = 1; levels < 12; levels++) {
      String deep = "[".repeat(levels) + "]".repeat(levels);
      String deepObject = "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
      for (String extra : new String[] {deep, deepObject}) {
        byte[] json = ("{\"extra\": " + extra + ", \"id\": \"x\"}").getBytes(StandardCharsets.UTF_8);
        Limits l = new Limits(100, 1);
        sameOutcome(new JsonReader(l), new JsonReader(l), json);
      }
    }
  }
}
