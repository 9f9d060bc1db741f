#!/usr/bin/env python3
"""Runs a side-by-side benchmark binary (BM_parc_X next to BM_cpp_X) and
prints the parc/C++ ratio of the medians for each kernel X.

Usage: bench/ratios.py BENCH_BINARY [REPETITIONS [--cpu] [--min] [BENCHMARK_FLAGS...]]

--cpu compares the process's CPU time rather than wall-clock time: on a
loaded machine the wall clock also counts the time spent waiting for a core.
--min compares the fastest repetition of each rather than the median (the
least disturbed one, when the noise only ever adds time).
Further arguments go to the binary as they are, e.g.
--benchmark_enable_random_interleaving=true (repetitions of all benchmarks
in random order rather than one benchmark's in a row: fairer when the
machine's load changes during the run) or --benchmark_filter=triad.

A benchmark that stopped with an error (array_bench's checksum check) is
reported and makes the exit status 1.
"""
import json
import subprocess
import sys

binary = sys.argv[1]
repetitions = sys.argv[2] if len(sys.argv) > 2 else "7"
flags = sys.argv[3:]
clock = "real_time"
if "--cpu" in flags:
    flags.remove("--cpu")
    clock = "cpu_time"
fastest = "--min" in flags
if fastest:
    flags.remove("--min")
out = subprocess.run(
    [binary, "--benchmark_format=json", f"--benchmark_repetitions={repetitions}",
     f"--benchmark_report_aggregates_only={'false' if fastest else 'true'}", *flags],
    check=True, capture_output=True, text=True).stdout
medians = {}  # or minima, with --min
errors = {}
for b in json.loads(out)["benchmarks"]:
    name = b["run_name"]
    if b.get("error_occurred"):
        errors[name] = b.get("error_message", "")
    elif fastest and b.get("run_type") == "iteration":
        medians[name] = min(medians.get(name, b[clock]), b[clock])
    elif not fastest and b.get("aggregate_name") == "median":
        medians[name] = b[clock]
# In the binary's order (random interleaving shuffles the JSON's).
listed = subprocess.run([binary, "--benchmark_list_tests=true", *flags],
                        check=True, capture_output=True, text=True).stdout.split()
if clock == "cpu_time" or fastest:
    print(f"{'CPU' if clock == 'cpu_time' else 'wall-clock'} time, "
          f"{'fastest repetition' if fastest else 'median'} of each")
print(f"{'kernel':<12} {'parc (ms)':>10} {'C++ (ms)':>10} {'parc/C++':>9}")
product, count = 1.0, 0
for name in sorted(medians, key=lambda n: listed.index(n) if n in listed else len(listed)):
    if not name.startswith("BM_parc_"):
        continue
    parc_time = medians[name]
    kernel = name[len("BM_parc_"):]
    cpp_time = medians.get("BM_cpp_" + kernel)
    if cpp_time is None:
        continue
    ratio = parc_time / cpp_time
    product *= ratio
    count += 1
    print(f"{kernel:<12} {parc_time:>10.2f} {cpp_time:>10.2f} {ratio:>9.2f}")
if count:
    print(f"{'geomean':<12} {'':>10} {'':>10} {product ** (1 / count):>9.2f}")
for name, message in errors.items():
    print(f"{name}: error: {message}", file=sys.stderr)
sys.exit(1 if errors else 0)
