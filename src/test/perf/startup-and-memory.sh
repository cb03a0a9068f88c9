#!/usr/bin/env bash
# Startup time and memory of the packaged JVM application (README, "Startup and memory").
#
#   ./mvnw package -DskipTests                      && src/test/perf/startup-and-memory.sh h2
#   ./mvnw package -DskipTests -Dquarkus.profile=postgres && src/test/perf/startup-and-memory.sh postgres
#
# Starts target/quarkus-app/quarkus-run.jar under /usr/bin/time -v on an empty database (a new H2 data
# directory, or a fresh PostgreSQL database newsgraph_measure on 127.0.0.1:5432), and reports:
#   - milliseconds from launch to the first answered GraphQL query (the Kazakhstan dossier), on the
#     empty database (migration and seed load included) and after a restart on the same database;
#   - RSS (ps -o rss) after start, and after a burst of dossier queries (wrk, 2 threads, 16
#     connections, 30 s);
#   - the maximum RSS that /usr/bin/time -v saw over the whole run.
# Needs wrk and /usr/bin/time (Debian packages wrk and time), curl and jq. Sends traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../../.."

kind=${1:?usage: $0 h2|postgres}
port=${PORT:-18180}
burst=${BURST:-30s}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

query=$(jq -Rs '{query: .}' src/main/resources/examples/kazakhstan-dossier.graphql)
printf '%s' "$query" > "$work/dossier.json"
cat > "$work/post.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/dossier.json", "r")
wrk.body = f:read("*a")
f:close()
EOF

export QUARKUS_HTTP_PORT=$port
if [ "$kind" = postgres ]; then
    psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists newsgraph_measure with (force)" \
        -c "create database newsgraph_measure"
    export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/newsgraph_measure
else
    export NEWSGRAPH_DATA_DIR=$work/data
fi

answered() {
    curl -sf -H 'Content-Type: application/json' --data-binary "@$work/dossier.json" \
        "http://127.0.0.1:$port/graphql" 2>/dev/null | grep -q '"name":"Kazakhstan"'
}

run() { # $1: label; prints ms to first answer and RSS; leaves the app running as $app
    local label=$1 t0 t1
    t0=$(date +%s%N)
    # shellcheck disable=SC2086 # JAVA_OPTS: optional JVM options, e.g. JAVA_OPTS=-Xmx384m
    /usr/bin/time -v -o "$work/time-$label.txt" java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$work/app-$label.log" 2>&1 &
    timed=$!
    until answered; do
        kill -0 "$timed" 2>/dev/null || { cat "$work/app-$label.log"; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s%N)
    app=$(pgrep -P "$timed" java)
    echo "$kind $label: first answered query after $(( (t1 - t0) / 1000000 )) ms;" \
        "$(grep -o 'started in [0-9.]*s' "$work/app-$label.log");" \
        "RSS after start $(( $(ps -o rss= -p "$app") / 1024 )) MiB"
}

stop() { # $1: label
    kill -TERM "$app"
    wait "$timed" || true
    echo "$kind $1: max RSS over the run $(( $(awk -F': ' '/Maximum resident/ {print $2}' "$work/time-$1.txt") / 1024 )) MiB"
}

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), JAVA_OPTS=${JAVA_OPTS:-}"
run empty-database
echo "$kind burst: wrk -t2 -c16 -d$burst (dossier query)"
wrk -t2 -c16 -d"$burst" --latency -s "$work/post.lua" "http://127.0.0.1:$port/graphql" \
    | grep -E 'Requests/sec|Latency  |50%|99%|requests in|Non-2xx|Socket errors' | sed 's/^/    /'
echo "$kind after the burst: RSS $(( $(ps -o rss= -p "$app") / 1024 )) MiB"
stop empty-database
run restart
stop restart
if [ "$kind" = postgres ]; then
    psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists newsgraph_measure with (force)"
fi
