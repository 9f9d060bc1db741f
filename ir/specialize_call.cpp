// Semantic analysis, part 3: calls — user functions (specialised per
// argument types), builtins (abs, min, max, round, int, float, bool, len,
// print), math and the scalar functions and types of numpy, time.
#include "ir/specialize_impl.h"

#include <cmath>

namespace parc::ir {
namespace {

struct MathEntry {
  const char* name;
  IntrinsicKind kind;
  std::size_t args;
};

// math.* and numpy's scalar ufuncs that map to one intrinsic on float64.
constexpr MathEntry kMath[] = {
    {"sqrt", IntrinsicKind::Sqrt, 1},     {"exp", IntrinsicKind::Exp, 1},         {"expm1", IntrinsicKind::Expm1, 1},
    {"log", IntrinsicKind::Log, 1},       {"log2", IntrinsicKind::Log2, 1},       {"log10", IntrinsicKind::Log10, 1},
    {"log1p", IntrinsicKind::Log1p, 1},   {"sin", IntrinsicKind::Sin, 1},         {"cos", IntrinsicKind::Cos, 1},
    {"tan", IntrinsicKind::Tan, 1},       {"asin", IntrinsicKind::Asin, 1},       {"acos", IntrinsicKind::Acos, 1},
    {"atan", IntrinsicKind::Atan, 1},     {"atan2", IntrinsicKind::Atan2, 2},     {"sinh", IntrinsicKind::Sinh, 1},
    {"cosh", IntrinsicKind::Cosh, 1},     {"tanh", IntrinsicKind::Tanh, 1},       {"fabs", IntrinsicKind::Fabs, 1},
    {"hypot", IntrinsicKind::Hypot, 2},   {"pow", IntrinsicKind::PowF, 2},        {"copysign", IntrinsicKind::Copysign, 2},
    {"fmod", IntrinsicKind::Fmod, 2},     {"erf", IntrinsicKind::Erf, 1},         {"erfc", IntrinsicKind::Erfc, 1},
    {"gamma", IntrinsicKind::Gamma, 1},   {"lgamma", IntrinsicKind::Lgamma, 1},   {"floor", IntrinsicKind::Floor, 1},
    {"ceil", IntrinsicKind::Ceil, 1},     {"trunc", IntrinsicKind::Trunc, 1},     {"isnan", IntrinsicKind::IsNan, 1},
    {"isinf", IntrinsicKind::IsInf, 1},   {"isfinite", IntrinsicKind::IsFinite, 1},
};

// numpy spellings of the same functions.
std::string numpy_to_math(const std::string& name) {
  if (name == "arcsin") return "asin";
  if (name == "arccos") return "acos";
  if (name == "arctan") return "atan";
  if (name == "arctan2") return "atan2";
  if (name == "gamma" || name == "lgamma" || name == "erf" || name == "erfc" || name == "pow")
    return "";  // not numpy functions (np.power is specialize_ufunc.cpp's)
  return name;
}

}  // namespace

std::optional<std::vector<ExprPtr>> FunctionBuilder::positional_args(const ast::Call& c, std::size_t min,
                                                                     std::size_t max, const std::string& callee) {
  if (!c.keywords.empty()) {
    error(DiagCode::InvalidArgument, c.keywords[0].loc, callee + "() takes no keyword arguments");
    return std::nullopt;
  }
  if (c.args.size() < min || c.args.size() > max) {
    std::string expected = min == max ? std::to_string(min) : std::to_string(min) + " to " + std::to_string(max);
    error(DiagCode::ArgumentCount, c.loc,
          callee + "() takes " + expected + " argument" + (max == 1 ? "" : "s") + " but " +
              std::to_string(c.args.size()) + (c.args.size() == 1 ? " was" : " were") + " given");
    return std::nullopt;
  }
  std::vector<ExprPtr> args;
  for (const auto& a : c.args) args.push_back(expr(*a));
  for (const ExprPtr& a : args)
    if (!a) return std::nullopt;
  return args;
}

ExprPtr FunctionBuilder::call(const ast::Call& c) {
  if (const auto* n = ast::dyn_cast<ast::Name>(c.func.get())) {
    if (locals_.count(n->id)) {
      ExprPtr value = expr(*n);
      if (value) {
        std::string type = type_name(value->type);
        std::string article = type[0] == 'i' ? "an " : "a ";
        error(DiagCode::NotCallable, n->loc, "'" + n->id + "' is " + article + type + ", not a function");
      }
      return nullptr;
    }
    if (const ast::FunctionDef* def = sp_.scope.function(n->id)) return call_user(*def, c);
    if (const auto* imported = sp_.scope.imported(n->id)) return call_module_function(imported->first, imported->second, c);
    if (sp_.scope.is_module_variable(n->id)) {
      error(DiagCode::NotCallable, n->loc, "'" + n->id + "' is a variable, not a function");
      return nullptr;
    }
    return call_builtin(n->id, c);
  }
  if (const auto* a = ast::dyn_cast<ast::Attribute>(c.func.get())) {
    const auto* base = ast::dyn_cast<ast::Name>(a->value.get());
    std::string module = base && !locals_.count(base->id) ? sp_.scope.module_of(base->id) : "";
    if (!module.empty()) return call_module_function(module, a->attr, c);
    ExprPtr value = expr(*a->value);
    if (value && value->type->is_array()) return array_method(std::move(value), a->attr, c);
    if (value) error(DiagCode::UnsupportedFunction, a->loc, type_name(value->type) + " has no method '" + a->attr + "'");
    return nullptr;
  }
  error(DiagCode::NotCallable, c.func->loc, "this expression is not a function");
  return nullptr;
}

ExprPtr FunctionBuilder::call_user(const ast::FunctionDef& def, const ast::Call& c) {
  // Match positional and keyword arguments to parameters, then defaults.
  std::vector<const ast::Expr*> bound(def.params.size(), nullptr);
  std::string fname = def.name + "()";
  if (c.args.size() > def.params.size()) {
    error(DiagCode::ArgumentCount, c.loc,
          fname + " takes " + std::to_string(def.params.size()) + " argument" + (def.params.size() == 1 ? "" : "s") +
              " but " + std::to_string(c.args.size()) + (c.args.size() == 1 ? " was" : " were") + " given");
    return nullptr;
  }
  for (std::size_t i = 0; i < c.args.size(); ++i) bound[i] = c.args[i].get();
  for (const ast::Keyword& k : c.keywords) {
    std::size_t i = 0;
    while (i < def.params.size() && def.params[i].name != k.name) ++i;
    if (i == def.params.size()) {
      error(DiagCode::ArgumentCount, k.loc, fname + " got an unexpected keyword argument '" + k.name + "'");
      return nullptr;
    }
    if (bound[i]) {
      error(DiagCode::ArgumentCount, k.loc, fname + " got multiple values for argument '" + k.name + "'");
      return nullptr;
    }
    bound[i] = k.value.get();
  }
  std::vector<ExprPtr> args;
  std::vector<TypeRef> arg_types;
  for (std::size_t i = 0; i < bound.size(); ++i) {
    ExprPtr value;
    if (bound[i]) {
      value = expr(*bound[i]);
    } else if (def.params[i].default_value) {
      // Defaults belong to the module's scope, like constants.
      std::set<std::string> saved;
      std::swap(saved, locals_);
      bool saved_main = is_main_;
      is_main_ = false;
      value = expr(*def.params[i].default_value);
      is_main_ = saved_main;
      std::swap(saved, locals_);
    } else {
      error(DiagCode::ArgumentCount, c.loc, fname + " missing required argument '" + def.params[i].name + "'");
      return nullptr;
    }
    if (!value) return nullptr;
    if (value->type->is_str()) {
      error(DiagCode::TypeMismatch, value->loc, "strings can be printed but not passed to functions");
      return nullptr;
    }
    arg_types.push_back(value->type);
    args.push_back(std::move(value));
  }
  Signature sig{&def, arg_types};
  TypeRef result = sp_.infer_return(sig);
  if (!emitting_) return result ? std::make_unique<Const>(c.loc, result) : nullptr;
  FunctionId callee = sp_.specialize(sig);
  result = sp_.infer_return(sig);
  // Without a return type the callee's own errors (or its missing base
  // case, reported at its def) say why.
  if (!result) return nullptr;
  fn_->callees.push_back(callee);
  return std::make_unique<Call>(c.loc, result, callee, std::move(args));
}

ExprPtr FunctionBuilder::math_call(const std::string& module, const std::string& name, SourceLoc loc,
                                   std::vector<ExprPtr> args) {
  const MathEntry* entry = nullptr;
  for (const MathEntry& m : kMath)
    if (name == m.name) entry = &m;
  if (!entry) return nullptr;
  std::string qualified = module + "." + name;
  if (args.size() != entry->args) {
    error(DiagCode::ArgumentCount, loc,
          qualified + "() takes " + std::to_string(entry->args) + " argument" + (entry->args == 1 ? "" : "s") +
              " but " + std::to_string(args.size()) + (args.size() == 1 ? " was" : " were") + " given");
    return nullptr;
  }
  bool arrays = false;
  for (const ExprPtr& a : args) arrays = arrays || a->type->is_array();
  if (arrays && module == "numpy") {
    return elementwise(loc, std::move(args), [&](std::vector<ExprPtr> elements) {
      return math_call(module, name, loc, std::move(elements));
    }, nullptr);
  }
  for (const ExprPtr& a : args) {
    if (!a->type->is_number()) {
      error(DiagCode::TypeMismatch, a->loc, qualified + "() needs a number, not " + type_name(a->type));
      return nullptr;
    }
  }
  IntrinsicKind kind = entry->kind;
  bool rounding = kind == IntrinsicKind::Floor || kind == IntrinsicKind::Ceil || kind == IntrinsicKind::Trunc;
  bool predicate = kind == IntrinsicKind::IsNan || kind == IntrinsicKind::IsInf || kind == IntrinsicKind::IsFinite;
  bool numpy = module == "numpy";
  TypeRef in = args[0]->type;
  if ((rounding || predicate) && !in->is_float() && !(numpy && rounding)) {
    // math.floor of an int is the int (64 bits wide, as Numba); ints are finite.
    if (rounding) return cast(std::move(args[0]), in->is_bool() ? types().int64() : types().int_type(64, in->is_signed));
    return constant_int(loc, kind == IntrinsicKind::IsFinite, types().boolean());
  }
  // The computing type: float32 stays float32 (math on float32 and numpy
  // on ints of up to 16 bits too, as Numba and NumPy do), else float64.
  TypeRef work = types().float64();
  bool all_f32 = true, all_small = true, any_float = false, any_f64 = false;
  for (const ExprPtr& a : args) {
    all_f32 = all_f32 && a->type->is_float() && a->type->bits == 32;
    all_small = all_small && (a->type->is_float() ? a->type->bits == 32 : a->type->bits <= 16);
    any_float = any_float || a->type->is_float();
    any_f64 = any_f64 || (a->type->is_float() && a->type->bits == 64);
  }
  if (all_f32 || (numpy && all_small)) work = types().float_type(32);
  // Numba's numpy loops: an int meeting a float computes in that float
  // (np.arctan2(int64, float32) is float32).
  if (numpy && any_float && !any_f64) work = types().float_type(32);
  std::vector<ExprPtr> cast_args;
  for (ExprPtr& a : args) cast_args.push_back(cast(std::move(a), work));
  // math.floor/ceil/trunc give ints; numpy's give floats.
  TypeRef result = rounding && !numpy ? types().int64() : predicate ? types().boolean() : work;
  return std::make_unique<Intrinsic>(loc, result, kind, std::move(cast_args));
}

ExprPtr FunctionBuilder::call_module_function(const std::string& module, const std::string& name, const ast::Call& c) {
  std::string qualified = module + "." + name;
  if (module == "time" && name == "perf_counter") {
    if (!positional_args(c, 0, 0, "time.perf_counter")) return nullptr;
    return std::make_unique<Intrinsic>(c.loc, types().float64(), IntrinsicKind::PerfCounter, std::vector<ExprPtr>{});
  }
  if (module == "numpy") {
    if (name == "dot" || name == "matmul") return dot_call(name, c);
    bool handled = false;
    ExprPtr array_result = numpy_array_function(name, c, handled);
    if (handled) return array_result;
    ExprPtr ufunc_result = numpy_ufunc(name, c, handled);
    if (handled) return ufunc_result;
    if (TypeRef dtype = types().from_dtype_name(name)) {
      auto args = positional_args(c, 1, 1, qualified);
      return args ? cast(std::move((*args)[0]), dtype) : nullptr;
    }
    if (name == "round" || name == "around" || name == "rint") {
      auto args = positional_args(c, 1, 1, qualified);
      if (!args) return nullptr;
      auto round_even = [&](ExprPtr x) -> ExprPtr {
        TypeRef t = x->type;
        if (!t->is_float()) return cast(std::move(x), t->is_bool() ? types().int64() : t);
        return std::make_unique<Intrinsic>(c.loc, t, IntrinsicKind::RoundEven, expr_list(std::move(x)));
      };
      if ((*args)[0]->type->is_array())
        return elementwise(c.loc, std::move(*args), [&](std::vector<ExprPtr> e) { return round_even(std::move(e[0])); },
                           nullptr);
      return round_even(std::move((*args)[0]));
    }
    std::string math_name = numpy_to_math(name);
    if (!math_name.empty() && c.keywords.empty()) {
      std::vector<ExprPtr> args;
      for (const auto& a : c.args) args.push_back(expr(*a));
      for (const ExprPtr& a : args)
        if (!a) return nullptr;
      bool known = false;
      for (const MathEntry& m : kMath) known = known || math_name == m.name;
      if (known) return math_call("numpy", math_name, c.loc, std::move(args));
    }
  }
  if (module == "math") {
    std::vector<ExprPtr> args;
    if (!c.keywords.empty()) {
      error(DiagCode::InvalidArgument, c.keywords[0].loc, qualified + "() takes no keyword arguments");
      return nullptr;
    }
    for (const auto& a : c.args) args.push_back(expr(*a));
    for (const ExprPtr& a : args)
      if (!a) return nullptr;
    bool known = false;
    for (const MathEntry& m : kMath) known = known || name == m.name;
    if (known) return math_call("math", name, c.loc, std::move(args));
  }
  if (module == "numba" && name == "set_num_threads") {
    auto args = positional_args(c, 1, 1, qualified);
    if (!args || !(*args)[0]) return nullptr;
    if (!(*args)[0]->type->is_int() && !(*args)[0]->type->is_bool()) {
      error(DiagCode::TypeMismatch, (*args)[0]->loc, "set_num_threads() takes an integer, not " + type_name((*args)[0]->type));
      return nullptr;
    }
    if (emitting_) fn_->may_raise = true;  // ValueError outside 1..the threads there are
    std::vector<ExprPtr> arg;
    arg.push_back(cast(std::move((*args)[0]), types().int64()));
    return std::make_unique<Intrinsic>(c.loc, types().none(), IntrinsicKind::SetNumThreads, std::move(arg));
  }
  if (module == "numba" && name == "get_num_threads") {
    if (!positional_args(c, 0, 0, qualified)) return nullptr;
    return std::make_unique<Intrinsic>(c.loc, types().int64(), IntrinsicKind::GetNumThreads, std::vector<ExprPtr>{});
  }
  if (module == "numba" && (name == "prange")) {
    error(DiagCode::UnsupportedFunction, c.loc, "prange() can only drive a for loop");
    return nullptr;
  }
  error(DiagCode::UnsupportedFunction, c.func->loc, "'" + qualified + "' is not supported");
  return nullptr;
}

ExprPtr FunctionBuilder::call_builtin(const std::string& name, const ast::Call& c) {
  TypeRef int64 = types().int64(), f64 = types().float64();
  if (name == "abs") {
    auto args = positional_args(c, 1, 1, "abs");
    if (!args) return nullptr;
    ExprPtr x = std::move((*args)[0]);
    if (x->type->is_array()) {
      SourceLoc loc = c.loc;
      return elementwise(loc, expr_list(std::move(x)), [&](std::vector<ExprPtr> e) -> ExprPtr {
        std::vector<ExprPtr> operands;
        operands.push_back(std::move(e[0]));
        TypeRef t = operands[0]->type;
        return std::make_unique<Intrinsic>(loc, t, IntrinsicKind::Abs, std::move(operands));
      }, nullptr);
    }
    if (!x->type->is_number()) {
      error(DiagCode::TypeMismatch, x->loc, "bad operand type for abs(): '" + type_name(x->type) + "'");
      return nullptr;
    }
    TypeRef t = x->type->is_bool() ? int64 : x->type;
    std::vector<ExprPtr> operands;
    operands.push_back(cast(std::move(x), t));
    return std::make_unique<Intrinsic>(c.loc, t, IntrinsicKind::Abs, std::move(operands));
  }
  if (name == "min" || name == "max") {
    auto args = positional_args(c, 2, 64, name);
    if (!args) return nullptr;
    TypeRef t = nullptr;
    for (const ExprPtr& a : *args) {
      if (!a->type->is_number()) {
        error(DiagCode::TypeMismatch, a->loc, name + "() of " + type_name(a->type) + " values is not supported");
        return nullptr;
      }
      t = t ? promote(types(), t, a->type) : a->type;  // Numba's min/max: NumPy's rule
    }
    ExprPtr result = cast(std::move((*args)[0]), t);
    for (std::size_t i = 1; i < args->size(); ++i)
      result = std::make_unique<Binary>(c.loc, t, name == "min" ? BinaryOp::Min : BinaryOp::Max, std::move(result),
                                        cast(std::move((*args)[i]), t));
    return result;
  }
  if (name == "round") {
    auto args = positional_args(c, 1, 2, "round");
    if (!args) return nullptr;
    ExprPtr x = std::move((*args)[0]);
    if (!x->type->is_number()) {
      error(DiagCode::TypeMismatch, x->loc, "round() needs a number, not " + type_name(x->type));
      return nullptr;
    }
    if (args->size() == 1) {
      TypeRef t = x->type;  // read before x moves (argument order is unspecified)
      if (!t->is_float()) return cast(std::move(x), t->is_bool() ? int64 : t);
      std::vector<ExprPtr> operands;
      operands.push_back(std::move(x));
      return cast(std::make_unique<Intrinsic>(c.loc, f64, IntrinsicKind::RoundEven, std::move(operands)), int64);
    }
    // round(x, n): a float, rounded as Numba rounds (the runtime's).
    ExprPtr digits = std::move((*args)[1]);
    if (!digits->type->is_int() && !digits->type->is_bool()) {
      error(DiagCode::TypeMismatch, digits->loc, "round()'s number of digits must be an integer");
      return nullptr;
    }
    TypeRef result = x->type->is_float() ? x->type : f64;  // float32 stays float32
    std::vector<ExprPtr> operands;
    operands.push_back(cast(std::move(x), f64));
    operands.push_back(cast(std::move(digits), int64));
    return cast(std::make_unique<Intrinsic>(c.loc, f64, IntrinsicKind::RoundDigits, std::move(operands)), result);
  }
  if (name == "int" || name == "float" || name == "bool") {
    auto args = positional_args(c, 1, 1, name);
    if (!args) return nullptr;
    ExprPtr x = std::move((*args)[0]);
    if (name == "bool") return truth(std::move(x));
    if (!x->type->is_number()) {
      error(DiagCode::TypeMismatch, x->loc, name + "() of " + type_name(x->type) + " is not supported");
      return nullptr;
    }
    TypeRef t = x->type;  // read before x moves (argument order is unspecified)
    if (name == "float") return cast(std::move(x), t->is_float() ? t : f64);
    return cast(std::move(x), t->is_int() ? t : int64);
  }
  if (name == "len") {
    auto args = positional_args(c, 1, 1, "len");
    if (!args) return nullptr;
    if ((*args)[0]->type->is_array() && (*args)[0]->type->ndim > 0)
      return std::make_unique<ArrayAttr>(c.loc, int64, std::move((*args)[0]), ArrayAttrKind::Dim, 0);
    if (!(*args)[0]->type->is_tuple()) {
      error(DiagCode::TypeMismatch, (*args)[0]->loc, "len() of " + type_name((*args)[0]->type) + " is not supported");
      return nullptr;
    }
    return constant_int(c.loc, static_cast<std::int64_t>((*args)[0]->type->elements.size()));
  }
  if (name == "print") {
    error(DiagCode::TypeMismatch, c.loc, "print() returns None; call it as a statement");
    return nullptr;
  }
  if (name == "range" || name == "prange") {
    error(DiagCode::UnsupportedFunction, c.loc, name + "() can only drive a for loop");
    return nullptr;
  }
  static const char* const kPythonBuiltins[] = {
      "sorted", "sum", "any", "all", "map", "filter", "zip", "enumerate", "list", "dict", "set", "str",
      "input", "open", "isinstance", "type", "divmod", "pow", "hex", "oct", "bin", "chr", "ord", "iter",
      "next", "reversed", "hash", "id", "repr", "format", "getattr", "setattr", "hasattr", "callable",
      "slice", "frozenset", "bytes", "bytearray", "complex", "exec", "eval", "globals", "locals", "dir"};
  for (const char* builtin : kPythonBuiltins) {
    if (name == builtin) {
      error(DiagCode::UnsupportedFunction, c.func->loc, "builtin '" + name + "' is not supported");
      return nullptr;
    }
  }
  error(DiagCode::UndefinedName, c.func->loc, "name '" + name + "' is not defined");
  return nullptr;
}

StmtPtr FunctionBuilder::print(const ast::Call& c) {
  std::string sep = " ", end = "\n";
  for (const ast::Keyword& k : c.keywords) {
    if (k.name != "sep" && k.name != "end" && k.name != "flush") {
      error(DiagCode::InvalidArgument, k.loc, "print() keyword '" + k.name + "' is not supported");
      return nullptr;
    }
    if (k.name == "flush") continue;
    if (ast::dyn_cast<ast::NoneLit>(k.value.get())) continue;
    const auto* text = ast::dyn_cast<ast::StrLit>(k.value.get());
    if (!text) {
      error(DiagCode::InvalidArgument, k.value->loc, "print()'s " + k.name + "= must be a string literal");
      return nullptr;
    }
    (k.name == "sep" ? sep : end) = text->value;
  }
  std::vector<ExprPtr> args;
  std::vector<bool> spread;
  for (const auto& a : c.args) {
    const auto* starred = ast::dyn_cast<ast::Starred>(a.get());
    ExprPtr x = expr(starred ? *starred->value : *a);
    if (!x) return nullptr;
    if (starred && !x->type->is_tuple()) {
      error(DiagCode::TypeMismatch, a->loc, "print(*x) needs a tuple, not " + type_name(x->type));
      return nullptr;
    }
    if (x->type->is_tuple() && !starred) {
      for (TypeRef t : x->type->elements) {
        if (t->is_array()) {
          error(DiagCode::UnsupportedFunction, a->loc, "printing a tuple that holds arrays is not supported; print "
                                                       "the arrays themselves");
          return nullptr;
        }
      }
    }
    args.push_back(std::move(x));
    spread.push_back(starred != nullptr);
  }
  return std::make_unique<Print>(c.loc, std::move(args), std::move(spread), sep, end);
}

}  // namespace parc::ir
