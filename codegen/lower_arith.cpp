// IR -> LLVM: Python's arithmetic (floor division and modulo that round
// toward negative infinity, integer powers, wrapping int64), comparisons,
// conversions and the math intrinsics (see lowering.h).
#include "codegen/lowering.h"

#include <llvm/IR/Intrinsics.h>

#include <cmath>

namespace parc::codegen {
namespace {

bool is_signed_int(ir::TypeRef t) { return t->is_int() && t->is_signed; }

}  // namespace

llvm::Value* Lowering::compare_values(ir::CmpOp op, llvm::Value* a, llvm::Value* b_value, ir::TypeRef type) {
  if (type->is_float()) {
    // Python: every comparison with nan is false, except != which is true.
    static constexpr llvm::CmpInst::Predicate kFloat[] = {llvm::CmpInst::FCMP_OLT, llvm::CmpInst::FCMP_OGT,
                                                          llvm::CmpInst::FCMP_OEQ, llvm::CmpInst::FCMP_OGE,
                                                          llvm::CmpInst::FCMP_OLE, llvm::CmpInst::FCMP_UNE};
    return b.CreateFCmp(kFloat[static_cast<int>(op)], a, b_value);
  }
  bool is_signed = is_signed_int(type);
  static constexpr llvm::CmpInst::Predicate kSigned[] = {llvm::CmpInst::ICMP_SLT, llvm::CmpInst::ICMP_SGT,
                                                         llvm::CmpInst::ICMP_EQ,  llvm::CmpInst::ICMP_SGE,
                                                         llvm::CmpInst::ICMP_SLE, llvm::CmpInst::ICMP_NE};
  static constexpr llvm::CmpInst::Predicate kUnsigned[] = {llvm::CmpInst::ICMP_ULT, llvm::CmpInst::ICMP_UGT,
                                                           llvm::CmpInst::ICMP_EQ,  llvm::CmpInst::ICMP_UGE,
                                                           llvm::CmpInst::ICMP_ULE, llvm::CmpInst::ICMP_NE};
  return b.CreateICmp((is_signed ? kSigned : kUnsigned)[static_cast<int>(op)], a, b_value);
}

llvm::Value* Lowering::cast_value(llvm::Value* v, ir::TypeRef from, ir::TypeRef to) {
  if (from == to) return v;
  llvm::Type* target = llvm_type(to);
  if (to->is_bool()) return truth(v, from);
  bool from_signed = is_signed_int(from);
  if (to->is_int()) {
    if (from->is_float()) return float_to_int(v, to);
    return from_signed ? b.CreateSExtOrTrunc(v, target) : b.CreateZExtOrTrunc(v, target);
  }
  // to float
  if (from->is_float()) return to->bits > from->bits ? b.CreateFPExt(v, target) : b.CreateFPTrunc(v, target);
  return from_signed ? b.CreateSIToFP(v, target) : b.CreateUIToFP(v, target);
}

// In C (and LLVM) converting an out-of-range float is undefined; NumPy and
// Numba give what x86-64's conversion instructions give, which parc makes
// its definition: int64 and int32 give their smallest value, uint64 and
// uint32 all ones, and the narrower types convert through int32 and wrap
// ((-1.0).astype(uint8) == 255, 300.0 -> uint8 == 44). NaN is out of range.
llvm::Value* Lowering::float_to_int(llvm::Value* v, ir::TypeRef to) {
  llvm::Value* x = v->getType()->isDoubleTy() ? v : b.CreateFPExt(v, b.getDoubleTy());
  unsigned bits = to->bits >= 32 ? to->bits : 32;
  bool is_unsigned = !to->is_signed && to->bits >= 32;
  double low = is_unsigned ? -1.0 : -std::ldexp(1.0, static_cast<int>(bits) - 1) - 1.0;
  double high = std::ldexp(1.0, static_cast<int>(is_unsigned ? bits : bits - 1));
  llvm::Value* in_range = b.CreateAnd(b.CreateFCmpOGT(x, llvm::ConstantFP::get(b.getDoubleTy(), low)),
                                      b.CreateFCmpOLT(x, llvm::ConstantFP::get(b.getDoubleTy(), high)));
  llvm::Value* safe = b.CreateSelect(in_range, x, llvm::ConstantFP::get(b.getDoubleTy(), 0.0));
  llvm::Type* wide = b.getIntNTy(bits);
  llvm::Value* converted = is_unsigned ? b.CreateFPToUI(safe, wide) : b.CreateFPToSI(safe, wide);
  llvm::Value* special = is_unsigned ? llvm::ConstantInt::get(wide, llvm::APInt::getAllOnes(bits))
                                     : llvm::ConstantInt::get(wide, llvm::APInt::getSignedMinValue(bits));
  return b.CreateTrunc(b.CreateSelect(in_range, converted, special), llvm_type(to));
}

llvm::Value* Lowering::integer_power(llvm::Value* base, llvm::Value* exponent, ir::TypeRef type) {
  // Square and multiply; a negative exponent gives 1/base**n truncated, as
  // Numba does: 1 for base 1, +-1 for base -1, else 0.
  llvm::Type* t = base->getType();
  auto* zero = llvm::ConstantInt::get(t, 0), *one = llvm::ConstantInt::get(t, 1);
  llvm::BasicBlock* pre = b.GetInsertBlock();
  auto* loop = llvm::BasicBlock::Create(ctx, "ipow", llvm_fn_);
  auto* done = llvm::BasicBlock::Create(ctx, "ipow_end", llvm_fn_);
  llvm::Value* negative = type->is_signed ? b.CreateICmpSLT(exponent, zero) : b.getFalse();
  // base ** -n: 1 if base == 1; (-1)**n if base == -1; otherwise 0.
  llvm::Value* minus_one = llvm::ConstantInt::getSigned(t, -1);
  llvm::Value* odd_exponent = b.CreateICmpNE(b.CreateAnd(exponent, one), zero);
  llvm::Value* negative_result =
      b.CreateSelect(b.CreateICmpEQ(base, one), one,
                     b.CreateSelect(b.CreateICmpEQ(base, minus_one), b.CreateSelect(odd_exponent, minus_one, one), zero));
  llvm::Value* early = b.CreateSelect(negative, negative_result, one);  // also base ** 0 == 1
  b.CreateCondBr(b.CreateOr(negative, b.CreateICmpEQ(exponent, zero)), done, loop);
  b.SetInsertPoint(loop);
  llvm::PHINode* result = b.CreatePHI(t, 2), *square = b.CreatePHI(t, 2), *n = b.CreatePHI(t, 2);
  result->addIncoming(one, pre);
  square->addIncoming(base, pre);
  n->addIncoming(exponent, pre);
  llvm::Value* odd = b.CreateICmpNE(b.CreateAnd(n, one), zero);
  llvm::Value* next_result = b.CreateSelect(odd, b.CreateMul(result, square), result);
  llvm::Value* next_n = b.CreateLShr(n, one);
  llvm::Value* next_square = b.CreateMul(square, square);
  result->addIncoming(next_result, loop);
  square->addIncoming(next_square, loop);
  n->addIncoming(next_n, loop);
  b.CreateCondBr(b.CreateICmpEQ(next_n, zero), done, loop);
  b.SetInsertPoint(done);
  llvm::PHINode* out = b.CreatePHI(t, 2);
  out->addIncoming(early, pre);
  out->addIncoming(next_result, loop);
  return out;
}

llvm::Value* Lowering::simple_binary(ir::BinaryOp op, llvm::Value* x, llvm::Value* y, ir::TypeRef type) {
  bool fp = type->is_float();
  switch (op) {
    case ir::BinaryOp::Add: return fp ? b.CreateFAdd(x, y) : b.CreateAdd(x, y);
    case ir::BinaryOp::Sub: return fp ? b.CreateFSub(x, y) : b.CreateSub(x, y);
    case ir::BinaryOp::Mul: return fp ? b.CreateFMul(x, y) : b.CreateMul(x, y);
    case ir::BinaryOp::Div: return b.CreateFDiv(x, y);
    case ir::BinaryOp::BitAnd: return b.CreateAnd(x, y);
    case ir::BinaryOp::BitOr: return b.CreateOr(x, y);
    case ir::BinaryOp::BitXor: return b.CreateXor(x, y);
    case ir::BinaryOp::Min:
      return b.CreateSelect(compare_values(ir::CmpOp::Lt, y, x, type), y, x);  // Python keeps the first on ties
    case ir::BinaryOp::Max:
      return b.CreateSelect(compare_values(ir::CmpOp::Gt, y, x, type), y, x);
    default: return nullptr;
  }
}

llvm::Value* Lowering::binary(const ir::Binary& bin) {
  llvm::Value* x = expr(*bin.lhs);
  llvm::Value* y = expr(*bin.rhs);
  ir::TypeRef type = bin.type;
  bool fp = type->is_float(), is_signed = is_signed_int(type);
  llvm::Type* t = x->getType();
  if (llvm::Value* simple = simple_binary(bin.op, x, y, type)) return simple;
  switch (bin.op) {
    case ir::BinaryOp::LShift:
    case ir::BinaryOp::RShift: {
      // Counts at or past the width give 0 (or the sign), not poison.
      unsigned bits = t->getIntegerBitWidth();
      llvm::Value* wide = b.CreateICmpUGE(y, llvm::ConstantInt::get(t, bits));
      llvm::Value* count = b.CreateSelect(wide, llvm::ConstantInt::get(t, bits - 1), y);
      if (bin.op == ir::BinaryOp::LShift) return b.CreateSelect(wide, llvm::ConstantInt::get(t, 0), b.CreateShl(x, count));
      return is_signed ? b.CreateAShr(x, count) : b.CreateSelect(wide, llvm::ConstantInt::get(t, 0), b.CreateLShr(x, count));
    }
    case ir::BinaryOp::Pow:
      if (fp) return b.CreateBinaryIntrinsic(llvm::Intrinsic::pow, x, y);
      return integer_power(x, y, type);
    case ir::BinaryOp::FloorDiv:
    case ir::BinaryOp::Mod: {
      bool floor_div = bin.op == ir::BinaryOp::FloorDiv;
      if (fp) {
        // CPython's float_floor_div / float_rem.
        llvm::Value* mod = b.CreateFRem(x, y);
        llvm::Value* zero = llvm::ConstantFP::get(t, 0.0);
        llvm::Value* fix = b.CreateAnd(b.CreateFCmpUNE(mod, zero),
                                       b.CreateXor(b.CreateFCmpOLT(y, zero), b.CreateFCmpOLT(mod, zero)));
        llvm::Value* fixed_mod = b.CreateSelect(fix, b.CreateFAdd(mod, y), mod);
        if (!floor_div) {
          // A zero result takes the divisor's sign.
          llvm::Value* signed_zero = b.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, zero, y);
          return b.CreateSelect(b.CreateFCmpOEQ(fixed_mod, zero), signed_zero, fixed_mod);
        }
        llvm::Value* div = b.CreateFDiv(b.CreateFSub(x, mod), y);
        div = b.CreateSelect(fix, b.CreateFSub(div, llvm::ConstantFP::get(t, 1.0)), div);
        llvm::Value* floored = b.CreateUnaryIntrinsic(llvm::Intrinsic::floor, div);
        llvm::Value* round_up = b.CreateFCmpOGT(b.CreateFSub(div, floored), llvm::ConstantFP::get(t, 0.5));
        floored = b.CreateSelect(round_up, b.CreateFAdd(floored, llvm::ConstantFP::get(t, 1.0)), floored);
        llvm::Value* zero_div = b.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, zero, b.CreateFDiv(x, y));
        llvm::Value* result = b.CreateSelect(b.CreateFCmpOEQ(div, zero), zero_div, floored);
        // By zero: IEEE's x / 0.0 (inf, -inf or nan), as NumPy's floor_divide.
        return b.CreateSelect(b.CreateFCmpOEQ(y, zero), b.CreateFDiv(x, y), result);
      }
      auto* zero = llvm::ConstantInt::get(t, 0);
      // NumPy's arrays: by zero gives 0. Divide by 1 instead, then pick 0.
      llvm::Value* by_zero = nullptr;
      if (bin.zero_on_zero_divisor && !llvm::isa<llvm::ConstantInt>(y)) {
        by_zero = b.CreateICmpEQ(y, zero);
        y = b.CreateSelect(by_zero, llvm::ConstantInt::get(t, 1), y);
      }
      auto finish = [&](llvm::Value* v) { return by_zero ? b.CreateSelect(by_zero, zero, v) : v; };
      if (bin.zero_on_zero_divisor && llvm::isa<llvm::ConstantInt>(y) && llvm::cast<llvm::ConstantInt>(y)->isZero())
        return zero;
      if (!by_zero && (!llvm::isa<llvm::ConstantInt>(y) || llvm::cast<llvm::ConstantInt>(y)->isZero())) {
        raise_if(b.CreateICmpEQ(y, zero), PARC_ZERO_DIVISION_ERROR, bin.loc,
                 floor_div ? "integer division or modulo by zero" : "integer modulo by zero");
      }
      if (!is_signed) return finish(floor_div ? b.CreateUDiv(x, y) : b.CreateURem(x, y));
      // A constant divisor: LLVM turns the general form into shifts.
      if (llvm::isa<llvm::ConstantInt>(y)) return finish(signed_floor_division(x, y, floor_div));
      // Both operands non-negative (the usual case): C's division is
      // Python's. Otherwise round toward negative infinity, below.
      auto* fast = llvm::BasicBlock::Create(ctx, "div_fast", llvm_fn_);
      auto* slow = llvm::BasicBlock::Create(ctx, "div_slow", llvm_fn_);
      auto* done = llvm::BasicBlock::Create(ctx, "div_end", llvm_fn_);
      b.CreateCondBr(b.CreateICmpSGE(b.CreateOr(x, y), zero), fast, slow);
      b.SetInsertPoint(fast);
      llvm::Value* fast_result = floor_div ? b.CreateSDiv(x, y) : b.CreateSRem(x, y);
      b.CreateBr(done);
      b.SetInsertPoint(slow);
      llvm::Value* slow_result = signed_floor_division(x, y, floor_div);
      llvm::BasicBlock* slow_end = b.GetInsertBlock();
      b.CreateBr(done);
      b.SetInsertPoint(done);
      llvm::PHINode* result = b.CreatePHI(t, 2);
      result->addIncoming(fast_result, fast);
      result->addIncoming(slow_result, slow_end);
      return finish(result);
    }
    default: break;  // the simple ones, above
  }
  return nullptr;
}

