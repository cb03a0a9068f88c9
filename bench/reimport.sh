#!/usr/bin/env bash
# Second import of a dataset that the database already holds: how long an idempotent re-import
# takes, and that it changes nothing. Run it after bench/run.sh left that database behind:
#
#   bench/run.sh --db postgres --size medium --keep && bench/reimport.sh --db postgres --size medium
#   bench/run.sh --db h2 --size medium              && bench/reimport.sh --db h2 --size medium
#
# The loader skips a file whose exact content it loaded before, so the script loads a copy that
# differs only by a trailing newline: the same facts, read, validated and compared again. It
# prints the loader's own timing and counts ("Dataset … loaded in N ms: … unchanged").
set -euo pipefail

db=h2
size=medium
seed=42
port=18282
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=${2:?}; shift 2 ;;
    --size) size=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --port) port=${2:?}; shift 2 ;;
    *) echo "usage: $0 [--db h2|postgres] [--size small|medium|large] [--seed N] [--port N]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/bench/work
dataset=$root/bench/data/$size-$seed.json
again=$work/$size-$seed-again.json
log=$work/reimport-$db-$size.log
[ -f "$dataset" ] || { echo "no $dataset: run bench/run.sh --size $size first" >&2; exit 1; }

cp "$dataset" "$again"
echo >> "$again"

env_args=("NEWSGRAPH_DATASETS=classpath:datasets/seed.json,$again" "QUARKUS_HTTP_PORT=$port")
if [ "$db" = postgres ]; then
  env_args+=("QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://${BENCH_PG_HOST:-127.0.0.1}:${BENCH_PG_PORT:-5432}/${BENCH_PG_DB:-newsgraph_bench}"
             "QUARKUS_DATASOURCE_USERNAME=${BENCH_PG_USER:-postgres}")
else
  [ -d "$work/h2-$size" ] || { echo "no H2 database in $work/h2-$size: run bench/run.sh --db h2 --size $size first" >&2; exit 1; }
  env_args+=("NEWSGRAPH_DATA_DIR=$work/h2-$size")
fi

env "${env_args[@]}" java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$root/target/quarkus-app/quarkus-run.jar" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$again"' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the server stopped; see $log" >&2; exit 1; }
  sleep 2
done
grep -E "Dataset .*-again.json loaded in" "$log" | sed 's/.*(main) //'
grep -q "Dataset .*-again.json loaded in [0-9]* ms: .*statements: 0 created, 0 updated" "$log" \
  || { echo "the re-import changed statements; see $log" >&2; exit 1; }
