#!/usr/bin/env bash
# Whole-process `ask` latency: the shared seeds alone, then mixed into generated distractor corpora (10k and,
# with FULL=1, 100k documents). For each store: warm latency per question (median, p95) and whether every answer
# is unchanged by the distractors; process start-up of `./sleuth ask` measured separately. Prints figures only.
#
# usage: bench/ask-latency.sh [SIZE...]     default: 10000 (FULL=1 adds 100000)
# env:   BENCH_DIR (default /tmp/sleuth-bench), REPEAT (default 20), QUESTIONS (default ../shared/acceptance/*.jsonl)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_dir="${BENCH_DIR:-${TMPDIR:-/tmp}/sleuth-bench}"
repeat="${REPEAT:-20}"
seeds="$root/../shared/seeds"
questions="${QUESTIONS:-$(ls "$root"/../shared/acceptance/*.jsonl 2>/dev/null | head -1)}"
[ -d "$seeds" ] && [ -n "$questions" ] || { echo "ask-latency: needs ../shared/seeds and a question set" >&2; exit 2; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || { sizes=(10000); [ "${FULL:-0}" = 1 ] && sizes+=(100000); }
mkdir -p "$bench_dir"
dotnet build "$root/bench/Sleuth.Bench.Ask" -c Release -o "$bench_dir/ask-tool" --nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet build "$root/bench/Sleuth.Bench.Corpus" -c Release -o "$bench_dir/corpus-tool" --nologo -v quiet -clp:ErrorsOnly >/dev/null
"$root/sleuth" --help >/dev/null

run() { # name db
  echo "== $1"
  dotnet "$bench_dir/ask-tool/Sleuth.Bench.Ask.dll" "$2" "$questions" "$repeat" | tee "$bench_dir/ask-$1.txt"
}

rm -f "$bench_dir/seeds.db"*
"$root/sleuth" index "$seeds" --db "$bench_dir/seeds.db" >/dev/null
run seeds "$bench_dir/seeds.db"
for n in "${sizes[@]}"; do
  corpus="$bench_dir/corpus-$n"
  [ -d "$corpus" ] || dotnet "$bench_dir/corpus-tool/Sleuth.Bench.Corpus.dll" --count "$n" --out "$corpus" >/dev/null
  db="$bench_dir/mixed-$n.db"; rm -f "$db"*
  start=$(date +%s.%N)
  "$root/sleuth" index "$corpus" "$seeds" --db "$db" >/dev/null || true
  echo "indexed $n generated documents + seeds in $(echo "$(date +%s.%N) - $start" | bc) s"
  run "mixed-$n" "$db"
  if diff <(grep -E 'PASS|FAIL' "$bench_dir/ask-seeds.txt" | sed -E 's/^ *[0-9.]+ ms median +[0-9.]+ ms p95  //') \
          <(grep -E 'PASS|FAIL' "$bench_dir/ask-mixed-$n.txt" | sed -E 's/^ *[0-9.]+ ms median +[0-9.]+ ms p95  //') >/dev/null; then
    echo "answers with $n distractors: unchanged"
  else
    echo "answers with $n distractors: CHANGED (see $bench_dir/ask-seeds.txt and ask-mixed-$n.txt)"
  fi
done

echo "== process start-up (./sleuth ask, one question, 5 runs, seeds store)"
for i in 1 2 3 4 5; do
  s=$(date +%s%N); "$root/sleuth" ask "Who pushed Cassie Shore?" --db "$bench_dir/seeds.db" >/dev/null; e=$(date +%s%N)
  echo "  run $i: $(( (e - s) / 1000000 )) ms"
done
