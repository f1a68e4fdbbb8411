# Sourced by ./casus, ./run-tests and bench/: finds a JDK 21 or newer.
# Looks at $JAVA_HOME, then `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).
# In bash alone where it can (no subshell, no other process), as ./casus runs it at every start.

casus_release_major() {
  # Sets CASUS_MAJOR to the major version ("17", "21", "25") in the release file of the JDK at
  # home $1; fails when there is none.
  local line
  CASUS_MAJOR=
  [ -f "$1/release" ] || return 1
  while IFS= read -r line; do
    if [[ $line =~ ^JAVA_VERSION=\"?([0-9]+)(\.([0-9]+))? ]]; then
      CASUS_MAJOR=${BASH_REMATCH[1]}
      [ "$CASUS_MAJOR" = 1 ] && CASUS_MAJOR=${BASH_REMATCH[3]}
      return 0
    fi
  done < "$1/release"
  return 1
}

casus_java_major() {
  # Prints the major version of the java executable $1, from its release file, else asked of java.
  if casus_release_major "${1%/bin/java}"; then
    echo "$CASUS_MAJOR"
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

casus_try_jdk() {
  # Sets CASUS_JDK and CASUS_JDK_MAJOR when the java executable $1 is that of a JDK 21 or newer
  # (javac beside it); fails otherwise.
  local home=${1%/bin/java} version
  [ -x "$1" ] && [ -x "$home/bin/javac" ] || return 1
  if casus_release_major "$home"; then version=$CASUS_MAJOR; else version=$(casus_java_major "$1"); fi
  [ -n "$version" ] && [ "$version" -ge 21 ] 2>/dev/null || return 1
  CASUS_JDK=$home
  CASUS_JDK_MAJOR=$version
}

casus_find_jdk() {
  # Sets CASUS_JDK (the home folder) and CASUS_JDK_MAJOR, trying the candidates in order so that the
  # usual case (JAVA_HOME set) starts no other process; or explains on stderr and fails.
  local java
  if [ -n "${JAVA_HOME:-}" ] && casus_try_jdk "$JAVA_HOME/bin/java"; then
    return 0
  fi
  if java=$(command -v java 2>/dev/null) && casus_try_jdk "$(readlink -f "$java")"; then
    return 0
  fi
  for java in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    casus_try_jdk "$java" && return 0
  done
  echo "casus: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm); install one (Debian 13: 'apt-get install openjdk-21-jdk'; Debian 12 has none: unpack Eclipse Temurin 21 or newer under /usr/lib/jvm) or set JAVA_HOME to it." >&2
  return 1
}

casus_java_home() {
  # Prints the home folder of a JDK 21 or newer (casus_find_jdk), or explains on stderr and fails.
  casus_find_jdk && echo "$CASUS_JDK"
}
