#!/usr/bin/env bash
# Scale-out figures on one machine: a sharded run (extract with GNU parallel,
# then merge) and `build --update` after 1% new files, each against a single
# full build of the same files, with the outputs compared byte for byte.
#   bash bench/scaleout.sh CORPUS_DIR DICT_DIR [SHARDS]
# e.g. after bench/compare.sh:
#   bash bench/scaleout.sh target/compare/corpus-n100000-m200-d10-s1 target/compare/dict-n100000-s1
set -euo pipefail
corpus=$(cd "$1" && pwd); dict=$(cd "$2" && pwd); shards=${3:-4}
repo=$(cd "$(dirname "$0")/.." && pwd)
(cd "$repo" && cargo build --release --quiet --bin zonegraph)
zg="${CARGO_TARGET_DIR:-$repo/target}/release/zonegraph"
command -v parallel >/dev/null || { echo "scaleout.sh: needs GNU parallel (apt-get install parallel)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/zg-scaleout.XXXXXX"); trap 'rm -rf "$work"' EXIT
opts=(--dict "$dict" -q --communities none --formats graphml)
t() { /usr/bin/time -f "$1: %e s wall, %U s user, %M KB peak" "${@:2}"; }

echo "== sharded: $shards shards, GNU parallel -j $(nproc), one thread each"
t "single build" "$zg" build "$corpus" "${opts[@]}" --out "$work/single"
t "extract" parallel -j "$(nproc)" "$zg" extract "$corpus" --dict "$dict" -q --threads 1 \
    --shard {}/"$shards" --out "$work/parts/{}.zgp" ::: $(seq 1 "$shards")
du -sh "$work/parts"
t "merge" "$zg" merge "$work"/parts/*.zgp "${opts[@]}" --out "$work/merged"
cmp "$work/single/graph.json" "$work/merged/graph.json"
cmp "$work/single/graph.graphml" "$work/merged/graph.graphml"
echo "merged graph.json and graph.graphml are byte-identical to the single build"

echo "== build --update: every 100th file held back, then added"
cp -r "$corpus" "$work/corpus"
mkdir -p "$work/held"
find "$work/corpus" -type f | sort | awk 'NR % 100 == 0' > "$work/held.list"
while read -r f; do mkdir -p "$work/held/$(dirname "${f#"$work"/corpus/}")"; mv "$f" "$work/held/${f#"$work"/corpus/}"; done < "$work/held.list"
echo "held back: $(wc -l < "$work/held.list") files"
t "first --update (no graph.zgp yet)" "$zg" build "$work/corpus" "${opts[@]}" --update --out "$work/up"
cp -r "$work/held/." "$work/corpus/"
t "second --update (1%% new)" "$zg" build "$work/corpus" "${opts[@]}" --update --out "$work/up"
t "full build" "$zg" build "$work/corpus" "${opts[@]}" --out "$work/full"
ls -l "$work/up/graph.zgp"
cmp "$work/full/graph.json" "$work/up/graph.json"
cmp "$work/full/graph.graphml" "$work/up/graph.graphml"
echo "updated graph.json and graph.graphml are byte-identical to the full build"
