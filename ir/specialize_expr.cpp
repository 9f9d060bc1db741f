// Semantic analysis, part 2: names, literals and operators, with Python's
// and NumPy's typing rules made explicit as Casts. See specialize.h.
#include "ir/specialize_impl.h"

#include <cmath>
#include <limits>

namespace parc::ir {
namespace {

std::string operand_types(TypeRef a, TypeRef b) { return "'" + type_name(a) + "' and '" + type_name(b) + "'"; }

ExprPtr make_float(SourceLoc loc, TypeRef type, double value) {
  auto c = std::make_unique<Const>(loc, type);
  c->f = value;
  return c;
}

}  // namespace

ExprPtr FunctionBuilder::constant_int(SourceLoc loc, std::int64_t value, TypeRef type) {
  auto c = std::make_unique<Const>(loc, type ? type : types().int64());
  c->i = static_cast<std::uint64_t>(value);
  return c;
}

ExprPtr FunctionBuilder::cast(ExprPtr e, TypeRef to) {
  if (!e || !to || e->type == to) return e;
  SourceLoc loc = e->loc;
  if (e->type->is_array() || to->is_array()) {
    // A C-contiguous array is also an array of any strides.
    if (e->type->is_array() && to->is_array() && e->type->dtype == to->dtype && e->type->ndim == to->ndim &&
        to->layout == Layout::Any)
      return std::make_unique<Cast>(loc, to, std::move(e));
    error(DiagCode::TypeMismatch, loc, "cannot convert " + type_name(e->type) + " to " + type_name(to));
    return nullptr;
  }
  if (to->is_bool()) return truth(std::move(e));
  if (e->type->is_tuple() && to->is_tuple()) {
    // Element-wise, through a temporary-free rebuild of the tuple.
    if (const auto* make = ir::dyn_cast<MakeTuple>(e.get())) {
      auto& elements = const_cast<MakeTuple*>(make)->elements;
      std::vector<ExprPtr> cast_elements;
      for (std::size_t i = 0; i < elements.size(); ++i) cast_elements.push_back(cast(std::move(elements[i]), to->elements[i]));
      return std::make_unique<MakeTuple>(loc, to, std::move(cast_elements));
    }
    error(DiagCode::TypeMismatch, loc, "cannot convert " + type_name(e->type) + " to " + type_name(to));
    return nullptr;
  }
  if (!e->type->is_number() || !to->is_number()) {
    error(DiagCode::TypeMismatch, loc, "cannot convert " + type_name(e->type) + " to " + type_name(to));
    return nullptr;
  }
  return std::make_unique<Cast>(loc, to, std::move(e));
}

ExprPtr FunctionBuilder::truth(ExprPtr e) {
  if (!e) return nullptr;
  SourceLoc loc = e->loc;
  TypeRef boolean = types().boolean();
  if (e->type->is_bool()) return e;
  if (e->type->is_array()) {
    error(DiagCode::TypeMismatch, loc, "the truth value of an array is ambiguous: use a.any() or a.all()");
    return nullptr;
  }
  if (e->type->is_number()) {
    auto c = std::make_unique<Compare>(loc, boolean);
    TypeRef type = e->type;
    c->operands.push_back(std::move(e));
    c->operands.push_back(type->is_float() ? make_float(loc, type, 0.0) : constant_int(loc, 0, type));
    c->ops.push_back(CmpOp::Ne);
    return c;
  }
  // None is false; a string or tuple is true when not empty. The value is
  // still evaluated (it may be a call).
  return std::make_unique<Cast>(loc, boolean, std::move(e));
}

ExprPtr FunctionBuilder::expr(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::IntLit: {
      std::uint64_t v = static_cast<const ast::IntLit&>(e).value;
      bool fits = v <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
      auto c = std::make_unique<Const>(e.loc, fits ? types().int64() : types().int_type(64, false));
      c->i = v;
      return c;
    }
    case ast::ExprKind::FloatLit: return make_float(e.loc, types().float64(), static_cast<const ast::FloatLit&>(e).value);
    case ast::ExprKind::BoolLit: return constant_int(e.loc, static_cast<const ast::BoolLit&>(e).value, types().boolean());
    case ast::ExprKind::NoneLit: return std::make_unique<Const>(e.loc, types().none());
    case ast::ExprKind::StrLit: {
      auto c = std::make_unique<Const>(e.loc, types().str());
      c->s = static_cast<const ast::StrLit&>(e).value;
      return c;
    }
    case ast::ExprKind::Name: return name(static_cast<const ast::Name&>(e));
    case ast::ExprKind::Attribute: return attribute(static_cast<const ast::Attribute&>(e));
    case ast::ExprKind::Call: return call(static_cast<const ast::Call&>(e));
    case ast::ExprKind::Subscript: return subscript(static_cast<const ast::Subscript&>(e));
    case ast::ExprKind::Tuple: {
      std::vector<ExprPtr> elements;
      std::vector<TypeRef> element_types;
      for (const auto& elt : static_cast<const ast::Tuple&>(e).elts) {
        ExprPtr x = expr(*elt);
        if (!x) return nullptr;
        element_types.push_back(x->type);
        elements.push_back(std::move(x));
      }
      return std::make_unique<MakeTuple>(e.loc, types().tuple(element_types), std::move(elements));
    }
    case ast::ExprKind::Unary: return unary(static_cast<const ast::Unary&>(e));
    case ast::ExprKind::Binary: return binary(static_cast<const ast::Binary&>(e));
    case ast::ExprKind::BoolOp: return bool_op(static_cast<const ast::BoolOp&>(e));
    case ast::ExprKind::Compare: return compare(static_cast<const ast::Compare&>(e));
    case ast::ExprKind::IfExp: {
      const auto& i = static_cast<const ast::IfExp&>(e);
      ExprPtr cond = truth(expr(*i.test));
      ExprPtr then = expr(*i.body), otherwise = expr(*i.orelse);
      if (!cond || !then || !otherwise) return nullptr;
      TypeRef type = unify(types(), then->type, otherwise->type);
      if (!type) {
        error(DiagCode::TypeMismatch, e.loc,
              "the two branches of this conditional expression have types " + operand_types(then->type, otherwise->type));
        return nullptr;
      }
      return std::make_unique<Select>(e.loc, type, std::move(cond), cast(std::move(then), type), cast(std::move(otherwise), type));
    }
    case ast::ExprKind::List:
      error(DiagCode::UnsupportedFunction, e.loc, "lists are not supported; make arrays with np.zeros, np.ones, np.full, np.arange or np.linspace");
      return nullptr;
    case ast::ExprKind::Starred:
      error(DiagCode::UnsupportedFunction, e.loc, "argument unpacking with '*' is supported in print() only");
      return nullptr;
    case ast::ExprKind::Slice:
      error(DiagCode::UnsupportedFunction, e.loc, "a slice can only appear inside the brackets of an array subscript");
      return nullptr;
  }
  return nullptr;
}

