package io.eventschema.benchmarks.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.benchmarks.validation.Constrained.Inner;
import io.eventschema.benchmarks.validation.Fallbacks.Range;
import io.eventschema.benchmarks.validation.Fallbacks.WithCustom;
import io.eventschema.benchmarks.validation.Fallbacks.WithGroups;
import io.eventschema.testing.SeededTest;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;
import io.eventschema.validation.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The generated validators against Hibernate Validator: on random events, valid and invalid in
 * every field, they report exactly Hibernate Validator's violations (property path, message,
 * invalid value, constraint), and valid events pass without Hibernate Validator being asked.
 */
class DifferentialValidationProperties {
  private static final EventValidator<Object> HIBERNATE = BeanValidation.shared();

  /** Counts the events the generated code could not pass itself. */
  static final class Counting<T> implements EventValidator<T> {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public List<Violation> validate(T event) {
      calls.incrementAndGet();
      return HIBERNATE.validate(event);
    }
  }

  @SeededTest(tries = 3000)
  void sameViolationsAsHibernateValidator(long seed) {
    Constrained event = randomEvent(new Random(seed), 0.15);
    Counting<Constrained> fallback = new Counting<>();
    List<Violation> generated = new ConstrainedValidator(fallback).validate(event);
    List<Violation> hibernate = HIBERNATE.validate(event);
    assertThat(generated).as("seed %d: %s", seed, event).isEqualTo(hibernate);
    if (fallback.calls.get() == 0) {
      assertThat(hibernate).as("the fast path passed an event Hibernate Validator rejects")
          .isEmpty();
    }
  }

  @SeededTest(tries = 1000)
  void validEventsPassWithoutHibernateValidator(long seed) {
    Constrained event = randomEvent(new Random(seed), 0.0);
    assertThat(HIBERNATE.validate(event)).as("generator made an invalid event: %s", event)
        .isEmpty();
    Counting<Constrained> fallback = new Counting<>();
    assertThat(new ConstrainedValidator(fallback).validate(event)).isEmpty();
    assertThat(fallback.calls.get()).as("Hibernate Validator was asked about a valid event")
        .isZero();
  }

  @SeededTest(tries = 500)
  void invalidEventsGetHibernateValidatorsViolations(long seed) {
    Constrained event = randomEvent(new Random(seed), 0.5);
    List<Violation> hibernate = HIBERNATE.validate(event);
    Counting<Constrained> fallback = new Counting<>();
    List<Violation> generated = new ConstrainedValidator(fallback).validate(event);
    assertThat(generated).isEqualTo(hibernate);
    if (!hibernate.isEmpty()) {
      assertThat(fallback.calls.get()).isEqualTo(1);
    }
  }

  @Test
  void customConstraintsGroupsAndClassLevelConstraintsGoToHibernateValidator() {
    Counting<WithCustom> custom = new Counting<>();
    assertThat(new Fallbacks_WithCustomValidator(custom).validate(new WithCustom(3, "x")))
        .extracting(Violation::propertyPath, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("number", "must be even"));
    assertThat(new Fallbacks_WithCustomValidator(custom).validate(new WithCustom(4, "x")))
        .isEmpty();
    assertThat(custom.calls.get()).isEqualTo(2);

    Counting<WithGroups> groups = new Counting<>();
    assertThat(new Fallbacks_WithGroupsValidator(groups).validate(new WithGroups("toolong", "x")))
        .isEmpty();
    assertThat(groups.calls.get()).isEqualTo(1);

    Counting<Range> range = new Counting<>();
    assertThat(new Fallbacks_RangeValidator(range).validate(new Range(5, 1)))
        .extracting(Violation::message).containsExactly("low must not exceed high");
    assertThat(range.calls.get()).isEqualTo(1);
  }

