#include "frontend/ast.h"

namespace parc::ast {

std::string_view kind_name(ExprKind kind) {
  switch (kind) {
#define PARC_AST_NAME(name) \
  case ExprKind::name:      \
    return #name;
    PARC_AST_EXPR_KINDS(PARC_AST_NAME)
#undef PARC_AST_NAME
  }
  return "?";
}

std::string_view kind_name(StmtKind kind) {
  switch (kind) {
#define PARC_AST_NAME(name) \
  case StmtKind::name:      \
    return #name;
    PARC_AST_STMT_KINDS(PARC_AST_NAME)
#undef PARC_AST_NAME
  }
  return "?";
}

std::string_view spelling(BinaryOp op) {
  static constexpr std::string_view kSpellings[] = {"+", "-", "*", "@", "/", "//", "%",
                                                    "**", "<<", ">>", "|", "^", "&"};
  return kSpellings[static_cast<int>(op)];
}

std::string_view spelling(UnaryOp op) {
  static constexpr std::string_view kSpellings[] = {"+", "-", "~", "not"};
  return kSpellings[static_cast<int>(op)];
}

std::string_view spelling(CmpOp op) {
  static constexpr std::string_view kSpellings[] = {"<", ">", "==", ">=", "<=", "!=",
                                                    "in", "not in", "is", "is not"};
  return kSpellings[static_cast<int>(op)];
}

std::string_view spelling(BoolOpKind op) { return op == BoolOpKind::And ? "and" : "or"; }

}  // namespace parc::ast
