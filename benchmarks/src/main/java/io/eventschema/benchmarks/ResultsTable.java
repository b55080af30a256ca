package io.eventschema.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file (run with {@code -prof gc -rf json}) into the Markdown tables of
 * RESULTS.md: every path with ns/op, bytes allocated per op and its ratio to eventschema, then the
 * issue's targets with the ratios of this very run.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.eventschema.benchmarks.ResultsTable results.json}
 */
public final class ResultsTable {
  private record Score(double ns, double error, double bytes) {}

  private final Map<String, Map<String, Score>> byEvent = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable <jmh-results.json>");
      System.exit(2);
    }
    System.out.print(new ResultsTable(new ObjectMapper().readTree(new File(args[0]))).render());
  }

  ResultsTable(JsonNode results) {
    for (JsonNode r : results) {
      String full = r.get("benchmark").asText();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String cls = full.substring(0, full.lastIndexOf('.'));
      String event = cls.substring(cls.lastIndexOf('.') + 1).replace("Benchmark", "");
      JsonNode primary = r.get("primaryMetric");
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      byEvent.computeIfAbsent(event, k -> new LinkedHashMap<>()).put(method, new Score(
          primary.get("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
          alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
    }
  }

  String render() {
    for (Map.Entry<String, Map<String, Score>> e : byEvent.entrySet()) {
      table(e.getKey(), e.getValue());
    }
    targets();
    return out.toString();
  }

  private void table(String event, Map<String, Score> s) {
    out.append("### ").append(event).append(" (framed message: ").append(messageSize(event))
        .append(" bytes)\n\n");
    out.append("| benchmark | ns/op | ± (99.9%) | B/op | time vs eventschema |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Score> e : s.entrySet()) {
      String method = e.getKey();
      Score score = e.getValue();
      String op = method.substring(0, method.indexOf('_'));
      Score ours = s.get(op + "_eventschema");
      String ratio = ours == null ? "" : fmt(score.ns / ours.ns, 2) + "x";
      out.append("| ").append(method).append(" | ").append(fmt(score.ns, 1)).append(" | ")
          .append(fmt(score.error, 1)).append(" | ").append(fmt(score.bytes, 0)).append(" | ")
          .append(ratio).append(" |\n");
    }
    out.append('\n');
  }

  private void targets() {
    out.append("### Targets (ratios from this run)\n\n");
    out.append("| event | target | measured | met |\n|---|---|---:|:---:|\n");
    for (Map.Entry<String, Map<String, Score>> e : byEvent.entrySet()) {
      String ev = e.getKey();
      Map<String, Score> s = e.getValue();
      atMost(ev, "serialize ≤ 1.1x hand-written", ratio(s, "serialize_eventschema",
          "serialize_handwritten"), 1.1);
      atLeast(ev, "serialize ≥ 3.5x faster than specific", ratio(s, "serialize_specific",
          "serialize_eventschema"), 3.5);
      atLeast(ev, "serialize ≥ 6x faster than reflect", ratio(s, "serialize_reflect",
          "serialize_eventschema"), 6);
      Score ser = s.get("serialize_eventschema");
      if (ser != null) {
        int size = messageSize(ev);
        row(ev, "serialize allocates ≤ message + 32 B (" + (size + 32) + " B)",
            fmt(ser.bytes, 0) + " B", ser.bytes <= size + 32);
      }
      atMost(ev, "deserialize ≤ 1.2x hand-written", ratio(s, "deserialize_eventschema",
          "deserialize_handwritten"), 1.2);
      atLeast(ev, "deserialize ≥ 1.3x faster than specific", ratio(s, "deserialize_specific",
          "deserialize_eventschema"), 1.3);
      atMost(ev, "newer writer ≤ 0.8x specific's time", ratio(s, "evolved_eventschema",
          "evolved_specific"), 0.8);
      atLeast(ev, "validation ≥ 5x faster than Hibernate Validator", ratio(s,
          "validate_hibernate", "validate_eventschema"), 5);
    }
    out.append('\n');
  }

  private static double ratio(Map<String, Score> s, String a, String b) {
    Score x = s.get(a);
    Score y = s.get(b);
    return x == null || y == null ? Double.NaN : x.ns / y.ns;
  }

  private void atMost(String event, String target, double measured, double limit) {
    if (!Double.isNaN(measured)) {
      row(event, target, fmt(measured, 2) + "x", measured <= limit);
    }
  }

  private void atLeast(String event, String target, double measured, double limit) {
    if (!Double.isNaN(measured)) {
      row(event, target, fmt(measured, 2) + "x", measured >= limit);
    }
  }

  private void row(String event, String target, String measured, boolean met) {
    out.append("| ").append(event).append(" | ").append(target).append(" | ").append(measured)
        .append(" | ").append(met ? "yes" : "**no**").append(" |\n");
  }

  /** The framed size of the benchmark's event, header included. */
  private static int messageSize(String event) {
    try {
      if (event.equals("OrderPlaced")) {
        OrderPlacedBenchmark b = new OrderPlacedBenchmark();
        b.setUp();
        return b.bytes.length;
      }
      UserInteractionEventBenchmark b = new UserInteractionEventBenchmark();
      b.setUp();
      return b.bytes.length;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fmt(double v, int decimals) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }
}