  @Test
  void aClassLevelConstraintGoesToHibernateValidatorOnlyWhereItCascades() {
    Counting<Fallbacks.HoldsRange> holds = new Counting<>();
    var invalid = new Fallbacks.HoldsRange(new Range(5, 1), "x");
    assertThat(new Fallbacks_HoldsRangeValidator(holds).validate(invalid))
        .isEqualTo(HIBERNATE.validate(invalid))
        .extracting(Violation::propertyPath).containsExactly("range");
    assertThat(holds.calls.get()).isEqualTo(1);

    Counting<Fallbacks.MentionsRange> mentions = new Counting<>();
    var unchecked = new Fallbacks.MentionsRange(new Range(5, 1), "x");
    assertThat(new Fallbacks_MentionsRangeValidator(mentions).validate(unchecked))
        .isEqualTo(HIBERNATE.validate(unchecked)).isEmpty();
    assertThat(mentions.calls.get()).isZero();
    var blank = new Fallbacks.MentionsRange(new Range(1, 5), " ");
    assertThat(new Fallbacks_MentionsRangeValidator(mentions).validate(blank))
        .isEqualTo(HIBERNATE.validate(blank)).hasSize(1);
  }

  @Test
  void aConstraintOnAnOptionalItselfGoesToHibernateValidator() {
    Counting<Fallbacks.WithOptionalConstraint> counting = new Counting<>();
    for (var e : List.of(new Fallbacks.WithOptionalConstraint(Optional.of("x")),
        new Fallbacks.WithOptionalConstraint(Optional.empty()))) {
      assertThat(new Fallbacks_WithOptionalConstraintValidator(counting).validate(e))
          .isEqualTo(HIBERNATE.validate(e));
    }
    assertThat(counting.calls.get()).isEqualTo(2);
  }

  @SeededTest(tries = 1000)
  void sealedEventsGetHibernateValidatorsViolations(long seed) {
    Random r = new Random(seed);
    Shape.Drawing drawing = new Shape.Drawing(randomShape(r), randomShape(r),
        List.of(randomShape(r), randomShape(r)));
    Counting<Shape.Drawing> drawings = new Counting<>();
    List<Violation> hibernate = HIBERNATE.validate(drawing);
    assertThat(new Shape_DrawingValidator(drawings).validate(drawing)).as("seed %d", seed)
        .isEqualTo(hibernate);
    assertThat(drawings.calls.get()).isEqualTo(hibernate.isEmpty() ? 0 : 1);

    Shape shape = randomShape(r);
    Counting<Shape> shapes = new Counting<>();
    List<Violation> expected = HIBERNATE.validate(shape);
    assertThat(new ShapeValidator(shapes).validate(shape)).isEqualTo(expected);
    assertThat(shapes.calls.get()).isEqualTo(expected.isEmpty() ? 0 : 1);
  }

  private static Shape randomShape(Random r) {
    double bad = 0.2;
    if (r.nextBoolean()) {
      return new Shape.Circle(pick(r, bad, () -> oneOf(r, 1.0, 0.5), () -> oneOf(r, 0.0, -1.0)),
          pick(r, bad, () -> oneOf(r, "c", "circle"), () -> oneOf(r, null, " ", "too-long-label")));
    }
    return new Shape.Polygon(
        pick(r, bad, () -> List.of(1.0, 2.0, 3.0), () -> oneOf(r, null, List.of(),
            List.of(1.0, -2.0), List.of(1.0, 1.0, 1.0, 1.0, 1.0))),
        pick(r, bad, () -> oneOf(r, null, java.util.Set.of("a")),
            () -> oneOf(r, java.util.Set.of(" "), java.util.Set.of("a", "b", "c"))));
  }

  @Test
  void theReferenceEventsViolationsAreHibernateValidatorsOwn() {
    var event = new io.eventschema.benchmarks.events.UserInteractionEvent(0, " ", null, null,
        Optional.of("x".repeat(65)), null);
    List<Violation> generated = io.eventschema.benchmarks.events.UserInteractionEventValidator
        .INSTANCE.validate(event);
    // Hibernate Validator alone knows only the Java names; the generated validator adds the
    // schema's (snake_case) path beside them, which is all that differs
    assertThat(generated.stream().map(DifferentialValidationProperties::javaOnly).toList())
        .isEqualTo(HIBERNATE.validate(event))
        .extracting(Violation::propertyPath)
        .containsExactlyInAnyOrder("userId", "interactionType", "timestamp",
            "sessionId");
    assertThat(generated).extracting(Violation::schemaPath)
        .containsExactlyInAnyOrder("user_id", "interaction_type", "timestamp", "session_id");
  }

