#!/usr/bin/env bash
# The GraphQL-over-HTTP audit against the packaged application (target/quarkus-app, built by ./mvnw
# package or verify): installs graphql-http from package-lock.json (npm ci), starts the jar on a free
# loopback port with its own H2 files under target/http-audit/, runs graphql-http's serverAudits
# (audit.mjs) and stops the application, whether the audit passed or not. It fails unless every MUST
# and every SHOULD audit passes; the report lands in target/http-audit/report.json, the log beside it.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
OUT="$ROOT/target/http-audit"

if [ ! -f "$JAR" ]; then
  echo "No $JAR: build it first (./mvnw package -DskipTests)" >&2
  exit 1
fi

echo "== Node $(node --version): npm ci in src/test/http-audit"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

rm -rf "$OUT"
mkdir -p "$OUT"
PORT="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
BASE_URL="http://127.0.0.1:$PORT"

echo "== Starting the application on $BASE_URL (log: target/http-audit/app.log)"
NEWSGRAPH_DATA_DIR="$OUT/data" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" java -jar "$JAR" >"$OUT/app.log" 2>&1 &
APP_PID=$!

stop_app() {
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 30); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 1
    done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  wait "$APP_PID" 2>/dev/null || true
}
trap stop_app EXIT
trap 'exit 130' INT TERM

ready=""
for _ in $(seq 180); do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    echo "The application stopped before it was ready:" >&2
    tail -40 "$OUT/app.log" >&2
    exit 1
  fi
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
      "$BASE_URL/q/health/ready"; then
    ready=yes
    break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  echo "The application was not ready after 180 s:" >&2
  tail -40 "$OUT/app.log" >&2
  exit 1
fi

echo "== graphql-http audit of $BASE_URL/graphql"
cd "$HERE"
BASE_URL="$BASE_URL" REPORT_DIR="$OUT" node audit.mjs
