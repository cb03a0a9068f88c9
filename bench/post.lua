-- wrk script for bench/run.sh: POSTs one GraphQL request body over and over, then prints one
-- machine-readable result line.
--
--   BENCH_BODY=body.json wrk -t2 -c16 -d20s --latency -s bench/post.lua http://127.0.0.1:18280/graphql
--
-- The body is read once per wrk thread and sent as a static request: no request()/response()
-- callbacks, which would run Lua for every request and make wrk itself the bottleneck on a
-- 2-core machine. Response contents are checked once by run.sh before the load instead.

local path = os.getenv("BENCH_BODY")
if not path then
  error("set BENCH_BODY to the file holding the JSON request body")
end
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- One line, key=value pairs, times in milliseconds. "errors" adds up socket errors (connect, read,
-- write, timeout) and HTTP responses with a status of 400 or more ("status"), the same breakdown
-- as wrk's own summary.
function done(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d duration_s=%.3f rps=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f"
      .. " errors=%d status_errors=%d socket_errors=%d bytes=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, socket + e.status, e.status, socket, summary.bytes))
end