// ---------------------------------------------------------------------- names

ExprPtr FunctionBuilder::name(const ast::Name& n) {
  if (locals_.count(n.id)) {
    if (failed_.count(n.id) && !var_ids_.count(n.id)) return nullptr;
    auto it = var_types_.find(n.id);
    if (it == var_types_.end() || !it->second) {
      error(DiagCode::UndefinedName, n.loc, "local variable '" + n.id + "' is used before it is assigned a value");
      return nullptr;
    }
    if (!emitting_) return std::make_unique<Const>(n.loc, it->second);  // only the type matters
    auto id = var_ids_.find(n.id);
    if (id == var_ids_.end()) {
      error(DiagCode::UndefinedName, n.loc, "local variable '" + n.id + "' is used before it is assigned a value");
      return nullptr;
    }
    return std::make_unique<VarRef>(n.loc, it->second, id->second);
  }
  if (failed_.count(n.id)) return nullptr;  // its error was reported
  if (!is_main_ && sp_.scope.constant(n.id)) return module_constant(n.id, n.loc);
  if (!is_main_ && sp_.scope.is_module_variable(n.id)) {
    error(DiagCode::NotConstant, n.loc,
          "module variable '" + n.id + "' is not a constant (it is assigned more than once, in a block, or from "
          "a call that may differ each time), so functions cannot read it");
    return nullptr;
  }
  if (sp_.scope.function(n.id)) {
    error(DiagCode::TypeMismatch, n.loc, "function '" + n.id + "' can only be called, not used as a value");
    return nullptr;
  }
  if (const auto* imported = sp_.scope.imported(n.id)) {
    if (imported->first == "math" || imported->first == "numpy") {
      ast::Attribute attr(n.loc, std::make_unique<ast::Name>(n.loc, imported->first == "math" ? "$math" : "$numpy"),
                          imported->second, n.loc);
      return attribute(attr);
    }
    error(DiagCode::TypeMismatch, n.loc, "'" + n.id + "' from " + imported->first + " can only be called");
    return nullptr;
  }
  if (!sp_.scope.module_of(n.id).empty()) {
    error(DiagCode::TypeMismatch, n.loc, "module '" + n.id + "' cannot be used as a value");
    return nullptr;
  }
  error(DiagCode::UndefinedName, n.loc, "name '" + n.id + "' is not defined");
  return nullptr;
}

