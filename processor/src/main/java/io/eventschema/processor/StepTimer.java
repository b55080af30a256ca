package io.eventschema.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The processor's own time per step, on the compiler thread's cpu clock, when the option
 * {@code -Aeventschema.timing=true} asks for it (the build-cost benchmark's profile; see
 * docs/performance.md), in one note after the last round ({@code -Xlint:none} hides notes). Off,
 * it measures nothing: a step is just run.
 */
final class StepTimer {
  /** The processor option that turns the report on. */
  static final String OPTION = "eventschema.timing";

  private final ThreadMXBean threads;
  private final Map<String, long[]> steps = new LinkedHashMap<>(); // cpu ns, wall ns, count

  StepTimer(boolean on) {
    this.threads = on ? ManagementFactory.getThreadMXBean() : null;
  }

  boolean on() {
    return threads != null;
  }

  /** A step that throws nothing checked. */
  <T> T time(String step, Supplier<T> work) {
    if (threads == null) {
      return work.get();
    }
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(step, cpu, wall);
    }
  }

  /** A step that may throw an IOException. */
  void timeIo(String step, IoWork work) throws java.io.IOException {
    if (threads == null) {
      work.run();
      return;
    }
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    try {
      work.run();
    } finally {
      add(step, cpu, wall);
    }
  }

  interface IoWork {
    void run() throws java.io.IOException;
  }

  private void add(String step, long cpu, long wall) {
    long[] t = steps.computeIfAbsent(step, k -> new long[3]);
    t[0] += threads.getCurrentThreadCpuTime() - cpu;
    t[1] += System.nanoTime() - wall;
    t[2]++;
  }

  /** One line per step: cpu ms, wall ms, times run. */
  String report() {
    StringBuilder b = new StringBuilder("eventschema processor time per step (cpu ms, wall ms, runs):");
    steps.forEach((k, v) -> b.append(String.format("%n  %-28s %8.1f %8.1f %6d", k, v[0] / 1e6,
        v[1] / 1e6, v[2])));
    return b.toString();
  }
}
