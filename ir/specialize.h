// Semantic analysis: turns a script's AST into typed IR. Names are resolved
// (locals, module constants, functions, imported modules, builtins), and
// each function is specialised for the argument types of each distinct call
// signature, with Numba's typing rules: a local has one type over the whole
// function (int and float unify to float), the return type is the union of
// the returned types, recursion is typed from its non-recursive paths. The
// module-level statements become the function `__main__`. Errors are
// located diagnostics; the result is then complete and verified.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "ir/ir.h"

#include <memory>

namespace parc::ir {

struct SpecializeOptions {
  bool boundscheck = false;  // in every function, as @njit(boundscheck=True)
};

// nullptr when any error was reported.
std::unique_ptr<Module> specialize_module(const ast::Module& module, TypeContext& types, DiagnosticEngine& diags,
                                          const SpecializeOptions& options = {});

}  // namespace parc::ir
