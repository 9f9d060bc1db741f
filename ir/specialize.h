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
#include <string>
#include <vector>

namespace parc::ir {

// A function to specialise for given argument types without a call in the
// script (the embedding API's calls): `def name` with these parameter types.
struct EntryRequest {
  std::string name;
  std::vector<TypeRef> args;
};

struct SpecializeOptions {
  bool boundscheck = false;  // in every function, as @njit(boundscheck=True)
  bool fastmath = false;     // in every function, as @njit(fastmath=True)
  bool main_code = true;     // false: `__main__` is left empty (its statements are not checked)
  std::vector<EntryRequest> entries;  // their specialisations go in Module::entries, in order
};

// nullptr when any error was reported.
std::unique_ptr<Module> specialize_module(const ast::Module& module, TypeContext& types, DiagnosticEngine& diags,
                                          const SpecializeOptions& options = {});

}  // namespace parc::ir
