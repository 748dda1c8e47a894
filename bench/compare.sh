#!/usr/bin/env bash
# Whole-pipeline comparison: zonegraph against the Python peer
# (../shared/perf/kg_baseline.py), on the same generated inputs, in one run.
#
#   bash bench/compare.sh                 # 10^5 names, 200 MB corpus
#   bash bench/compare.sh --quick         # 10^4 names, 20 MB corpus
#   bash bench/compare.sh --names 1000000 --size-mb 200 --threads 1 --runs 3
#
# See bench/README.md for what each number means.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bash bench/compare.sh [options]

  --quick            10^4 names and a 20 MB corpus (overrides --names/--size-mb given before it)
  --names N          dictionary entities (default 100000)
  --size-mb M        corpus size in MB of text (default 200)
  --density D        dictionary names per 1000 characters (default 10)
  --seed S           generator seed (default 1)
  --trade-chars SET  trade-name characters of the generated dictionary: curated (default,
                     about 350) or gb2312 (the 3,755 level-1 characters, as wide as a registry's)
  --threads T        RAYON_NUM_THREADS for zonegraph (default: unset, one thread per core);
                     the peer is single-threaded whatever this says
  --runs R           time each tool R times, interleaved; report the median wall time
                     and the largest peak RSS (default 1)
  --work DIR         where inputs and outputs go (default target/compare)
  --peer PATH        the peer script (default ../shared/perf/kg_baseline.py)
  --skip ENGINE      leave out a peer engine: pyahocorasick or daachorse (repeatable)
  --zg-opt ARG       one more argument for `zonegraph build`, e.g. --zg-opt --no-fold-reposts
                     (repeatable; it is printed with the results)
  --compiled         compile the dictionary first (`zonegraph dict compile`, not timed), as a
                     user with a fixed dictionary would; the peer builds its automaton every run
  -h, --help         this help
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
names=100000
size_mb=200
density=10
seed=1
trade_chars=curated
threads=""
runs=1
work="$repo/target/compare"
peer="$repo/../shared/perf/kg_baseline.py"
skip=" "
zg_extra=()
compiled=""

while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) names=10000; size_mb=20 ;;
        --names) names=$2; shift ;;
        --size-mb) size_mb=$2; shift ;;
        --density) density=$2; shift ;;
        --seed) seed=$2; shift ;;
        --trade-chars) trade_chars=$2; shift ;;
        --threads) threads=$2; shift ;;
        --runs) runs=$2; shift ;;
        --work) work=$2; shift ;;
        --peer) peer=$2; shift ;;
        --skip) skip+="$2 "; shift ;;
        --zg-opt) zg_extra+=("$2"); shift ;;
        --compiled) compiled=yes ;;
        -h|--help) usage; exit 0 ;;
        *) echo "compare.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

die() { echo "compare.sh: $*" >&2; exit 1; }
say() { echo "compare.sh: $*" >&2; }

[[ -f "$peer" ]] || die "peer script not found: $peer (use --peer PATH)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (Debian: apt-get install time)"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"

# 1. The peer's Python packages. lxml too: without it networkx writes GraphML
#    with its pure-Python fallback, and the daachorse peer took 17.2-19.9 s and
#    1,251 MiB against 14.0-14.9 s and 692 MiB with it (two runs each, 200 MB),
#    so a machine without lxml would flatter zonegraph's ratios.
if ! python3 -c "import ahocorasick, networkx, daachorse, lxml" 2>/dev/null; then
    say "installing the peer's Python packages"
    python3 -m pip install --quiet pyahocorasick networkx daachorse lxml >&2
fi

# 2. zonegraph and the generator, release build.
say "building zonegraph (release)"
(cd "$repo" && cargo build --release --quiet --bin zonegraph --bin zonegraph-gen) >&2
bin="${CARGO_TARGET_DIR:-$repo/target}/release"
zg="$bin/zonegraph"
gen="$bin/zonegraph-gen"

