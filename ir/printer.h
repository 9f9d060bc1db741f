// Prints typed IR as text, for `parc emit --ir` and the lit tests:
//
//   func fib(n: int64) -> int64 {
//     if (lt n 2:int64) {
//       return n
//     }
//     return (add:int64 (call fib__int64 (sub:int64 n 1:int64)) ...)
//   }
#pragma once

#include "ir/ir.h"

#include <string>

namespace parc::ir {

std::string print_function(const Module& module, const Function& function);
std::string print_module(const Module& module);

}  // namespace parc::ir
