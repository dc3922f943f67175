#!/usr/bin/env bash
# Our ASL interpreter and the open-source peer aws-local-stepfunctions, side by side in one run, on the
# same definition and input (local-cloud/bench/asl/: Init, 5 x (Pass with States.MathAdd, Choice),
# Succeed = 12 state transitions). Prints each side's rounds, then one machine-readable line:
#   asl_us_per_transition ours=X peer=Y
# (medians, microseconds per transition, warm, in process). Figures on a shared machine are contended.
# Usage: local-cloud/bench/asl-bench.sh [--no-build] [--quick]   (needs Node >= 20 and a JDK; npm ci on first use)
# --quick (what `./desk bench --quick` passes): one short warm-up and two measured iterations on each side, a smoke
# run that says the comparison runs, not which side is faster.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
. .mvn/find-jdk.sh
build=1 jmh_quick=()
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    --quick) jmh_quick=(-wi 1 -i 2 -w 1 -r 1); export PEER_WARMUP=300 PEER_RUNS=200 PEER_ROUNDS=2 ;;
    *) echo "usage: local-cloud/bench/asl-bench.sh [--no-build] [--quick]" >&2; exit 2 ;;
  esac
done
CP="$ROOT/local-cloud/target/bench-classpath.txt"
if [ "$build" = 1 ] || [ ! -f "$CP" ]; then
  ./mvnw -q -B -pl local-cloud -am test-compile dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$CP" >&2
fi
[ -d "$HERE/asl-peer/node_modules/aws-local-stepfunctions" ] || (cd "$HERE/asl-peer" && npm ci --no-audit --no-fund >&2)

JSON="$ROOT/local-cloud/target/asl-bench-jmh.json"
"$JAVA_HOME/bin/java" -cp "$ROOT/local-cloud/target/test-classes:$ROOT/local-cloud/target/classes:$(cat "$CP")" \
  org.openjdk.jmh.Main 'AslTransitionBenchmark' "${jmh_quick[@]}" -rf json -rff "$JSON" >&2
# The median of JMH's measurement iterations (each already per transition: @OperationsPerInvocation(12)).
OURS="$(node -e 'const s=require(process.argv[1])[0].primaryMetric.rawData.flat().sort((a,b)=>a-b); console.log(s[Math.floor(s.length/2)].toFixed(2))' "$JSON")"
PEER_LINE="$(cd "$HERE/asl-peer" && node bench.mjs | tee /dev/stderr | grep '^peer_us_per_transition=')"
PEER="${PEER_LINE#peer_us_per_transition=}"
echo "asl_us_per_transition ours=$OURS peer=$PEER"
