#!/usr/bin/env bash
# Builds the jar, starts Collegium on PostgreSQL with the demo data, loads a large directory (10,000 organisations,
# 200,000 accounts) and a MOOC-scale e-Academy (10,000 courses, 200,000 learners, 1,000,000 enrolments), then
# measures pages with wrk on loopback and prints the figures.
# Not part of the build. Needs PostgreSQL on 127.0.0.1:5432 (trust auth for user postgres) and wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18080}
DB=${BENCH_DATABASE:-collegium_bench}
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
ORGANISATIONS=${BENCH_ORGANISATIONS:-10000}
ACCOUNTS=${BENCH_ACCOUNTS:-200000}
COURSES=${BENCH_COURSES:-10000}
LEARNERS=${BENCH_LEARNERS:-$ACCOUNTS}
PER_LEARNER=${BENCH_ENROLMENTS_PER_LEARNER:-5}
PRACTITIONERS=${BENCH_PRACTITIONERS:-50000}
REQUESTS=${BENCH_REQUESTS:-2000}
VIEWERS=${BENCH_VIEWERS:-300}
OUT=bench/out
mkdir -p "$OUT"

. bench/common.sh
build_jar

echo "== fresh database $DB"
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

start_app() {
    local started=$(date +%s%N)
    "$JAVA" -Xmx1g -jar "$JAR" --server.port="$PORT" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" \
        --collegium.mail.dev-mailbox.port=0 --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
    APP_PID=$!
    until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "Collegium did not start:"; tail -50 "$OUT/app.log"; exit 1; }
        sleep 0.5
    done
    STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_app() { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; }
trap stop_app EXIT

echo "== first start: schema and demo data"
start_app
stop_app

echo "== loading $ORGANISATIONS organisations and $ACCOUNTS accounts"
"${PSQL[@]}" -d "$DB" -v organisations="$ORGANISATIONS" -v accounts="$ACCOUNTS" -f bench/load-directory.sql
echo "== loading $COURSES courses, $LEARNERS learners with $PER_LEARNER enrolments each"
"${PSQL[@]}" -d "$DB" -v courses="$COURSES" -v learners="$LEARNERS" -v per_learner="$PER_LEARNER" \
    -f bench/load-academy.sql

echo "== loading $PRACTITIONERS practitioner profiles and an open call of $REQUESTS expertise requests"
"${PSQL[@]}" -d "$DB" -v practitioners="$PRACTITIONERS" -v requests="$REQUESTS" -f bench/load-exchange.sql

echo "== start on the loaded database"
start_app
RSS_START_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')

# Warm up the JIT and caches before measuring.
for path in / "/directory?q=municipality" /academies/nalas "/courses?q=water" /academies/nalas/courses/bench-mooc-1; do
    wrk -t2 -c8 -d5s "http://127.0.0.1:$PORT$path" >/dev/null
done

