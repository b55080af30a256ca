#!/usr/bin/env bash
# Where the build time goes, on the N-event module of run.sh (run run.sh first: it builds the
# jars and the module). Three views, each on the compiler thread's cpu clock (the machine is
# shared: cpu time moves much less with the load than wall time):
#   1. javac's phases (phase-timer/PhaseTimer, a javac plugin), processor on, generated sources
#      apart from the user's;
#   2. the processor's own steps (-Aeventschema.timing=true);
#   3. javac alone (-proc:none) on the user's sources plus the generated ones kind by kind
#      (codec, validator, serializer + deserializer, serde): what compiling each kind costs.
#
#   benchmarks/build-cost/profile.sh [N]       (default 100; WORK as for run.sh)
# JFR=1 adds a flight recording of the first compilation (target/profile-N.jfr).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
n="${1:-100}"
work="${WORK:-$here/target}"
dir="$work/m$n"
[[ -d "$dir/src" && -f "$work/jars/processor.jar" ]] || { echo "run run.sh first (module $dir)" >&2; exit 1; }
root="$(cd "$here/../.." && pwd)"
jspecify="$(ls ~/.m2/repository/org/jspecify/jspecify/1.0.0/jspecify-1.0.0.jar)"
cp="$work/jars/runtime.jar:$(cat "$root/runtime/target/dep.cp"):$jspecify"
pp="$work/jars/processor.jar:$(sed "s|[^:]*/runtime/target/eventschema-runtime-[^:]*\.jar|$work/jars/runtime.jar|" "$root/processor/target/dep.cp")"
timer="$work/phase-timer"
rm -rf "$timer" && mkdir -p "$timer"
# -cp: not the phase-timer folder itself, whose META-INF/services would load the plugin
javac -proc:none -cp "$timer" -d "$timer" "$here/phase-timer/buildcost/PhaseTimer.java"
cp -r "$here/phase-timer/META-INF" "$timer/"
jfr=()
[[ "${JFR:-0}" == 1 ]] && jfr=("-J-XX:StartFlightRecording=filename=$work/profile-$n.jfr,settings=profile")

echo "== $n events, processor on (uptime: $(uptime))"
rm -rf "$dir/out" "$dir/gen" && mkdir -p "$dir/out" "$dir/gen"
/usr/bin/time -f 'process: wall %e s, user %U s, sys %S s' javac "${jfr[@]}" --release 17 \
  -encoding UTF-8 -d "$dir/out" -s "$dir/gen" -cp "$cp" -processorpath "$pp:$timer" \
  -Xplugin:PhaseTimer -Aeventschema.timing=true "$dir"/src/main/java/bench/events/*.java 2>&1 \
  | grep -v 'Started recording\|Use jcmd\|^$'

echo "== javac alone (-proc:none) on the user's sources and the generated ones, kind by kind"
gen="$dir/gen/bench/events"
files=("$dir"/src/main/java/bench/events/*.java)
label="user sources"
for kind in "" Codec Validator "Serializer Deserializer" Serde; do
  for k in $kind; do files+=("$gen"/*"$k".java); label+=" + $k"; done
  rm -rf "$dir/o2" && mkdir -p "$dir/o2"
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" javac -proc:none --release 17 -encoding UTF-8 \
    -d "$dir/o2" -cp "$cp" -processorpath "$timer" -Xplugin:PhaseTimer "${files[@]}" 2> "$work/pt.txt"
  printf '%-70s compiler thread %6s ms cpu; process %s s wall, %s s user+sys; %s classes\n' \
    "$label" "$(awk '/PhaseTimer  total/ {print $3}' "$work/pt.txt")" \
    "$(awk '{print $1}' "$work/time.txt")" "$(awk '{print $2 + $3}' "$work/time.txt")" \
    "$(find "$dir/o2" -name '*.class' | wc -l)"
done