# 3. Inputs. Generation is deterministic and takes seconds, so it is redone
#    every time rather than trusted from an earlier run.
mkdir -p "$work"
work=$(cd "$work" && pwd)
# The curated set keeps the folder names of earlier runs.
chars_tag=""
[[ $trade_chars == curated ]] || chars_tag="-$trade_chars"
dict="$work/dict-n$names-s$seed$chars_tag"
corpus="$work/corpus-n$names-m$size_mb-d$density-s$seed$chars_tag"
out="$work/out"
rm -rf "$dict" "$dict.peer.tsv" "$corpus" "$out"
mkdir -p "$out"
"$gen" dict --names "$names" --seed "$seed" --trade-chars "$trade_chars" --out "$dict"
"$gen" corpus --size-mb "$size_mb" --names-from "$dict" --density "$density" --seed "$seed" --out "$corpus"
if [[ -n $compiled ]]; then
    "$zg" dict compile "$dict" >&2
fi
# Warm the page cache, so that no tool pays for the first read.
find "$corpus" -type f -exec cat {} + > /dev/null

# 4. The tools: a name each, and its command in the array cmd_NAME.
zg_opts=(--quiet --communities none "${zg_extra[@]}")
tools=()
if [[ "$skip" != *" pyahocorasick "* ]]; then
    tools+=(peer_pyahocorasick)
    cmd_peer_pyahocorasick=(python3 "$peer" --dict "$dict.peer.tsv" --corpus "$corpus"
        --out "$out/peer_pyahocorasick.graphml" --engine pyahocorasick)
fi
if [[ "$skip" != *" daachorse "* ]]; then
    tools+=(peer_daachorse)
    cmd_peer_daachorse=(python3 "$peer" --dict "$dict.peer.tsv" --corpus "$corpus"
        --out "$out/peer_daachorse.graphml" --engine daachorse)
fi
tools+=(zonegraph)
cmd_zonegraph=("$zg" build "$corpus" --dict "$dict" --out "$out/zonegraph" "${zg_opts[@]}")

declare -A walls rss cpus
run_one() { # NAME RUN
    local name=$1 r=$2 log="$out/$1.run$2"
    local -n cmd="cmd_$name"
    say "run $r: $name"
    local status=0
    if [[ $name == zonegraph && -n $threads ]]; then
        RAYON_NUM_THREADS=$threads /usr/bin/time -v -o "$log.time" "${cmd[@]}" > "$log.stdout" 2> "$log.stderr" || status=$?
    else
        /usr/bin/time -v -o "$log.time" "${cmd[@]}" > "$log.stdout" 2> "$log.stderr" || status=$?
    fi
    if [[ $status -ne 0 ]]; then
        cat "$log.stderr" >&2
        die "$name exited with status $status (log: $log.*)"
    fi
    local wall kb cpu
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log.time")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
    cpu=$(awk -F': ' '/Percent of CPU this job got/ { sub("%", "", $2); print $2 }' "$log.time")
    walls[$name]+="$wall "
    rss[$name]+="$kb "
    cpus[$name]+="$cpu "
}

for ((r = 1; r <= runs; r++)); do
    for t in "${tools[@]}"; do
        run_one "$t" "$r"
    done
done

# 5. Did each produce its output?
for t in "${tools[@]}"; do
    case $t in
        peer_*) f="$out/$t.graphml"
                [[ -s $f ]] && grep -q "<graphml" "$f" || die "$t wrote no GraphML ($f)" ;;
        zonegraph) for f in graph.json graph.graphml; do
                       [[ -s $out/zonegraph/$f ]] || die "zonegraph wrote no $f"
                   done ;;
    esac
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
maximum() { tr ' ' '\n' | grep . | sort -g | tail -1; }

