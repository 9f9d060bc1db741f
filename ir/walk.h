// Generic traversal of the typed IR, for analyses that only need to see
// every node: the direct sub-expressions of an expression, the expressions
// and nested blocks of a statement, and the variables a block reads and
// assigns.
#pragma once

#include "ir/ir.h"

#include <functional>
#include <set>

namespace parc::ir {

// Calls `fn` on each direct sub-expression of `e`, in evaluation order.
void for_each_child(const Expr& e, const std::function<void(const Expr&)>& fn);
// The same, with the owning pointer of each, for passes that replace them.
void for_each_child_slot(Expr& e, const std::function<void(ExprPtr&)>& fn);
// Calls `fn` on each expression `s` evaluates itself (not those of its
// nested blocks), in evaluation order.
void for_each_expr(const Stmt& s, const std::function<void(const Expr&)>& fn);
void for_each_expr_slot(Stmt& s, const std::function<void(ExprPtr&)>& fn);
// Calls `fn` on each block nested directly in `s` (if/else, loop bodies).
void for_each_block(const Stmt& s, const std::function<void(const Block&)>& fn);
void for_each_block(Stmt& s, const std::function<void(Block&)>& fn);

// Whether `e` (or a sub-expression) reads variable `var`.
bool reads(const Expr& e, VarId var);
// Calls `fn` on every VarRef in `e`, sub-expressions included.
void for_each_var_ref(const Expr& e, const std::function<void(const VarRef&)>& fn);

// The variables `stmts` (nested blocks included) read, and those they
// assign (Assign targets and range() loop variables).
struct VarUses {
  std::set<VarId> read, assigned;
};
VarUses var_uses(const Block& stmts);

}  // namespace parc::ir
