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

Benchmarks named with a thread count (parallel_bench's BM_parc_X/threads:N)
get one row per kernel: parc and C++ times and parc/C++ at each thread
count, the geomeans of the ratios, and the speed-up of parc (and of C++)
at the largest thread count over the smallest. --numba adds Numba's times
for the same kernels and thread counts from bench/numba_parallel.py (run
under /usr/bin/python3, with REPETITIONS repetitions), and parc/Numba
ratios; without numba it prints a note and leaves the columns out.
"""
import json
import math
import os
import re
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
with_numba = "--numba" in flags
if with_numba:
    flags.remove("--numba")
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


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def numba_times(threads):
    """{kernel: {threads: ms}} from numba_parallel.py, or None."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numba_parallel.py")
    python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
    run = subprocess.run([python, script, repetitions, "--json", "--threads=" + ",".join(map(str, threads))],
                         capture_output=True, text=True)
    try:
        report = json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        print(f"numba_parallel.py failed (status {run.returncode}):\n{run.stderr}", file=sys.stderr)
        return None
    if "note" in report:
        print(report["note"], file=sys.stderr)
        return None
    for message in report.get("errors", []):
        errors["numba " + message.split(",")[0]] = message
    print(f"Numba {report['numba']} (threading layer {report['threading_layer']}): "
          f"median of {repetitions} runs in its own process")
    return {k: {int(t): ms for t, ms in v.items()} for k, v in report["times"].items()}


# parallel_bench: BM_parc_X/threads:N next to BM_cpp_X/threads:N.
threaded = {}  # kernel -> threads -> (parc, C++)
for name in sorted(medians, key=lambda n: listed.index(n) if n in listed else len(listed)):
    # e.g. BM_parc_dot/threads:2/process_time/real_time
    m = re.fullmatch(r"BM_parc_(\w+)/threads:(\d+)(/.*)?", name)
    cpp_name = m and f"BM_cpp_{m.group(1)}/threads:{m.group(2)}{m.group(3) or ''}"
    if m and cpp_name in medians:
        threaded.setdefault(m.group(1), {})[int(m.group(2))] = (medians[name], medians[cpp_name])
if threaded:
    threads = sorted({t for by_threads in threaded.values() for t in by_threads})
    low, high = threads[0], threads[-1]
    numba = numba_times(threads) if with_numba else None
    print(f"times in ms at 1 thread (1T), 2 threads (2T), ...; speed-up {high}T/{low}T: "
          f"the time at {low} thread(s) over the time at {high}")

    def table(name, other_times):
        """parc against `other_times`: {kernel: {threads: ms}}."""
        header = f"{'kernel':<14}"
        for t in threads:
            header += f"{f'parc {t}T':>10}{f'{name} {t}T':>10}{f'parc/{name}':>11}"
        if high > low:
            header += f"{'parc ' + str(high) + 'T/' + str(low) + 'T':>12}{name + ' ' + str(high) + 'T/' + str(low) + 'T':>12}"
        print(header)
        ratios = {t: [] for t in threads}
        speedups, other_speedups = [], []
        for kernel, by_threads in threaded.items():
            row = f"{kernel:<14}"
            for t in threads:
                parc_time = by_threads.get(t, (None,))[0]
                other = other_times.get(kernel, {}).get(t)
                if parc_time is None or not other:
                    row += f"{'-':>10}{'-':>10}{'-':>11}"
                    continue
                ratios[t].append(parc_time / other)
                row += f"{parc_time:>10.2f}{other:>10.2f}{parc_time / other:>11.2f}"
            other = other_times.get(kernel, {})
            if high > low and low in by_threads and high in by_threads and other.get(low) and other.get(high):
                speedups.append(by_threads[low][0] / by_threads[high][0])
                other_speedups.append(other[low] / other[high])
                row += f"{speedups[-1]:>12.2f}{other_speedups[-1]:>12.2f}"
            print(row)
        row = f"{'geomean':<14}"
        for t in threads:
            row += f"{'':>10}{'':>10}{geomean(ratios[t]):>11.2f}"
        if high > low:
            row += f"{geomean(speedups):>12.2f}{geomean(other_speedups):>12.2f}"
        print(row)

    table("C++", {k: {t: pair[1] for t, pair in v.items()} for k, v in threaded.items()})
    if numba:
        print()
        table("Numba", numba)
    for name, message in errors.items():
        print(f"{name}: error: {message}", file=sys.stderr)
    sys.exit(1 if errors else 0)

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
