# Sourced by ./mvnw and ./desk: sets JAVA_HOME to a JDK 25+ (JAVA_HOME if it qualifies, else the
# first one under /usr/lib/jvm) or fails with a clear message.
# The JDK's `release` file names its version: reading it costs nothing, where asking `java` starts a JVM per
# candidate (~0.1-0.3 s each, on every ./desk start and ./mvnw); `java` only for a JDK without the file.
java_major() {
  local v; v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  if [ -n "$v" ]; then echo "$v"; return; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2; exit}'
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return 0
  fi
  local candidate
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    if [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! JAVA_HOME=$(find_jdk); then
  echo "Order Desk needs a JDK 25 (e.g. Temurin 25). Set JAVA_HOME to it or install it under /usr/lib/jvm." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
