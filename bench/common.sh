# Shared by the benchmark scripts (sourced, not run): wrk, psql as the trusted postgres user, the JDK that runs
# Collegium (JAVA, else the first JDK 21+ among JAVA_HOME, the default java and /usr/lib/jvm), and the jar.

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

java_version() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA:-}" ]; then
    for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
        if [ -x "$candidate" ] && [ "$(java_version "$candidate")" -ge 21 ] 2>/dev/null; then JAVA=$candidate; break; fi
    done
fi
[ -n "${JAVA:-}" ] || { echo "No JDK 21 or newer found: set JAVA to its java executable."; exit 1; }

# Builds the jar (and, as part of the build, the OpenSearch node's classpath) and sets JAR to it.
build_jar() {
    echo "== building the jar"
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/collegium-*.jar | grep -v original | head -1)
}
