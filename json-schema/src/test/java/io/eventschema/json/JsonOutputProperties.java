package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.eventschema.json.fixture.Order;
import io.eventschema.json.fixture.OrderJsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * JsonOutput against its oracle, jackson-core's UTF-8 generator from a default JsonFactory (what
 * the codecs wrote with before): the same random sequence of calls (strings of every kind of
 * character, map keys, property names, numbers, booleans, nulls, base64, nested objects and
 * arrays) must give the very same bytes.
 */
class JsonOutputProperties {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** One call, made on both writers. */
  private interface Call {
    void on(JsonOutput out);

    void on(JsonGenerator g) throws IOException;
  }

  private static Random random(String what, RepetitionInfo info) {
    long seed = 0x5e7_0000L + what.hashCode() * 31L + info.getCurrentRepetition();
    System.out.println("JsonOutputProperties " + what + " seed " + seed);
    return new Random(seed);
  }

  /** A string of ASCII, escapes, control characters, Latin-1, BMP, pairs and lone surrogates. */
  static String text(Random r, int maxLength) {
    return text(r, maxLength, true);
  }

  /**
   * A string as {@link #text(Random, int)}, lone surrogates only if {@code lone} (a property name
   * has none: jackson-core's encoder of names refuses them).
   */
  static String text(Random r, int maxLength, boolean lone) {
    int length = r.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (r.nextInt(9)) {
        case 0 -> s.append((char) r.nextInt(0x20));
        case 1 -> s.append("\"\\/\u007f".charAt(r.nextInt(4)));
        case 2 -> s.append((char) (0x80 + r.nextInt(0x780)));
        case 3 -> s.append((char) (0x800 + r.nextInt(0xd800 - 0x800)));
        case 4 -> s.append((char) (0xe000 + r.nextInt(0x2000)));
        case 5 -> s.appendCodePoint(0x10000 + r.nextInt(0x100000));
        case 6 -> s.append(lone ? (char) (0xd800 + r.nextInt(0x800)) : 'x');
        default -> s.append((char) (0x20 + r.nextInt(0x5f)));
      }
    }
    return s.toString();
  }

  private static String ascii(Random r, int maxLength) {
    int length = r.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) (0x20 + r.nextInt(0x5f)));
    }
    return s.toString();
  }

  private static Call string(String v) {
    return new Call() {
      public void on(JsonOutput out) {
        out.writeString(v);
      }

      public void on(JsonGenerator g) throws IOException {
        g.writeString(v);
      }
    };
  }

  private static Call number(Random r) {
    switch (r.nextInt(6)) {
      case 0: {
        long v = switch (r.nextInt(4)) {
          case 0 -> Long.MIN_VALUE;
          case 1 -> Long.MAX_VALUE;
          case 2 -> r.nextInt(21) - 10;
          default -> r.nextLong() >> r.nextInt(64);
        };
        return new Call() {
          public void on(JsonOutput out) {
            out.writeNumber(v);
          }

          public void on(JsonGenerator g) throws IOException {
            g.writeNumber(v);
          }
        };
      }
      case 1: {
        int v = r.nextBoolean() ? r.nextInt() : (r.nextBoolean() ? Integer.MIN_VALUE
            : Integer.MAX_VALUE);
        return new Call() {
          public void on(JsonOutput out) {
            out.writeNumber(v);
          }

          public void on(JsonGenerator g) throws IOException {
            g.writeNumber(v);
          }
        };
      }
      case 2: {
        double v = switch (r.nextInt(6)) {
          case 0 -> Double.NaN;
          case 1 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
          case 2 -> Double.longBitsToDouble(r.nextLong());
          case 3 -> r.nextBoolean() ? 0.0 : -0.0;
          default -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
        };
        return new Call() {
          public void on(JsonOutput out) {
            out.writeNumber(v);
          }

          public void on(JsonGenerator g) throws IOException {
            g.writeNumber(v);
          }
        };
      }
      case 3: {
        float v = r.nextInt(5) == 0 ? Float.NaN : Float.intBitsToFloat(r.nextInt());
        return new Call() {
          public void on(JsonOutput out) {
            out.writeNumber(v);
          }

          public void on(JsonGenerator g) throws IOException {
            g.writeNumber(v);
          }
        };
      }
      case 4: {
        boolean v = r.nextBoolean();
        return new Call() {
          public void on(JsonOutput out) {
            out.writeBoolean(v);
          }

          public void on(JsonGenerator g) throws IOException {
            g.writeBoolean(v);
          }
        };
      }
      default:
        return new Call() {
          public void on(JsonOutput out) {
            out.writeNull();
          }

          public void on(JsonGenerator g) throws IOException {
            g.writeNull();
          }
        };
    }
  }

  private static Call binary(Random r) {
    byte[] b = new byte[r.nextInt(40)];
    r.nextBytes(b);
    int offset = b.length == 0 ? 0 : r.nextInt(b.length);
    int length = r.nextInt(b.length - offset + 1);
    return new Call() {
      public void on(JsonOutput out) {
        out.writeBinary(b, offset, length);
      }

      public void on(JsonGenerator g) throws IOException {
        g.writeBinary(b, offset, length);
      }
    };
  }

  /** Random calls that make one JSON value, nested up to {@code depth} more levels. */
  private static void value(Random r, int depth, List<Call> calls) {
    int kind = r.nextInt(depth > 0 ? 6 : 4);
    switch (kind) {
      case 0 -> calls.add(string(text(r, 30)));
      case 1 -> calls.add(number(r));
      case 2 -> calls.add(binary(r));
      case 3 -> calls.add(string(ascii(r, 20)));
      case 4 -> {
        calls.add(structure(true, true));
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          boolean constant = r.nextBoolean();
          String key = r.nextBoolean() ? text(r, 10, !constant) : ascii(r, 10);
          JsonName name = constant ? JsonWrite.name(key) : null;
          calls.add(new Call() {
            public void on(JsonOutput out) {
              if (constant) {
                out.writeFieldName(name);
              } else {
                out.writeFieldName(key);
              }
            }

            public void on(JsonGenerator g) throws IOException {
              if (constant) {
                g.writeFieldName(new SerializedString(key));
              } else {
                g.writeFieldName(key);
              }
            }
          });
          value(r, depth - 1, calls);
        }
        calls.add(structure(true, false));
      }
      default -> {
        calls.add(structure(false, true));
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
          value(r, depth - 1, calls);
        }
        calls.add(structure(false, false));
      }
    }
  }

  private static Call structure(boolean object, boolean start) {
    return new Call() {
      public void on(JsonOutput out) {
        if (object) {
          if (start) {
            out.writeStartObject();
          } else {
            out.writeEndObject();
          }
        } else if (start) {
          out.writeStartArray();
        } else {
          out.writeEndArray();
        }
      }

      public void on(JsonGenerator g) throws IOException {
        if (object) {
          if (start) {
            g.writeStartObject();
          } else {
            g.writeEndObject();
          }
        } else if (start) {
          g.writeStartArray();
        } else {
          g.writeEndArray();
        }
      }
    };
  }

  private static byte[] jackson(List<Call> calls) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      for (Call c : calls) {
        c.on(g);
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] ours(List<Call> calls) {
    JsonOutput out = new JsonOutput(1); // grows from one byte: every growth path is taken
    for (Call c : calls) {
      c.on(out);
    }
    return out.toByteArray();
  }

  @RepeatedTest(50)
  void randomValuesAreWrittenByteForByteAsJacksonWritesThem(RepetitionInfo info)
      throws IOException {
    Random r = random("values", info);
    for (int i = 0; i < 200; i++) {
      List<Call> calls = new ArrayList<>();
      value(r, 4, calls);
      byte[] expected = jackson(calls);
      assertThat(new String(ours(calls), StandardCharsets.UTF_8))
          .isEqualTo(new String(expected, StandardCharsets.UTF_8));
      assertThat(ours(calls)).isEqualTo(expected);
    }
  }

  @RepeatedTest(10)
  void longStringsAreWrittenAsJacksonWritesThem(RepetitionInfo info) throws IOException {
    Random r = random("long strings", info);
    // longer than jackson-core's 8000-byte buffer and its segments: every one of its paths
    String s = r.nextBoolean() ? text(r, 40_000) : ascii(r, 40_000) + text(r, 100);
    List<Call> calls = List.of(string(s));
    assertThat(ours(calls)).isEqualTo(jackson(calls));
  }

  @Test
  void aReusedOutputStartsEachMessageAfresh() {
    JsonOutput out = new JsonOutput();
    out.writeStartObject();
    out.writeFieldName(JsonWrite.name("a"));
    out.writeNumber(1);
    out.reset();
    out.header(7);
    out.writeStartArray();
    out.writeNumber(2);
    out.writeNumber(3);
    out.writeEndArray();
    assertThat(out.toByteArray()).isEqualTo(new byte[] {0, 0, 0, 0, 7, '[', '2', ',', '3', ']'});
  }

  @Test
  void nestingIsBoundedAsJacksonBoundsIt() {
    JsonOutput out = new JsonOutput();
    for (int i = 0; i < JsonOutput.MAX_DEPTH; i++) {
      out.writeStartArray();
    }
    assertThatThrownBy(out::writeStartObject).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value nests deeper than 1000 JSON objects and arrays");
  }

  @RepeatedTest(5)
  void theGeneratorBridgeWritesTheSameBytesAsAValueOfTheGenerator(RepetitionInfo info)
      throws IOException {
    Random r = random("bridge", info);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(text(r, 8), text(r, 8));
    Order order = new Order(text(r, 12), 42, Instant.ofEpochSecond(1_700_000_000L, 5_000),
        Order.Status.PAID, List.of(new Order.Line(text(r, 8), 3)), attributes,
        Optional.of(text(r, 10)), new BigDecimal("12.50"), new UUID(r.nextLong(), r.nextLong()));
    JsonOutput direct = new JsonOutput();
    OrderJsonCodec.INSTANCE.write(order, direct);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      g.writeStartArray();
      OrderJsonCodec.INSTANCE.write(order, g);
      OrderJsonCodec.INSTANCE.write(order, g);
      g.writeEndArray();
    }
    String one = direct.toString();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[" + one + "," + one + "]");
  }
}
