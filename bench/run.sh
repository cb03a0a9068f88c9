#!/usr/bin/env bash
# Load benchmark of the packaged newsgraph jar: generates a synthetic dataset, starts the jar with it
# on H2 or PostgreSQL, checks the three benchmark queries answer correctly, then drives each with
# wrk and writes a Markdown report. See bench/README.md for what every number means.
#
#   bench/run.sh [--db h2|postgres] [--size small|medium|large] [--duration 20s] [--warmup 10s]
#                [--connections 16] [--threads 2] [--timeout 30s] [--seed 42] [--port 18280]
#                [--queries dossier,search,series] [--no-build] [--keep]
set -euo pipefail

usage() {
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

db=h2
size=small
duration=20s
warmup=10s
timeout=30s
connections=16
threads=2
seed=42
port=${QUARKUS_HTTP_PORT:-18280}
build=1
keep=0
query_names=dossier,search,series
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=${2:?}; shift 2 ;;
    --size) size=${2:?}; shift 2 ;;
    --duration) duration=${2:?}; shift 2 ;;
    --warmup) warmup=${2:?}; shift 2 ;;
    --timeout) timeout=${2:?}; shift 2 ;;
    --connections) connections=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --port) port=${2:?}; shift 2 ;;
    --queries) query_names=${2:?}; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 ;;
  esac
done
case "$db" in h2|postgres) ;; *) echo "--db must be h2 or postgres" >&2; exit 2 ;; esac
case "$size" in small|medium|large) ;; *) echo "--size must be small, medium or large" >&2; exit 2 ;; esac
IFS=, read -r -a selected <<<"$query_names"
for name in "${selected[@]}"; do
  case "$name" in dossier|search|series) ;; *) echo "--queries: unknown query $name" >&2; exit 2 ;; esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
bench=$root/bench
work=$bench/work
mkdir -p "$work" "$bench/data" "$bench/results"
url=http://127.0.0.1:$port
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_port=${BENCH_PG_PORT:-5432}
pg_user=${BENCH_PG_USER:-postgres}
# One database per port, so that runs on different ports never drop each other's database.
default_db=newsgraph_bench
[ "$port" = 18280 ] || default_db=newsgraph_bench_$port
pg_db=${BENCH_PG_DB:-$default_db}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---- (a) tools ------------------------------------------------------------------------------------
need=(wrk jq curl java)
[ "$db" = postgres ] && need+=(psql)
missing=()
for tool in "${need[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  # Installing is only attempted where it cannot prompt or need sudo: as root, non-interactively
  # (containers, CI). Anywhere else the user decides.
  packages=()
  for tool in "${missing[@]}"; do
    case "$tool" in
      psql) packages+=(postgresql-client) ;;
      java) packages+=(openjdk-17-jdk-headless) ;;
      *) packages+=("$tool") ;;
    esac
  done
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${packages[@]}" >&2
  else
    die "missing ${missing[*]}: install them, e.g. apt-get install -y ${packages[*]}"
  fi
fi

# ---- (b) dataset ----------------------------------------------------------------------------------
dataset=$bench/data/$size-$seed.json
meta=$bench/data/$size-$seed.meta.json
if [ ! -f "$dataset" ] || [ ! -f "$meta" ]; then
  log "generating $dataset"
  java "$bench/GenerateDataset.java" --size "$size" --seed "$seed" --out "$dataset"
fi

# ---- (c) build ------------------------------------------------------------------------------------
jar=$root/target/quarkus-app/quarkus-run.jar
if [ "$build" = 1 ]; then
  profile_args=()
  [ "$db" = postgres ] && profile_args=(-Dquarkus.profile=postgres)
  log "building the $db jar (log: $work/build.log)"
  # db-kind is fixed at build time, so H2 and PostgreSQL need different jars under the same path.
  if ! (cd "$root" && ./mvnw -B -ntp package -DskipTests "${profile_args[@]}") >"$work/build.log" 2>&1; then
    tail -40 "$work/build.log" >&2
    die "build failed"
  fi
fi
[ -f "$jar" ] || die "$jar not found: build first (drop --no-build)"

