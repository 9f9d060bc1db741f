#!/usr/bin/env bash
# Whole-process time of `parc run` on a script of five small functions,
# against the same script under CPython + Numba (Debian's /usr/bin/python3),
# median of 11 runs each, interleaved.
# Usage: bench/startup.sh PARC_BINARY
set -euo pipefail
parc=$1
script=$(dirname "$0")/five_functions.py
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
parc_times=() python_times=()
for _ in $(seq 11); do
  parc_times+=("$(time_ms "$parc" run "$script")")
  if /usr/bin/python3 -c "import numba" 2> /dev/null; then python_times+=("$(time_ms /usr/bin/python3 "$script")"); fi
done
p=$(printf '%s\n' "${parc_times[@]}" | median)
echo "parc run:            ${p} ms (median of 11)"
if [ ${#python_times[@]} -gt 0 ]; then
  q=$(printf '%s\n' "${python_times[@]}" | median)
  echo "python3 + numba:     ${q} ms (median of 11)"
  echo "numba/parc:          $(awk "BEGIN {printf \"%.1f\", $q / $p}")x"
fi
