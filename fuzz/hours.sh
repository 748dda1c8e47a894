#!/usr/bin/env bash
# Runs fuzz targets for a given time each and appends what ran to fuzz/hours.tsv,
# so the hours spent per target add up across sessions and machines.
#   bash fuzz/hours.sh SECONDS TARGET [TARGET ...]
# A run that is stopped early (kill) still logs the seconds it ran.
set -u
cd "$(dirname "$0")"
secs=$1; shift
log=hours.tsv
[ -f "$log" ] || printf 'date\ttarget\tseconds\truns\tresult\tcpu_seconds\n' > "$log"
for t in "$@"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  out=$(mktemp)
  start=$(date +%s)
  # Stopping the script stops the fuzzer (a grandchild, behind time and
  # cargo), logs what it ran and skips the targets after it.
  trap 'stop=1; pkill -INT -f "release/$t -artifact_prefix"' INT TERM
  cpu=$(mktemp)
  # CPU time as well as libFuzzer's wall time: when the fuzzer shares the
  # machine (nice'd beside other work), CPU seconds are the honest figure.
  RUSTC_BOOTSTRAP=1 /usr/bin/time -o "$cpu" -f '%U %S' cargo fuzz run -O "$t" -- -max_total_time="$secs" -print_final_stats=1 >"$out" 2>&1 &
  pid=$!
  wait $pid; rc=$?
  wait $pid 2>/dev/null
  # libFuzzer's own figure ("Done N runs in S second(s)"): fuzzing time
  # without the build; the wall time when it printed none (stopped early).
  ran=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$out" | grep -o 'in [0-9]*' | grep -o '[0-9]*' | tail -1)
  [ -n "$ran" ] || ran=$(( $(date +%s) - start ))
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out" | grep -o '[0-9]*$' | tail -1)
  [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$out" | tail -1 | tr -d '#')
  if grep -q 'SUMMARY\|panicked\|deadly signal' "$out"; then result=crash; cp "$out" "artifacts/$t/log-$(date +%s).txt"
  elif [ $rc -eq 0 ]; then result=clean; else result="stopped($rc)"; fi
  cpus=$(awk 'NF==2 && $1 ~ /^[0-9.]+$/ {printf "%d", $1+$2}' "$cpu")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$t" "$ran" "${runs:-0}" "$result" "${cpus:--}" >> "$log"
  rm -f "$out" "$cpu"
  [ -z "${stop:-}" ] || break
done
