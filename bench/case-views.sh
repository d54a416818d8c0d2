#!/usr/bin/env bash
# Whole-process timings of the case views (people, relations, board, claims, timeline, and ask for
# comparison) on the shared seeds and on a generated corpus with the seeds copied in. Prints figures;
# asserts nothing. Wall time includes process start-up (about 0.2 s).
#
# usage: bench/case-views.sh [SIZE]          default size: 10000 generated documents
# env:   BENCH_DIR  where the corpus and databases go (default: $TMPDIR or /tmp, then sleuth-bench-case)
#        SEEDS      the seed folder (default: ../shared/seeds next to the repository)
#        QUESTION   the event question for board/claims/ask (default: "Who pushed Cassie Shore?")
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-10000}"
bench_dir="${BENCH_DIR:-${TMPDIR:-/tmp}/sleuth-bench-case}"
seeds="${SEEDS:-$root/../shared/seeds}"
question="${QUESTION:-Who pushed Cassie Shore?}"
sleuth="$root/sleuth"
[ -d "$seeds" ] || { echo "case-views: no seed folder at $seeds" >&2; exit 2; }
mkdir -p "$bench_dir"
"$sleuth" --help >/dev/null 2>&1   # build once, outside the timings

corpus="$bench_dir/corpus$size"
if [ ! -d "$corpus" ]; then
  dotnet run --project "$root/bench/Sleuth.Bench.Corpus" -c Release -- --count "$size" --out "$corpus" >&2
  cp "$seeds"/* "$corpus"/
fi
seeds_db="$bench_dir/seeds.db"
big_db="$bench_dir/corpus$size.db"
rm -f "$seeds_db"
"$sleuth" index "$seeds" --db "$seeds_db" >/dev/null
[ -f "$big_db" ] || "$sleuth" index "$corpus" --db "$big_db" >/dev/null

run() { # DB LABEL ARGS...
  local db="$1" label="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  "$sleuth" "$@" --db "$db" >/dev/null
  end=$(date +%s.%N)
  awk -v l="$label" -v c="$*" -v s="$start" -v e="$end" 'BEGIN { printf "%-18s %-36s %6.2f s\n", l, c, e - s }'
}

for db_label in "seeds:$seeds_db" "corpus$size:$big_db"; do
  label="${db_label%%:*}"; db="${db_label#*:}"
  run "$db" "$label" people
  run "$db" "$label" relations
  run "$db" "$label" relations Bette
  run "$db" "$label" timeline
  run "$db" "$label" board "$question"
  run "$db" "$label" claims "$question"
  run "$db" "$label" ask "$question"
done
