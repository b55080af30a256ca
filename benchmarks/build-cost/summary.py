"""Summarizes run.sh's results.tsv. For each metric (wall time, and cpu time = user + sys of javac
or Maven and their children), per size, mode and case: the median and [range] of the times; per
size and case the median and range of the paired differences (processor minus -proc:none, the
two runs of a pair back to back); and the processor's added cost per event, overall (difference
/ size) and marginal (between the smallest and largest size)."""
import csv
import re
import statistics
import sys
from collections import defaultdict

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
for r in rows:  # (older runs captured Maven's colour reset codes before the figures)
    for k in ("wall_ms", "cpu_ms"):
        r[k] = re.sub(r"\x1b\[[0-9;]*m", "", r[k])
counts = {}
for r in rows:
    if r["classes"]:
        counts[(int(r["size"]), r["mode"])] = (r["classes"], r["generated_files"], r["generated_lines"])
sizes = sorted({int(r["size"]) for r in rows})
cases = [c for c in ["javac-clean", "javac-one", "mvn-clean", "mvn-one", "mvn-one-stale"] if any(r["case"] == c for r in rows)]
# "base" rows: the earlier jar against -proc:none; "proc-base": the new jar minus the earlier one
for metric in ["wall_ms", "cpu_ms"]:
    times = defaultdict(dict)
    for r in rows:
        times[(int(r["size"]), r["mode"], r["case"])][int(r["run"])] = int(r[metric])
    print(f"\n{metric}: median [min-max] over {max(int(r['run']) for r in rows)} runs")
    print(f"{'size':>5} {'case':<25} {'with processor':<25}{'-proc:none':<25}{'added (paired)':<25}{'per event':>9}")
    added = {}
    pairs = [("proc", "none", "")]
    if any(k[1] == "base" for k in times):
        pairs += [("base", "none", " base"), ("proc", "base", " proc-base")]
    for n, c, (mode_a, mode_b, label) in [(n, c, m) for n in sizes for m in pairs for c in cases]:
            p, q = times[(n, mode_a, c)], times[(n, mode_b, c)]
            diffs = [p[r] - q[r] for r in p if r in q]
            if not diffs:
                continue
            md = statistics.median(diffs)
            if not label:
                added[(n, c)] = md
            cell = lambda v: f"{statistics.median(v):.0f} [{min(v)}-{max(v)}]"
            print(f"{n:>5} {c + label:<25} {cell(list(p.values())):<25}{cell(list(q.values())):<25}"
                  f"{cell(diffs):<25}" + (f"{md / n:>9.1f}" if c.endswith("clean") else ""))
    for c in cases:
        if c.endswith("clean") and len(sizes) >= 2 and (sizes[0], c) in added and (sizes[-1], c) in added:
            a, b = sizes[0], sizes[-1]
            print(f"marginal per event, {c} {a}->{b}: {(added[(b, c)] - added[(a, c)]) / (b - a):.1f} ms")
print()
for (n, mode), (classes, files, lines) in sorted(counts.items()):
    print(f"{n} events, {mode}: {classes} classes out, {files} generated sources, {lines} generated lines"
          f" ({int(classes) / n:.1f} classes, {int(files) / n:.1f} sources, {int(lines) / n:.0f} lines per event)")
