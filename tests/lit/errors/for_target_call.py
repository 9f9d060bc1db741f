# A call as the target of a 'for' loop.
# RUN: not %parc check %s 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}for_target_call.py:[[@LINE+3]]:5: error[E0012]: cannot use a function call as the target of a 'for' loop
# CHECK-NEXT: {{^ +}}[[@LINE+2]] | for f() in y:{{$}}
# CHECK-NEXT: {{^ +}}|     ^~~{{$}}
for f() in y:
    pass
