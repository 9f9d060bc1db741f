# RUN: %parc emit --ast %s | FileCheck --strict-whitespace --match-full-lines %s
# RUN: %parc emit --ast %s 2>&1 > /dev/null | count 0
# Function definitions: decorators (positional and keyword arguments),
# parameters with annotations and defaults, return annotations, and the
# three shapes of 'return'. A FunctionDef is located at 'def', not at its
# first decorator; a decorator expression starts after the '@'.

# CHECK:Module {{.*}}functions.py

# no parameters, bare return
# CHECK-NEXT:  FunctionDef f @[[@LINE+1]]:1
def f():
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+1]]:5
    return

# bare decorator name
# CHECK-NEXT:  FunctionDef f @[[@LINE+4]]:1
# CHECK-NEXT:    decorator: Name njit @[[@LINE+1]]:2
@njit
# CHECK-NEXT:    param x @[[@LINE+1]]:7
def f(x):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name x @[[@LINE+1]]:12
    return x

# decorator call with a keyword argument
# CHECK-NEXT:  FunctionDef f @[[@LINE+7]]:1
# CHECK-NEXT:    decorator: Call @[[@LINE+3]]:2
# CHECK-NEXT:      func: Name njit @[[@LINE+2]]:2
# CHECK-NEXT:      keyword parallel: BoolLit True @[[@LINE+1]]:16
@njit(parallel=True)
# CHECK-NEXT:    param a @[[@LINE+2]]:7
# CHECK-NEXT:    param b @[[@LINE+1]]:10
def f(a, b):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# dotted decorator with several keyword arguments
# CHECK-NEXT:  FunctionDef f @[[@LINE+8]]:1
# CHECK-NEXT:    decorator: Call @[[@LINE+5]]:2
# CHECK-NEXT:      func: Attribute .njit @[[@LINE+4]]:2
# CHECK-NEXT:        Name numba @[[@LINE+3]]:2
# CHECK-NEXT:      keyword fastmath: BoolLit True @[[@LINE+2]]:22
# CHECK-NEXT:      keyword cache: BoolLit True @[[@LINE+1]]:34
@numba.njit(fastmath=True, cache=True)
# CHECK-NEXT:    param x @[[@LINE+1]]:7
def f(x):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name x @[[@LINE+1]]:12
    return x

# jit(nopython=True)
# CHECK-NEXT:  FunctionDef f @[[@LINE+5]]:1
# CHECK-NEXT:    decorator: Call @[[@LINE+3]]:2
# CHECK-NEXT:      func: Name jit @[[@LINE+2]]:2
# CHECK-NEXT:      keyword nopython: BoolLit True @[[@LINE+1]]:15
@jit(nopython=True)
def f():
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# a positional decorator argument, then a keyword one
# CHECK-NEXT:  FunctionDef f @[[@LINE+7]]:1
# CHECK-NEXT:    decorator: Call @[[@LINE+4]]:2
# CHECK-NEXT:      func: Name njit @[[@LINE+3]]:2
# CHECK-NEXT:      arg: StrLit "float64(float64)" @[[@LINE+2]]:7
# CHECK-NEXT:      keyword nogil: BoolLit True @[[@LINE+1]]:33
@njit("float64(float64)", nogil=True)
# CHECK-NEXT:    param x @[[@LINE+1]]:7
def f(x):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name x @[[@LINE+1]]:12
    return x

# stacked decorators keep their order, outermost first
# CHECK-NEXT:  FunctionDef f @[[@LINE+8]]:1
# CHECK-NEXT:    decorator: Attribute .jit @[[@LINE+2]]:2
# CHECK-NEXT:      Name numba @[[@LINE+1]]:2
@numba.jit
# CHECK-NEXT:    decorator: Call @[[@LINE+3]]:2
# CHECK-NEXT:      func: Name njit @[[@LINE+2]]:2
# CHECK-NEXT:      keyword boundscheck: BoolLit False @[[@LINE+1]]:19
@njit(boundscheck=False)
def f():
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# annotations, defaults, both, and a return annotation
# CHECK-NEXT:  FunctionDef f @[[@LINE+9]]:1
# CHECK-NEXT:    param x @[[@LINE+8]]:7
# CHECK-NEXT:      annotation: Name float @[[@LINE+7]]:10
# CHECK-NEXT:    param n @[[@LINE+6]]:17
# CHECK-NEXT:      default: IntLit 10 @[[@LINE+5]]:19
# CHECK-NEXT:    param eps @[[@LINE+4]]:23
# CHECK-NEXT:      annotation: Name float @[[@LINE+3]]:28
# CHECK-NEXT:      default: FloatLit 1e-09 @[[@LINE+2]]:36
# CHECK-NEXT:    returns: Name float @[[@LINE+1]]:45
def f(x: float, n=10, eps: float = 1e-9) -> float:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name x @[[@LINE+1]]:12
    return x

