#!/usr/bin/env bash
# The build-cost benchmark: what the processor and the code it generates cost javac, on generated
# modules of N @Event records (GenerateModule.java). For each size it times, in pairs (with the
# processor, then with -proc:none, the order alternating from run to run so that a load change on
# a shared machine hits both sides alike):
#   javac-clean    plain javac on a fixed class path, every source (isolates the processor from Maven)
#   javac-one      one record edited, only it recompiled against the classes of the clean build
#                  (what an incremental build such as Gradle's does with an isolating processor)
#   mvn-clean      mvn -o -q clean compile
#   mvn-one        one record edited, mvn -o -q compile (Maven's stale-source check recompiles all)
#   mvn-one-stale  one record edited, with -Dmaven.compiler.useIncrementalCompilation=false
#                  (Maven compiles only the stale source)
# and prints medians, ranges and the processor's added cost per event (summary.py).
#
#   benchmarks/build-cost/run.sh [RUNS] [SIZES]      e.g. run.sh 5 "50 100"
# Environment: PROCESSOR_JAR=path measures that jar instead of processor/target's;
#   BASE_JAR=path adds a third mode, an earlier processor jar (before and after in the same
#   runs; summary.py prints base against -proc:none and proc against base too);
#   SKIP_BUILD=1 reuses the jars in runtime/target and processor/target; MVN=0 leaves the Maven runs out;
#   WORK=dir puts modules, jars and results there (default: target/ beside this script);
#   PROC_OPTS="-Aeventschema.timing=true" passes options to the processor runs;
#   VARIANT=shared gives every event an Address and a Money, two @SharedType records of the module.
# Nothing is installed into ~/.m2: the processor and runtime jars come from this worktree's
# target folders, the third-party jars from ~/.m2 (mvn dependency:build-classpath, once).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${1:-5}"
sizes="${2:-50 100}"
work="${WORK:-$here/target}"
mkdir -p "$work"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$root/processor/target/dep.cp" ]]; then
  (cd "$root" && mvn -o -q -B -pl runtime,processor -am package -DskipTests \
    -Dmaven.javadoc.skip -Dmaven.source.skip \
    dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile='${project.build.directory}/dep.cp')
  (cd "$root" && echo "built by run.sh from $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- processor runtime || echo ' with uncommitted changes')") \
    > "$root/processor/target/build-cost.stamp"
fi
version="$(cd "$root" && sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
runtime_jar="$root/runtime/target/eventschema-runtime-$version.jar"
processor_jar="${PROCESSOR_JAR:-$root/processor/target/eventschema-processor-$version.jar}"
jspecify="$(ls ~/.m2/repository/org/jspecify/jspecify/1.0.0/jspecify-1.0.0.jar)"
# a copy of the two jars, so that rebuilding the worktree during a run changes nothing
mkdir -p "$work/jars"
cp "$runtime_jar" "$work/jars/runtime.jar"
cp "$processor_jar" "$work/jars/processor.jar"
cp="$work/jars/runtime.jar:$(cat "$root/runtime/target/dep.cp"):$jspecify"
# the processor's dependencies, with the runtime jar's copy in place of runtime/target's
deps="$(sed "s|$runtime_jar|$work/jars/runtime.jar|" "$root/processor/target/dep.cp")"
pp="$work/jars/processor.jar:$deps"
# BASE_JAR=another processor jar (a copy of an earlier build): a third mode, "base", in every
# run, so that before and after are measured in the same runs
modes=(proc none)
if [[ -n "${BASE_JAR:-}" ]]; then
  cp "$BASE_JAR" "$work/jars/base-processor.jar"
  pp_base="$work/jars/base-processor.jar:$deps"
  modes=(proc none base)
fi

now() { date +%s%N; }
# runs a command, appending "wall_ms<TAB>cpu_ms" (cpu = user + sys of the process and its
# children: on a shared machine, the cpu time moves much less with the load than the wall time)
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" >&2
  awk '{ printf "%d\t%d", $1 * 1000, ($2 + $3) * 1000 }' "$work/time.txt"
}

