# `parc run --time`: after the total line, one row per specialisation with
# its compile time, its calls (exact: every call is counted, recursive ones
# and those made by parallel loops' threads too) and the time of its
# outermost calls. What the script prints is the same with and without it.
# RUN: %parc run %s > %t.plain 2> %t.plain.err
# RUN: FileCheck %s < %t.plain
# RUN: count 0 < %t.plain.err
# RUN: %parc run --time --threads 4 %s > %t.out 2> %t.err
# RUN: diff %t.plain %t.out
# RUN: FileCheck --check-prefixes=TIME,THREADS %s < %t.err
# One thread: calls in the prange body then run on the script's thread and are timed too.
# RUN: %parc run --time --threads 1 %s > %t.out1 2> %t.err1
# RUN: diff %t.plain %t.out1
# RUN: FileCheck --check-prefixes=TIME,SERIAL %s < %t.err1
# RUN: %parc %s --time --threads 3 --threading-layer threads 2>&1 > %t.out2 | FileCheck --check-prefixes=TIME,THREADS %s
# RUN: diff %t.plain %t.out2
#
# Without --time nothing is instrumented (parc run compiles what emit shows).
# RUN: %parc emit --llvm %s | FileCheck --check-prefix=PLAIN %s
# RUN: %parc emit --llvm-opt %s | FileCheck --check-prefix=PLAIN %s
#
# A runtime error: the table counts the calls made up to it, then the error.
# RUN: not %parc run --time --no-cache %S/Inputs/cached_ratio.py 2> %t.err3
# RUN: FileCheck --check-prefix=ERROR %s < %t.err3
# A script with cache=True whose code goes through the cache is compiled
# without counters (cache entries hold plain code): the table is not printed.
# RUN: rm -rf %t.dir
# RUN: env PARC_CACHE_DIR=%t.dir not %parc run --time %S/Inputs/cached_ratio.py 2>&1 > /dev/null | FileCheck --check-prefix=CACHED %s
# RUN: env PARC_CACHE_DIR=%t.dir not %parc run --time %S/Inputs/cached_ratio.py 2>&1 > /dev/null | FileCheck --check-prefix=CACHED %s

# TIME:      {{^}}parc: compile {{[0-9.]+}} ms, machine code {{[0-9.]+}} ms, run {{[0-9.]+}} ms{{$}}
# TIME-NEXT: {{^}}parc: function compile calls run{{$}}
# TIME-NEXT: {{^}}parc: <module> {{[0-9]+\.[0-9]{3} ms}} 1 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# TIME-NEXT: {{^}}parc: fib(int64) {{[0-9]+\.[0-9]{3} ms}} 177 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# TIME-NEXT: {{^}}parc: sum_squares(int64) {{[0-9]+\.[0-9]{3} ms}} 1 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# TIME-NEXT: {{^}}parc: sq(int64) {{[0-9]+\.[0-9]{3} ms}} 100 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# TIME-NEXT: {{^}}parc: psum(array(float64, 1d, C)) {{[0-9]+\.[0-9]{3} ms}} 1 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# THREADS-NEXT: {{^}}parc: sq(float64) {{[0-9]+\.[0-9]{3} ms}} 1000 -{{$}}
# SERIAL-NEXT: {{^}}parc: sq(float64) {{[0-9]+\.[0-9]{3} ms}} 1000 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# TIME-NOT: {{.}}

# PLAIN-NOT: parc_profile

# ERROR:      {{^}}parc: compile {{[0-9.]+}} ms, machine code
# ERROR-NEXT: {{^}}parc: function
# ERROR-NEXT: {{^}}parc: <module> {{[0-9]+\.[0-9]{3} ms}} 1 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# ERROR-NEXT: {{^}}parc: ratio(int64, int64) {{[0-9]+\.[0-9]{3} ms}} 2 {{[0-9]+\.[0-9]{3} ms}}{{$}}
# ERROR-NEXT: {{^}}{{.*}}cached_ratio.py:6: ZeroDivisionError: integer division or modulo by zero

# CACHED:      {{^}}parc: compile {{[0-9.]+}} ms (cache{{.*}}), machine code
# CACHED-NEXT: {{^}}parc: per-function times: not measured for a script with cache=True (see --no-cache){{$}}
# CACHED-NEXT: ZeroDivisionError
import numpy as np
from numba import njit, prange


@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@njit
def sq(x):
    return x * x


@njit
def sum_squares(n):
    t = 0
    for i in range(n):
        t += sq(i)
    return t


@njit(parallel=True)
def psum(a):
    t = 0.0
    for i in prange(a.shape[0]):
        t += sq(a[i])
    return t


print(fib(10))
print(sum_squares(100))
print(psum(np.arange(1000) * 1.0))
# CHECK:      55
# CHECK-NEXT: 328350
# CHECK-NEXT: 332833500.0