measure() {
    local name=$1 path=$2
    local report="$OUT/wrk-$name.txt"
    shift 2
    wrk -t"${WRK_THREADS:-2}" -c"${WRK_CONNECTIONS:-$CONNECTIONS}" -d"$DURATION" --timeout 60s --latency -H 'Accept-Encoding: gzip' "$@" "http://127.0.0.1:$PORT${path%% *}" \
        ${SCRIPT_ARG:+$SCRIPT_ARG} > "$report"
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ {print $2}' "$report")
    p50=$(awk '$1 == "50%" {print $2}' "$report")
    p99=$(awk '$1 == "99%" {print $2}' "$report")
    non2xx=$(awk '/Non-2xx/ {print $4}' "$report")
    printf '%-22s %-45s %10s %10s %10s %8s\n' "$name" "$path" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

# A first visit: the page and every asset it links, compressed as a browser would receive them.
page_weight() {
    local name=$1 path=$2 html assets bytes requests
    html=$(curl -s "http://127.0.0.1:$PORT$path")
    bytes=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$path")
    requests=1
    assets=$(grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|jpg|webp)"' <<<"$html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
    for asset in $assets; do
        bytes=$(( bytes + $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$asset") ))
        requests=$(( requests + 1 ))
    done
    printf '%-22s %-45s %8s bytes %3s requests\n' "$name" "$path" "$bytes" "$requests"
}

# Signs a benchmark account in and prints its session cookie.
sign_in() {
    local jar token
    jar=$(mktemp)
    token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/sign-in" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 \
        | sed -E 's/.*value="([^"]+)"/\1/')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=learn-together-2026" \
        --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/sign-in"
    awk '$6 == "COLLEGIUM_SESSION" {print "COLLEGIUM_SESSION=" $7}' "$jar"
    rm -f "$jar"
}
sql() { "${PSQL[@]}" -d "$DB" -At -c "$1"; }

# A MOOC learner (every fourth benchmark account takes the MOOC) and the MOOC's first and fifth activities.
MOOC_LEARNER_COOKIE=$(sign_in person4@bench.example)
[ -n "$MOOC_LEARNER_COOKIE" ] || { echo "Could not sign in a benchmark learner."; exit 1; }
MOOC_ID=$(sql "SELECT id FROM course WHERE slug = 'bench-mooc-1'")
ACTIVITY=$(sql "SELECT a.id FROM course_activity a JOIN course_module m ON m.id = a.module_id
                WHERE a.course_id = '$MOOC_ID' ORDER BY m.position, a.position LIMIT 1")

# First views that complete an activity: MOOC learners (not person4) and the activities they have not done yet.
FIRST_VIEWS=$OUT/first-views.txt
: > "$FIRST_VIEWS"
for n in $(seq 2 $((VIEWERS + 1))); do
    email="person$((n * 4))@bench.example"
    cookie=$(sign_in "$email")
    sql "SELECT '/academies/nalas/courses/bench-mooc-1/activities/' || a.id FROM course_activity a
         WHERE a.course_id = '$MOOC_ID' AND NOT EXISTS (SELECT 1 FROM activity_completion c JOIN enrolment e
             ON e.id = c.enrolment_id JOIN account p ON p.id = e.learner_id
             WHERE c.activity_id = a.id AND p.email_key = '$email')" | sed "s|^|$cookie |" >> "$FIRST_VIEWS"
done
shuf "$FIRST_VIEWS" -o "$FIRST_VIEWS"

echo
echo "Collegium benchmark — $(nproc) cores, $ORGANISATIONS organisations, $ACCOUNTS accounts, $COURSES courses,"
echo "$(sql 'SELECT count(*) FROM enrolment') enrolments ($(sql "SELECT count(*) FROM enrolment WHERE course_id = '$MOOC_ID'") in the MOOC), $(sql 'SELECT count(*) FROM activity_completion') completed activities; wrk -c$CONNECTIONS -d$DURATION"
echo "start-up on the loaded database: ${STARTUP_MS} ms; resident memory after start: $(( RSS_START_KB / 1024 )) MB"
echo
printf '%-22s %-45s %10s %10s %10s %8s\n' page path req/s p50 p99 non-2xx
measure home /
measure directory-search "/directory?q=municipality"
measure directory-filter "/directory?kind=LOCAL_GOVERNMENT&country=MK"
measure organisation "/directory/nalas"
measure academy "/academies/nalas"
measure api-directory "/api/v1/organisations?q=municipality"
measure catalogue "/courses"
measure catalogue-search "/courses?q=water+planning"
measure catalogue-filter "/courses?theme=ENERGY_EFFICIENCY&language=fr&sdg=11"
measure academy-catalogue "/academies/nalas/courses?format=MOOC&sort=NEWEST"
measure course-page "/academies/nalas/courses/bench-mooc-1"
measure api-catalogue "/api/v1/courses?q=water"
measure api-course "/api/v1/courses/nalas/bench-mooc-1"
measure activity-learner "/academies/nalas/courses/bench-mooc-1/activities/$ACTIVITY" -H "Cookie: $MOOC_LEARNER_COOKIE"
measure my-learning "/account/learning" -H "Cookie: $MOOC_LEARNER_COOKIE"
measure api-my-progress "/api/v1/me/progress" -H "Cookie: $MOOC_LEARNER_COOKIE"
# Facilitation pages, signed in as the NALAS administrator: the MOOC's cohort view, the academy's figures, my cohorts.
# A few administrators use them at once, and one figures page takes seconds: two connections, one for the figures.
ADMIN_COOKIE=$(sign_in nalas.admin@collegium.example)
[ -n "$ADMIN_COOKIE" ] || { echo "Could not sign in the NALAS administrator."; exit 1; }
MOOC_RUN=$(sql "SELECT r.id FROM course_run r JOIN course c ON c.id = r.course_id WHERE c.slug = 'bench-mooc-1'")
WRK_CONNECTIONS=2 measure cohort-view "/academies/nalas/cohorts/$MOOC_RUN" -H "Cookie: $ADMIN_COOKIE"
WRK_CONNECTIONS=2 measure cohort-behind "/academies/nalas/cohorts/$MOOC_RUN?show=BEHIND" -H "Cookie: $ADMIN_COOKIE"
WRK_THREADS=1 WRK_CONNECTIONS=1 measure figures "/academies/nalas/figures" -H "Cookie: $ADMIN_COOKIE"
WRK_CONNECTIONS=2 measure my-cohorts "/account/cohorts" -H "Cookie: $ADMIN_COOKIE"
COMPLETIONS_BEFORE=$(sql 'SELECT count(*) FROM activity_completion')
WRK_THREADS=1 SCRIPT_ARG=$FIRST_VIEWS measure first-view-complete "/ (first views)" -s bench/first-views.lua
COMPLETIONS_WRITTEN=$(( $(sql 'SELECT count(*) FROM activity_completion') - COMPLETIONS_BEFORE ))
echo "first views that completed an activity: $COMPLETIONS_WRITTEN of $(wc -l < "$FIRST_VIEWS") prepared"
# Exchanges: the public call and request pages, and ranking the registry's practitioners for a request as its
# secretariat sees it (a platform administrator may act as any secretariat): one request again and again, then
# the 2,000 requests of the call in turn.
BENCH_CALL=00000000-0000-0000-0000-0000000ca110
FIRST_REQUEST=$(sql "SELECT id FROM exchange_request WHERE call_id = '$BENCH_CALL' ORDER BY filed_at, id LIMIT 1")
PLATFORM_COOKIE=$(sign_in admin@collegium.example)
[ -n "$PLATFORM_COOKIE" ] || { echo "Could not sign in the platform administrator."; exit 1; }
CANDIDATE_PAGES=$OUT/candidate-pages.txt
sql "SELECT '/exchange/requests/' || id || '/candidates' FROM exchange_request WHERE call_id = '$BENCH_CALL'" \
    | shuf > "$CANDIDATE_PAGES"
measure call-page "/exchange/calls/$BENCH_CALL"
measure open-requests "/exchange/requests"
measure requests-filter "/exchange/requests?country=UG&method=EXPERT_MISSION&language=en"
measure request-page "/exchange/requests/$FIRST_REQUEST"
measure api-requests "/api/v1/requests?country=GH"
RANK_STARTED=$(date +%s%N)
curl -s -o /dev/null -H "Cookie: $PLATFORM_COOKIE" "http://127.0.0.1:$PORT/exchange/requests/$FIRST_REQUEST/candidates"
echo "ranking one request against $(sql 'SELECT count(*) FROM exchange_practitioner') practitioners, first call: $(( ($(date +%s%N) - RANK_STARTED) / 1000000 )) ms"
WRK_CONNECTIONS=4 measure rank-one-request "/exchange/requests/$FIRST_REQUEST/candidates" -H "Cookie: $PLATFORM_COOKIE"
WRK_THREADS=1 WRK_CONNECTIONS=4 SCRIPT_ARG="$PLATFORM_COOKIE $CANDIDATE_PAGES" measure rank-2000-requests "/ (2,000 requests)" -s bench/paths.lua
echo
echo "resident memory after load: $(( $(ps -o rss= -p "$APP_PID" | tr -d ' ') / 1024 )) MB"
echo
echo "Page weight of a first visit (compressed; budget 61440 bytes, 6 requests)"
page_weight home /
page_weight directory-search "/directory?q=municipality"
page_weight organisation "/directory/nalas"
page_weight academy "/academies/nalas"
page_weight catalogue "/courses?q=water+planning"
page_weight course-page "/academies/nalas/courses/bench-mooc-1"
page_weight call-page "/exchange/calls/$BENCH_CALL"
page_weight open-requests "/exchange/requests"
page_weight request-page "/exchange/requests/$FIRST_REQUEST"
