#!/usr/bin/env bash
# The GraphQL-over-HTTP audit against the packaged application (target/quarkus-app, built by ./mvnw
# package or verify): installs graphql-http from package-lock.json (npm ci), starts the jar on a free
# loopback port with its own H2 files under target/http-audit/, runs graphql-http's serverAudits
# (audit.mjs) and stops the application, whether the audit passed or not. It fails unless every MUST
# and every SHOULD audit passes; the report lands in target/http-audit/report.json, the log beside it.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
# shellcheck source=../packaged-app.sh
. "$HERE/../packaged-app.sh"
OUT="$ROOT/target/http-audit"

echo "== Node $(node --version): npm ci in src/test/http-audit"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

rm -rf "$OUT"
mkdir -p "$OUT"
start_packaged_app "$OUT"

echo "== graphql-http audit of $BASE_URL/graphql"
cd "$HERE"
BASE_URL="$BASE_URL" REPORT_DIR="$OUT" node audit.mjs
