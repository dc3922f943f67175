#!/usr/bin/env bash
# `./desk start` with nothing changed, several ways side by side, as a person meets it (the cloud AND the app, the
# app under xvfb-run when there is no display, quitting once its sign-in window is shown). Each VARIANT is NAME or
# NAME:ENV=VALUE[,ENV=VALUE] (a value may hold spaces, not commas), e.g.
#   local-cloud/bench/desk-start-ab.sh 5 now defaults:ORDERDESK_DESKTOP_JAVA_OPTS=
#   local-cloud/bench/desk-start-ab.sh 3 now "trace:ORDERDESK_CLOUD_JAVA_OPTS=-XX:TieredStopAtLevel=1 -Dorderdesk.local.trace=true"
# All variants share one data folder, home and ports (never the fixed ports of a developer's `./desk start`). Two
# uncounted starts set it up (the first may build); then ROUNDS rounds run every variant once in turn, so the
# variants share the machine's moment. Per run: command → cloud ready and → window (as `./desk bench start` reads
# them), the whole machine's CPU over the command (/proc/stat, every process), the load average, the banner's phases.
# usage: local-cloud/bench/desk-start-ab.sh ROUNDS VARIANT...
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=$1; shift
work=$(mktemp -d -t desk-start-ab.XXXXXX)
trap 'rm -rf "$work"' EXIT
base=$(( 21000 + (RANDOM % 500) * 10 ))
common=(ORDERDESK_HOME="$work/home" ORDERDESK_LOCAL_DATA="$work/data" ORDERDESK_LOCAL_PORTS=$base
        ORDERDESK_DESKTOP_ARGS=--exit-when-shown DISPLAY="${DESK_START_AB_DISPLAY:-}")
for k in 1 2; do env "${common[@]}" ./desk start >"$work/setup-$k.log" 2>&1 || true; done
busy() { awk '/^cpu /{print $2+$3+$4+$7}' /proc/stat; }
for i in $(seq 1 "$rounds"); do
  for variant in "$@"; do
    name=${variant%%:*} extra=()
    [ "$variant" = "$name" ] || IFS=, read -ra extra <<<"${variant#*:}"
    log="$work/$name-$i.log"
    before=$(busy)
    env "${common[@]}" "${extra[@]}" ./desk start >"$log" 2>&1 || true
    after=$(busy)
    echo "round $i $name: cloud $(sed -nE 's/^desk: local cloud ready ([0-9]+) ms after the command/\1/p' "$log" | head -1) ms," \
      "window $(sed -nE 's/.*orderdesk-startup:.* shown ([0-9]+) ms.*/\1/p' "$log" | head -1) ms," \
      "CPU $(( (after - before) * 10 )) ms, load $(cut -d' ' -f1 /proc/loadavg) $(grep -h '(jvm-setup' "$log" | head -1 | sed 's/^ *//')"
  done
done
