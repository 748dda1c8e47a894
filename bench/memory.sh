#!/usr/bin/env bash
# Memory against corpus size: peak RSS of `build` on generated JSONL corpora
# (10^4 names), with a --memory budget and without one, and the outputs of
# the two compared byte for byte.
#   bash bench/memory.sh [WORK_DIR] [SIZE_MB...]     (default: 500 5000)
#   ZG_MEMORY=256M bash bench/memory.sh /data/zg-memory 500
# WORK_DIR keeps the generated dictionary and corpora for the next run; each
# size needs about its size of corpus plus 2.6 times it for the outputs and
# the spilled runs, and the run without a budget about 1.6 KB of memory per
# edge (7.7 GiB at 5000 MB).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "${1:-/tmp/zg-memory}" && cd "${1:-/tmp/zg-memory}" && pwd)
shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(500 5000)
budget=${ZG_MEMORY:-512M}
(cd "$repo" && cargo build --release --quiet --bins)
bin="${CARGO_TARGET_DIR:-$repo/target}/release"
[ -d "$work/dict" ] || "$bin/zonegraph-gen" dict --names 10000 --seed 1 --out "$work/dict"
for mb in "${sizes[@]}"; do
  corpus="$work/jsonl-$mb"
  [ -d "$corpus" ] || "$bin/zonegraph-gen" corpus --size-mb "$mb" --names-from "$work/dict" \
      --density 10 --seed 1 --format jsonl --out "$corpus"
  for m in "$budget" none; do
    rm -rf "$work/out-$m"
    /usr/bin/time -f "$mb MB, --memory $m: %e s wall, %U s user, %M KB peak" \
      "$bin/zonegraph" build "$corpus" --dict "$work/dict" --out "$work/out-$m" -q \
      --formats graphml --communities none --memory "$m"
  done
  cmp "$work/out-$budget/graph.json" "$work/out-none/graph.json"
  cmp "$work/out-$budget/graph.graphml" "$work/out-none/graph.graphml"
  echo "$mb MB: graph.json and graph.graphml byte-identical with and without the budget"
  rm -rf "$work/out-$budget" "$work/out-none"
done
