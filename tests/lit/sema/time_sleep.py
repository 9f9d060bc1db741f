# time provides perf_counter() only.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}time_sleep.py:[[@LINE+5]]:1: error[E0104]: 'time.sleep' is not supported
# CHECK-NEXT: {{^ +}}[[@LINE+4]] | time.sleep(1){{$}}
# CHECK-NEXT: {{^ +}}| ^~~~~~~~~~{{$}}
import time

time.sleep(1)
t = time.perf_counter()
