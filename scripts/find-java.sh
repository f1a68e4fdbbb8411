# Sourced by ./casus and ./run-tests: finds a JDK 21 or newer.
# Looks at $JAVA_HOME, then `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).
# Prints the JDK's home folder, or an explanation on stderr and returns 1.

casus_java_major() {
  # The major version of the java executable $1 ("17", "21", "25"), or nothing: read from the
  # JDK's release file when it has one (no JVM start), else asked of java itself.
  local release
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ] && grep -q '^JAVA_VERSION=' "$release"; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9.]*\).*/\1/p' "$release" \
      | awk -F. '{ print ($1 == "1" ? $2 : $1); exit }'
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

casus_java_home() {
  local candidates=() java home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  if java=$(command -v java 2>/dev/null); then
    candidates+=("$(readlink -f "$java")")
  fi
  for java in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    candidates+=("$java")
  done
  for java in "${candidates[@]}"; do
    [ -x "$java" ] || continue
    major=$(casus_java_major "$java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      home=$(dirname "$(dirname "$java")")
      if [ -x "$home/bin/javac" ]; then
        echo "$home"
        return 0
      fi
    fi
  done
  echo "casus: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm); install one (Debian 13: 'apt-get install openjdk-21-jdk'; Debian 12 has none: unpack Eclipse Temurin 21 or newer under /usr/lib/jvm) or set JAVA_HOME to it." >&2
  return 1
}
