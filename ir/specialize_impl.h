// The specialiser's classes, shared by specialize.cpp (functions and
// statements), specialize_expr.cpp (expressions) and specialize_call.cpp
// (calls of user functions, builtins, math and numpy scalar functions).
#pragma once

#include "ir/module_scope.h"
#include "ir/specialize.h"

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace parc::ir {

// A vector of expressions (an initializer list cannot hold move-only values).
template <typename... Exprs>
std::vector<ExprPtr> expr_list(Exprs... exprs) {
  std::vector<ExprPtr> out;
  (out.push_back(std::move(exprs)), ...);
  return out;
}

using Signature = std::pair<const ast::FunctionDef*, std::vector<TypeRef>>;

class Specializer {
 public:
  Specializer(const ast::Module& module, TypeContext& types, DiagnosticEngine& diags, const SpecializeOptions& options);
  std::unique_ptr<Module> run();

  // The return type of `def` for these argument types, inferred without
  // building or reporting anything; nullptr while unknown (recursion).
  TypeRef infer_return(const Signature& sig);
  // The specialisation of `def` for these argument types, built on first use.
  FunctionId specialize(const Signature& sig);

  TypeContext& types;
  const ModuleScope scope;
  DiagnosticEngine& diags;
  const SpecializeOptions options;
  std::unique_ptr<Module> module = std::make_unique<Module>();

 private:
  std::map<Signature, FunctionId> built_;
  std::map<Signature, TypeRef> inferred_;     // final return types
  std::map<Signature, TypeRef> guesses_;      // return types of functions being inferred

  // Compile time per specialisation (Function::compile_seconds), exclusive
  // of the nested ones: the clock is charged to one owner at a time.
  friend class ChargeTime;
  std::map<Signature, double> seconds_;
  double main_seconds_ = 0;
  double* charged_ = nullptr;  // the owner now: an entry of seconds_, main_seconds_, or none
  std::chrono::steady_clock::time_point charged_since_;
};

// Charges the time from here to the end of the scope to `seconds`, and the
// time before to whoever was charged until now (who is charged again after).
class ChargeTime {
 public:
  ChargeTime(Specializer& sp, double* seconds) : sp_(sp), previous_(switch_to(seconds)) {}
  ~ChargeTime() { switch_to(previous_); }
  ChargeTime(const ChargeTime&) = delete;
  ChargeTime& operator=(const ChargeTime&) = delete;

 private:
  double* switch_to(double* seconds) {
    auto now = std::chrono::steady_clock::now();
    if (sp_.charged_) *sp_.charged_ += std::chrono::duration<double>(now - sp_.charged_since_).count();
    sp_.charged_since_ = now;
    double* previous = sp_.charged_;
    sp_.charged_ = seconds;
    return previous;
  }
  Specializer& sp_;
  double* previous_;
};

// Builds one function body. It runs the body several times: inference
// passes grow each local's type (and the return type) until nothing
// changes, then one emitting pass builds the IR and reports errors.
class FunctionBuilder {
 public:
  FunctionBuilder(Specializer& sp, const ast::Body& body, bool is_main);

  // Inference only: the return type, or nullptr when unknown.
  TypeRef infer(const std::vector<std::pair<std::string, TypeRef>>& params, const Signature* self);
  // Inference, then the IR into `fn` (params and vars filled in).
  void build(Function& fn, const std::vector<std::pair<std::string, TypeRef>>& params, const Signature* self);

  // ---- expressions (specialize_expr.cpp)
  ExprPtr expr(const ast::Expr& e);
  ExprPtr cast(ExprPtr e, TypeRef to);
  ExprPtr truth(ExprPtr e);  // Python truthiness as a bool
  ExprPtr constant_int(SourceLoc loc, std::int64_t value, TypeRef type = nullptr);

  // ---- calls (specialize_call.cpp)
  ExprPtr call(const ast::Call& c);
  // print(...) as a statement; nullptr result means an error was reported.
  StmtPtr print(const ast::Call& c);

  // ---- arrays (specialize_array.cpp)
  ExprPtr array_subscript(ExprPtr array, const ast::Subscript& s);
  ExprPtr array_attribute(ExprPtr array, const ast::Attribute& a);
  ExprPtr array_method(ExprPtr array, const std::string& name, const ast::Call& c);
  // np.NAME for the array functions; `handled` false when NAME is none.
  ExprPtr numpy_array_function(const std::string& name, const ast::Call& c, bool& handled);
  // NumPy's ufuncs and np.where/np.clip on numbers and arrays
  // (specialize_ufunc.cpp); `handled` false when NAME is none of them.
  ExprPtr numpy_ufunc(const std::string& name, const ast::Call& c, bool& handled);
  ExprPtr array_arithmetic(SourceLoc loc, ast::BinaryOp op, ExprPtr lhs, ExprPtr rhs);
  ExprPtr array_compare(SourceLoc loc, CmpOp op, ExprPtr lhs, ExprPtr rhs);
  ExprPtr array_unary(SourceLoc loc, ast::UnaryOp op, ExprPtr operand);
  // A new array of `body` applied to the elements of the array inputs (and
  // to the scalar inputs), cast to `dtype` (the body's type when null).
  ExprPtr elementwise(SourceLoc loc, std::vector<ExprPtr> inputs,
                      const std::function<ExprPtr(std::vector<ExprPtr>)>& body, TypeRef dtype);
  TypeRef element_type(TypeRef t);
  ExprPtr converted(SourceLoc loc, ExprPtr array, TypeRef dtype);

  // ---- matrix products (specialize_linalg.cpp)
  // lhs @ rhs (`matmul`) or np.dot(lhs, rhs).
  ExprPtr matrix_product(SourceLoc loc, ExprPtr lhs, ExprPtr rhs, bool matmul);
  // np.dot / np.matmul (NAME) with two arguments, or self.dot(other).
  ExprPtr dot_call(const std::string& name, const ast::Call& c, ExprPtr self = nullptr);

  // Reports an error in the emitting pass (inference passes stay quiet).
  void error(DiagCode code, SourceLoc loc, std::string message);
  bool emitting() const { return emitting_; }
  TypeContext& types() { return sp_.types; }
  Specializer& specializer() { return sp_; }

 private:
  // ---- statements (specialize.cpp)
  void pass(const std::vector<std::pair<std::string, TypeRef>>& params);
  void block(const ast::Body& body, Block& out);
  void stmt(const ast::Stmt& s, Block& out);
  void assign(const ast::Expr& target, ExprPtr value, SourceLoc loc, Block& out);
  void bind(const std::string& name, ExprPtr value, SourceLoc loc, Block& out);
  void for_loop(const ast::For& f, Block& out);
  void collect_locals(const ast::Body& body);

  // ---- names (specialize_expr.cpp)
  ExprPtr name(const ast::Name& n);
  ExprPtr attribute(const ast::Attribute& a);
  ExprPtr module_constant(const std::string& name, SourceLoc loc);
  ExprPtr binary(const ast::Binary& b);
  ExprPtr arithmetic(SourceLoc loc, ast::BinaryOp op, ExprPtr lhs, ExprPtr rhs);
  ExprPtr unary(const ast::Unary& u);
  ExprPtr compare(const ast::Compare& c);
  ExprPtr bool_op(const ast::BoolOp& b);
  ExprPtr subscript(const ast::Subscript& s);

  // ---- arrays (specialize_array.cpp)
  std::optional<std::vector<IndexItem>> index_items(TypeRef array, const ast::Subscript& s, TypeRef& result);
  ExprPtr duplicate(const Expr& e);
  // `always`: a temporary even for a variable (which the code may reassign).
  ExprPtr stable(ExprPtr e, Block& out, bool always = false);
  // False (and an error) when `array` is read-only: a host's const array or a view of one.
  bool writable(TypeRef array, SourceLoc loc);
  // array op= value, element by element in place.
  void update_array(ExprPtr array, ast::BinaryOp op, ExprPtr value, SourceLoc loc, Block& out);
  void may_raise() {
    if (emitting_) fn_->may_raise = true;
  }
  // target = value, or target op= value when `update` is set.
  void store_subscript(const ast::Subscript& target, ExprPtr value, SourceLoc loc, Block& out,
                       const ast::BinaryOp* update);
  ExprPtr transpose(SourceLoc loc, ExprPtr array);
  TypeRef dtype_arg(const ast::Expr& e);
  ExprPtr shape_arg(const ast::Expr& e);
  bool call_arguments(const ast::Call& c, const std::string& callee, std::size_t min_args, std::size_t max_args,
                      const std::vector<std::string>& names, std::map<std::string, const ast::Expr*>& keywords);
  ExprPtr array_arg(const ast::Expr& e, const std::string& callee);
  // ---- reductions (specialize_reduce.cpp)
  ExprPtr reduction(SourceLoc loc, ReduceKind op, ExprPtr array, ExprPtr axis = nullptr);
  std::optional<ReduceKind> reduction_kind(const std::string& name);
  // a.NAME(axis) when `array` is set (the method), else np.NAME(a, axis).
  ExprPtr reduction_call(ReduceKind op, const std::string& callee, const ast::Call& c, ExprPtr array);
  void for_array(const ast::For& f, ExprPtr array, Block& out);

  // ---- calls (specialize_call.cpp)
  ExprPtr call_user(const ast::FunctionDef& def, const ast::Call& c);
  ExprPtr call_builtin(const std::string& name, const ast::Call& c);
  ExprPtr call_module_function(const std::string& module, const std::string& name, const ast::Call& c);
  // math.NAME or numpy's NAME on scalars; nullptr if NAME is not a math function.
  ExprPtr math_call(const std::string& module, const std::string& name, SourceLoc loc, std::vector<ExprPtr> args);
  std::optional<std::vector<ExprPtr>> positional_args(const ast::Call& c, std::size_t min, std::size_t max,
                                                      const std::string& callee);

  Specializer& sp_;
  const ast::Body& body_;
  bool is_main_;
  const Signature* self_ = nullptr;
  bool emitting_ = false;
  bool changed_ = false;
  Function* fn_ = nullptr;                    // emitting pass only
  std::set<std::string> locals_;              // names bound in this function
  std::map<std::string, TypeRef> var_types_;  // grows over the passes
  std::map<std::string, VarId> var_ids_;      // emitting pass
  std::set<std::string> conflicts_reported_;
  std::set<std::string> failed_;  // locals whose value had an error (emitting pass)
  TypeRef return_type_ = nullptr;
  bool returns_value_ = false, returns_none_ = false;
  std::set<std::string> constants_in_progress_;
  int temp_count_ = 0;
  int loop_depth_ = 0;
  bool boundscheck_ = false;  // indexing raises IndexError when out of range
};

}  // namespace parc::ir
