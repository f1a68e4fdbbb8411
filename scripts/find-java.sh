# Sourced by ./casus and ./run-tests: finds a JDK 21 or newer.
# Looks at $JAVA_HOME, then `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).
# Prints the JDK's home folder, or an explanation on stderr and returns 1.

casus_java_major() {
  # The major version of the java executable $1 ("17", "21", "25"), or nothing: read from the
  # JDK's release file when it has one (in bash alone: no JVM start, no other process), else asked
  # of java itself.
  local release line version
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"?([0-9]+)(\.([0-9]+))? ]]; then
        version=${BASH_REMATCH[1]}
        [ "$version" = 1 ] && version=${BASH_REMATCH[3]}
        echo "$version"
        return
      fi
    done < "$release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

casus_jdk_home() {
  # The home of the java executable $1 when it is a JDK 21 or newer (javac beside it), else nothing.
  local home=${1%/bin/java} major
  [ -x "$1" ] && [ -x "$home/bin/javac" ] || return 1
  major=$(casus_java_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null && echo "$home"
}

casus_java_home() {
  # Candidates are tried in order and the first that fits is printed, so that the usual case (JAVA_HOME
  # set) starts no other process.
  local java
  if [ -n "${JAVA_HOME:-}" ] && casus_jdk_home "$JAVA_HOME/bin/java"; then
    return 0
  fi
  if java=$(command -v java 2>/dev/null) && casus_jdk_home "$(readlink -f "$java")"; then
    return 0
  fi
  for java in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    casus_jdk_home "$java" && return 0
  done
  echo "casus: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm); install one (Debian 13: 'apt-get install openjdk-21-jdk'; Debian 12 has none: unpack Eclipse Temurin 21 or newer under /usr/lib/jvm) or set JAVA_HOME to it." >&2
  return 1
}
