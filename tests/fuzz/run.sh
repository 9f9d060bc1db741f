#!/usr/bin/env bash
# Runs the frontend fuzzer for a fixed time from the committed seed corpus.
# New inputs go to a scratch directory, so the committed corpus never changes.
# Usage: run.sh FUZZER SECONDS
set -euo pipefail
fuzzer=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "fuzz: running the frontend fuzzer for ${seconds}s"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
  -dict="$here/kernel.dict" -print_final_stats=1 -artifact_prefix="$scratch/" \
  "$scratch" "$here/corpus" 2> "$scratch/log" || {
  tail -50 "$scratch/log"
  echo "fuzz: FAILED (the crashing input is printed above)"
  exit 1
}
grep -E "^stat::number_of_executed_units" "$scratch/log" || true
echo "fuzz: 1 passed, 0 failed"
