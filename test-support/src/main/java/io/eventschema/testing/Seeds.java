package io.eventschema.testing;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The seeds of a {@link SeededTest}: {@code -Deventschema.seed} alone if given, else
 * {@code tries} seeds drawn from a fresh base seed (the first seed is the base itself).
 */
public final class Seeds implements ArgumentsProvider, AnnotationConsumer<SeededTest> {
  /** The system property that reruns one seed. */
  public static final String SEED = "eventschema.seed";
  /** The system property that overrides the number of tries. */
  public static final String TRIES = "eventschema.tries";
  private static final SecureRandom FRESH = new SecureRandom();

  private int tries;

  @Override
  public void accept(SeededTest annotation) {
    tries = annotation.tries();
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
    String fixed = System.getProperty(SEED, "").strip();
    String override = System.getProperty(TRIES, "").strip();
    int count = override.isEmpty() ? tries : Integer.parseInt(override);
    if (!fixed.isEmpty()) {
      long seed = Long.parseLong(fixed);
      return LongStream.concat(LongStream.of(seed), new SplittableRandom(seed).longs())
          .limit(override.isEmpty() ? 1 : count).mapToObj(Arguments::of);
    }
    long base = FRESH.nextLong();
    return LongStream.concat(LongStream.of(base), new SplittableRandom(base).longs())
        .limit(count).mapToObj(Arguments::of);
  }
}
