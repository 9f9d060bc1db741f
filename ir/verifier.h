// Checks the invariants of typed IR: every operand has the type its node
// requires (the specialiser made every conversion an explicit Cast), every
// variable and callee exists, conditions are bools, returns match the
// function's type. Runs after specialisation in debug builds and in tests;
// a problem here is a compiler bug, never a user error.
#pragma once

#include "ir/ir.h"

#include <string>
#include <vector>

namespace parc::ir {

// One line per problem, "fib__int64: Binary add: operand int32, node int64"; empty when valid.
std::vector<std::string> verify(const Module& module);

}  // namespace parc::ir
