// Semantic analysis, arrays: reductions — a.sum(), np.sum(a), ... of the
// whole array or along one axis (axis=, or the argument after the array),
// and the running sums and products np.cumsum / np.cumprod. Result types
// follow Numba (see docs/language.md, "Reductions"). See specialize.h.
#include "ir/specialize_impl.h"

namespace parc::ir {
namespace {

// The value of an int constant (a literal, a negated one, a module
// constant), if `e` is one.
std::optional<std::int64_t> constant_value(const Expr& e) {
  if (const auto* c = ir::dyn_cast<Const>(&e); c && c->type->is_int()) return static_cast<std::int64_t>(c->i);
  if (const auto* u = ir::dyn_cast<Unary>(&e); u && u->op == UnaryOp::Neg)
    if (auto inner = constant_value(*u->operand)) return -*inner;
  if (const auto* c = ir::dyn_cast<Cast>(&e); c && c->type->is_int())
    if (auto inner = constant_value(*c->operand)) return inner;
  return std::nullopt;
}

bool takes_axis(ReduceKind op) {
  return op != ReduceKind::Median && op != ReduceKind::CumSum && op != ReduceKind::CumProd;
}

}  // namespace

ExprPtr FunctionBuilder::reduction(SourceLoc loc, ReduceKind op, ExprPtr array, ExprPtr axis) {
  TypeRef dtype = array->type->dtype;
  TypeRef result = dtype;
  switch (op) {
    case ReduceKind::Sum:
    case ReduceKind::Prod:
    case ReduceKind::CumSum:
    case ReduceKind::CumProd:
      if (!dtype->is_float()) result = types().int_type(64, dtype->is_bool() || dtype->is_signed);
      break;
    case ReduceKind::Mean:
    case ReduceKind::Var:
    case ReduceKind::Std:
    case ReduceKind::Median:
      if (!dtype->is_float()) result = types().float64();
      break;
    case ReduceKind::ArgMin:
    case ReduceKind::ArgMax: result = types().int64(); break;
    case ReduceKind::All:
    case ReduceKind::Any: result = types().boolean(); break;
    case ReduceKind::Min:
    case ReduceKind::Max: break;
  }
  if (op == ReduceKind::Min || op == ReduceKind::Max || op == ReduceKind::ArgMin || op == ReduceKind::ArgMax)
    may_raise();  // of an empty array
  if (op == ReduceKind::CumSum || op == ReduceKind::CumProd) {
    may_raise();  // allocation
    result = types().array(result, 1, Layout::C);
  }
  int ndim = array->type->ndim;
  if (axis) {
    may_raise();  // allocation, an axis out of range
    // A constant axis of a 1-d array (checked by the caller) is the whole array.
    if (ndim == 1 && ir::dyn_cast<Const>(axis.get())) axis = nullptr;
    if (ndim > 1) result = types().array(result, ndim - 1, Layout::C);
  }
  return std::make_unique<ArrayReduce>(loc, result, op, std::move(array), std::move(axis));
}

std::optional<ReduceKind> FunctionBuilder::reduction_kind(const std::string& name) {
#define PARC_MATCH_REDUCTION(kind, text) \
  if (name == text) return ReduceKind::kind;
  PARC_IR_REDUCTIONS(PARC_MATCH_REDUCTION)
#undef PARC_MATCH_REDUCTION
  if (name == "amin") return ReduceKind::Min;
  if (name == "amax") return ReduceKind::Max;
  return std::nullopt;
}

// a.NAME(axis) when `array` is set (the method), else np.NAME(a, axis).
ExprPtr FunctionBuilder::reduction_call(ReduceKind op, const std::string& callee, const ast::Call& c, ExprPtr array) {
  for (const ast::Keyword& k : c.keywords) {
    if (k.name == "dtype" || k.name == "out" || k.name == "keepdims" || k.name == "ddof" || k.name == "initial" ||
        k.name == "where") {
      error(DiagCode::UnsupportedFunction, k.loc, callee + "() with " + k.name + "= is not supported");
      return nullptr;
    }
  }
  std::map<std::string, const ast::Expr*> keywords;
  std::size_t first = array ? 0 : 1;  // where the axis may come by position
  if (!call_arguments(c, callee, first, first + 1, {"axis"}, keywords)) return nullptr;
  if (!array) array = array_arg(*c.args[0], callee);
  if (!array) return nullptr;
  const ast::Expr* axis_arg = keywords["axis"];
  if (c.args.size() > first) {
    if (axis_arg) {
      error(DiagCode::InvalidArgument, c.loc, callee + "() got multiple values for argument 'axis'");
      return nullptr;
    }
    axis_arg = c.args[first].get();
  }
  if (!axis_arg || ast::dyn_cast<ast::NoneLit>(axis_arg)) return reduction(c.loc, op, std::move(array));
  if (!takes_axis(op)) {
    error(DiagCode::UnsupportedFunction, axis_arg->loc,
          callee + "() along an axis is not supported" +
              (op == ReduceKind::Median ? std::string("; reduce the whole array") : "; it runs over the flattened array"));
    return nullptr;
  }
  ExprPtr axis = expr(*axis_arg);
  if (!axis) return nullptr;
  if (axis->type->is_tuple()) {
    error(DiagCode::UnsupportedFunction, axis_arg->loc, callee + "() along several axes (a tuple) is not supported");
    return nullptr;
  }
  if (!axis->type->is_int() || axis->type->is_bool()) {
    error(DiagCode::TypeMismatch, axis_arg->loc, "axis must be an integer, not " + type_name(axis->type));
    return nullptr;
  }
  std::int64_t ndim = array->type->ndim;
  if (std::optional<std::int64_t> k = constant_value(*axis)) {
    if (*k < -ndim || *k >= ndim) {
      error(DiagCode::InvalidArgument, axis_arg->loc,
            "axis " + std::to_string(*k) + " is out of bounds for array of dimension " + std::to_string(ndim));
      return nullptr;
    }
    axis = constant_int(axis->loc, *k < 0 ? *k + ndim : *k);
  }
  return reduction(c.loc, op, std::move(array), cast(std::move(axis), types().int64()));
}

}  // namespace parc::ir
