#!/usr/bin/env bash
# Library search at scale: loads BENCH_RESOURCES (100,000) published resources into a fresh PostgreSQL database,
# rebuilds the search index from them and times it, then measures the search page and API with facets under load
# with wrk (req/s, p50, p99) — on the embedded Lucene index, then on an OpenSearch node (the one of the tests,
# started from Maven Central in a JVM of its own). Prints the figures. Not part of the build.
# BENCH_REUSE_DATABASE=1 keeps the database of an earlier run. Needs PostgreSQL on 127.0.0.1:5432 (trust auth for user postgres), wrk, and a built test classpath for the
# OpenSearch node (./mvnw process-test-classes writes target/opensearch-node.classpath).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DB=${BENCH_DATABASE:-collegium_bench_library}
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
RESOURCES=${BENCH_RESOURCES:-100000}
BACKENDS=${BENCH_BACKENDS:-lucene opensearch}
OUT=bench/out
mkdir -p "$OUT"

. bench/common.sh
build_jar

if [ -z "${BENCH_REUSE_DATABASE:-}" ]; then
    echo "== fresh database $DB"
    "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
fi

INDEX_DIR=$(mktemp -d)
OS_PID=
APP_PID=
stop_all() {
    [ -n "$APP_PID" ] && { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; }
    [ -n "$OS_PID" ] && { kill "$OS_PID" 2>/dev/null; wait "$OS_PID" 2>/dev/null || true; }
    rm -rf "$INDEX_DIR"
}
trap stop_all EXIT

start_app() {
    "$JAVA" -Xmx1g -jar "$JAR" --server.port="$PORT" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" \
        --collegium.mail.dev-mailbox.port=0 --logging.level.root=WARN "$@" > "$OUT/app-library.log" 2>&1 &
    APP_PID=$!
    until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "Collegium did not start:"; tail -50 "$OUT/app-library.log"; exit 1; }
        sleep 0.5
    done
}
stop_app() { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }

if [ -z "${BENCH_REUSE_DATABASE:-}" ]; then
    echo "== first start: schema and demo data"
    start_app --collegium.search.lucene.directory="$INDEX_DIR/first"
    stop_app
    echo "== loading $RESOURCES published resources"
    "${PSQL[@]}" -d "$DB" -v resources="$RESOURCES" -f bench/load-library.sql
fi

# Signs the demo platform administrator in; prints the path of a cookie jar holding the session.
sign_in() {
    local jar token
    jar=$(mktemp)
    token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 \
        | sed -E 's/.*value="([^"]+)"/\1/')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=admin@collegium.example" \
        --data-urlencode "password=learn-together-2026" --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/sign-in"
    echo "$jar"
}

# Asks for a rebuild of the index and waits until the page says it is over; prints the milliseconds it took.
rebuild_index() {
    local jar token started state
    jar=$(sign_in)
    token=$(curl -s -b "$jar" -c "$jar" "http://127.0.0.1:$PORT/library/admin/index" | grep -oE 'name="_csrf" value="[^"]+"' \
        | head -1 | sed -E 's/.*value="([^"]+)"/\1/')
    [ -n "$token" ] || { echo "Could not open the index page as the administrator." >&2; exit 1; }
    started=$(date +%s%N)
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/library/admin/index"
    state=RUNNING
    while [ "$state" = RUNNING ] || [ "$state" = IDLE ]; do
        sleep 1
        state=$(curl -s -b "$jar" -H 'HX-Request: true' "http://127.0.0.1:$PORT/library/admin/index" \
            | grep -oE 'data-state="[A-Z]+"' | head -1 | sed -E 's/.*"([A-Z]+)"/\1/')
    done
    rm -f "$jar"
    [ "$state" = FINISHED ] || { echo "The rebuild ended $state." >&2; exit 1; }
    echo $(( ($(date +%s%N) - started) / 1000000 ))
}

measure() {
    local name=$1 path=$2 report="$OUT/wrk-library-$1.txt"
    shift 2
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 60s --latency -H 'Accept-Encoding: gzip' "$@" \
        "http://127.0.0.1:$PORT$path" > "$report"
    printf '%-12s %-26s %-58s %10s %10s %10s %8s\n' "$BACKEND" "$name" "$path" \
        "$(awk '/Requests\/sec/ {print $2}' "$report")" "$(awk '$1 == "50%" {print $2}' "$report")" \
        "$(awk '$1 == "99%" {print $2}' "$report")" "$(awk '/Non-2xx/ {print $4}' "$report")"
}

start_opensearch() {
    local home
    home=$(mktemp -d)
    "$JAVA" -Xms1g -Xmx1g -cp "$(cat target/opensearch-node.classpath)" org.codelibs.opensearch.runner.OpenSearchRunner \
        -basePath "$home" -numOfNode 1 -clusterName collegium-bench -baseHttpPort 9249 > "$OUT/opensearch-library.log" 2>&1 &
    OS_PID=$!
    until grep -qE 'HttpServerTransport.*publish_address' "$OUT/opensearch-library.log"; do
        kill -0 "$OS_PID" 2>/dev/null || { echo "OpenSearch did not start:"; tail -30 "$OUT/opensearch-library.log"; exit 1; }
        sleep 0.5
    done
    OS_URI=http://$(grep -oE 'HttpServerTransport.*publish_address \{[^}]+\}' "$OUT/opensearch-library.log" | head -1 \
        | sed -E 's/.*\{([^}]+)\}/\1/')
}

RESULTS=()
for BACKEND in $BACKENDS; do
    echo "== $BACKEND"
    if [ "$BACKEND" = opensearch ]; then
        start_opensearch
        start_app --collegium.search.backend=opensearch --collegium.search.opensearch.uris="$OS_URI"
    else
        start_app --collegium.search.lucene.directory="$INDEX_DIR/lucene"
    fi
    MILLIS=$(rebuild_index)
    RESULTS+=("$BACKEND: indexed $RESOURCES resources in $(awk -v ms="$MILLIS" 'BEGIN {printf "%.1f", ms / 1000}') s")
    for path in "/library?q=cooperation" "/api/v1/library/search?q=evaluation&country=BJ"; do
        wrk -t2 -c8 -d5s "http://127.0.0.1:$PORT$path" >/dev/null
    done
    printf '%-12s %-26s %-58s %10s %10s %10s %8s\n' backend name path req/s p50 p99 non-2xx
    measure all-facets "/library"
    measure words "/library?q=cooperation%20decentralisee"
    measure words-filters "/library?q=evaluation&country=BJ&sdg=11&kind=CASE_STUDY"
    measure two-countries "/library?q=eau&country=BJ&country=ML&sort=date"
    measure page-10 "/library?q=water&page=10"
    measure htmx-fragment "/library?q=sanitation&theme=WATER_MANAGEMENT" -H 'HX-Request: true'
    measure api "/api/v1/library/search?q=evaluation&country=BJ&sdg=11"
    measure api-file-words "/api/v1/library/search?q=presupuesto%20participativo&language=es"
    measure suggestions "/library/suggestions?q=coop"
    stop_app
    if [ -n "$OS_PID" ]; then kill "$OS_PID" 2>/dev/null; wait "$OS_PID" 2>/dev/null || true; OS_PID=; fi
done

echo "== mass indexing"
printf '%s\n' "${RESULTS[@]}"