# a module of n events, with a pom for the Maven runs (system-scope jars: nothing installed)
module() {
  local n=$1 dir="$work/m$1"
  rm -rf "$dir"
  java "$here/GenerateModule.java" "$dir" "$n" ${VARIANT:-}
  {
    cat <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>events$n</artifactId><version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.proc>full</maven.compiler.proc>
  </properties>
  <dependencies>
POM
    local i=0
    for jar in ${cp//:/ }; do
      echo "    <dependency><groupId>bench.cp</groupId><artifactId>jar$i</artifactId><version>1</version><scope>system</scope><systemPath>$jar</systemPath></dependency>"
      i=$((i + 1))
    done
    cat <<POM
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-clean-plugin</artifactId><version>3.4.0</version></plugin>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version>
        <configuration>
          <release>17</release>
          <proc>\${maven.compiler.proc}</proc>
          <compilerArgs><arg>-processorpath</arg><arg>$pp</arg>${PROC_OPTS:+<arg>$PROC_OPTS</arg>}</compilerArgs>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
  } > "$dir/pom.xml"
}

edit_one() { echo "// edited $(now)" >> "$1/src/main/java/bench/events/Event000.java"; }

results="$work/results.tsv"
echo -e "size\tmode\tcase\trun\twall_ms\tcpu_ms\tclasses\tgenerated_files\tgenerated_lines" > "$results"
load_before="$(uptime)"

one_pair() { # size run mode
  local n=$1 r=$2 mode=$3 dir="$work/m$1" t procarg=() pp="$pp"
  [[ $mode == none ]] && procarg=(-proc:none)
  [[ $mode != none && -n "${PROC_OPTS:-}" ]] && procarg=($PROC_OPTS)
  [[ $mode == base ]] && pp="$pp_base"
  rm -rf "$dir/out" "$dir/gen"; mkdir -p "$dir/out" "$dir/gen"
  find "$dir/src" -name '*.java' | sort > "$dir/sources.txt"
  t=$(timed javac --release 17 -encoding UTF-8 -d "$dir/out" -s "$dir/gen" -cp "$cp" \
    -processorpath "$pp" "${procarg[@]}" @"$dir/sources.txt")
  local classes files lines
  classes=$(find "$dir/out" -name '*.class' | wc -l)
  files=$(find "$dir/gen" -name '*.java' | wc -l)
  lines=$( (find "$dir/gen" -name '*.java' -print0 | xargs -0r cat) | wc -l)
  echo -e "$n\t$mode\tjavac-clean\t$r\t$t\t$classes\t$files\t$lines" >> "$results"
  edit_one "$dir"
  t=$(timed javac --release 17 -encoding UTF-8 -d "$dir/out" -s "$dir/gen" -cp "$dir/out:$cp" \
    -processorpath "$pp" "${procarg[@]}" "$dir/src/main/java/bench/events/Event000.java")
  echo -e "$n\t$mode\tjavac-one\t$r\t$t\t\t\t" >> "$results"
  if [[ "${MVN:-1}" == 1 && $mode != base ]]; then
    local prop="-Dmaven.compiler.proc=$([[ $mode == none ]] && echo none || echo full)"
    t=$(timed mvn -o -q -B -f "$dir/pom.xml" clean compile "$prop")
    echo -e "$n\t$mode\tmvn-clean\t$r\t$t\t\t\t" >> "$results"
    edit_one "$dir"
    t=$(timed mvn -o -q -B -f "$dir/pom.xml" compile "$prop")
    echo -e "$n\t$mode\tmvn-one\t$r\t$t\t\t\t" >> "$results"
    # the same edit with useIncrementalCompilation=false: Maven then compiles only the stale
    # sources (the edited record), and the isolating processor rewrites only that record's files
    edit_one "$dir"
    t=$(timed mvn -o -q -B -f "$dir/pom.xml" compile "$prop" -Dmaven.compiler.useIncrementalCompilation=false)
    echo -e "$n\t$mode\tmvn-one-stale\t$r\t$t\t\t\t" >> "$results"
  fi
}

for n in $sizes; do module "$n"; done
for r in $(seq 1 "$runs"); do
  for n in $sizes; do
    # the modes in turn, starting one further each run
    for ((i = 0; i < ${#modes[@]}; i++)); do
      one_pair "$n" "$r" "${modes[(i + r - 1) % ${#modes[@]}]}"
    done
  done
  echo "run $r done: $(uptime)" >&2
done
load_after="$(uptime)"
{
  echo "load before: $load_before"
  echo "load after:  $load_after"
  echo "processor jar: $(sha1sum < "$work/jars/processor.jar" | cut -c1-12), $(cat "$root/processor/target/build-cost.stamp" 2>/dev/null || echo 'built outside run.sh')"
  python3 "$here/summary.py" "$results"
} | tee "$work/summary.txt"
