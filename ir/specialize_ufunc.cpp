// Semantic analysis: NumPy's ufuncs that are more than one math function —
// np.abs/np.absolute, np.square, np.sign, np.maximum, np.minimum,
// np.power — and np.where and np.clip, on numbers and on arrays alike. With
// an array argument each is an element-wise map (ArrayMap): it broadcasts
// like the operators, and fuse_array_exprs fuses it with its neighbours.
// The math functions proper (np.sqrt, np.sin, ...) are math_call's
// (specialize_call.cpp).
//
// Result dtypes are Numba's choice of ufunc loop, for numbers and arrays
// alike (a Python int counts as int64, a float as float64):
//   np.abs(int8) -> int8      np.square(bool) -> int8   np.sign(uint8) -> uint8
//   np.maximum(int32, float32) -> float32 (an int meeting a float takes the
//   float, whatever its size); np.maximum(uint8, int8) -> int16 (NumPy's
//   promotion); np.power(bool, bool) -> int8
//   np.where(c, x, y) -> NumPy's promotion of x and y (int64 with float32 is
//   float64); np.clip(a, lo, hi) -> a's dtype, as Numba.
#include "ir/specialize_impl.h"

namespace parc::ir {
namespace {

// Numba's loop for two inputs: an int or bool meeting a float computes in
// that float; otherwise NumPy's promotion.
TypeRef loop_type(TypeContext& types, TypeRef a, TypeRef b) {
  if (a->is_float() && !b->is_float()) return a;
  if (b->is_float() && !a->is_float()) return b;
  return promote(types, a, b);
}

}  // namespace

ExprPtr FunctionBuilder::numpy_ufunc(const std::string& name, const ast::Call& c, bool& handled) {
  handled = true;
  SourceLoc loc = c.loc;
  std::string callee = "np." + name;
  std::size_t arity = 0;
  if (name == "abs" || name == "absolute" || name == "square" || name == "sign") arity = 1;
  else if (name == "maximum" || name == "minimum" || name == "power") arity = 2;
  else if (name == "where" || name == "clip") arity = 3;
  if (arity == 0) {
    handled = false;
    return nullptr;
  }
  if (name == "where" && c.args.size() == 1 && c.keywords.empty()) {
    error(DiagCode::UnsupportedFunction, c.loc,
          "np.where(condition) with one argument is not supported; use np.where(condition, x, y)");
    return nullptr;
  }
  auto parsed = positional_args(c, arity, arity, callee);
  if (!parsed) return nullptr;
  std::vector<ExprPtr> args = std::move(*parsed);
  for (std::size_t k = 0; k < args.size(); ++k) {
    TypeRef t = args[k]->type;
    if (t->is_number() || t->is_array() || (name == "clip" && k > 0 && t->is_none())) continue;
    error(DiagCode::TypeMismatch, args[k]->loc, callee + "() needs numbers or arrays, not " + type_name(t));
    return nullptr;
  }
  bool arrays = false;
  for (const ExprPtr& a : args) arrays = arrays || a->type->is_array();
  // `body` on the numbers themselves, or on the elements of the arrays.
  using Body = std::function<ExprPtr(std::vector<ExprPtr>)>;
  auto apply = [&](std::vector<ExprPtr> inputs, const Body& body, TypeRef dtype) -> ExprPtr {
    if (arrays) return elementwise(loc, std::move(inputs), body, dtype);
    ExprPtr result = body(std::move(inputs));
    return result ? cast(std::move(result), dtype) : nullptr;
  };
  auto intrinsic = [&](IntrinsicKind kind, TypeRef type, std::vector<ExprPtr> operands) -> ExprPtr {
    for (ExprPtr& operand : operands) operand = cast(std::move(operand), type);
    return std::make_unique<Intrinsic>(loc, type, kind, std::move(operands));
  };

  if (arity == 1) {
    TypeRef in = element_type(args[0]->type);
    // abs keeps every dtype (bool too); square and sign compute bools as int8.
    bool keeps = name == "abs" || name == "absolute";
    TypeRef t = in->is_bool() && !keeps ? types().int_type(8) : in;
    IntrinsicKind kind = keeps ? IntrinsicKind::Abs : name == "square" ? IntrinsicKind::Square : IntrinsicKind::Sign;
    return apply(std::move(args), [&](std::vector<ExprPtr> e) { return intrinsic(kind, t, expr_list(std::move(e[0]))); },
                 t);
  }
  if (name == "maximum" || name == "minimum" || name == "power") {
    TypeRef t = loop_type(types(), element_type(args[0]->type), element_type(args[1]->type));
    if (name == "power") {
      if (t->is_bool()) t = types().int_type(8);
      return apply(std::move(args), [&](std::vector<ExprPtr> e) -> ExprPtr {
        return std::make_unique<Binary>(loc, t, BinaryOp::Pow, cast(std::move(e[0]), t), cast(std::move(e[1]), t));
      }, t);
    }
    IntrinsicKind kind = name == "maximum" ? IntrinsicKind::Maximum : IntrinsicKind::Minimum;
    return apply(std::move(args), [&](std::vector<ExprPtr> e) {
      return intrinsic(kind, t, expr_list(std::move(e[0]), std::move(e[1])));
    }, t);
  }
  if (name == "where") {
    TypeRef t = promote(types(), element_type(args[1]->type), element_type(args[2]->type));
    return apply(std::move(args), [&](std::vector<ExprPtr> e) -> ExprPtr {
      return std::make_unique<Intrinsic>(loc, t, IntrinsicKind::Where,
                                         expr_list(truth(std::move(e[0])), cast(std::move(e[1]), t),
                                                   cast(std::move(e[2]), t)));
    }, t);
  }
  // np.clip(a, lo, hi): minimum(maximum(a, lo), hi) in the loop type of the
  // three, kept in a's dtype; a None bound is no bound.
  bool has_lo = !args[1]->type->is_none(), has_hi = !args[2]->type->is_none();
  if (!has_lo && !has_hi) {
    error(DiagCode::TypeMismatch, loc, "np.clip() needs a lower or an upper bound (both are None)");
    return nullptr;
  }
  TypeRef dtype = element_type(args[0]->type);
  TypeRef work = dtype;
  std::vector<ExprPtr> inputs;
  inputs.push_back(std::move(args[0]));
  for (std::size_t k = 1; k < 3; ++k) {
    if (args[k]->type->is_none()) continue;
    work = loop_type(types(), work, element_type(args[k]->type));
    inputs.push_back(std::move(args[k]));
  }
  return apply(std::move(inputs), [&](std::vector<ExprPtr> e) {
    ExprPtr value = std::move(e[0]);
    std::size_t next = 1;
    if (has_lo) value = intrinsic(IntrinsicKind::Maximum, work, expr_list(std::move(value), std::move(e[next++])));
    if (has_hi) value = intrinsic(IntrinsicKind::Minimum, work, expr_list(std::move(value), std::move(e[next++])));
    return value;
  }, dtype);
}

}  // namespace parc::ir
