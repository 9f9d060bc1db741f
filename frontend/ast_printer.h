// Prints an AST as an indented tree, one node per line with its place:
//
//   FunctionDef f @1:1
//     param x @1:7
//     body:
//       Return @2:5
//         Binary + @2:12
//           Name x @2:12
//           IntLit 1 @2:16
//
// `parc emit --ast` shows this, and the lit tests match it.
#pragma once

#include "frontend/ast.h"

#include <string>

namespace parc::ast {

std::string print_ast(const Module& module, const std::string& file_name);

}  // namespace parc::ast
