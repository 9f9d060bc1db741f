#include "ir/ir.h"

namespace parc::ir {

std::string_view kind_name(ExprKind kind) {
  switch (kind) {
#define PARC_IR_NAME(name) \
  case ExprKind::name:     \
    return #name;
    PARC_IR_EXPR_KINDS(PARC_IR_NAME)
#undef PARC_IR_NAME
  }
  return "?";
}

std::string_view kind_name(StmtKind kind) {
  switch (kind) {
#define PARC_IR_NAME(name) \
  case StmtKind::name:     \
    return #name;
    PARC_IR_STMT_KINDS(PARC_IR_NAME)
#undef PARC_IR_NAME
  }
  return "?";
}

std::string_view intrinsic_name(IntrinsicKind kind) {
  switch (kind) {
#define PARC_IR_INTRINSIC_NAME(name, text) \
  case IntrinsicKind::name:                \
    return text;
    PARC_IR_INTRINSICS(PARC_IR_INTRINSIC_NAME)
#undef PARC_IR_INTRINSIC_NAME
  }
  return "?";
}

std::string_view spelling(BinaryOp op) {
  static constexpr std::string_view kNames[] = {"add", "sub", "mul", "div", "floordiv", "mod", "pow",
                                                "shl", "shr", "bitand", "bitor", "bitxor", "min", "max"};
  return kNames[static_cast<int>(op)];
}

std::string_view spelling(UnaryOp op) {
  static constexpr std::string_view kNames[] = {"neg", "invert", "not"};
  return kNames[static_cast<int>(op)];
}

std::string_view spelling(CmpOp op) {
  static constexpr std::string_view kNames[] = {"lt", "gt", "eq", "ge", "le", "ne"};
  return kNames[static_cast<int>(op)];
}

}  // namespace parc::ir

namespace parc::ir {

std::string_view reduction_name(ReduceKind kind) {
  switch (kind) {
#define PARC_IR_REDUCE_NAME(name, text) \
  case ReduceKind::name:                \
    return text;
    PARC_IR_REDUCTIONS(PARC_IR_REDUCE_NAME)
#undef PARC_IR_REDUCE_NAME
  }
  return "?";
}

}  // namespace parc::ir
