#!/usr/bin/env bash
# Whole-process indexing throughput: `sleuth index` against a bare FTS5 baseline (raw text into one
# FTS5 table, one transaction) on generated corpora. Prints figures; asserts nothing.
#
# usage: bench/index-throughput.sh [SIZE...]        default sizes: 10000 100000
# env:   BENCH_DIR  where corpora, databases and logs go (default: $TMPDIR or /tmp, then sleuth-bench)
#        SEED       corpus seed (default 42)
#        SKIP_SLEUTH=1  measure only the baseline
#        SLEUTH     the command to measure (default: the repository's ./sleuth wrapper)
#        BENCH_TIMER=proc-poll  force the /proc fallback even when GNU time is installed
#
# Corpora are reused while the generator's sources and the seed are unchanged; databases are rebuilt
# on every run. Wall time includes process start-up for both contenders.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_dir="${BENCH_DIR:-${TMPDIR:-/tmp}/sleuth-bench}"
seed="${SEED:-42}"
sleuth="${SLEUTH:-$root/sleuth}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
for n in "${sizes[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "index-throughput: size must be a number, got '$n'" >&2; exit 2; }
done

"$root/scripts/ensure-dotnet.sh"
mkdir -p "$bench_dir/tools" "$bench_dir/runs"

# --- timing: GNU time when present (installed when we can), else poll /proc for the peak -------------
if [ ! -x /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing GNU time..." >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >/dev/null 2>&1 || true
fi
if [ "${BENCH_TIMER:-}" != proc-poll ] && [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' -o /dev/null true 2>/dev/null; then
  timer="gnu-time"
else
  timer="proc-poll"
fi

# measure LABEL STDOUT_FILE STDERR_FILE CMD... ; sets m_status, m_seconds, m_peak_kb
measure() {
  local out="$2" err="$3"
  shift 3
  local tfile="$bench_dir/runs/.time"
  m_status=0
  if [ "$timer" = gnu-time ]; then
    /usr/bin/time -f '%e %M' -o "$tfile" "$@" >"$out" 2>"$err" || m_status=$?
    read -r m_seconds m_peak_kb < <(tail -n 1 "$tfile")
  else
    local start end pid peak=0 hwm
    start=$(date +%s.%N)
    "$@" >"$out" 2>"$err" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
      sleep 0.05
    done
    wait "$pid" || m_status=$?
    end=$(date +%s.%N)
    m_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
    m_peak_kb=$peak
  fi
}

file_bytes() { local total=0 f; for f in "$@"; do [ -f "$f" ] && total=$((total + $(stat -c %s "$f"))); done; echo "$total"; }

# --- tools ------------------------------------------------------------------------------------------
echo "building the corpus generator and the FTS5 baseline..." >&2
dotnet build "$root/bench/Sleuth.Bench.Corpus/Sleuth.Bench.Corpus.csproj" -c Release -o "$bench_dir/tools/corpus" --nologo -v quiet -clp:ErrorsOnly -clp:NoSummary >&2
dotnet build "$root/bench/Sleuth.Bench.Fts5Baseline/Sleuth.Bench.Fts5Baseline.csproj" -c Release -o "$bench_dir/tools/fts5" --nologo -v quiet -clp:ErrorsOnly -clp:NoSummary >&2
generator_version=$(cat "$root"/bench/Sleuth.Bench.Corpus/*.cs "$root"/bench/Sleuth.Bench.Corpus/*.csproj | sha256sum | cut -c1-16)

run_sleuth=1
[ "${SKIP_SLEUTH:-0}" = 1 ] && run_sleuth=0
if [ "$run_sleuth" = 1 ]; then
  # Build the CLI now (the wrapper builds on first use) so build time is not counted as indexing.
  echo "building the sleuth CLI..." >&2
  "$sleuth" --help >/dev/null 2>&1 || true
fi

rows=()
notes=()
for n in "${sizes[@]}"; do
  corpus="$bench_dir/corpus-$n-s$seed"
  stamp="$corpus.done"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$generator_version" ] && [ -d "$corpus" ]; then
    echo "reusing corpus $corpus" >&2
  else
    rm -f "$stamp"
    echo "generating $n documents into $corpus..." >&2
    measure gen "$bench_dir/runs/gen-$n.out" "$bench_dir/runs/gen-$n.err" \
      dotnet "$bench_dir/tools/corpus/Sleuth.Bench.Corpus.dll" --count "$n" --out "$corpus" --seed "$seed" --force
    if [ "$m_status" -ne 0 ]; then
      cat "$bench_dir/runs/gen-$n.err" >&2
      exit 1
    fi
    echo "  $(cat "$bench_dir/runs/gen-$n.out") (wall ${m_seconds} s, peak $((m_peak_kb / 1024)) MB)" >&2
    echo "$generator_version" >"$stamp"
  fi
  docs=$(find "$corpus" -type f | wc -l)
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')

  contenders=(fts5-baseline)
  [ "$run_sleuth" = 1 ] && contenders+=(sleuth)
  baseline_seconds=""
  for who in "${contenders[@]}"; do
    db="$bench_dir/runs/$who-$n.db"
    rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
    log="$bench_dir/runs/$who-$n.out"
    errlog="$bench_dir/runs/$who-$n.err"
    echo "indexing $n documents with $who..." >&2
    if [ "$who" = fts5-baseline ]; then
      measure "$who" "$log" "$errlog" dotnet "$bench_dir/tools/fts5/Sleuth.Bench.Fts5Baseline.dll" "$corpus" --db "$db" --json
    else
      measure "$who" "$log" "$errlog" "$sleuth" index "$corpus" --db "$db" --json
    fi
    if [ "$m_status" -ne 0 ]; then
      rows+=("$(printf '%-8s %-14s %8s %9s %9s %10s %8s %10s %9s %8s' "$n" "$who" "$docs" \
        "$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1048576}')" "failed" "-" "-" "-" "-" "-")")
      notes+=("$who on $n documents exited with status $m_status: $(head -n 1 "$errlog" 2>/dev/null) (log: $errlog)")
      continue
    fi
    db_bytes=$(file_bytes "$db" "$db-wal" "$db-shm")
    [ "$who" = fts5-baseline ] && baseline_seconds=$m_seconds
    ratio="-"
    if [ -n "$baseline_seconds" ] && [ "$who" != fts5-baseline ]; then
      ratio=$(awk -v a="$m_seconds" -v b="$baseline_seconds" 'BEGIN {printf "%.1fx", (b > 0 ? a / b : 0)}')
    fi
    rows+=("$(awk -v n="$n" -v who="$who" -v docs="$docs" -v bytes="$bytes" -v s="$m_seconds" -v kb="$m_peak_kb" \
      -v dbb="$db_bytes" -v ratio="$ratio" 'BEGIN {
        if (s <= 0) s = 0.001;
        printf "%-8s %-14s %8d %9.1f %9.2f %10.0f %8.2f %10.0f %9.1f %8s", n, who, docs, bytes / 1048576, s,
          docs / s, bytes / 1048576 / s, kb / 1024, dbb / 1048576, ratio }')")
    if [ "$who" = sleuth ] && command -v jq >/dev/null 2>&1 && jq -e . "$log" >/dev/null 2>&1; then
      notes+=("sleuth's own report for $n: $(jq -c '{files: (.files // .Files), added: (.added // .Added), nearDuplicates: (.nearDuplicates // .NearDuplicates), exactDuplicates: (.exactDuplicates // .ExactDuplicates), sentences: (.sentences // .Sentences), seconds: (.seconds // .Seconds), skipped: ((.skipped // .Skipped // []) | length)}' "$log")")
    fi
  done
done

echo
echo "index throughput (seed $seed, $(nproc) CPUs, $(awk '/^MemTotal:/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, dotnet $(dotnet --version), timer: $timer)"
printf '%-8s %-14s %8s %9s %9s %10s %8s %10s %9s %8s\n' corpus engine docs "MB" seconds "docs/s" "MB/s" "peak MB" "db MB" "vs base"
for row in "${rows[@]}"; do echo "$row"; done
if [ ${#notes[@]} -gt 0 ]; then
  echo
  for note in "${notes[@]}"; do echo "note: $note"; done
fi
echo
echo "logs and databases: $bench_dir/runs"
