# Sourced by ./mvnw, ./treatywatch and .ci/run: make JAVA_HOME point at a JDK 21 or newer.
# Treatywatch compiles with --release 21; many machines still default to Java 17, so we
# keep a JAVA_HOME that is new enough, else look under /usr/lib/jvm and the like.
tw_java_major() {
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}
tw_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    m=$(tw_java_major "$JAVA_HOME/bin/java")
    [ "${m:-0}" -ge 21 ] && return 0
  fi
  if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null 2>&1; then
    m=$(tw_java_major java)
    [ "${m:-0}" -ge 21 ] && return 0
  fi
  for d in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/ 2>/dev/null | sort -rV); do
    if [ -x "$d/bin/javac" ]; then
      m=$(tw_java_major "$d/bin/java")
      if [ "${m:-0}" -ge 21 ]; then
        JAVA_HOME=${d%/}
        export JAVA_HOME
        return 0
      fi
    fi
  done
  echo "treatywatch: needs a JDK 21 or newer; set JAVA_HOME to one (found none under /usr/lib/jvm)" >&2
  return 1
}
tw_pick_jdk || exit 2
