package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The instant fast path against java.time's ISO_OFFSET_DATE_TIME over seeded random inputs: every
 * instant it returns is the formatter's, written with Z or any offset and any fraction length;
 * and over random mutations of such strings, it never accepts what the formatter refuses.
 */
class IsoInstantProperties {
  private static final long MIN = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private static Instant formatter(String s) {
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s, Instant::from);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String random(Random r) {
    Instant i = Instant.ofEpochSecond(MIN + (long) (r.nextDouble() * (MAX - MIN)),
        r.nextInt(1_000_000_000));
    ZoneOffset offset = r.nextBoolean() ? ZoneOffset.UTC
        : ZoneOffset.ofTotalSeconds((r.nextInt(36 * 4 + 1) - 72) * 15 * 60);
    String text = i.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    int dot = text.indexOf('.');
    if (dot > 0 && r.nextBoolean()) {
      // another fraction length: 1 to 9 digits
      int end = dot + 1;
      while (Character.isDigit(text.charAt(end))) {
        end++;
      }
      int keep = 1 + r.nextInt(end - dot - 1);
      text = text.substring(0, dot + 1 + keep) + text.substring(end);
    }
    return text;
  }

  @RepeatedTest(20)
  void agreesWithTheFormatterAndNeverAcceptsWhatItRefuses(RepetitionInfo info) {
    long seed = 0x150_0000L + info.getCurrentRepetition();
    System.out.println("IsoInstantProperties seed " + seed);
    Random r = new Random(seed);
    String alphabet = "0123456789-:T.Z+ z";
    for (int i = 0; i < 2000; i++) {
      String s = random(r);
      assertThat(IsoInstant.parse(s)).as(s).isEqualTo(formatter(s));
      StringBuilder m = new StringBuilder(s);
      for (int k = 0, edits = 1 + r.nextInt(3); k < edits && m.length() > 0; k++) {
        int at = r.nextInt(m.length());
        switch (r.nextInt(3)) {
          case 0 -> m.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
          case 1 -> m.deleteCharAt(at);
          default -> m.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
        }
      }
      String mutated = m.toString();
      Instant fast = IsoInstant.parse(mutated);
      if (fast != null) {
        assertThat(formatter(mutated)).as(mutated).isEqualTo(fast);
      }
    }
  }
}