// A module constant read by a function: its defining expression, typed in
// the module's scope (not the function's), so the value is the same.
ExprPtr FunctionBuilder::module_constant(const std::string& name, SourceLoc loc) {
  if (!constants_in_progress_.insert(name).second) {
    error(DiagCode::NotConstant, loc, "module constant '" + name + "' is defined in terms of itself");
    return nullptr;
  }
  std::set<std::string> saved_locals;
  std::swap(saved_locals, locals_);  // the module's names, not this function's
  ExprPtr value = expr(*sp_.scope.constant(name));
  std::swap(saved_locals, locals_);
  constants_in_progress_.erase(name);
  if (value) value->loc = loc;
  return value;
}

ExprPtr FunctionBuilder::attribute(const ast::Attribute& a) {
  const auto* base = ast::dyn_cast<ast::Name>(a.value.get());
  std::string module;
  if (base && (base->id == "$math" || base->id == "$numpy")) module = base->id.substr(1);
  else if (base && !locals_.count(base->id)) module = sp_.scope.module_of(base->id);
  if (module.empty()) {
    ExprPtr value = expr(*a.value);
    if (value && value->type->is_array()) return array_attribute(std::move(value), a);
    if (value) error(DiagCode::UnsupportedFunction, a.loc, type_name(value->type) + " has no attribute '" + a.attr + "'");
    return nullptr;
  }
  TypeRef f64 = types().float64();
  if (module == "math" || module == "numpy") {
    if (a.attr == "pi") return make_float(a.loc, f64, M_PI);
    if (a.attr == "e") return make_float(a.loc, f64, M_E);
    if (a.attr == "tau" && module == "math") return make_float(a.loc, f64, 2 * M_PI);
    if (a.attr == "inf") return make_float(a.loc, f64, std::numeric_limits<double>::infinity());
    if (a.attr == "nan") return make_float(a.loc, f64, std::numeric_limits<double>::quiet_NaN());
  }
  error(DiagCode::UnsupportedFunction, a.loc, "'" + module + "." + a.attr + "' is not supported as a value");
  return nullptr;
}

// ------------------------------------------------------------------ operators

