#!/usr/bin/env bash
# The Node emulators' start alone, several ways interleaved: `source` runs emulators.mjs unbundled (as until
# session 14: each package loaded from node_modules), `bundle` runs dist/emulators.cjs compiled at start (ADR 0056;
# build it with `npm run build` or `npm ci`), `cached` runs it through start.cjs from V8's code cache (what the
# local cloud runs, ADR 0060; a run without a cache makes it). EMULATORS_READY_MODES picks (default: all three). Each run: a fresh data folder and its own ports
# (BASE+10*i+2..6), the time from the command to the `ready` line, Node's own startupMs (its main → ready),
# then one GET on the SES port (its first answer: the SES emulator loads then).
# usage: local-cloud/bench/emulators-ready.sh [ROUNDS (default 3)] [BASE PORT (default 28800)]
set -euo pipefail
cd "$(dirname "$0")/../emulators"
rounds=${1:-3} base=${2:-28800}
work=$(mktemp -d -t emulators-ready.XXXXXX)
node_pid=""
# Node runs in the background of a script, which ignores SIGINT: Ctrl-C left it serving its five ports.
trap '[ -z "$node_pid" ] || kill "$node_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
for r in $(seq 1 "$rounds"); do
  for mode in ${EMULATORS_READY_MODES:-source bundle cached}; do
    base=$((base + 10))
    case $mode in source) entry=emulators.mjs ;; bundle) entry=dist/emulators.cjs ;; *) entry=start.cjs ;; esac
    printf '{"ports":{"dynamodb":%d,"s3":%d,"cognito":%d,"ses":%d,"sns":%d},"dataDir":"%s","accessKeyId":"bench","secretAccessKey":"bench","persistDynamoDb":true}\n' \
      $((base + 2)) $((base + 3)) $((base + 4)) $((base + 5)) $((base + 6)) "$work/data-$base" >"$work/config.json"
    rm -f "$work/out"
    started=$(date +%s%3N)
    timeout 120 node --openssl-legacy-provider "$entry" "$work/config.json" \
      >"$work/out" 2>"$work/err" < <(sleep 120) &
    node_pid=$!
    until grep -q '"ready"' "$work/out" 2>/dev/null; do
      kill -0 "$node_pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
      sleep 0.02
    done
    ready=$(date +%s%3N)
    curl -s -m 30 -o /dev/null "http://127.0.0.1:$((base + 5))/store" || echo "(no SES answer)"
    answered=$(date +%s%3N)
    echo "round $r $mode: ready $((ready - started)) ms (node $(sed -nE 's/.*"startupMs":([0-9]+).*/\1/p' "$work/out") ms), first SES answer +$((answered - ready)) ms, load $(cut -d' ' -f1 /proc/loadavg)"
    [ "$mode" != cached ] || sleep 2.2 # a run that made the cache writes it 2 s after its ready line
    kill "$node_pid"; wait "$node_pid" 2>/dev/null || true; node_pid=""
  done
done