// Python's // and % on signed ints: round toward negative infinity.
llvm::Value* Lowering::signed_floor_division(llvm::Value* x, llvm::Value* y, bool floor_div) {
  llvm::Type* t = x->getType();
  auto* zero = llvm::ConstantInt::get(t, 0);
  // x / -1 overflows for the minimum value: divide by 1 and negate.
  llvm::Value* minus_one = b.CreateICmpEQ(y, llvm::ConstantInt::getSigned(t, -1));
  llvm::Value* safe_y = b.CreateSelect(minus_one, llvm::ConstantInt::get(t, 1), y);
  llvm::Value* q = b.CreateSDiv(x, safe_y);
  llvm::Value* r = b.CreateSRem(x, safe_y);
  llvm::Value* adjust = b.CreateAnd(b.CreateICmpNE(r, zero), b.CreateICmpSLT(b.CreateXor(r, y), zero));
  if (floor_div) {
    llvm::Value* floored = b.CreateSelect(adjust, b.CreateSub(q, llvm::ConstantInt::get(t, 1)), q);
    return b.CreateSelect(minus_one, b.CreateNeg(x), floored);
  }
  llvm::Value* mod = b.CreateSelect(adjust, b.CreateAdd(r, y), r);
  return b.CreateSelect(minus_one, zero, mod);
}

