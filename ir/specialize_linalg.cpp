// Semantic analysis, part 5: matrix products — np.dot(a, b), np.matmul(a,
// b), a.dot(b) and a @ b on 1-d and 2-d arrays (an ArrayDot node; see
// ir.h). The result dtype is NumPy's promotion of the two dtypes (Numba
// itself takes float arrays of one dtype only; parc also multiplies ints,
// bools and mixed dtypes, as NumPy does): an operand of another dtype is
// converted to the result's first, so that both reach codegen with one
// dtype. See specialize.h.
//
//   a @ b   (float64[:, :] @ int64[:])
//   =>  (matmul:float64[:] a (map:float64[:] [b] $0))
#include "ir/specialize_impl.h"

namespace parc::ir {

ExprPtr FunctionBuilder::matrix_product(SourceLoc loc, ExprPtr lhs, ExprPtr rhs, bool matmul) {
  std::string what = matmul ? "'@'" : "np.dot()";
  if (!lhs->type->is_array() || !rhs->type->is_array()) {
    error(DiagCode::TypeMismatch, loc,
          what + " multiplies arrays, not " + type_name(lhs->type) + " and " + type_name(rhs->type) +
              (matmul ? "" : "; multiply by a scalar with *"));
    return nullptr;
  }
  for (const ExprPtr* operand : {&lhs, &rhs}) {
    TypeRef t = (*operand)->type;
    if (t->ndim < 1 || t->ndim > 2) {
      error(DiagCode::TypeMismatch, (*operand)->loc,
            what + " is only supported on 1-d and 2-d arrays, not " + std::to_string(t->ndim) + "-d");
      return nullptr;
    }
    if (!t->dtype->is_number()) {
      error(DiagCode::TypeMismatch, (*operand)->loc, what + " multiplies numbers, not " + type_name(t->dtype));
      return nullptr;
    }
  }
  TypeRef dtype = promote(types(), lhs->type->dtype, rhs->type->dtype);
  SourceLoc lhs_loc = lhs->loc, rhs_loc = rhs->loc;  // (the arguments below may move first)
  if (lhs->type->dtype != dtype) lhs = converted(lhs_loc, std::move(lhs), dtype);
  if (rhs->type->dtype != dtype) rhs = converted(rhs_loc, std::move(rhs), dtype);
  if (!lhs || !rhs) return nullptr;
  int ndim = lhs->type->ndim + rhs->type->ndim - 2;
  TypeRef result = ndim == 0 ? dtype : types().array(dtype, ndim, Layout::C);
  may_raise();  // shapes that do not line up, out of memory
  return std::make_unique<ArrayDot>(loc, result, std::move(lhs), std::move(rhs), matmul);
}

// np.dot(a, b), np.matmul(a, b), or (with `self`) a.dot(b).
ExprPtr FunctionBuilder::dot_call(const std::string& name, const ast::Call& c, ExprPtr self) {
  std::map<std::string, const ast::Expr*> keywords;
  std::string callee = self ? "array." + name : "np." + name;
  std::size_t count = self ? 1 : 2;
  if (!call_arguments(c, callee, count, count, {}, keywords)) return nullptr;
  ExprPtr lhs = self ? std::move(self) : expr(*c.args[0]);
  ExprPtr rhs = expr(*c.args[count - 1]);
  if (!lhs || !rhs) return nullptr;
  return matrix_product(c.loc, std::move(lhs), std::move(rhs), name == "matmul");
}

}  // namespace parc::ir