ExprPtr FunctionBuilder::binary(const ast::Binary& b) {
  ExprPtr lhs = expr(*b.lhs), rhs = expr(*b.rhs);
  if (!lhs || !rhs) return nullptr;
  // n ** -2 with a literal exponent is a float, as in Python (a variable
  // negative exponent keeps Numba's integer result).
  const auto* neg = ast::dyn_cast<ast::Unary>(b.rhs.get());
  if (b.op == ast::BinaryOp::Pow && neg && neg->op == ast::UnaryOp::Neg && ast::dyn_cast<ast::IntLit>(neg->operand.get()) &&
      !lhs->type->is_float() && !lhs->type->is_array())
    lhs = cast(std::move(lhs), types().float64());
  return arithmetic(b.loc, b.op, std::move(lhs), std::move(rhs));
}

ExprPtr FunctionBuilder::arithmetic(SourceLoc loc, ast::BinaryOp op, ExprPtr lhs, ExprPtr rhs) {
  if (lhs->type->is_array() || rhs->type->is_array()) return array_arithmetic(loc, op, std::move(lhs), std::move(rhs));
  TypeRef a = lhs->type, b = rhs->type;
  std::string symbol(ast::spelling(op));
  if (!a->is_number() || !b->is_number()) {
    error(DiagCode::TypeMismatch, loc, "unsupported operand types for " + symbol + ": " + operand_types(a, b));
    return nullptr;
  }
  TypeRef t = promote_scalars(types(), a, b);
  auto make = [&](BinaryOp ir_op, TypeRef type) -> ExprPtr {
    return std::make_unique<Binary>(loc, type, ir_op, cast(std::move(lhs), type), cast(std::move(rhs), type));
  };
  switch (op) {
    case ast::BinaryOp::Add:
    case ast::BinaryOp::Sub:
    case ast::BinaryOp::Mul:
    case ast::BinaryOp::FloorDiv:
    case ast::BinaryOp::Mod:
    case ast::BinaryOp::Pow: {
      if (t->is_bool()) t = types().int64();  // True + True == 2
      bool divides = op == ast::BinaryOp::FloorDiv || op == ast::BinaryOp::Mod;
      if (divides && t->is_int() && emitting_) {
        const auto* divisor = ir::dyn_cast<Const>(rhs.get());
        if (!divisor || divisor->i == 0) fn_->may_raise = true;
      }
      BinaryOp ir_op = op == ast::BinaryOp::Add ? BinaryOp::Add
                       : op == ast::BinaryOp::Sub ? BinaryOp::Sub
                       : op == ast::BinaryOp::Mul ? BinaryOp::Mul
                       : op == ast::BinaryOp::FloorDiv ? BinaryOp::FloorDiv
                       : op == ast::BinaryOp::Mod ? BinaryOp::Mod
                                                  : BinaryOp::Pow;
      return make(ir_op, t);
    }
    case ast::BinaryOp::Div:
      return make(BinaryOp::Div, t->is_float() ? t : types().float64());
    case ast::BinaryOp::LShift:
    case ast::BinaryOp::RShift:
    case ast::BinaryOp::BitAnd:
    case ast::BinaryOp::BitOr:
    case ast::BinaryOp::BitXor: {
      if (t->is_float()) {
        error(DiagCode::TypeMismatch, loc, "unsupported operand types for " + symbol + ": " + operand_types(a, b));
        return nullptr;
      }
      bool shift = op == ast::BinaryOp::LShift || op == ast::BinaryOp::RShift;
      if (t->is_bool() && shift) t = types().int64();
      BinaryOp ir_op = op == ast::BinaryOp::LShift ? BinaryOp::LShift
                       : op == ast::BinaryOp::RShift ? BinaryOp::RShift
                       : op == ast::BinaryOp::BitAnd ? BinaryOp::BitAnd
                       : op == ast::BinaryOp::BitOr ? BinaryOp::BitOr
                                                    : BinaryOp::BitXor;
      return make(ir_op, t);
    }
    case ast::BinaryOp::MatMul:
      error(DiagCode::TypeMismatch, loc, "'@' needs arrays: unsupported operand types " + operand_types(a, b));
      return nullptr;
  }
  return nullptr;
}

