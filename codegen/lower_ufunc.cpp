// IR -> LLVM: NumPy's ufuncs that are not one math function (see
// lowering.h): maximum and minimum, which propagate NaN; sign; square; and
// where. Each works on one element (or number), so inside an ArrayMap's loop
// they are straight-line selects that LLVM vectorizes.
#include "codegen/lowering.h"

namespace parc::codegen {

llvm::Value* Lowering::ufunc_intrinsic(const ir::Intrinsic& call, const std::vector<llvm::Value*>& args) {
  ir::TypeRef type = call.type;
  bool fp = type->is_float();
  switch (call.intrinsic) {
    case ir::IntrinsicKind::Maximum:
    case ir::IntrinsicKind::Minimum: {
      // NumPy's (and Numba's): (x >= y || isnan(x)) ? x : y for maximum, so
      // a NaN on either side wins, and of equal values the first.
      llvm::Value *x = args[0], *y = args[1];
      bool is_max = call.intrinsic == ir::IntrinsicKind::Maximum;
      llvm::Value* keep_x = compare_values(is_max ? ir::CmpOp::Ge : ir::CmpOp::Le, x, y, type);
      if (fp) keep_x = b.CreateOr(keep_x, b.CreateFCmpUNO(x, x));
      return b.CreateSelect(keep_x, x, y);
    }
    case ir::IntrinsicKind::Sign: {
      llvm::Value* x = args[0];
      llvm::Type* t = x->getType();
      if (fp) {
        // 1, -1, or x itself for 0, -0 and NaN.
        llvm::Value* zero = llvm::ConstantFP::get(t, 0.0);
        llvm::Value* signed_one = b.CreateSelect(b.CreateFCmpOGT(x, zero), llvm::ConstantFP::get(t, 1.0),
                                                 b.CreateSelect(b.CreateFCmpOLT(x, zero), llvm::ConstantFP::get(t, -1.0), x));
        return signed_one;
      }
      llvm::Value* zero = llvm::ConstantInt::get(t, 0);
      llvm::Value* positive = compare_values(ir::CmpOp::Gt, x, zero, type);
      if (!type->is_signed || type->is_bool()) return b.CreateZExt(positive, t);
      llvm::Value* negative = b.CreateICmpSLT(x, zero);
      return b.CreateSub(b.CreateZExt(positive, t), b.CreateZExt(negative, t));
    }
    case ir::IntrinsicKind::Square: return fp ? b.CreateFMul(args[0], args[0]) : b.CreateMul(args[0], args[0]);
    case ir::IntrinsicKind::Where: return b.CreateSelect(args[0], args[1], args[2]);
    default: break;
  }
  return nullptr;
}

}  // namespace parc::codegen
