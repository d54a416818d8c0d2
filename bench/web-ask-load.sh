#!/usr/bin/env bash
# Load figure for the web ask endpoint, whole process: indexes the seed case, starts `sleuth serve` on a free
# loopback port, fires a bounded load at GET /api/ask from a second process, prints requests/s, median and p99
# latency, and stops the server. Uses `hey` when installed (apt-get install hey), otherwise a curl loop.
#
#   bench/web-ask-load.sh                       # 400 requests, 8 at a time
#   REQUESTS=1000 CONCURRENCY=16 QUESTION="Who is Bette's sister?" bench/web-ask-load.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
requests="${REQUESTS:-400}"
concurrency="${CONCURRENCY:-8}"
question="${QUESTION:-Who pushed Cassie Shore?}"
seeds="${SEEDS:-$root/../shared/seeds}"

if [ ! -d "$seeds" ]; then
  echo "web-ask-load: no seed case at $seeds (set SEEDS=DIR)" >&2
  exit 1
fi
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$root/sleuth" --db "$work/case.db" index "$seeds" >/dev/null
"$root/sleuth" --db "$work/case.db" serve --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!

address=""
for _ in $(seq 1 600); do
  address="$(grep -o 'http://[0-9.:]*' "$work/serve.out" 2>/dev/null | head -n 1 || true)"
  [ -n "$address" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "web-ask-load: the server exited:" >&2
    cat "$work/serve.err" >&2
    exit 1
  fi
  sleep 0.2
done
if [ -z "$address" ]; then
  echo "web-ask-load: the server did not start within 120 s" >&2
  exit 1
fi

encoded="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$question" 2>/dev/null \
  || printf '%s' "$question" | sed 's/ /%20/g; s/?/%3F/g; s/'"'"'/%27/g')"
url="$address/api/ask?q=$encoded"

# One warm-up request: loads the engine's caches and fails fast when asking does not work at all.
status="$(curl -s -o "$work/first.json" -w '%{http_code}' "$url")"
if [ "$status" != 200 ]; then
  echo "web-ask-load: GET /api/ask answered $status: $(cat "$work/first.json")" >&2
  exit 1
fi

echo "server: $address  question: \"$question\"  requests: $requests  concurrency: $concurrency  cores: $(nproc)"
if command -v hey >/dev/null 2>&1; then
  hey -n "$requests" -c "$concurrency" "$url" >"$work/hey.txt"
  rps="$(awk '/Requests\/sec:/ {print $2}' "$work/hey.txt")"
  median="$(awk '/ 50% in / {printf "%.1f", $3 * 1000}' "$work/hey.txt")"
  p99="$(awk '/ 99% in / {printf "%.1f", $3 * 1000}' "$work/hey.txt")"
  errors="$(awk '/^\s*\[[0-9]+\]/ {gsub(/[\[\]]/, "", $1); if ($1 != 200) n += $2} END {print n + 0}' "$work/hey.txt")"
  tool="hey"
else
  start="$(date +%s.%N)"
  seq "$requests" | xargs -P "$concurrency" -I{} curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url" >"$work/times.txt"
  end="$(date +%s.%N)"
  rps="$(awk -v n="$requests" -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", n / (e - s)}')"
  sort -n -k2 "$work/times.txt" | awk '{print $2}' >"$work/sorted.txt"
  count="$(wc -l <"$work/sorted.txt")"
  median="$(awk -v n="$count" 'NR == int((n + 1) / 2) {printf "%.1f", $1 * 1000}' "$work/sorted.txt")"
  p99="$(awk -v n="$count" 'BEGIN {k = int(n * 0.99 + 0.999)} NR == k {printf "%.1f", $1 * 1000}' "$work/sorted.txt")"
  errors="$(awk '$1 != 200 {n++} END {print n + 0}' "$work/times.txt")"
  tool="curl"
fi
echo "tool: $tool"
echo "requests/s: $rps"
echo "median latency: $median ms"
echo "p99 latency: $p99 ms"
echo "non-200 responses: $errors"
[ "$errors" = 0 ]
