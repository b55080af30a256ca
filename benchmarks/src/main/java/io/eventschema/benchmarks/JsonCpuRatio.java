package io.eventschema.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * A check of {@link JsonSchemaBenchmark}'s ratios on a loaded machine: the eventschema and
 * databind paths of one operation run in alternating rounds in one JVM, each round timed in
 * <em>thread CPU time</em> (ThreadMXBean), which other processes' load inflates far less than the
 * wall-clock time JMH reports; bytes allocated per call beside it. Not a replacement for the JMH
 * run on a quiet machine.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar io.eventschema.benchmarks.JsonCpuRatio \
 *     OrderPlaced deserialize 30
 * }</pre>
 *
 * Arguments: the event ({@code OrderPlaced} or {@code UserInteractionEvent}), the operation
 * ({@code serialize}, {@code deserialize}, {@code serializeValidated}, {@code deserializeValidated}),
 * seconds to run (default 30; the first quarter of the rounds is dropped as warm-up).
 */
public final class JsonCpuRatio {
  private static final int CALLS_PER_ROUND = 10_000;
  /** Where each result goes, so the JIT cannot drop the work. */
  static volatile Object sink;

  private JsonCpuRatio() {}

  public static void main(String[] args) throws Exception {
    String event = args.length > 0 ? args[0] : "OrderPlaced";
    String op = args.length > 1 ? args[1] : "deserialize";
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    JsonSchemaBenchmark b = new JsonSchemaBenchmark();
    b.event = event;
    b.setUp();
    Callable<Object> ours;
    Callable<Object> theirs;
    switch (op) {
      case "serialize" -> {
        ours = b::serialize_eventschema;
        theirs = b::serialize_databind;
      }
      case "deserialize" -> {
        ours = b::deserialize_eventschema;
        theirs = b::deserialize_databind;
      }
      case "serializeValidated" -> {
        ours = b::serialize_eventschemaValidated;
        theirs = b::serialize_databindValidated;
      }
      case "deserializeValidated" -> {
        ours = b::deserialize_eventschemaValidated;
        theirs = b::deserialize_databindValidated;
      }
      default -> throw new IllegalArgumentException("unknown operation " + op);
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    double[] oursNs = new double[1 << 16];
    double[] theirsNs = new double[1 << 16];
    long[] alloc = new long[2];
    int rounds = 0;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end && rounds < oursNs.length) {
      boolean counted = false;
      for (int side = 0; side < 2; side++) {
        Callable<Object> c = side == 0 ? ours : theirs;
        long a0 = threads.getThreadAllocatedBytes(tid);
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
          sink = c.call();
        }
        long t1 = threads.getCurrentThreadCpuTime();
        long a1 = threads.getThreadAllocatedBytes(tid);
        (side == 0 ? oursNs : theirsNs)[rounds] = (t1 - t0) / (double) CALLS_PER_ROUND;
        alloc[side] = (a1 - a0) / CALLS_PER_ROUND;
        counted = true;
      }
      if (counted) {
        rounds++;
      }
    }
    b.tearDown();
    int skip = rounds / 4;
    double[] o = Arrays.copyOfRange(oursNs, skip, rounds);
    double[] t = Arrays.copyOfRange(theirsNs, skip, rounds);
    Arrays.sort(o);
    Arrays.sort(t);
    System.out.printf("%s %s: %d rounds of %d calls (first %d dropped), thread CPU ns per call%n",
        event, op, rounds, CALLS_PER_ROUND, skip);
    System.out.printf("  eventschema best %.1f  median %.1f  (%d B/call)%n", o[0], median(o),
        alloc[0]);
    System.out.printf("  databind    best %.1f  median %.1f  (%d B/call)%n", t[0], median(t),
        alloc[1]);
    System.out.printf("  speed-up    best %.2fx  median %.2fx%n", t[0] / o[0],
        median(t) / median(o));
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
