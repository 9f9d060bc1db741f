#!/usr/bin/env python3
"""Times bench/parallel_kernels.py's drivers under CPython + Numba, the Numba
column next to bench/parallel_bench's parc and C++ ones.

Usage: bench/numba_parallel.py [REPETITIONS] [--threads=1,2] [--json]

The script is loaded as a module, which compiles every driver and runs it
once (its prints, the checksums, are shown). The sizes are those of the
script's own `print(X_driver(n, reps))` lines, the same as
bench/parallel_bench.cpp's. Then, for each thread count (numba's
set_num_threads; NUMBA_NUM_THREADS is set to the largest), each driver runs
once more to warm up and REPETITIONS times (default 7) timed with
time.perf_counter, each time paired with a call with 0 repetitions (the
arrays' allocation and filling): as in parallel_bench, the time is the
difference, the kernel calls' time. The median is printed in
milliseconds, with the speed-up of the largest thread count over the
smallest. A driver whose result moves by more than 1e-12 (relative) from
the first run is reported as an error.

--json prints {"threading_layer": ..., "times": {kernel: {threads: ms}}}
instead of the table (bench/ratios.py --numba reads it).

Numba is Debian's python3-numba (0.56) under /usr/bin/python3. Run with
another python3 that lacks numba, this script re-runs itself under
/usr/bin/python3 when that one has numba, and otherwise prints a note and
exits with status 0.
"""
import contextlib
import importlib.util
import io
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "parallel_kernels.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def parse_arguments(argv):
    repetitions, threads, as_json = 7, [1, 2], False
    for arg in argv:
        if arg == "--json":
            as_json = True
        elif arg.startswith("--threads="):
            threads = [int(t) for t in arg[len("--threads="):].split(",") if t]
        elif arg.isdigit():
            repetitions = int(arg)
        else:
            sys.exit(f"numba_parallel.py: unknown argument {arg!r}\n{__doc__}")
    if not threads or min(threads) < 1 or repetitions < 1:
        sys.exit("numba_parallel.py: thread counts and repetitions must be positive")
    return repetitions, sorted(set(threads)), as_json


def numba_missing(as_json):
    """Re-runs under /usr/bin/python3 when that has numba; else a note."""
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.path.exists(SYSTEM_PYTHON):
        probe = subprocess.run([SYSTEM_PYTHON, "-I", "-c", "import numba, numpy"], capture_output=True)
        if probe.returncode == 0:
            os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, "-I", os.path.abspath(__file__), *sys.argv[1:]])
    note = "numba_parallel.py: numba is not installed for this python3 (nor for /usr/bin/python3); no Numba times"
    print(note, file=sys.stderr)
    if as_json:
        print(json.dumps({"note": note, "times": {}}))
    sys.exit(0)


def driver_calls():
    """(kernel, driver name, arguments) for each print(X_driver(...)) line."""
    calls = []
    with open(SCRIPT) as f:
        for line in f:
            m = re.fullmatch(r"print\((\w+)_driver\(([\d, ]+)\)\)\s*", line)
            if m:
                calls.append((m.group(1), m.group(1) + "_driver", tuple(int(a) for a in m.group(2).split(","))))
    if not calls:
        sys.exit(f"numba_parallel.py: no print(X_driver(...)) lines in {SCRIPT}")
    return calls


def main():
    repetitions, threads, as_json = parse_arguments(sys.argv[1:])
    os.environ.setdefault("NUMBA_NUM_THREADS", str(max(threads)))
    try:
        import numba
    except ImportError:
        numba_missing(as_json)
    if numba.config.NUMBA_NUM_THREADS < max(threads):
        sys.exit(f"numba_parallel.py: NUMBA_NUM_THREADS is {numba.config.NUMBA_NUM_THREADS}, "
                 f"below the {max(threads)} threads asked for")

    # Loading the script compiles and runs every driver once (and writes no
    # __pycache__ next to it).
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location("parallel_kernels", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    # Numba's parallel lowering looks the module up by name; unregistered,
    # it would be imported (and run) a second time.
    sys.modules[spec.name] = module
    printed = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(printed):
        spec.loader.exec_module(module)
    load_seconds = time.perf_counter() - started
    calls = driver_calls()
    checksums = {kernel: getattr(module, driver)(*args) for kernel, driver, args in calls}

    times = {kernel: {} for kernel, _, _ in calls}
    errors = []
    for t in threads:
        numba.set_num_threads(t)
        for kernel, driver, args in calls:
            function = getattr(module, driver)
            n, reps = args
            function(n, reps)  # warm-up at this thread count
            function(n, 0)
            samples = []
            for _ in range(repetitions):
                start = time.perf_counter()
                result = function(n, reps)
                middle = time.perf_counter()
                function(n, 0)
                samples.append(max((middle - start) - (time.perf_counter() - middle), 1e-9))
                expected = checksums[kernel]
                if abs(result - expected) > 1e-12 * abs(expected):
                    errors.append(f"{kernel}, {t} threads: checksum {result!r}, first run {expected!r}")
            times[kernel][t] = statistics.median(samples) * 1e3

    layer = numba.threading_layer()
    if as_json:
        print(json.dumps({"threading_layer": layer, "numba": numba.__version__, "times": times,
                          "errors": errors}))
    else:
        print(f"Numba {numba.__version__}, threading layer {layer}; loading the script "
              f"(compiling, one run of each) took {load_seconds:.1f} s; its checksums:")
        print("  " + " ".join(printed.getvalue().split()))
        print(f"median of {repetitions}")
        header = f"{'kernel':<14}" + "".join(f"{f'numba {t}T (ms)':>16}" for t in threads)
        if len(threads) > 1:
            header += f"{f'{threads[-1]}T speed-up':>14}"
        print(header)
        for kernel, by_threads in times.items():
            row = f"{kernel:<14}" + "".join(f"{by_threads[t]:>16.2f}" for t in threads)
            if len(threads) > 1:
                row += f"{by_threads[threads[0]] / by_threads[threads[-1]]:>14.2f}"
            print(row)
    for message in errors:
        print(f"numba_parallel.py: error: {message}", file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
