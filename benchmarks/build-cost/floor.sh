#!/usr/bin/env bash
# What a processor that writes eventschema's files costs javac when no generated source is
# compiled: the floor under any design that keeps these files (floor/ReplayProcessor.java writes
# the class files and resources of an earlier compilation with the real processor through
# javac's Filer, one root at a time, as the real processor does). Modes, in turn from run to run:
#   none       -proc:none: the user's sources alone
#   nothing    a processor that runs and writes nothing
#   resources  the .avsc and the two serde-index entries of each event
#   codec      the codec's class file and the .avsc
#   no-serdes  the codec's and the validator's class files and every resource: what is left
#              without the per-event serializer, deserializer and serde
#   all        every generated class file (codec, validator, serializer, deserializer, serde)
#              and every resource
#   proc       the real processor (sources generated and compiled)
#
#   benchmarks/build-cost/floor.sh [RUNS] [N]     (after run.sh made the jars; default 5, 100)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
n="${2:-100}"
work="${WORK:-$here/target}"
[[ -f "$work/jars/processor.jar" && -f "$root/runtime/target/dep.cp" ]] || { echo "run run.sh first" >&2; exit 1; }
dir="$work/floor-m$n"
rm -rf "$dir" && java "$here/GenerateModule.java" "$dir" "$n"
find "$dir/src" -name '*.java' | sort > "$dir/sources.txt"
jspecify="$(ls ~/.m2/repository/org/jspecify/jspecify/1.0.0/jspecify-1.0.0.jar)"
cp="$work/jars/runtime.jar:$(cat "$root/runtime/target/dep.cp"):$jspecify"
pp="$work/jars/processor.jar:$(sed "s|[^:]*/runtime/target/eventschema-runtime-[^:]*\.jar|$work/jars/runtime.jar|" "$root/processor/target/dep.cp")"
replay="$work/floor-replay"
rm -rf "$replay" && mkdir -p "$replay"
javac -proc:none -d "$replay" "$here/floor/buildcost/ReplayProcessor.java"
cp -r "$here/floor/META-INF" "$replay/"
# what the real processor writes, once
rm -rf "$dir/recorded" && mkdir -p "$dir/recorded" "$dir/gen"
javac --release 17 -encoding UTF-8 -d "$dir/recorded" -s "$dir/gen" -cp "$cp" -processorpath "$pp" @"$dir/sources.txt"

results="$work/floor.tsv"
echo -e "mode\trun\twall_ms\tcpu_ms\tfiles\tload" > "$results"
one() { # mode run
  local args=()
  case $1 in
    none) args=(-proc:none) ;;
    nothing) args=(-processorpath "$replay" -Areplay.dir="$dir/recorded" -Areplay.classes=- -Areplay.resources=none) ;;
    resources) args=(-processorpath "$replay" -Areplay.dir="$dir/recorded" -Areplay.classes=-) ;;
    codec) args=(-processorpath "$replay" -Areplay.dir="$dir/recorded" -Areplay.classes=Codec -Areplay.resources=avsc) ;;
    no-serdes) args=(-processorpath "$replay" -Areplay.dir="$dir/recorded" -Areplay.classes=Codec,Validator) ;;
    all) args=(-processorpath "$replay" -Areplay.dir="$dir/recorded") ;;
    proc) args=(-processorpath "$pp") ;;
  esac
  rm -rf "$dir/out" "$dir/gen" && mkdir -p "$dir/out" "$dir/gen"
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" \
    javac --release 17 -encoding UTF-8 -d "$dir/out" -s "$dir/gen" -cp "$cp" "${args[@]}" @"$dir/sources.txt"
  echo -e "$1\t$2\t$(awk '{ printf "%d\t%d", $1 * 1000, ($2 + $3) * 1000 }' "$work/time.txt")\t$(find "$dir/out" -type f | wc -l)\t$(cut -d' ' -f1 /proc/loadavg)" >> "$results"
}
modes=(none nothing resources codec no-serdes all proc)
for r in $(seq 1 "$runs"); do
  for ((i = 0; i < ${#modes[@]}; i++)); do one "${modes[(i + r - 1) % ${#modes[@]}]}" "$r"; done
  echo "run $r done: $(uptime)" >&2
done
python3 - "$results" "$n" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
n = int(sys.argv[2])
by = {}
for r in rows:
    by.setdefault(r["mode"], []).append(r)
med = lambda m, k: statistics.median(int(r[k]) for r in by[m])
print(f"{n} events, median of {len(by['none'])} runs (ms); load {min(float(r['load']) for r in rows)}-{max(float(r['load']) for r in rows)}")
print("mode       files  wall   cpu   added wall/event  added cpu/event")
for m in ["none", "nothing", "resources", "codec", "no-serdes", "all", "proc"]:
    w, c = med(m, "wall_ms"), med(m, "cpu_ms")
    print(f"{m:10} {by[m][0]['files']:>5} {w:6.0f} {c:6.0f} {(w - med('none', 'wall_ms')) / n:10.1f} {(c - med('none', 'cpu_ms')) / n:14.1f}")
PY