ExprPtr FunctionBuilder::unary(const ast::Unary& u) {
  // -9223372036854775808 is the smallest int64, not a negated uint64.
  if (const auto* lit = ast::dyn_cast<ast::IntLit>(u.operand.get());
      lit && u.op == ast::UnaryOp::Neg && lit->value == (std::uint64_t{1} << 63))
    return constant_int(u.loc, std::numeric_limits<std::int64_t>::min());
  ExprPtr operand = expr(*u.operand);
  if (!operand) return nullptr;
  if (operand->type->is_array()) return array_unary(u.loc, u.op, std::move(operand));
  TypeRef t = operand->type;
  if (u.op == ast::UnaryOp::Not) {
    ExprPtr b = truth(std::move(operand));
    return b ? std::make_unique<Unary>(u.loc, types().boolean(), UnaryOp::Not, std::move(b)) : nullptr;
  }
  if (!t->is_number() || (u.op == ast::UnaryOp::Invert && t->is_float())) {
    error(DiagCode::TypeMismatch, u.loc,
          "bad operand type for unary " + std::string(ast::spelling(u.op)) + ": '" + type_name(t) + "'");
    return nullptr;
  }
  // ~True is False in Numba (a bool stays a bool); -True == -1.
  if (u.op == ast::UnaryOp::Invert && t->is_bool())
    return std::make_unique<Unary>(u.loc, t, UnaryOp::Not, std::move(operand));
  // Numba widens small ints: -int8 is an int64, ~uint8 a uint64.
  t = t->is_bool() ? types().int64() : t->is_int() ? types().int_type(64, t->is_signed) : t;
  if (u.op == ast::UnaryOp::Plus) return cast(std::move(operand), t);
  return std::make_unique<Unary>(u.loc, t, u.op == ast::UnaryOp::Neg ? UnaryOp::Neg : UnaryOp::Invert,
                                 cast(std::move(operand), t));
}

ExprPtr FunctionBuilder::compare(const ast::Compare& c) {
  std::vector<ExprPtr> operands;
  operands.push_back(expr(*c.left));
  for (const auto& x : c.comparators) operands.push_back(expr(*x));
  for (const ExprPtr& o : operands)
    if (!o) return nullptr;
  // `x is None` / `x is not None`: known from the types alone.
  if (c.ops.size() == 1 && (c.ops[0] == ast::CmpOp::Is || c.ops[0] == ast::CmpOp::IsNot)) {
    bool none_l = operands[0]->type->is_none(), none_r = operands[1]->type->is_none();
    if (!none_l && !none_r) {
      error(DiagCode::TypeMismatch, c.loc, "'is' compares with None only; use '==' for values");
      return nullptr;
    }
    bool same = none_l && none_r;
    return constant_int(c.loc, (c.ops[0] == ast::CmpOp::Is) == same, types().boolean());
  }
  bool arrays = false;
  for (const ExprPtr& o : operands) arrays = arrays || o->type->is_array();
  if (arrays) {
    static const CmpOp kOps[] = {CmpOp::Lt, CmpOp::Gt, CmpOp::Eq, CmpOp::Ge, CmpOp::Le, CmpOp::Ne};
    auto op = static_cast<std::size_t>(c.ops[0]);
    if (c.ops.size() != 1 || op >= std::size(kOps)) {
      error(DiagCode::TypeMismatch, c.loc, "arrays compare with one of < > == >= <= != at a time");
      return nullptr;
    }
    return array_compare(c.loc, kOps[op], std::move(operands[0]), std::move(operands[1]));
  }
  TypeRef common = nullptr;
  for (std::size_t i = 0; i < operands.size(); ++i) {
    TypeRef t = operands[i]->type;
    if (!t->is_number()) {
      error(DiagCode::TypeMismatch, operands[i]->loc, "cannot compare " + type_name(t) + " values here");
      return nullptr;
    }
    common = common ? promote_scalars(types(), common, t) : t;
  }
  auto result = std::make_unique<Compare>(c.loc, types().boolean());
  for (std::size_t i = 0; i < c.ops.size(); ++i) {
    switch (c.ops[i]) {
      case ast::CmpOp::Lt: result->ops.push_back(CmpOp::Lt); break;
      case ast::CmpOp::Gt: result->ops.push_back(CmpOp::Gt); break;
      case ast::CmpOp::Eq: result->ops.push_back(CmpOp::Eq); break;
      case ast::CmpOp::Ge: result->ops.push_back(CmpOp::Ge); break;
      case ast::CmpOp::Le: result->ops.push_back(CmpOp::Le); break;
      case ast::CmpOp::Ne: result->ops.push_back(CmpOp::Ne); break;
      default:
        error(DiagCode::TypeMismatch, c.loc,
              "'" + std::string(ast::spelling(c.ops[i])) + "' is not supported between numbers");
        return nullptr;
    }
  }
  for (ExprPtr& o : operands) result->operands.push_back(cast(std::move(o), common));
  return result;
}