  private static Violation javaOnly(Violation v) {
    return new Violation(v.propertyPath(), v.message(), v.invalidValue(), v.constraint());
  }

  // ------------------------------------------------------------------ random events

  /** An event whose every field is invalid with probability {@code bad}. */
  static Constrained randomEvent(Random r, double bad) {
    Instant now = Instant.now();
    return new Constrained(
        pick(r, bad, () -> oneOf(r, "ab", "abcdefgh", "xyz12"),
            () -> oneOf(r, null, "a", "abcdefghi", "")),
        pick(r, bad, () -> oneOf(r, "n", " name ", "\u00e9"),
            () -> oneOf(r, null, "", "   ", "\t\n", "\u2003", "\u3000")),
        pick(r, bad, () -> list(r, 1 + r.nextInt(3), () -> oneOf(r, "a", "tag", "five5")),
            () -> oneOf(r, null, List.of(), List.of("a", "b", "c", "d"), List.of(" "),
                List.of("sixsix"), listWithNull())),
        pick(r, bad, () -> oneOf(r, null, Map.of(), Map.of("k", "abc"), Map.of("key1", "z")),
            () -> oneOf(r, Map.of("", "a"), Map.of("toolong", "a"), Map.of("k", "ABC"),
                Map.of("a", "b", "c", "d", "e", "f", "g", "h"), mapWithNullValue())),
        pick(r, bad, () -> Optional.ofNullable(oneOf(r, null, "", "a@b.co", "first.last@example.com",
                "x+tag@sub.example.org", "o'neil@mail-host.io")),
            () -> Optional.of(oneOf(r, "plain", "a@", "@b.com", "a..b@c.com", "a@b..com",
                "a@-b.com", "\"quoted\"@example.com", "user@[127.0.0.1]", "jos\u00e9@example.com",
                "a@b.c-", ".a@b.com", "a@b.com.", "x".repeat(65) + "@b.com"))),
        pick(r, bad, () -> oneOf(r, null, "ann@example.com"),
            () -> oneOf(r, "ann@example.org", "bad", "")),
        pick(r, bad, () -> r.nextInt(11) - 5, () -> oneOf(r, -6, 6, Integer.MIN_VALUE)),
        pick(r, bad, () -> 1L + r.nextInt(1000), () -> oneOf(r, 0L, -1L, Long.MIN_VALUE)),
        pick(r, bad, () -> r.nextInt(100), () -> -1 - r.nextInt(10)),
        pick(r, bad, () -> -1 - r.nextInt(100), () -> oneOf(r, 0, 1, Integer.MAX_VALUE)),
        pick(r, bad, () -> oneOf(r, 0L, -1L, Long.MIN_VALUE), () -> oneOf(r, 1L, Long.MAX_VALUE)),
        pick(r, bad, () -> oneOf(r, 0L, 999L, -999L, 7L, 100L),
            () -> oneOf(r, 1000L, -1000L, Long.MIN_VALUE, Long.MAX_VALUE)),
        pick(r, bad, () -> oneOf(r, 2L, 50L, 99L), () -> oneOf(r, 1L, 0L, 100L, 101L, -7L)),
        pick(r, bad, () -> oneOf(r, 0.5, 1e-300, Double.MAX_VALUE, Double.POSITIVE_INFINITY),
            () -> oneOf(r, 0.0, -0.0, -1.0, Double.NaN, Double.NEGATIVE_INFINITY)),
        pick(r, bad, () -> new BigDecimal(oneOf(r, "0", "12.5", "9999.99", "0.01", "1E+3", "-0")),
            () -> oneOf(r, null, new BigDecimal("10000"), new BigDecimal("1.234"),
                new BigDecimal("-0.01"), new BigDecimal("12.500"), new BigDecimal("1E+4"))),
        pick(r, bad, () -> oneOf(r, null, new BigDecimal("-0.5"), new BigDecimal("-1E+9")),
            () -> oneOf(r, BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("3"))),
        pick(r, bad, () -> new BigDecimal(oneOf(r, "0", "9999.99", "-9999.99", "1.5", "12.500",
                "1E+3")),
            () -> oneOf(r, null, new BigDecimal("10000.00"), new BigDecimal("1.234"),
                new BigDecimal("1E+4"))),
        pick(r, bad, () -> oneOf(r, 0.0f, 3.5f, Float.POSITIVE_INFINITY),
            () -> oneOf(r, -1.0f, Float.NaN, -0.0f, Float.NEGATIVE_INFINITY)),
        pick(r, bad, () -> oneOf(r, null, now.minusSeconds(1), Instant.EPOCH),
            () -> oneOf(r, now.plus(Duration.ofDays(1)), Instant.MAX)),
        pick(r, bad, () -> oneOf(r, null, now.minusSeconds(5)),
            () -> now.plus(Duration.ofHours(1))),
        pick(r, bad, () -> oneOf(r, null, now.plus(Duration.ofDays(3)), Instant.MAX),
            () -> oneOf(r, now.minusSeconds(1), Instant.EPOCH)),
        pick(r, bad, () -> oneOf(r, null, now.plus(Duration.ofDays(3))),
            () -> now.minus(Duration.ofDays(1))),
        pick(r, bad, () -> oneOf(r, null, LocalDate.now().minusDays(1), LocalDate.MIN),
            () -> oneOf(r, LocalDate.now(), LocalDate.now().plusDays(1))),
        pick(r, bad, () -> oneOf(r, null, LocalDateTime.now().plusDays(1), LocalDateTime.MAX),
            () -> oneOf(r, LocalDateTime.now().minusSeconds(1), LocalDateTime.MIN)),
        pick(r, bad, () -> oneOf(r, null, LocalTime.MIN), () -> LocalTime.MAX),
        pick(r, bad, () -> true, () -> false),
        pick(r, bad, () -> oneOf(r, null, false), () -> true),
        pick(r, bad, () -> null, () -> oneOf(r, "", "x")),
        pick(r, bad, () -> oneOf(r, new byte[] {1}, new byte[4]),
            () -> oneOf(r, null, new byte[0], new byte[5])),
        pick(r, bad, () -> oneOf(r, null, "AB-1", "xy-42"),
            () -> oneOf(r, "ABC-1", "AB1", "", "AB-")),
        pick(r, bad, () -> inner(r, 0), () -> oneOf(r, null, inner(r, 1))),
        pick(r, bad, () -> oneOf(r, null, List.of(), list(r, 1 + r.nextInt(3), () -> inner(r, 0))),
            () -> oneOf(r, List.of(inner(r, 1)), innerListWithNull())),
        pick(r, bad, () -> Optional.ofNullable(oneOf(r, null, inner(r, 0))),
            () -> Optional.of(inner(r, 1))),
        pick(r, bad, () -> oneOf(r, null, Map.of("a", inner(r, 0))),
            () -> Map.of("a", inner(r, 1))),
        // not cascaded: Hibernate Validator ignores what is inside, so may the fast path
        oneOf(r, null, inner(r, 0), inner(r, 1)));
  }

  private static Inner inner(Random r, double bad) {
    return new Inner(
        pick(r, bad, () -> oneOf(r, "id", "abcdef"), () -> oneOf(r, null, "", " ", "abcdefg")),
        pick(r, bad, () -> r.nextInt(11) - 100, () -> oneOf(r, 11, Integer.MAX_VALUE)));
  }

  private interface Make<T> {
    T make();
  }

  private static <T> T pick(Random r, double bad, Make<T> good, Make<T> invalid) {
    return r.nextDouble() < bad ? invalid.make() : good.make();
  }

  @SafeVarargs
  private static <T> T oneOf(Random r, T... choices) {
    return choices[r.nextInt(choices.length)];
  }

  private static <T> List<T> list(Random r, int n, Make<T> item) {
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(item.make());
    }
    return out;
  }

  private static List<String> listWithNull() {
    List<String> l = new ArrayList<>();
    l.add(null);
    return l;
  }

  private static List<Inner> innerListWithNull() {
    List<Inner> l = new ArrayList<>();
    l.add(null);
    return l;
  }

  private static Map<String, String> mapWithNullValue() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("k", null);
    return m;
  }
}
