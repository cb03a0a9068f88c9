# Sourced by the scripts that test the packaged application (browser/run.sh, http-audit/run.sh):
# start_packaged_app OUT [NAME=VALUE ...] starts target/quarkus-app on a free loopback port with its
# own H2 files under OUT/data and the given environment, logs to OUT/app.log, waits until it is
# ready (at most 180 s), sets BASE_URL, and stops it when the calling script exits, passed or not.
# Needs ROOT (the repository) and node.

start_packaged_app() {
  local out="$1"
  shift
  local jar="$ROOT/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$jar" ]; then
    echo "No $jar: build it first (./mvnw package -DskipTests)" >&2
    exit 1
  fi
  local port
  port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
  BASE_URL="http://127.0.0.1:$port"
  echo "== Starting the application on $BASE_URL (log: ${out#"$ROOT"/}/app.log)"
  env NEWSGRAPH_DATA_DIR="$out/data" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" "$@" \
    java -jar "$jar" >"$out/app.log" 2>&1 &
  APP_PID=$!
  trap stop_packaged_app EXIT
  trap 'exit 130' INT TERM
  for _ in $(seq 180); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The application stopped before it was ready:" >&2
      tail -40 "$out/app.log" >&2
      exit 1
    fi
    if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
        "$BASE_URL/q/health/ready"; then
      return 0
    fi
    sleep 1
  done
  echo "The application was not ready after 180 s:" >&2
  tail -40 "$out/app.log" >&2
  exit 1
}

stop_packaged_app() {
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