# 6. Report.
python_v=$(python3 -c "import sys; print(sys.version.split()[0])")
pkg_v=$(python3 -c "
from importlib.metadata import version
print(', '.join(f'{p} {version(p)}' for p in ['pyahocorasick', 'daachorse', 'networkx', 'lxml']))")
rev=$(cd "$repo" && git describe --always --dirty 2>/dev/null || echo unknown)
cpu_model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
corpus_bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
corpus_files=$(find "$corpus" -type f -name '*.txt' | wc -l)

echo
echo "zonegraph $rev vs the Python peer ($(basename "$peer")), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($cpu_model), python $python_v ($pkg_v)"
echo "inputs: $names names (seed $seed, $trade_chars trade-name characters), $corpus_files files, $corpus_bytes bytes, density $density names/1000 chars"
echo "zonegraph options: build CORPUS --dict DICT --out OUT ${zg_opts[*]}; RAYON_NUM_THREADS=${threads:-unset}${compiled:+; DICT compiled beforehand (dict compile, not timed)}"
echo "peer: single-threaded; writes GraphML only. zonegraph: what the options ask (by default co-occurrence, typed relations, figures and repost folding; the files --formats names)."
sync="syncs each output to disk before renaming it into place"
[[ " ${zg_extra[*]} " == *" --no-sync "* ]] && sync="leaves its outputs to the kernel to write out (--no-sync)"
echo "disk: zonegraph $sync; the peer leaves its file to the kernel."
echo "runs: $runs (median wall time and CPU use, largest peak RSS; CPU 200% = two cores busy)"
echo
zg_wall=$(echo "${walls[zonegraph]}" | median)
zg_rss=$(echo "${rss[zonegraph]}" | maximum)
printf '%-34s %8s %13s %11s %10s %6s %10s\n' "pipeline" "wall s" "peak RSS MiB" "wall ratio" "RSS ratio" "CPU" "output"
printf '%-34s %8s %13s %11s %10s %6s %10s\n' "" "" "" "peer/zg" "peer/zg" "" "MB"
for t in "${tools[@]}"; do
    w=$(echo "${walls[$t]}" | median)
    k=$(echo "${rss[$t]}" | maximum)
    cpu=$(echo "${cpus[$t]}" | median)
    case $t in
        peer_*) bytes=$(stat -c %s "$out/$t.graphml") ;;
        zonegraph) bytes=$(find "$out/zonegraph" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }') ;;
    esac
    case $t in
        peer_pyahocorasick) label="python: pyahocorasick + networkx" ;;
        peer_daachorse) label="python: daachorse + networkx" ;;
        zonegraph) label="zonegraph build" ;;
    esac
    awk -v l="$label" -v w="$w" -v k="$k" -v zw="$zg_wall" -v zk="$zg_rss" -v c="$cpu" -v b="$bytes" 'BEGIN {
        printf "%-34s %8.2f %13.1f %10.2fx %9.2fx %5d%% %10.1f\n", l, w, k / 1024, (zw > 0 ? w / zw : 0), k / zk, c, b / 1e6 }'
done

# What each found, as a check that the work was the same.
echo
python3 - "$out" "${tools[@]}" <<'EOF'
import json, sys
from collections import Counter
out, tools = sys.argv[1], sys.argv[2:]
labels = {"peer_pyahocorasick": "python: pyahocorasick + networkx",
          "peer_daachorse": "python: daachorse + networkx", "zonegraph": "zonegraph build"}
print(f"{'pipeline':34} {'matches':>10} {'entities':>10} {'co-occurrence edges':>20} {'all edges':>10}")
for t in tools:
    if t.startswith("peer_"):
        line = open(f"{out}/{t}.run1.stdout").read().strip().splitlines()[-1]
        r = json.loads(line)
        print(f"{labels[t]:34} {r['matches']:>10} {r['entities_mentioned']:>10} {r['edges']:>20} {r['edges']:>10}")
    else:
        g = json.load(open(f"{out}/zonegraph/graph.json"))
        rel = Counter(e["relation"] for e in g["edges"])
        mentioned = sum(1 for n in g["nodes"] if n.get("mention_count", 0) > 0)
        print(f"{labels[t]:34} {g['graph']['mentions']:>10} {mentioned:>10} {rel['co_occurs']:>20} {len(g['edges']):>10}")
        typed = ", ".join(f"{k} {v}" for k, v in sorted(rel.items()) if k != "co_occurs")
        print(f"  zonegraph's other edges: {typed or 'none'}")
EOF
echo
echo "logs and outputs: $out"