ExprPtr FunctionBuilder::bool_op(const ast::BoolOp& b) {
  std::vector<ExprPtr> values;
  TypeRef type = nullptr;
  for (const auto& v : b.values) {
    ExprPtr x = expr(*v);
    if (!x) return nullptr;
    TypeRef merged = type ? unify(types(), type, x->type) : x->type;
    if (x->type->is_array()) {
      error(DiagCode::TypeMismatch, v->loc,
            "the truth value of an array is ambiguous: use a.any() or a.all() (or & and | element-wise)");
      return nullptr;
    }
    if (!merged) {
      error(DiagCode::TypeMismatch, b.loc,
            "the operands of '" + std::string(ast::spelling(b.op)) + "' have types " + operand_types(type, x->type));
      return nullptr;
    }
    type = merged;
    values.push_back(std::move(x));
  }
  LogicalOp op = b.op == ast::BoolOpKind::And ? LogicalOp::And : LogicalOp::Or;
  ExprPtr result = cast(std::move(values[0]), type);
  for (std::size_t i = 1; i < values.size(); ++i)
    result = std::make_unique<Logical>(b.loc, type, op, std::move(result), cast(std::move(values[i]), type));
  return result;
}

ExprPtr FunctionBuilder::subscript(const ast::Subscript& s) {
  ExprPtr value = expr(*s.value);
  if (!value) return nullptr;
  if (value->type->is_array()) return array_subscript(std::move(value), s);
  if (!value->type->is_tuple()) {
    error(DiagCode::TypeMismatch, s.loc, type_name(value->type) + " cannot be indexed");
    return nullptr;
  }
  const ast::Expr* index = s.indices.size() == 1 && !s.is_tuple ? s.indices[0].get() : nullptr;
  std::int64_t i = 0;
  bool constant = false;
  if (const auto* lit = index ? ast::dyn_cast<ast::IntLit>(index) : nullptr) {
    i = static_cast<std::int64_t>(lit->value);
    constant = true;
  } else if (const auto* neg = index ? ast::dyn_cast<ast::Unary>(index) : nullptr) {
    const auto* lit2 = ast::dyn_cast<ast::IntLit>(neg->operand.get());
    if (neg->op == ast::UnaryOp::Neg && lit2) {
      i = -static_cast<std::int64_t>(lit2->value);
      constant = true;
    }
  }
  auto size = static_cast<std::int64_t>(value->type->elements.size());
  if (!constant) {
    error(DiagCode::TypeMismatch, s.loc, "tuples are indexed with integer constants only");
    return nullptr;
  }
  if (i < -size || i >= size) {
    error(DiagCode::TypeMismatch, s.loc, "tuple index " + std::to_string(i) + " out of range for a tuple of " +
                                             std::to_string(size));
    return nullptr;
  }
  std::size_t at = static_cast<std::size_t>(i < 0 ? i + size : i);
  return std::make_unique<TupleGet>(s.loc, value->type->elements[at], std::move(value), at);
}

}  // namespace parc::ir
