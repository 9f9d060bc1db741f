# A triple-quoted string left open for 5,000 lines, to the end of the file:
# one error, where the string starts; escaped quotes inside do not close it.
# RUN: python3 -c "print('x = 1\ny = \"\"\"start\n' + 'line \\\\\"\"\n' * 5000, end='')" > %t.py
# RUN: not %parc check %t.py 2>&1 | FileCheck --strict-whitespace --implicit-check-not="error[" %s
# CHECK: {{.*}}.py:2:5: error[E0004]: unterminated triple-quoted string literal
# CHECK-NEXT: {{^}}    2 | y = """start{{$}}
# CHECK-NEXT: {{^}}      |     ^~~~~~~~{{$}}
