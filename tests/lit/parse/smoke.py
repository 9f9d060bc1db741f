# RUN: %parc emit --ast %s | FileCheck %s
# CHECK: Module {{.*}}smoke.py
# CHECK-NEXT: Assign @[[@LINE+2]]:1
# CHECK-NEXT:   target: Name x @[[@LINE+1]]:1
x = 1