llvm::Value* Lowering::intrinsic(const ir::Intrinsic& call) {
  std::vector<llvm::Value*> args;
  for (const ir::ExprPtr& a : call.args) args.push_back(expr(*a));
  llvm::Type* f64 = b.getDoubleTy();
  // The computing type: float32 or float64, as the specialiser chose.
  llvm::Type* ft = args.empty() ? f64 : args[0]->getType();
  bool single = ft->isFloatTy();
  auto unary = [&](llvm::Intrinsic::ID id) { return b.CreateUnaryIntrinsic(id, args[0]); };
  auto libm = [&](const std::string& name) -> llvm::Value* {
    std::vector<llvm::Type*> params(args.size(), ft);
    llvm::Function* f = runtime_function(single ? name + "f" : name, ft, params);  // expm1f for float32
    f->setDoesNotAccessMemory();
    return b.CreateCall(f, args);
  };
  // math.floor and friends give an int64; numpy's keep the float.
  auto rounded = [&](llvm::Intrinsic::ID id) -> llvm::Value* {
    llvm::Value* r = unary(id);
    if (!call.type->is_int()) return r;
    return float_to_int(r, call.type);
  };
  switch (call.intrinsic) {
    case ir::IntrinsicKind::Sqrt: return unary(llvm::Intrinsic::sqrt);
    case ir::IntrinsicKind::Exp: return unary(llvm::Intrinsic::exp);
    case ir::IntrinsicKind::Log: return unary(llvm::Intrinsic::log);
    case ir::IntrinsicKind::Log2: return unary(llvm::Intrinsic::log2);
    case ir::IntrinsicKind::Log10: return unary(llvm::Intrinsic::log10);
    case ir::IntrinsicKind::Sin: return unary(llvm::Intrinsic::sin);
    case ir::IntrinsicKind::Cos: return unary(llvm::Intrinsic::cos);
    case ir::IntrinsicKind::Fabs: return unary(llvm::Intrinsic::fabs);
    case ir::IntrinsicKind::Floor: return rounded(llvm::Intrinsic::floor);
    case ir::IntrinsicKind::Ceil: return rounded(llvm::Intrinsic::ceil);
    case ir::IntrinsicKind::Trunc: return rounded(llvm::Intrinsic::trunc);
    case ir::IntrinsicKind::PowF: return b.CreateBinaryIntrinsic(llvm::Intrinsic::pow, args[0], args[1]);
    case ir::IntrinsicKind::Copysign: return b.CreateBinaryIntrinsic(llvm::Intrinsic::copysign, args[0], args[1]);
    case ir::IntrinsicKind::Fmod: return b.CreateFRem(args[0], args[1]);
    case ir::IntrinsicKind::Expm1: return libm("expm1");
    case ir::IntrinsicKind::Log1p: return libm("log1p");
    case ir::IntrinsicKind::Tan: return libm("tan");
    case ir::IntrinsicKind::Asin: return libm("asin");
    case ir::IntrinsicKind::Acos: return libm("acos");
    case ir::IntrinsicKind::Atan: return libm("atan");
    case ir::IntrinsicKind::Atan2: return libm("atan2");
    case ir::IntrinsicKind::Sinh: return libm("sinh");
    case ir::IntrinsicKind::Cosh: return libm("cosh");
    case ir::IntrinsicKind::Tanh: return libm("tanh");
    case ir::IntrinsicKind::Hypot: return libm("hypot");
    case ir::IntrinsicKind::Erf: return libm("erf");
    case ir::IntrinsicKind::Erfc: return libm("erfc");
    case ir::IntrinsicKind::Gamma: return libm("tgamma");
    case ir::IntrinsicKind::Lgamma: {
      llvm::Function* f = runtime_function("parc_lgamma", f64, {f64});
      f->setDoesNotAccessMemory();
      llvm::Value* r = b.CreateCall(f, {single ? b.CreateFPExt(args[0], f64) : args[0]});
      return single ? b.CreateFPTrunc(r, ft) : r;
    }
    case ir::IntrinsicKind::IsNan: return b.CreateFCmpUNO(args[0], args[0]);
    case ir::IntrinsicKind::IsInf:
      return b.CreateFCmpOEQ(unary(llvm::Intrinsic::fabs), llvm::ConstantFP::getInfinity(ft));
    case ir::IntrinsicKind::IsFinite:
      return b.CreateFCmpOLT(unary(llvm::Intrinsic::fabs), llvm::ConstantFP::getInfinity(ft));
    case ir::IntrinsicKind::Abs:
      if (call.type->is_float()) return unary(llvm::Intrinsic::fabs);
      if (!call.type->is_signed) return args[0];
      return b.CreateBinaryIntrinsic(llvm::Intrinsic::abs, args[0], b.getFalse());
    case ir::IntrinsicKind::RoundEven: return unary(llvm::Intrinsic::roundeven);
    case ir::IntrinsicKind::Maximum:
    case ir::IntrinsicKind::Minimum:
    case ir::IntrinsicKind::Sign:
    case ir::IntrinsicKind::Square:
    case ir::IntrinsicKind::Where: return ufunc_intrinsic(call, args);
    case ir::IntrinsicKind::RoundDigits: {
      llvm::Function* f = runtime_function("parc_round_digits", f64, {f64, b.getInt64Ty()});
      f->setDoesNotAccessMemory();
      return b.CreateCall(f, args);
    }
    case ir::IntrinsicKind::PerfCounter:
      return b.CreateCall(runtime_function("parc_perf_counter", f64, {}));
    case ir::IntrinsicKind::SetNumThreads: {
      llvm::Function* f = runtime_function("parc_set_num_threads", b.getVoidTy(), {b.getPtrTy(), b.getInt64Ty()});
      b.CreateCall(f, {context_, args[0]});
      // The runtime knows no location: name the call's line.
      llvm::Value* failed = b.CreateICmpNE(b.CreateLoad(b.getInt32Ty(), context_), b.getInt32(0));
      auto* fail = llvm::BasicBlock::Create(ctx, "bad_threads", llvm_fn_);
      auto* ok = llvm::BasicBlock::Create(ctx, "threads_ok", llvm_fn_);
      b.CreateCondBr(failed, fail, ok);
      b.SetInsertPoint(fail);
      b.CreateCall(runtime_function("parc_locate_error", b.getVoidTy(), {b.getPtrTy(), b.getPtrTy(), b.getInt64Ty()}),
                   {context_, file_name(call.loc), b.getInt64(call.loc.line)});
      b.CreateBr(error_target());
      b.SetInsertPoint(ok);
      return llvm::Constant::getNullValue(llvm_type(call.type));
    }
    case ir::IntrinsicKind::GetNumThreads:
      return b.CreateCall(runtime_function("parc_get_num_threads", b.getInt64Ty(), {b.getPtrTy()}), {context_});
  }
  return nullptr;
}

}  // namespace parc::codegen
