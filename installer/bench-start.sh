#!/usr/bin/env bash
# Start-time benchmark: process start -> first frame of the sign-in window, for
#   (a) the plain `java -cp` launch (JDK 25 + every jar on the class path, as ./desk start does) and
#   (b) the installed app (/opt/orderdesk/bin/OrderDesk; else the built app image: same files),
# alternated, RUNS times each (default 5), median printed in a table. A benchmark, not a test.
#
#   ./mvnw -B -Pinstaller -pl installer -am package -Dinstaller.skipTests=true   # once: builds the image/.deb
#   installer/bench-start.sh [RUNS]
#
# Each launch gets --exit-when-shown: the app prints "orderdesk-startup: … shown N ms after
# launch (phases)" when the sign-in window's first frame is laid out, then quits. N counts from the
# launch time this script hands over (ORDERDESK_LAUNCHED_AT_MS, taken just before the exec).
# Needs a display: runs itself under xvfb-run when there is none.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-5}
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "bench-start: no DISPLAY and no xvfb-run (Debian: xvfb)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
. "$here/../.mvn/find-jdk.sh"
jp="$here/target/jpackage"
[ -d "$jp/input" ] && [ -d "$jp/jmods" ] || { echo "bench-start: build first: ./mvnw -B -Pinstaller -pl installer -am package -Dinstaller.skipTests=true" >&2; exit 1; }
installed=/opt/orderdesk/bin/OrderDesk
[ -x "$installed" ] || installed="$jp/image/OrderDesk/bin/OrderDesk"
[ -x "$installed" ] || { echo "bench-start: no installed app and no app image under $jp/image" >&2; exit 1; }

home=$(mktemp -d -t orderdesk-bench.XXXXXX)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.orderdesk/profiles"
# Unreachable endpoints: nothing is contacted before someone signs in.
echo '{"name":"local","region":"eu-west-1","apiUrl":"http://127.0.0.1:9/","userPoolId":"eu-west-1_bench","clientId":"bench","cognitoEndpoint":"http://127.0.0.1:9/"}' \
  >"$home/.orderdesk/profiles/local.json"
classpath=$(ls "$jp"/input/*.jar "$jp"/jmods/*.jar | paste -sd:)

launch() { # $1 = plain|installed -> prints the startup line
  local out
  if [ "$1" = plain ]; then
    out=$(ORDERDESK_LAUNCHED_AT_MS=$(date +%s%3N) ORDERDESK_HOME="$home/.orderdesk" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" app.orderdesk.desktop.DesktopLauncher --exit-when-shown 2>&1)
  else
    out=$(ORDERDESK_LAUNCHED_AT_MS=$(date +%s%3N) ORDERDESK_HOME="$home/.orderdesk" "$installed" --exit-when-shown 2>&1)
  fi
  grep '^orderdesk-startup:' <<<"$out" || { echo "bench-start: no startup line from the $1 launch:" >&2; echo "$out" >&2; exit 1; }
}
ms() { sed -E 's/.* shown ([0-9]+) ms .*/\1/'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

plain=(); inst=(); lines=()
for i in $(seq 1 "$runs"); do
  a=$(launch plain); b=$(launch installed)
  plain+=("$(ms <<<"$a")"); inst+=("$(ms <<<"$b")")
  lines+=("run $i (a) ${a#orderdesk-startup: }" "run $i (b) ${b#orderdesk-startup: }")
done
printf '%s\n' "${lines[@]}"
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '| launch | runs (ms) | median (ms) |\n|---|---|---|\n'
printf '| (a) java -cp (%s) | %s | %s |\n' "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2)" "${plain[*]}" "$(printf '%s\n' "${plain[@]}" | median)"
printf '| (b) %s | %s | %s |\n' "$installed" "${inst[*]}" "$(printf '%s\n' "${inst[@]}" | median)"
