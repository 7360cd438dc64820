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
# DL_MIX=1: many users asking different questions. The demo account also holds DreamBank series (DL_SERIES,
# default "alta norms-f": 912 reports beside the 20 samples), and the searches walk the thousands of distinct
# queries of queries-lexical.txt / queries-hybrid.txt (make-queries.py) instead of repeating a few.
mix="${DL_MIX:-0}"
samples=()
if [[ "$mix" == 1 ]]; then
  corpus="${DL_CORPUS:-$root/../shared/data/dreambank}"
  mkdir -p "$work/samples"
  cp -r "$root/samples/." "$work/samples/"
  for s in ${DL_SERIES:-alta norms-f}; do
    cp "$corpus/$s.tsv" "$corpus/$s.json" "$work/samples/" || { echo "no series $s in $corpus" >&2; exit 1; }
  done
  samples=(--samples "$work/samples")
  python3 "$here/make-queries.py" "$work" "$corpus" ${DL_SERIES:-alta norms-f} || exit 1
fi

"$root/bin/dreamloom" serve --library "$work/library.db" --port "$port" "${samples[@]}" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 900); do  # a corpus library is embedded at the first start
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

# the server's user+sys CPU in clock ticks (fields 14 and 15 of /proc/PID/stat), robust to other load on the machine
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)

# runs wrk with a script and prints, after wrk's own summary, the server's CPU time per answered request
run_wrk() {
  local label="$1" script="$2"
  # a warm-up run first, not counted: in a fresh JVM the JIT compilers otherwise take a third of the CPU of a
  # 30 s run (JFR: compiler threads 69 s vs request threads 141 s in one)
  local warm="${DL_WARMUP:-10}"
  if [[ "$warm" -gt 0 ]]; then
    DL_RUN="warm-$(date +%s%N)" wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${warm}s" --timeout 10s -s "$here/$script" "$base" > /dev/null 2>&1 || true
  fi
  export DL_RUN="run-$(date +%s%N)"
  echo "== $label, $conns connections, $secs s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  local before after out requests
  before=$(cpu_ticks)
  out=$(wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${secs}s" --latency --timeout 10s -s "$here/$script" "$base" 2>&1)
  after=$(cpu_ticks)
  echo "$out"
  echo "$out" | grep -q "errors: 0 .*, 0 socket" || echo "ERRORS in this run (see above)"
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  python3 -c "import sys; t, n = (int(sys.argv[1]) - int(sys.argv[2])) / int(sys.argv[3]), int(sys.argv[4]); print(f'server CPU: {t:.1f} s user+sys for {n} requests = {1000 * t / max(n, 1):.2f} ms per request')" \
    "$after" "$before" "$hz" "${requests:-0}"
  echo
}

# the fixed query set of `dreamloom bench`: its lexical queries asked by words only, its hybrid ones by words and meaning
queries="$root/dreamloom-app/src/main/resources/org/dreamloom/bench/queries.tsv"
python3 - "$queries" "$work" <<'PY'
import sys, urllib.parse
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")]
for kind in ("lexical", "hybrid"):
    with open(f"{sys.argv[2]}/{kind}.txt", "w") as out:
        for r in rows:
            if r[0] == kind:
                out.write("q=" + urllib.parse.quote(r[1]) + "&mode=" + kind + "\n")
PY

if [[ "${DL_SEARCH:-1}" == 0 ]]; then
  :  # DL_SEARCH=0: saving only
elif [[ "$mix" == 1 ]]; then
  grep -q "Samples:" "$work/serve.log" && grep "Samples:" "$work/serve.log"
  for kind in lexical hybrid; do
    python3 -c 'import sys, urllib.parse
for l in open(sys.argv[1], encoding="utf-8"):
    if l.strip():
        print("q=" + urllib.parse.quote(l.strip()) + "&mode=" + sys.argv[2])' "$work/queries-$kind.txt" "$kind" > "$work/mix-$kind.txt"
  done
  DL_QUERIES="$work/mix-lexical.txt" run_wrk "search, lexical mix: $(wc -l < "$work/mix-lexical.txt") distinct queries (queries-lexical.txt), mode=lexical" search.lua
  DL_QUERIES="$work/mix-hybrid.txt" run_wrk "search, hybrid mix: $(wc -l < "$work/mix-hybrid.txt") distinct queries (queries-hybrid.txt), mode=hybrid" search.lua
elif [[ -n "${DL_QUERY:-}" ]]; then
  DL_QUERIES="" run_wrk "search: GET /api/search?$DL_QUERY" search.lua
else
  DL_QUERIES="$work/lexical.txt" run_wrk "search, lexical: $(wc -l < "$work/lexical.txt") queries of queries.tsv, mode=lexical" search.lua
  DL_QUERIES="$work/hybrid.txt" run_wrk "search, hybrid: $(wc -l < "$work/hybrid.txt") queries of queries.tsv, mode=hybrid" search.lua
fi
[[ "${DL_SAVE:-1}" == 0 ]] && exit 0  # DL_SAVE=0: searches only
run_wrk "save: POST /api/dreams" save.lua

# saved dreams are coded and indexed in the background: how fast the backlog goes down once the load stops, and
# at what CPU cost per dream (watched for at most DL_CATCHUP seconds, 120 by default)
pending() { curl -s -b "$DL_COOKIE" "$base/api/search?q=load&mode=lexical&limit=1" | python3 -c 'import sys, json; print(json.load(sys.stdin).get("pending", 0))'; }
watch="${DL_CATCHUP:-120}"
before=$(cpu_ticks)
t0=$(date +%s)
first=$(pending)
left=$first
echo "== background coding and indexing after the save run: $first dreams queued (watching up to $watch s)"
while [[ "$left" -gt 0 && $(( $(date +%s) - t0 )) -lt "$watch" ]]; do
  sleep 5
  left=$(pending)
done
after=$(cpu_ticks)
python3 -c "import sys; a, b, s, d, hz = map(int, sys.argv[1:6]); cpu = (a - b) / hz; print(f'{d} dreams coded and indexed in {s} s ({d / max(s, 1):.1f} per s), server CPU {cpu:.1f} s' + (f' = {1000 * cpu / d:.1f} ms per dream' if d else '') + f'; {sys.argv[6]} still queued')" \
  "$after" "$before" "$(( $(date +%s) - t0 ))" "$(( first - left ))" "$hz" "$left"
