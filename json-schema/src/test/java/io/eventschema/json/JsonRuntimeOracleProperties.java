package io.eventschema.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eventschema.json.fixture.Order;
import io.eventschema.json.fixture.OrderJsonCodec;
import java.io.IOException;
import java.math.BigDecimal;
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

/**
 * The JSON runtime (JsonReader, JsonWrite) as the generated codecs use it, through the hand-written
 * codec of the test event, against independent oracles over seeded random events: Jackson databind
 * (snake_case, JavaTimeModule without timestamps, Optional, decimals as strings) reads what the
 * codec writes into an equal event and writes what the codec reads into an equal event; every
 * payload the codec writes validates against the event's JSON Schema with networknt's validator.
 */
class JsonRuntimeOracleProperties {
  private static final ObjectMapper DATABIND = databind();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12).getSchema(SchemaLocation.of("urn:test:order"),
      readTree(OrderJsonCodec.SCHEMA));

  private static ObjectMapper databind() {
    ObjectMapper m = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    return m;
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return DATABIND.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String TEXT = "abcxyz ÄÖü€\"\\\n\t😀/";

  private static String text(Random r, int min, int max) {
    StringBuilder sb = new StringBuilder();
    int n = min + r.nextInt(max - min + 1);
    while (sb.length() < n) {
      int cp = TEXT.codePointAt(TEXT.offsetByCodePoints(0, r.nextInt(TEXT.codePointCount(0,
          TEXT.length()))));
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  static Order randomOrder(Random r) {
    List<Order.Line> lines = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      lines.add(new Order.Line(text(r, 1, 8), 1 + r.nextInt(Integer.MAX_VALUE)));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0, n = r.nextInt(3); i < n; i++) {
      attributes.put(text(r, 0, 5), text(r, 0, 10));
    }
    long cents = r.nextLong() % 1_000_000_000_000L;
    Instant at = Instant.ofEpochSecond(r.nextInt(2_000_000_000) + 100_000_000L,
        r.nextBoolean() ? r.nextInt(1000) * 1_000_000 : r.nextInt(1_000_000_000));
    return new Order(text(r, 1, 12), 1 + (r.nextLong() & Long.MAX_VALUE - 1), at,
        Order.Status.values()[r.nextInt(2)], lines, attributes,
        r.nextBoolean() ? Optional.of(text(r, 0, 20)) : Optional.empty(),
        BigDecimal.valueOf(cents, 2), r.nextBoolean() ? new UUID(r.nextLong(), r.nextLong()) : null);
  }

  private static byte[] write(Order o) {
    JsonOutput out = new JsonOutput();
    OrderJsonCodec.INSTANCE.write(o, out);
    return out.toByteArray();
  }

  private static Order read(byte[] json) throws IOException {
    JsonReader in = new JsonReader(json);
    Order o = OrderJsonCodec.INSTANCE.read(in);
    in.requireEnd();
    return o;
  }

  private static Random random(RepetitionInfo info) {
    long seed = 0x0_4de5L * 1000 + info.getCurrentRepetition();
    System.out.println("JsonRuntimeOracleProperties seed " + seed);
    return new Random(seed);
  }

  @RepeatedTest(20)
  void databindReadsWhatTheCodecWritesAndTheCodecReadsWhatDatabindWrites(RepetitionInfo info)
      throws IOException {
    Random r = random(info);
    for (int i = 0; i < 50; i++) {
      Order o = randomOrder(r);
      byte[] ours = write(o);
      assertThat(DATABIND.readValue(ours, Order.class)).as("databind reads the codec's %s",
          new String(ours, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(o);
      byte[] theirs = DATABIND.writeValueAsBytes(o);
      assertThat(read(theirs)).as("the codec reads databind's %s",
          new String(theirs, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(o);
      assertThat(DATABIND.readTree(ours)).isEqualTo(DATABIND.readTree(theirs));
      assertThat(read(ours)).isEqualTo(o);
    }
  }

  @RepeatedTest(10)
  void everyPayloadTheCodecWritesValidatesAgainstTheSchema(RepetitionInfo info)
      throws IOException {
    Random r = random(info);
    for (int i = 0; i < 50; i++) {
      byte[] ours = write(randomOrder(r));
      List<Error> errors = SCHEMA.validate(DATABIND.readTree(ours));
      assertThat(errors).as(new String(ours, java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
  }
}
