# A 'global' statement in a function.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}unsupported_global.py:[[@LINE+4]]:5: error[E0010]: 'global' statements are not supported: functions cannot rebind module variables
# CHECK-NEXT: {{^ +}}[[@LINE+3]] |     global x{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~~~~~~{{$}}
def f():
    global x
    x = 1
