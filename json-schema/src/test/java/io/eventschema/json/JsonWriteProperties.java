package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.eventschema.Precision;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * JsonWrite's hand-made formatting against independent oracles: java.time's ISO formatters and
 * Jackson databind with JavaTimeModule (WRITE_DATES_AS_TIMESTAMPS off), over seeded random values.
 */
class JsonWriteProperties {
  private static final ObjectMapper DATABIND = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final long MIN_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private interface Write {
    void to(JsonOutput out);
  }

  private static String json(Write w) {
    JsonOutput out = new JsonOutput();
    w.to(out);
    return out.toString();
  }

  private static String quoted(String s) {
    return "\"" + s + "\"";
  }

  private static Random random(RepetitionInfo info) {
    long seed = 0x5eed_0000L + info.getCurrentRepetition();
    System.out.println("JsonWriteProperties seed " + seed);
    return new Random(seed);
  }

  private static int nano(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return r.nextInt(1000) * 1_000_000;
      case 2:
        return r.nextInt(1_000_000) * 1000;
      default:
        return r.nextInt(1_000_000_000);
    }
  }

  @RepeatedTest(20)
  void timesAreWrittenAsJavaTimeAndJacksonWriteThem(RepetitionInfo info) throws IOException {
    Random r = random(info);
    for (int i = 0; i < 500; i++) {
      Instant instant = Instant.ofEpochSecond(MIN_SECOND + (long) (r.nextDouble()
          * (MAX_SECOND - MIN_SECOND)), nano(r));
      String seed = "instant " + instant + " (seed in output)";
      assertThat(json(o -> JsonWrite.instant(o, instant))).as(seed)
          .isEqualTo(quoted(DateTimeFormatter.ISO_INSTANT.format(instant)))
          .isEqualTo(DATABIND.writeValueAsString(instant));
      assertThat(json(o -> JsonWrite.instant(o, instant, Precision.MILLIS))).as(seed)
          .isEqualTo(quoted(instant.truncatedTo(ChronoUnit.MILLIS).toString()));
      assertThat(json(o -> JsonWrite.instant(o, instant, Precision.MICROS))).as(seed)
          .isEqualTo(quoted(instant.truncatedTo(ChronoUnit.MICROS).toString()));
      LocalDateTime local = LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
      assertThat(json(o -> JsonWrite.localDate(o, local.toLocalDate()))).as(seed)
          .isEqualTo(quoted(local.toLocalDate().toString()))
          .isEqualTo(DATABIND.writeValueAsString(local.toLocalDate()));
      String dateTime = json(o -> JsonWrite.localDateTime(o, local));
      assertThat(LocalDateTime.parse(dateTime.substring(1, dateTime.length() - 1))).as(seed)
          .isEqualTo(local);
      assertThat(dateTime).as(seed).isEqualTo(quoted(DateTimeFormatter.ISO_INSTANT
          .format(instant).replace("Z", "")));
      String time = json(o -> JsonWrite.localTime(o, local.toLocalTime()));
      assertThat(LocalTime.parse(time.substring(1, time.length() - 1))).as(seed)
          .isEqualTo(local.toLocalTime());
      assertThat(json(o -> JsonWrite.localTime(o, local.toLocalTime(), Precision.MILLIS)))
          .as(seed).isEqualTo(json(o -> JsonWrite.localTime(o,
              local.toLocalTime().truncatedTo(ChronoUnit.MILLIS))));
    }
  }

  @RepeatedTest(10)
  void uuidsAreWrittenAsUuidToString(RepetitionInfo info) throws IOException {
    Random r = random(info);
    for (int i = 0; i < 1000; i++) {
      UUID u = new UUID(r.nextLong(), r.nextLong());
      assertThat(json(o -> JsonWrite.uuid(o, u))).isEqualTo(quoted(u.toString()));
    }
  }

  @RepeatedTest(10)
  void decimalsAreWrittenExactlyAtTheirScale(RepetitionInfo info) throws IOException {
    Random r = random(info);
    for (int i = 0; i < 1000; i++) {
      int precision = 1 + r.nextInt(30);
      int scale = r.nextInt(precision + 1);
      BigInteger unscaled = new BigInteger(precision * 3, r).mod(BigInteger.TEN.pow(precision));
      if (r.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      BigDecimal value = new BigDecimal(unscaled, scale);
      // the value at a smaller scale when it has trailing zeros: written back at the full scale
      BigDecimal given = value.signum() != 0 && r.nextBoolean() ? value.stripTrailingZeros()
          : value;
      if (given.scale() < 0) {
        given = given.setScale(0);
      }
      BigDecimal g = given;
      assertThat(json(o -> JsonWrite.decimal(o, g, precision, scale, "total")))
          .as("decimal(%d,%d) %s", precision, scale, g)
          .isEqualTo(quoted(value.toPlainString()));
    }
  }

  @Test
  void decimalsThatNeedRoundingOrMoreDigitsAreRefused() {
    assertThatThrownBy(() -> json(o -> JsonWrite.decimal(o, new BigDecimal("1.005"), 12, 2, "total")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'total' is 1.005, which has more than 2 digits after the point"
            + " (decimal(12,2))");
    assertThatThrownBy(() -> json(o -> JsonWrite.decimal(o, new BigDecimal("12345678901"), 12, 2,
        "total"))).hasMessageContaining("more than 12 digits");
  }

  @Test
  void datesOutsideFourDigitYearsFallBackToJavaTime() throws IOException {
    Instant far = Instant.parse("+12026-01-01T00:00:00Z");
    assertThat(json(o -> JsonWrite.instant(o, far))).isEqualTo(quoted(far.toString()));
    LocalDate old = LocalDate.of(-5, 1, 1);
    assertThat(json(o -> JsonWrite.localDate(o, old))).isEqualTo(quoted(old.toString()));
  }

  @Test
  void bytesAreBase64AsJacksonWritesThem() throws IOException {
    byte[] b = {0, 1, 2, (byte) 0xff, 127};
    assertThat(json(o -> JsonWrite.bytes(o, b))).isEqualTo(DATABIND.writeValueAsString(b));
    assertThat(json(o -> JsonWrite.bytes(o, java.nio.ByteBuffer.wrap(b, 1, 3))))
        .isEqualTo(DATABIND.writeValueAsString(new byte[] {1, 2, (byte) 0xff}));
  }
}
