package io.eventschema.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A property test: a JUnit Jupiter parameterized test run once per seed, {@link #tries()} times.
 * The method takes the seed ({@code long}) and builds its values from {@code new Gen(seed)}, so a
 * seed determines a case completely.
 *
 * <p>Each run draws a fresh base seed, so CI keeps exploring; a failure names the seed and the
 * command that reruns exactly that case: {@code -Deventschema.seed=<seed>} runs each property of
 * the selected tests once, with that seed. {@code -Deventschema.tries=<n>} overrides the number of
 * tries (for a longer hunt).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "seed {0}")
@ArgumentsSource(Seeds.class)
@ExtendWith(SeedReporter.class)
public @interface SeededTest {
  /** How many seeds, each a separate test invocation. */
  int tries();
}
