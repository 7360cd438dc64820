#!/usr/bin/env bash
# Load benchmark of the web app (not a test): starts `dreamloom serve` on loopback with a fresh library, logs in
# as the demo account, then runs wrk with 64 connections for 60 s against search and against saving dreams.
# Needs wrk (apt-get install -y wrk), curl and python3. Usage: dreamloom-bench/load/run.sh [seconds] [connections]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
secs="${1:-60}"
conns="${2:-64}"
port="${DL_PORT:-7199}"
base="http://127.0.0.1:$port"
work="$(mktemp -d)"

"$root/bin/dreamloom" serve --library "$work/library.db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  grep -q "is running" "$work/serve.log" 2>/dev/null && break
  sleep 1
done
grep -q "is running" "$work/serve.log" || { cat "$work/serve.log"; echo "server did not start" >&2; exit 1; }

jar="$work/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/api/session" | python3 -c 'import sys, json; print(json.load(sys.stdin)["csrf"])')
login=$(curl -s -c "$jar" -b "$jar" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
  -d '{"username":"demo","password":"dreamloom-demo"}' "$base/api/login")
export DL_CSRF=$(echo "$login" | python3 -c 'import sys, json; print(json.load(sys.stdin)["csrf"])')
export DL_COOKIE="dl_session=$(awk '$6 == "dl_session" { print $7 }' "$jar")"

echo "== search: GET /api/search?${DL_QUERY:-q=water}, $conns connections, $secs s"
wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${secs}s" --latency --timeout 10s -s "$here/search.lua" "$base"
echo
echo "== save: POST /api/dreams, $conns connections, $secs s"
wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${secs}s" --latency --timeout 10s -s "$here/save.lua" "$base"
