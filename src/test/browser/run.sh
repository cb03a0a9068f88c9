#!/usr/bin/env bash
# Browser test against the packaged application (target/quarkus-app, built by ./mvnw package or
# verify): installs what it needs (Debian's chromium when /usr/bin/chromium is missing, and
# playwright-core from package-lock.json), starts the jar on a free loopback port with its own
# H2 files under target/browser/, runs explorer.test.mjs and review.test.mjs, and stops the application afterwards,
# whether the test passed or not. Screenshots and the application's log land in target/browser/.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
OUT="$ROOT/target/browser"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -f "$JAR" ]; then
  echo "No $JAR: build it first (./mvnw package -DskipTests)" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "$CHROMIUM is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM" >&2
    exit 1
  fi
  echo "== Installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
echo "== $("$CHROMIUM" --version 2>/dev/null | head -1)"

echo "== Node $(node --version): npm ci in src/test/browser"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

rm -rf "$OUT"
mkdir -p "$OUT"
PORT="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
BASE_URL="http://127.0.0.1:$PORT"

echo "== Starting the application on $BASE_URL (log: target/browser/app.log)"
# The review test (review.test.mjs) signs in as the editor: the application gets a password of the run's own.
EDITOR_PASSWORD="${EDITOR_PASSWORD:-browser-$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')}"
NEWSGRAPH_DATA_DIR="$OUT/data" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" NEWSGRAPH_EDITOR_PASSWORD="$EDITOR_PASSWORD" \
  java -jar "$JAR" >"$OUT/app.log" 2>&1 &
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

echo "== Browser test"
cd "$HERE"
BASE_URL="$BASE_URL" SCREENSHOT_DIR="$OUT" CHROMIUM="$CHROMIUM" EDITOR_PASSWORD="$EDITOR_PASSWORD" \
  node --test --test-concurrency=1 explorer.test.mjs review.test.mjs
echo "== Screenshots: $(cd "$OUT" && ls ./*.png | tr '\n' ' ')"
