#!/usr/bin/env bash
# Browser test against the packaged application (target/quarkus-app, built by ./mvnw package or
# verify): installs what it needs (Debian's chromium when /usr/bin/chromium is missing, and
# playwright-core from package-lock.json), starts the jar on a free loopback port with its own
# H2 files under target/browser/, runs explorer.test.mjs and review.test.mjs, and stops the application afterwards,
# whether the test passed or not. Screenshots and the application's log land in target/browser/.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
# shellcheck source=../packaged-app.sh
. "$HERE/../packaged-app.sh"
OUT="$ROOT/target/browser"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

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
# The review test (review.test.mjs) signs in as the editor: the application gets a password of the run's own.
EDITOR_PASSWORD="${EDITOR_PASSWORD:-browser-$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')}"
start_packaged_app "$OUT" NEWSGRAPH_EDITOR_PASSWORD="$EDITOR_PASSWORD"

echo "== Browser test"
cd "$HERE"
BASE_URL="$BASE_URL" SCREENSHOT_DIR="$OUT" CHROMIUM="$CHROMIUM" EDITOR_PASSWORD="$EDITOR_PASSWORD" \
  node --test --test-concurrency=1 explorer.test.mjs review.test.mjs
echo "== Screenshots: $(cd "$OUT" && ls ./*.png | tr '\n' ' ')"
