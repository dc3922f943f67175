#!/usr/bin/env bash
# The local cloud's second start, several ways side by side: each VARIANT is NAME or NAME:ENV=VALUE[,ENV=VALUE]
# (e.g. `reuse full:ORDERDESK_REUSE_DEPLOY=0`), each with its own data folder, home and ports (BASE + 10 * variant,
# never the fixed ports of `./desk start`). One first start per variant sets its data up (not counted), then ROUNDS
# rounds run every variant once in turn, so the variants share the machine's moment. Each run starts the cloud
# as `./desk start` does (the module jars + runtime class path of the last `./desk` build, its AOT cache when there
# is one), waits for the ready banner, prints command → ready and the banner's phases, then stops it (SIGTERM: its
# shutdown hook stops Node). Needs a `./desk` build (target/desk-build.stamp; `./desk bench start 1 skip` makes one).
# usage: local-cloud/bench/second-start.sh ROUNDS VARIANT... [-- BASE PORT (default 27400)]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
rounds=$1; shift
variants=(); base=27400
while [ $# -gt 0 ]; do
  if [ "$1" = -- ]; then base=$2; break; fi
  variants+=("$1"); shift
done
. .mvn/find-jdk.sh
cp="$ROOT/local-cloud/target/local-cloud-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/local-cloud/target/runtime-classpath.txt")"
work=$(mktemp -d -t second-start.XXXXXX)
# The AOT cache `./desk start` keeps; ORDERDESK_AOT=0 runs without; a jar built since makes the JVM ignore it, so
# SECOND_START_AOT=record records one for this run's class path during the first (uncounted) start.
aot_file="$ROOT/target/aot/local-cloud.aot" aot=()
[ "${SECOND_START_AOT:-}" = record ] && aot_file="$work/local-cloud.aot"
[ "${ORDERDESK_AOT:-1}" = 1 ] && aot=(-XX:AOTCache="$aot_file")
# run() runs in a command substitution (a subshell): its JVM's pid goes to a file the EXIT trap can read, and the
# JVM, started in the background of a script, ignores Ctrl-C's SIGINT, so Ctrl-C left it running (and its Node).
trap '[ ! -s "$work/pid" ] || kill "$(cat "$work/pid")" 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

run() { # index variant log -> prints "ready_ms|phases|deploy note"
  local i=$1 variant=$2 log=$3 name=${2%%:*} envs=() started
  [[ "$variant" == *:* ]] && IFS=, read -ra envs <<<"${variant#*:}"
  started=$(date +%s%3N)
  env "${envs[@]}" "$JAVA_HOME/bin/java" -Dorderdesk.home="$work/$name/home" -Dorderdesk.local.data="$work/$name/data" \
    -Dorderdesk.local.ports=$((base + 10 * i)) "${aot[@]}" ${SECOND_START_JAVA_OPTS:-} -cp "$cp" app.orderdesk.localcloud.LocalCloudMain >"$log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$work/pid"
  until grep -q "local cloud is ready" "$log" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.02
  done
  local ready; ready=$(date +%s%3N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; : >"$work/pid"
  [ -z "${SECOND_START_KEEP:-}" ] || cp "$log" "$SECOND_START_KEEP/$(basename "$log")"
  echo "$((ready - started))|$(sed -nE 's/^ +\((jvm-setup.*)\)$/\1/p' "$log")|$(sed -nE 's/^ +deploy: (.{0,60}).*/\1/p' "$log")"
}

for i in "${!variants[@]}"; do
  mkdir -p "$work/${variants[$i]%%:*}"
  saved=("${aot[@]}")
  [ "$i" = 0 ] && [ "${#aot[@]}" = 1 ] && [ ! -s "$aot_file" ] && aot=(-XX:AOTCacheOutput="$aot_file")
  echo "first start ${variants[$i]%%:*}: $(run "$i" "${variants[$i]}" "$work/first-$i.log")"
  aot=("${saved[@]}")
  # the JVM writes the AOT cache as it exits
done
declare -A all
for r in $(seq 1 "$rounds"); do
  for i in "${!variants[@]}"; do
    out=$(run "$i" "${variants[$i]}" "$work/run-$r-$i.log")
    all[$i]+=" ${out%%|*}"
    echo "round $r ${variants[$i]%%:*}: ready ${out%%|*} ms (${out#*|}), load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
for i in "${!variants[@]}"; do
  echo "${variants[$i]%%:*}: ready${all[$i]} ms -> median $(echo "${all[$i]}" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
done
