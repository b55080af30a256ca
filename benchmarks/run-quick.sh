#!/usr/bin/env bash
# A quick look (about 3 minutes on 2 cores, build included): one fork, short iterations, bytes
# allocated per op. Its figures are indicative only; RESULTS.md comes from the full command below.
#
# Full run (about 10 minutes on 2 cores), the one RESULTS.md reports:
#   java -jar benchmarks/target/benchmarks.jar -f 2 -wi 3 -w 1s -i 5 -r 1s -prof gc \
#     -rf json -rff benchmarks/target/full.json
#   java -cp benchmarks/target/benchmarks.jar io.eventschema.benchmarks.ResultsTable \
#     benchmarks/target/full.json
#
# Extra arguments go to JMH, e.g. a filter: benchmarks/run-quick.sh 'serialize_'
set -euo pipefail
cd "$(dirname "$0")/.."

# build the runtime and processor, then the benchmarks against them, in one reactor (nothing is
# installed into ~/.m2; the processor is on the benchmarks' annotation processor path, so it must be
# named with -pl: -am does not follow that path); clean, as the compiler does not notice that the
# processor changed
mvn -q -B -pl processor,benchmarks -am clean package -DskipTests

java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 500ms -i 2 -r 1s -prof gc \
  -rf json -rff benchmarks/target/quick.json "$@"
java -cp benchmarks/target/benchmarks.jar io.eventschema.benchmarks.ResultsTable \
  benchmarks/target/quick.json
