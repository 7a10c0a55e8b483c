# Sourced by ./mvnw, ./mallcrm and .ci/run: makes JAVA_HOME point at a JDK 21 or newer.
# Order: $JAVA_HOME, then known install locations, then the java on PATH.
# Prints a clear message and returns 1 when there is none.
# The usual case starts no process (./mallcrm runs it at every command): the release file is read by the shell, and
# the javac on PATH is looked at only when no earlier candidate will do.

mallcrm_java_major() {
  # $1: a JDK home; prints its feature version (17, 21, 25 …) or nothing.
  # The JDK's release file says it without starting a JVM; ask java itself only when that file is missing.
  if [ -f "$1/release" ]; then
    while IFS= read -r _line || [ -n "$_line" ]; do
      case "$_line" in
        JAVA_VERSION=*)
          _v=${_line#JAVA_VERSION=}
          _v=${_v#\"}
          _v=${_v#1.}
          _v=${_v%%[!0-9]*}
          [ -n "$_v" ] && echo "$_v"
          return 0 ;;
      esac
    done < "$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

# $1: a JDK home; when it is a JDK 21 or newer, sets JAVA_HOME and MALLCRM_JAVA_MAJOR and returns 0.
mallcrm_try_jdk() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  _major=$(mallcrm_java_major "$1")
  if [ -n "$_major" ] && [ "$_major" -ge 21 ]; then
    JAVA_HOME=$1
    MALLCRM_JAVA_MAJOR=$_major
    export JAVA_HOME MALLCRM_JAVA_MAJOR
    return 0
  fi
  return 1
}

mallcrm_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && mallcrm_try_jdk "$JAVA_HOME"; then
    return 0
  fi
  for _d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
            /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 \
            /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* /usr/lib/jvm/*-2[2-9]-* \
            /Library/Java/JavaVirtualMachines/*/Contents/Home /opt/java/openjdk; do
    if [ -d "$_d" ] && mallcrm_try_jdk "$_d"; then
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    _onpath=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if mallcrm_try_jdk "$_onpath"; then
      return 0
    fi
  fi
  echo "mallcrm needs a JDK 21 or newer, and none was found." >&2
  echo "Looked at JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/* and the javac on PATH." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless, or Temurin 21/25) and set JAVA_HOME." >&2
  return 1
}
