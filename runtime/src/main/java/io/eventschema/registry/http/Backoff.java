package io.eventschema.registry.http;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter, as Confluent's client waits: before retry {@code n}
 * (counting from 0) the wait is drawn uniformly from {@code [1, min(initial * 2^n, max)]} ms.
 */
final class Backoff {
  private final long initialMs;
  private final long maxMs;

  Backoff(long initialMs, long maxMs) {
    this.initialMs = Math.max(0, initialMs);
    this.maxMs = Math.max(0, maxMs);
  }

  /** The upper bound of the wait before retry {@code n}. */
  long ceilingMs(int n) {
    int shift = Math.min(Math.max(n, 0), 30);
    long exp = initialMs > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : initialMs << shift;
    return Math.min(exp, maxMs);
  }

  /** A random wait before retry {@code n}, in {@code [1, ceilingMs(n)]}, or 0 if that is 0. */
  long delayMs(int n) {
    long ceiling = ceilingMs(n);
    return ceiling <= 0 ? 0 : 1 + ThreadLocalRandom.current().nextLong(ceiling);
  }
}
