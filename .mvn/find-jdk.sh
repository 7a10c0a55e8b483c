# Sourced by ./mvnw, ./mallcrm and .ci/run: makes JAVA_HOME point at a JDK 21 or newer.
# Order: $JAVA_HOME, then known install locations, then the java on PATH.
# Prints a clear message and returns 1 when there is none.

mallcrm_java_major() {
  # $1: a JDK home; prints its feature version (17, 21, 25 …) or nothing.
  # The JDK's release file says it without starting a JVM; ask java itself only when that file is missing.
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
  fi
}

mallcrm_find_jdk() {
  _candidates=""
  [ -n "${JAVA_HOME:-}" ] && _candidates="$JAVA_HOME"
  for _d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
            /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 \
            /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-* /usr/lib/jvm/*-2[2-9]-* \
            /Library/Java/JavaVirtualMachines/*/Contents/Home /opt/java/openjdk; do
    [ -d "$_d" ] && _candidates="$_candidates
$_d"
  done
  if command -v javac >/dev/null 2>&1; then
    _onpath=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    _candidates="$_candidates
$_onpath"
  fi
  _old_ifs=$IFS
  IFS='
'
  for _home in $_candidates; do
    if [ -x "$_home/bin/java" ] && [ -x "$_home/bin/javac" ]; then
      _major=$(mallcrm_java_major "$_home")
      if [ -n "$_major" ] && [ "$_major" -ge 21 ]; then
        IFS=$_old_ifs
        JAVA_HOME=$_home
        MALLCRM_JAVA_MAJOR=$_major
        export JAVA_HOME MALLCRM_JAVA_MAJOR
        return 0
      fi
    fi
  done
  IFS=$_old_ifs
  echo "mallcrm needs a JDK 21 or newer, and none was found." >&2
  echo "Looked at JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/* and the javac on PATH." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless, or Temurin 21/25) and set JAVA_HOME." >&2
  return 1
}