# a trailing comma after the last parameter
# CHECK-NEXT:  FunctionDef f @[[@LINE+3]]:1
# CHECK-NEXT:    param a @[[@LINE+2]]:7
# CHECK-NEXT:    param b @[[@LINE+2]]:7
def f(a,
      b,
     ):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass @[[@LINE+1]]:5
    pass

# return of one value, of an expression, and of a tuple (no parentheses)
# CHECK-NEXT:  FunctionDef f @[[@LINE+3]]:1
# CHECK-NEXT:    param a @[[@LINE+2]]:7
# CHECK-NEXT:    param b @[[@LINE+1]]:10
def f(a, b):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+2]]:5
# CHECK-NEXT:        Name a @[[@LINE+1]]:12
    return a
# CHECK-NEXT:  FunctionDef g @[[@LINE+3]]:1
# CHECK-NEXT:    param a @[[@LINE+2]]:7
# CHECK-NEXT:    param b @[[@LINE+1]]:10
def g(a, b):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+4]]:5
# CHECK-NEXT:        Binary + @[[@LINE+3]]:12
# CHECK-NEXT:          Name a @[[@LINE+2]]:12
# CHECK-NEXT:          Name b @[[@LINE+1]]:16
    return a + b
# CHECK-NEXT:  FunctionDef h @[[@LINE+3]]:1
# CHECK-NEXT:    param a @[[@LINE+2]]:7
# CHECK-NEXT:    param b @[[@LINE+1]]:10
def h(a, b):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+4]]:5
# CHECK-NEXT:        Tuple @[[@LINE+3]]:12
# CHECK-NEXT:          Name a @[[@LINE+2]]:12
# CHECK-NEXT:          Name b @[[@LINE+1]]:15
    return a, b

# return of a parenthesised tuple and of a one-element tuple
# CHECK-NEXT:  FunctionDef f @[[@LINE+3]]:1
# CHECK-NEXT:    param a @[[@LINE+2]]:7
# CHECK-NEXT:    param b @[[@LINE+1]]:10
def f(a, b):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+4]]:5
# CHECK-NEXT:        Tuple @[[@LINE+3]]:12
# CHECK-NEXT:          Name a @[[@LINE+2]]:13
# CHECK-NEXT:          Name b @[[@LINE+1]]:16
    return (a, b)
# CHECK-NEXT:  FunctionDef g @[[@LINE+2]]:1
# CHECK-NEXT:    param a @[[@LINE+1]]:7
def g(a):
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+3]]:5
# CHECK-NEXT:        Tuple @[[@LINE+2]]:12
# CHECK-NEXT:          Name a @[[@LINE+1]]:12
    return a,

# dotted annotations and a subscripted return annotation
# CHECK-NEXT:  FunctionDef f @[[@LINE+11]]:1
# CHECK-NEXT:    param a @[[@LINE+10]]:7
# CHECK-NEXT:      annotation: Attribute .ndarray @[[@LINE+9]]:10
# CHECK-NEXT:        Name np @[[@LINE+8]]:10
# CHECK-NEXT:    param b @[[@LINE+7]]:22
# CHECK-NEXT:      annotation: Attribute .float64 @[[@LINE+6]]:25
# CHECK-NEXT:        Name numba @[[@LINE+5]]:25
# CHECK-NEXT:    returns: Subscript tuple @[[@LINE+4]]:43
# CHECK-NEXT:      value: Name tuple @[[@LINE+3]]:43
# CHECK-NEXT:      index: Name int @[[@LINE+2]]:49
# CHECK-NEXT:      index: Name int @[[@LINE+1]]:54
def f(a: np.ndarray, b: numba.float64) -> tuple[int, int]:
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return @[[@LINE+4]]:5
# CHECK-NEXT:        Tuple @[[@LINE+3]]:12
# CHECK-NEXT:          IntLit 1 @[[@LINE+2]]:12
# CHECK-NEXT:          IntLit 2 @[[@LINE+1]]:15
    return 1, 2

# nested function definitions
# CHECK-NEXT:  FunctionDef outer @[[@LINE+2]]:1
# CHECK-NEXT:    param x @[[@LINE+1]]:11
def outer(x):
# CHECK-NEXT:    body:
# CHECK-NEXT:      FunctionDef inner @[[@LINE+2]]:5
# CHECK-NEXT:        param y @[[@LINE+1]]:15
    def inner(y):
# CHECK-NEXT:        body:
# CHECK-NEXT:          Return @[[@LINE+4]]:9
# CHECK-NEXT:            Binary * @[[@LINE+3]]:16
# CHECK-NEXT:              Name y @[[@LINE+2]]:16
# CHECK-NEXT:              IntLit 2 @[[@LINE+1]]:20
        return y * 2
# CHECK-NEXT:      Return @[[@LINE+4]]:5
# CHECK-NEXT:        Call @[[@LINE+3]]:12
# CHECK-NEXT:          func: Name inner @[[@LINE+2]]:12
# CHECK-NEXT:          arg: Name x @[[@LINE+1]]:18
    return inner(x)

# Nothing follows the last statement.
# CHECK-EMPTY:
