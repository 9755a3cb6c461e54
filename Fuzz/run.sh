#!/usr/bin/env bash
# Runs the libFuzzer harness (built by `make fuzz-build`) over each target named, then prints one
# line per target with its executions and time. Usage:
#   Fuzz/run.sh runs N TARGET...      N executions per target (`make fuzz`, N = FUZZ_RUNS)
#   Fuzz/run.sh seconds S TARGET...   S seconds per target (`make fuzz-smoke`, in CI)
# New inputs go to .build-fuzz/corpus/TARGET (the committed seeds in Fuzz/corpus/TARGET are only
# read); a crash, hang (10 s), leak or sanitizer report stops with the input saved as
# .build-fuzz/artifacts/TARGET-crash-… and exit status 1.
set -uo pipefail
cd "$(dirname "$0")/.."
mode=$1 amount=$2
shift 2
binary=.build-fuzz/release/glasshouse-fuzz
mkdir -p .build-fuzz/artifacts .build-fuzz/logs
failed=""
summary=""
for target in "$@"; do
  mkdir -p ".build-fuzz/corpus/$target"
  # The smoke (CI) is reproducible: a fixed seed, and a hang limit generous enough for a busy machine.
  if [ "$mode" = runs ]; then limit="-runs=$amount -timeout=10"; else limit="-max_total_time=$amount -seed=1 -timeout=30"; fi
  log=".build-fuzz/logs/$target.log"
  started=$(date +%s)
  FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no "$binary" $limit -max_len=4096 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix=".build-fuzz/artifacts/$target-" \
    ".build-fuzz/corpus/$target" "Fuzz/corpus/$target" >"$log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - started ))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  line=$(printf '%-12s %10s executions %6s s  exit %s' "$target" "${executions:-?}" "$seconds" "$status")
  echo "$line"
  summary+="$line"$'\n'
  if [ $status -ne 0 ]; then
    failed+=" $target"
    grep -m 5 -E "ERROR|Fatal error|SUMMARY|Test unit written" "$log" | sed 's/^/    /'
  fi
done
if [ -n "$failed" ]; then
  echo "fuzz: FAILED:$failed (logs in .build-fuzz/logs, inputs in .build-fuzz/artifacts)"
  exit 1
fi
echo "fuzz: $# targets, 0 crashes"