# ---- (d) start the server -------------------------------------------------------------------------
# One run per port at a time, from whichever worktree: a second run would drop the first one's
# database and find its port taken half-way through.
exec {lock_fd}>"${TMPDIR:-/tmp}/newsgraph-bench-$port.lock"
flock -n "$lock_fd" || die "another bench run uses port $port; wait for it or pass --port (and BENCH_PG_DB)"
if curl -fsS -o /dev/null "$url/q/health" 2>/dev/null; then
  die "something already answers on port $port; stop it or pass --port"
fi

server_pid=
sampler_pid=
db_created=0
# Called by the EXIT trap, which shellcheck cannot see.
# shellcheck disable=SC2317
cleanup() {
  local status=$?
  if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    log "stopping the server (pid $server_pid)"
    stop_server
  fi
  if [ "$db_created" = 1 ] && [ "$keep" = 0 ]; then
    psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -qAt \
      -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

server_log=$work/server-$db-$size.log
env_args=(
  "NEWSGRAPH_DATASETS=classpath:datasets/seed.json,$dataset"
  "QUARKUS_HTTP_PORT=$port"
)
if [ "$db" = h2 ]; then
  # A fresh database every run: the loader skips a dataset it has loaded before, and the import is
  # what we time.
  data_dir=$work/h2-$size
  rm -rf "$data_dir"
  mkdir -p "$data_dir"
  env_args+=("NEWSGRAPH_DATA_DIR=$data_dir")
  db_version="H2 (embedded, file in $data_dir)"
else
  # No NOTICE about a database that did not exist.
  export PGOPTIONS=--client-min-messages=warning
  psql_admin=(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -qAt)
  users=$("${psql_admin[@]}" -c "select count(*) from pg_stat_activity where datname = '$pg_db'") \
    || die "cannot reach PostgreSQL on $pg_host:$pg_port as $pg_user"
  # Dropping WITH (FORCE) would cut off whoever uses it, e.g. a run on another port.
  [ "$users" = 0 ] || die "database $pg_db has $users connections; pass BENCH_PG_DB=<another name>"
  "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" -c "CREATE DATABASE $pg_db" >/dev/null \
    || die "cannot (re)create database $pg_db on $pg_host:$pg_port as $pg_user"
  db_created=1
  env_args+=(
    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$pg_host:$pg_port/$pg_db"
    "QUARKUS_DATASOURCE_USERNAME=$pg_user"
  )
  db_version="PostgreSQL $("${psql_admin[@]}" -c 'show server_version')"
fi

# Starts the jar on the database prepared above and waits until it is ready; appends to the log,
# so that a restart keeps the first start's import lines. Sets server_pid and ready_s.
start_server() {
  local start_ms deadline next_report last
  log "starting the server on port $port (log: $server_log)"
  echo "=== bench/run.sh: server start $(date '+%F %T') ===" >>"$server_log"
  start_ms=$(date +%s%3N)
  # BENCH_JAVA_OPTS is left unquoted on purpose: it holds several JVM flags.
  # shellcheck disable=SC2086
  env "${env_args[@]}" java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$jar" >>"$server_log" 2>&1 &
  server_pid=$!
  # The datasets are imported at start-up, before the HTTP server listens: ready means imported.
  deadline=$(( $(date +%s) + 900 ))
  next_report=$(( $(date +%s) + 10 ))
  until curl -fsS -o /dev/null "$url/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      tail -40 "$server_log" >&2
      server_pid=
      die "the server exited during start-up (log: $server_log)"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      tail -20 "$server_log" >&2
      die "not ready after 15 minutes (log: $server_log)"
    fi
    if [ "$(date +%s)" -ge "$next_report" ]; then
      last=$(grep -E 'Importing|Dataset|Migrat|Flyway|started in' "$server_log" | tail -1 | cut -c1-160 || true)
      log "waiting for readiness, $(( ($(date +%s%3N) - start_ms) / 1000 )) s: ${last:-(no progress line yet)}"
      next_report=$(( $(date +%s) + 10 ))
    fi
    sleep 1
  done
  ready_s=$(awk -v ms=$(( $(date +%s%3N) - start_ms )) 'BEGIN { printf "%.1f", ms / 1000 }')
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  # Graceful shutdown may take up to quarkus.shutdown.timeout (20 s); do not leave it behind.
  for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=
}

# Epoch milliseconds of a log line's "2026-11-25 16:40:12,031" timestamp.
log_ms() {
  local stamp
  stamp=$(cut -c1-23 <<<"$1")
  echo $(( $(date -d "${stamp%,*}" +%s) * 1000 + 10#${stamp#*,} ))
}

start_server
first_ready_s=$ready_s
import_line=$(grep -F "Dataset $dataset loaded in" "$server_log" | tail -1 || true)
import_ms=$(sed -n 's/.* loaded in \([0-9][0-9]*\) ms.*/\1/p' <<<"$import_line")
[ -n "$import_ms" ] || die "ready, but no 'Dataset $dataset loaded in N ms' line in $server_log"
# The app logs "loaded in" inside the import transaction, before the commit that flushes the
# inserts; the end of the start-up ("started in") bounds the import including that commit.
started_line=$(grep -F 'started in' "$server_log" | tail -1 || true)
import_commit_s=$(awk -v ms=$(( $(log_ms "$started_line") - $(log_ms "$import_line") + import_ms )) \
  'BEGIN { printf "%.1f", ms / 1000 }')
log "ready after $ready_s s; dataset imported in $import_ms ms as logged, $import_commit_s s until started"

# The jar runs with the profile it was built with; a --no-build run with the other database's jar
# would silently benchmark the wrong database.
profile_line=$(grep -E 'Profile .* activated' "$server_log" | head -1 || true)
built_for=h2
if grep -q 'postgres' <<<"$profile_line"; then built_for=postgres; fi
[ "$built_for" = "$db" ] || die "the jar is the $built_for build ($profile_line); rebuild without --no-build"
rss_after_import_mb=$(( $(ps -o rss= -p "$server_pid") / 1024 ))

# ---- (e)-(g) the queries --------------------------------------------------------------------------
search_word=$(jq -r .search.word "$meta")
series_country=$(jq -r .series.country "$meta")
series_metric=$(jq -r .series.metric "$meta")
series_count=$(jq -r .series.statistics "$meta")
search_count=$(jq -r .search.statements "$meta")
queries=$root/src/test/resources/graphql/bench

# Sum of a Prometheus metric over all its label sets; empty when /q/metrics does not have it.
# The value is the first field after the labels (an exemplar may follow it).
metric_sum() {
  curl -fsS "$url/q/metrics" 2>/dev/null | awk -v name="$1" '
    index($0, name "{") == 1 || index($0, name " ") == 1 {
      line = $0
      i = index(line, "} ")
      line = i > 0 ? substr(line, i + 2) : substr(line, length(name) + 2)
      split(line, f, " ")
      s += f[1]
      n++
    }
    END { if (n) printf "%.0f", s }'
}

sql_total() { metric_sum newsgraph_sql_statements_total; }

# Checks one response for what the query promises; prints a one-line summary, fails with a reason.
check() {
  local name=$1 response=$2
  case "$name" in
    dossier)
      jq -er '
        if .errors then "errors: \(.errors | tostring | .[0:300])"
        elif (.data.countries.nodes | length) != 20 then "expected 20 countries, got \(.data.countries.nodes | length)"
        elif ([.data.countries.nodes[].code] | . != sort) then "countries not sorted by code"
        elif any(.data.countries.nodes[].officials[]; (.statements.nodes | length) > 10) then "an official has more than 10 statements"
        elif any(.data.countries.nodes[].officials[]; [.statements.nodes[].saidOn | select(. != null)] | . != (sort | reverse))
          then "an official'"'"'s statements are not newest first"
        elif any(.data.countries.nodes[]; (.statistics.nodes | length) > 10) then "a country has more than 10 statistics"
        elif any(.data.countries.nodes[]; [.statistics.nodes[].periodEnd | select(. != null)] | . != (sort | reverse))
          then "a country'"'"'s statistics are not latest first"
        else "ok: \([.data.countries.nodes[].officials[]] | length) officials, \([.data.countries.nodes[].officials[].statements.nodes[]] | length) statements, \([.data.countries.nodes[].statistics.nodes[]] | length) statistics"
        end' "$response"
      ;;
    search)
      jq -er --arg w "$search_word" --argjson expected "$(( search_count < 20 ? search_count : 20 ))" '
        (.data.statements.nodes // []) as $n
        | if .errors then "errors: \(.errors | tostring | .[0:300])"
        elif ($n | length) > 20 then "more than 20 statements"
        elif ($n | length) < $expected then "expected \($expected) statements, got \($n | length)"
        elif any($n[]; .text | ascii_downcase | contains($w | ascii_downcase) | not) then "a statement without \"\($w)\""
        elif ([$n[].saidOn | select(. != null)] | . != (sort | reverse)) then "not newest first"
        else "ok: \($n | length) statements"
        end' "$response"
      ;;
    series)
      jq -er --argjson expected "$(( series_count < 100 ? series_count : 100 ))" '
        (.data.statistics.nodes // []) as $n
        | if .errors then "errors: \(.errors | tostring | .[0:300])"
        elif ($n | length) == 0 then "no figures"
        elif ($n | length) > 100 then "more than 100 figures"
        elif ($n | length) < $expected then "expected \($expected) figures, got \($n | length)"
        elif ([$n[].periodEnd | select(. != null)] | . != sort) then "not by period end, ascending"
        else "ok: \($n | length) figures"
        end' "$response"
      ;;
  esac | { read -r verdict; echo "$verdict"; [[ $verdict == ok* ]]; }
}

rss_sampler() {
  # Highest RSS (kB) seen, rewritten every second so that the value survives the sampler being killed.
  local pid=$1 out=$2 max=0 rss
  while rss=$(ps -o rss= -p "$pid" 2>/dev/null); do
    rss=${rss// /}
    [ "${rss:-0}" -gt "$max" ] && max=$rss && echo "$max" >"$out"
    sleep 1
  done
}

# Connections the pool has handed out; empty when the pool metrics are missing.
pool_active() { metric_sum agroal_active_count; }

# CPU time in clock ticks, to tell how the machine was shared during a measured run: the whole
# machine ("busy total"), the server process, the PostgreSQL backends serving the bench database,
# and waited-for children of this shell (wrk; bash's "times" prints their user and system time).
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
pid_ticks() {
  # Arguments: "<pid>/stat"; utime and stime are fields 14 and 15, counted after "pid (comm)".
  if [ $# -eq 0 ]; then echo 0; return; fi
  { cat "${@/#//proc/}" 2>/dev/null || true; } | awk '{ sub(/^.*\) /, ""); s += $12 + $13 } END { print s + 0 }'
}
db_ticks() {
  # The whole PostgreSQL cluster when it runs on this machine: every postgres process, plus what
  # the postmaster collected from children that ended (parallel workers live for one query, and
  # a pooled connection may be replaced in the middle of a run).
  local postmaster
  postmaster=$(pgrep -o -x postgres || true)
  if [ "$db" = postgres ] && [ -n "$postmaster" ]; then
    # shellcheck disable=SC2046 # one argument per process
    echo $(( $(pid_ticks $(pgrep -x postgres | sed 's|$|/stat|')) \
      + $(awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$postmaster/stat") ))
  else
    echo 0
  fi
}
# Sets children_ticks; "times" must run in this shell, not in a pipe or $(...) subshell.
children_ticks=0
read_children_ticks() {
  times >"$work/times.txt"
  children_ticks=$(tail -1 "$work/times.txt" | awk -v hz="$(getconf CLK_TCK)" '{
    for (i = 1; i <= 2; i++) { split($i, t, "m"); s += t[1] * 60 + t[2] }
    printf "%.0f", s * hz }')
}

# Peak RSS of the current server process, in MB; kept across restarts.
vm_hwm_mb=0
note_hwm() {
  local mb
  mb=$(awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$server_pid/status" 2>/dev/null || echo 0)
  [ "${mb:-0}" -gt "$vm_hwm_mb" ] && vm_hwm_mb=$mb
  return 0
}

seconds() {
  case "$1" in
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

# Warm-up with curl loops rather than wrk: wrk drops its in-flight requests when it stops, and a
# request dropped mid-flight can cost the server a pooled connection (see README), which would
# starve the measured run that follows. Each loop finishes its last request before it stops.
warm_up() {
  local body=$1 count_file=$2 end loops=()
  end=$(( $(date +%s) + $(seconds "$warmup") ))
  : >"$count_file"
  for _ in $(seq 1 "$connections"); do
    (
      while [ "$(date +%s)" -lt "$end" ]; do
        curl -s -o /dev/null --max-time 600 -H 'Content-Type: application/json' --data-binary "@$body" "$url/graphql" || true
        echo >>"$count_file"
      done
    ) &
    loops+=($!)
  done
  # Only the loops: a bare wait would also wait for the server.
  wait "${loops[@]}"
}

field() { sed -n "s/.* $1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }

rows=()
notes=()
failed=0
restarts=0
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
last_query=${selected[${#selected[@]}-1]}
for name in "${selected[@]}"; do
  case "$name" in
    dossier) variables='{}'; shown='–' ;;
    search) variables=$(jq -cn --arg word "$search_word" '{word: $word}'); shown="word=$search_word" ;;
    series) variables=$(jq -cn --arg country "$series_country" --arg metric "$series_metric" \
      '{country: $country, metric: $metric}'); shown="country=$series_country, metric=$series_metric" ;;
  esac
  body=$work/$name.body.json
  jq -n --rawfile query "$queries/$name.graphql" --argjson variables "$variables" \
    '{query: $query, variables: $variables}' >"$body"

  # One request alone, on a quiet server: its answer is checked, and its SQL statements counted
  # exactly (the load figure below also catches statements of requests wrk dropped).
  response=$work/$name.response.json
  verdict=
  sql_before=$(sql_total)
  http=$(curl -sS -o "$response" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$body" "$url/graphql")
  sql_after=$(sql_total)
  sql_single=n/a
  if [ -n "$sql_before" ] && [ -n "$sql_after" ]; then sql_single=$(( sql_after - sql_before )); fi
  response_kb=$(( $(stat -c %s "$response") / 1024 ))
  if [ "$http" = 200 ] && verdict=$(check "$name" "$response"); then
    log "$name: $verdict (HTTP $http, $response_kb KiB, $sql_single SQL statements)"
    correct=yes
  else
    log "$name: WRONG RESPONSE (HTTP $http): ${verdict:-not JSON}; see $response"
    correct="no: ${verdict:-HTTP $http}"
    failed=1
  fi

  log "$name: warm-up $warmup ($connections curl loops)"
  warm_up "$body" "$work/$name.warmup.count"
  warmup_requests=$(wc -l <"$work/$name.warmup.count")

  sql_before=$(sql_total)
  rss_file=$work/$name.rss
  rm -f "$rss_file"
  rss_sampler "$server_pid" "$rss_file" &
  sampler_pid=$!
  log "$name: measuring $duration (wrk -t$threads -c$connections, $warmup_requests warm-up requests done)"
  db_before=$(db_ticks)
  server_before=$(pid_ticks "$server_pid/stat")
  read_children_ticks
  children_before=$children_ticks
  read -r busy_before total_before < <(machine_ticks)
  BENCH_BODY=$body wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency \
    -s "$bench/post.lua" "$url/graphql" >"$work/$name.wrk.txt" 2>&1
  read -r busy_after total_after < <(machine_ticks)
  read_children_ticks
  children_after=$children_ticks
  # Right away: requests wrk dropped still run on the server, and their statements are not ours.
  sql_after=$(sql_total)
  server_after=$(pid_ticks "$server_pid/stat")
  db_after=$(db_ticks)
  # In % of one core (a 2-core machine has 200): server / database backends / wrk / everything else.
  cpu=$(awk -v busy=$(( busy_after - busy_before )) -v total=$(( total_after - total_before )) -v n="$(nproc)" \
    -v server=$(( server_after - server_before )) -v dbt=$(( db_after - db_before )) \
    -v wrk=$(( children_after - children_before )) -v embedded="$([ "$db" = h2 ] && echo 1 || echo 0)" '
    function pct(x) { return sprintf("%.0f", total ? 100 * x * n / total : 0) }
    BEGIN {
      other = busy - server - dbt - wrk
      printf "%s / %s / %s / %s", pct(server), embedded ? "–" : pct(dbt), pct(wrk), pct(other < 0 ? 0 : other)
    }')
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
  sampler_pid=

  result=$(grep '^BENCH ' "$work/$name.wrk.txt" || true)
  [ -n "$result" ] || die "$name: no result line from wrk; see $work/$name.wrk.txt"
  requests=$(field requests "$result")
  if [ -n "$sql_before" ] && [ -n "$sql_after" ] && [ "$requests" -gt 0 ]; then
    sql_per_request=$(awk -v a="$sql_before" -v b="$sql_after" -v n="$requests" 'BEGIN { printf "%.1f", (b - a) / n }')
  else
    sql_per_request=n/a
  fi
  max_rss_mb=$(( $(cat "$rss_file" 2>/dev/null || echo 0) / 1024 ))

  # The requests wrk dropped finish within about a p99 latency; connections still out after that
  # are lost to the pool for good.
  active=$(pool_active)
  for _ in $(seq 1 30); do
    [ "${active:-0}" -gt 0 ] || break
    sleep 1
    active=$(pool_active)
  done
  leaked=${active:-n/a}
  other_cpu=${cpu##* / }
  if [ "$other_cpu" -gt 25 ]; then
    notes+=("During $name, processes other than the server, its database and wrk used $other_cpu % of a core: that run's figures are disturbed.")
  fi
  rows+=("| $name | $shown | $(field rps "$result") | $(field p50_ms "$result") | $(field p99_ms "$result") | $(field errors "$result") | $sql_per_request | $sql_single | $max_rss_mb | $cpu | $response_kb | $leaked | $correct |")
  log "$name: $result sql/request=$sql_per_request max_rss_mb=$max_rss_mb cpu(server/db/wrk/other)=[$cpu] pool_connections_still_active=$leaked"
  if [ "${active:-0}" -gt 0 ] && [ "$name" != "$last_query" ]; then
    # Measure the next query on a server with a whole pool: same database, the loader skips the
    # datasets it has already loaded.
    notes+=("After $name, $active pooled connections stayed in use with no request running; the server was restarted for the next query.")
    log "$name: $active connections never came back to the pool; restarting the server"
    note_hwm
    stop_server
    start_server
    restarts=$(( restarts + 1 ))
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
note_hwm

# ---- (h) report -----------------------------------------------------------------------------------
counts=$(jq -r '.counts | "\(.statements) statements, \(.statistics) statistics, \(.sources) sources, \(.officials) officials, \(.organizations) organizations, \(.events) events, \(.places) places, \(.countries) countries"' "$meta")
dataset_mb=$(awk -v b="$(stat -c %s "$dataset")" 'BEGIN { printf "%.1f", b / 1e6 }')
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
ram_gib=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain -- src pom.xml 2>/dev/null | head -1)
report=$bench/results/$(date +%F)-$db-$size.md
{
  echo "# newsgraph benchmark: $db, $size"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
  echo "| commit | $commit${dirty:+ (src/ or pom.xml modified)} |"
  echo "| machine | $(nproc) CPUs, $ram_gib GiB RAM, $cpu |"
  echo "| java | $java_version, server -Xmx512m ${BENCH_JAVA_OPTS:-} |"
  echo "| database | $db_version |"
  echo "| dataset | $size, seed $seed: $counts; $dataset_mb MB of JSON |"
  echo "| import | $import_ms ms as logged (\"Dataset … loaded in\"), $import_commit_s s including the commit (until \"started in\"); start to ready $first_ready_s s; RSS after import $rss_after_import_mb MB |"
  echo "| load | per query: $warmup warm-up ($connections curl loops), then wrk -t$threads -c$connections --timeout $timeout for $duration; all on this machine |"
  echo "| load average | $load_before before, $load_after after |"
  echo
  echo "| query | variables | req/s | p50 ms | p99 ms | errors | SQL/request (load) | SQL (1 request) | max RSS MB | CPU % server / db / wrk / other | response KiB | pool leak | correct |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Peak RSS of the server (VmHWM, import included): $vm_hwm_mb MB."
  for note in "${notes[@]}"; do
    echo
    echo "$note"
  done
} | tee "$report"
log "report: $report"
exit "$failed"
