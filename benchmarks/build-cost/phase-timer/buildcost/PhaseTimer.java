package buildcost;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * A javac plugin ({@code -Xplugin:PhaseTimer}) for the build-cost benchmark: the compiler
 * thread's cpu time and wall time per phase (parse, enter, analyze = attribute + flow, generate =
 * desugar + class writing, annotation processing), each moment counted once, for the innermost
 * phase open then (the parse of a generated source inside an annotation-processing round counts
 * as parse, not as the round; the processors' own work is what is left to the round). Phases of
 * sources under a folder named {@code gen} (the processor's output) are counted apart from the
 * others. Printed to stderr when javac finishes.
 */
public final class PhaseTimer implements Plugin, TaskListener {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<String, long[]> totals = new TreeMap<>(); // cpu ns, wall ns, events
  private final Deque<String> open = new ArrayDeque<>();
  private long lastCpu;
  private long lastWall;

  @Override
  public String getName() {
    return "PhaseTimer";
  }

  @Override
  public void init(JavacTask task, String... args) {
    lastCpu = threads.getCurrentThreadCpuTime();
    lastWall = System.nanoTime();
    byFile = args.length > 0 && args[0].equals("byFile") ? "byFile" : null;
    task.addTaskListener(this);
  }

  /** Counts the time since the last event for the phase open until now. */
  private void tick() {
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    long[] t = totals.computeIfAbsent(open.isEmpty() ? "(outside any phase)" : open.peek(),
        k -> new long[3]);
    t[0] += cpu - lastCpu;
    t[1] += wall - lastWall;
    lastCpu = cpu;
    lastWall = wall;
  }

  private String byFile;

  private String key(TaskEvent e) {
    if (e.getSourceFile() == null) {
      return e.getKind().toString();
    }
    String path = e.getSourceFile().toUri().getPath();
    String origin = path.contains("/gen/") ? " generated" : " user";
    if (byFile != null) { // -Xplugin:"PhaseTimer byFile": one line per file name, digits dropped
      origin += " " + path.substring(path.lastIndexOf('/') + 1).replaceAll("[0-9]", "");
    }
    return e.getKind() + origin;
  }

  @Override
  public void started(TaskEvent e) {
    tick();
    open.push(key(e));
    totals.computeIfAbsent(key(e), k -> new long[3])[2]++;
  }

  @Override
  public void finished(TaskEvent e) {
    tick();
    open.remove(key(e)); // the innermost open one of this kind (enter opens a batch at once)
    if (e.getKind() == TaskEvent.Kind.COMPILATION) {
      StringBuilder b = new StringBuilder(
          String.format("PhaseTimer  %-34s %9s %9s %7s%n", "phase", "cpu ms", "wall ms", "events"));
      long[] sum = new long[3];
      totals.forEach((k, v) -> {
        b.append(String.format("PhaseTimer  %-34s %9.0f %9.0f %7d%n", k, v[0] / 1e6, v[1] / 1e6, v[2]));
        sum[0] += v[0];
        sum[1] += v[1];
      });
      b.append(String.format("PhaseTimer  %-34s %9.0f %9.0f%n", "total", sum[0] / 1e6, sum[1] / 1e6));
      System.err.print(b);
    }
  }
}
