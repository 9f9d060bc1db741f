// What the names bound at a script's top level mean: imported modules and
// their aliases ("np" -> numpy), names imported from modules ("sqrt" ->
// math.sqrt), functions defined with def, and module variables (a variable
// assigned exactly once, outside any block, is a module constant that
// functions may read; others belong to the module-level code alone).
#pragma once

#include "frontend/ast.h"

#include <map>
#include <string>
#include <utility>

namespace parc::ir {

class ModuleScope {
 public:
  explicit ModuleScope(const ast::Module& module);

  // "numpy" for "np" after `import numpy as np`; empty if not a module alias.
  std::string module_of(const std::string& name) const;
  // {"math", "sqrt"} for "sqrt" after `from math import sqrt`.
  const std::pair<std::string, std::string>* imported(const std::string& name) const;
  const ast::FunctionDef* function(const std::string& name) const;
  // The value of a module constant: a name assigned once at top level to a
  // constant expression (literals, other constants, math and numpy
  // constants, operators, tuples, and math or conversion calls of
  // constants), which functions read as if written in place. nullptr if the
  // name is no such constant.
  const ast::Expr* constant(const std::string& name) const;
  bool is_module_variable(const std::string& name) const { return assignments_.count(name) > 0; }

  const ast::Module& ast() const { return module_; }

 private:
  bool is_constant_expr(const ast::Expr& e, int depth) const;

 public:

 private:
  const ast::Module& module_;
  std::map<std::string, std::string> modules_;
  std::map<std::string, std::pair<std::string, std::string>> imported_;
  std::map<std::string, const ast::FunctionDef*> functions_;
  std::map<std::string, int> assignments_;
  std::map<std::string, const ast::Expr*> single_values_;
};

}  // namespace parc::ir
