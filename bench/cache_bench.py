#!/usr/bin/env python3
"""The on-disk cache's benchmark: `parc run --time` of a script with four
parallel kernels (bench/cache_bench_kernels.py, all @njit(cache=True)),
cold (an empty PARC_CACHE_DIR) and warm (the entry the cold run stored),
interleaved, REPS pairs. A run's compile time is what `--time` reports as
compile plus machine code (parse, types, LLVM IR, O3, code generation and
linking; on a warm run: reading and checking the entry, and linking it).

Prints the medians and the ratio warm / cold (target: < 0.10), and each
run's whole-process wall time. Checks that every run prints the same.

Usage: python3 bench/cache_bench.py PARC_BINARY [REPS]
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cache_bench_kernels.py")
TIME_LINE = re.compile(r"parc: compile ([0-9.]+) ms( \(([^)]*)\))?, machine code ([0-9.]+) ms, run ([0-9.]+) ms")


def run(parc, cache_dir):
    env = dict(os.environ, PARC_CACHE_DIR=cache_dir)
    env.pop("PARC_DISABLE_CACHE", None)
    start = time.perf_counter()
    done = subprocess.run([parc, "run", "--time", SCRIPT], env=env, capture_output=True, text=True, check=True)
    wall = (time.perf_counter() - start) * 1e3
    m = TIME_LINE.search(done.stderr)
    if not m:
        sys.exit("no --time line in: " + done.stderr)
    compile_ms, note, machine_ms, run_ms = float(m.group(1)), m.group(3) or "", float(m.group(4)), float(m.group(5))
    return {"out": done.stdout, "note": note, "parse_to_ir": compile_ms, "machine": machine_ms,
            "compile": compile_ms + machine_ms, "run": run_ms, "wall": wall}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    parc = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    cold, warm = [], []
    root = tempfile.mkdtemp(prefix="parc-cache-bench-")
    try:
        for i in range(reps):
            cache_dir = os.path.join(root, str(i))
            c = run(parc, cache_dir)
            w = run(parc, cache_dir)
            if c["note"] != "cache miss" or w["note"] != "cached":
                sys.exit(f"expected a miss then a hit, got '{c['note']}' then '{w['note']}'")
            if c["out"] != w["out"]:
                sys.exit("the warm run printed something else:\n" + c["out"] + "---\n" + w["out"])
            cold.append(c)
            warm.append(w)
    finally:
        shutil.rmtree(root)

    def med(runs, field):
        return statistics.median(r[field] for r in runs)

    print(f"bench/cache_bench_kernels.py, {reps} cold/warm pairs, medians (ms)")
    print(f"{'':22}{'cold':>10}{'warm':>10}")
    for field, label in [("parse_to_ir", "compile (to LLVM IR)"), ("machine", "machine code"),
                         ("compile", "compile + machine"), ("run", "run"), ("wall", "whole process")]:
        print(f"{label:22}{med(cold, field):10.1f}{med(warm, field):10.1f}")
    ratio = med(warm, "compile") / med(cold, "compile")
    pair_ratio = statistics.median(w["compile"] / c["compile"] for c, w in zip(cold, warm))
    print(f"warm/cold compile: {ratio:.3f} (median of the pairs' ratios {pair_ratio:.3f}; target < 0.10)")


if __name__ == "__main__":
    main()
