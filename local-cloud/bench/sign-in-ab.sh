#!/usr/bin/env bash
# A person's first minute with `./desk start`, several ways side by side: command → sign-in window, then (after
# TYPING seconds, a person typing) the staff user's email and password by keyboard and Enter → the main window
# (its title names the user). Needs a running X server in DISPLAY (e.g. `Xvfb :77 -screen 0 1600x1000x24 &`) and
# xdotool. Each VARIANT is NAME or NAME:ENV=VALUE[,ENV=VALUE], as for desk-start-ab.sh, e.g.
#   DISPLAY=:77 local-cloud/bench/sign-in-ab.sh 3 3 now at-once:ORDERDESK_PRELOAD_DELAY_MS=
# All variants share one data folder, home and ports (not a developer's fixed ports). The app is stopped after each
# run (its JVM first: it writes its AOT cache when one is being recorded; the script then stops the cloud).
# SIGN_IN_AB_RECORD=1 makes round 0 build (ORDERDESK_FORCE_BUILD=1), so the AOT caches are recorded with a sign-in.
# usage: local-cloud/bench/sign-in-ab.sh ROUNDS TYPING_SECONDS VARIANT...
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=$1 typing=$2; shift 2
[ -n "${DISPLAY:-}" ] || { echo "sign-in-ab.sh: needs DISPLAY (an X server)" >&2; exit 2; }
work=$(mktemp -d -t sign-in-ab.XXXXXX)
trap 'pkill -f "orderdesk.home=$work/home" 2>/dev/null || true; rm -rf "$work"' EXIT
base=$(( 21000 + (RANDOM % 500) * 10 ))
common=(ORDERDESK_HOME="$work/home" ORDERDESK_LOCAL_DATA="$work/data" ORDERDESK_LOCAL_PORTS=$base)
now() { date +%s%3N; }
stop_app() { # the app's JVM is the one started with this run's profile home (in its environment, not its command line)
  local pid
  for pid in $(pgrep -f "app.orderdesk.desktop.DesktopLauncher" || true); do
    # Only this run's app: `pkill -f DesktopLauncher` also closed a developer's own ./desk start (session 31).
    if grep -qxzF "ORDERDESK_HOME=$work/home" "/proc/$pid/environ" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  wait "$1" 2>/dev/null || true
}
# Round 0 is uncounted: it may build, and a build's first start records the JVMs' AOT caches (ADR 0029) with what
# that run loads — here the sign-in too, as when a person's first start after a build goes on to sign in.
for i in $(seq 0 "$rounds"); do
  for variant in "$@"; do
    [ "$i" -gt 0 ] || [ "$variant" = "$1" ] || continue
    name=${variant%%:*} extra=()
    [ "$variant" = "$name" ] || IFS=, read -ra extra <<<"${variant#*:}"
    [ "$i" -gt 0 ] || [ "${SIGN_IN_AB_RECORD:-0}" != 1 ] || extra+=(ORDERDESK_FORCE_BUILD=1)
    log="$work/$name-$i.log"
    started=$(now)
    env "${common[@]}" "${extra[@]}" ./desk start >"$log" 2>&1 &
    desk=$!
    until xdotool search --name '^Order Desk$' >/dev/null 2>&1; do sleep 0.05; done
    shown=$(now)
    until grep -qE '^\s+staff ' "$log"; do sleep 0.05; done
    password=$(grep -E '^\s+staff ' "$log" | awk '{print $3}')
    sleep "$typing"
    window=$(xdotool search --name '^Order Desk$' | head -1)
    xdotool windowactivate --sync "$window" 2>/dev/null || true
    xdotool type --delay 10 'staff@orderdesk.local'; xdotool key Tab; xdotool type --delay 10 "$password"; xdotool key Return
    entered=$(now)
    until xdotool search --name 'staff@orderdesk.local' >/dev/null 2>&1 || [ $(( $(now) - entered )) -gt 60000 ]; do sleep 0.05; done
    signed_in=$(now)
    [ "$i" -gt 0 ] || { stop_app "$desk"; continue; }
    echo "round $i $name: window $((shown - started)) ms, Enter at $((entered - started)) ms, main window $((signed_in - entered)) ms after Enter;" \
         "$(grep -o 'local cloud ready [0-9]* ms' "$log" | head -1), load $(cut -d' ' -f1 /proc/loadavg)"
    stop_app "$desk"
  done
done
