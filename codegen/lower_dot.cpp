// IR -> LLVM: np.dot and @ (ir::ArrayDot; see lowering.h). Both operands
// are seen as matrices, A (m x k) and B (k x n), over their own strides: a
// 1-d left operand is A's one row, a 1-d right operand B's one column. The
// inner dimensions must agree (ValueError in NumPy's words otherwise).
// float32 and float64 call the runtime's BLAS wrappers (runtime/blas.h):
//
//   1-d . 1-d  parc_dot_f64(ctx, k, a, a_stride, b, b_stride)
//   2-d . 1-d  parc_gemv_f64(ctx, m, k, A, ...)        C = A b
//   1-d . 2-d  parc_gemv_f64(ctx, n, k, B^T, ...)      C = B^T a
//   2-d . 2-d  parc_gemm_f64(ctx, m, n, k, A, ..., B, ..., C)
//
// Other dtypes (ints, bool) run generated loops: a sum of products per
// result element when B is one column, else i-k-j order into a zeroed C
// (the inner loop walks a row of B and of C). Ints wrap around as in
// NumPy; bools take `and` for * and `or` for +.
#include "codegen/lowering.h"
#include "runtime/array.h"

namespace parc::codegen {

llvm::Value* Lowering::array_dot(const ir::ArrayDot& d) {
  ir::TypeRef ta = d.lhs->type, tb = d.rhs->type;
  ir::TypeRef dtype = ta->dtype;
  Operand lhs = operand(*d.lhs);
  Operand rhs = operand(*d.rhs);
  ArrayRef a = array_ref(lhs.value, ta), bm = array_ref(rhs.value, tb);
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Type* ptr = b.getPtrTy();
  llvm::Value* zero = b.getInt64(0);
  llvm::Value* one = b.getInt64(1);
  bool a_matrix = ta->ndim == 2, b_matrix = tb->ndim == 2;
  llvm::Value* m = a_matrix ? a.dims[0] : one;
  llvm::Value* k = a.dims.back();
  llvm::Value* a_rs = a_matrix ? a.strides[0] : zero;
  llvm::Value* a_cs = a.strides.back();
  llvm::Value* n = b_matrix ? bm.dims[1] : one;
  llvm::Value* b_rs = bm.strides[0];
  llvm::Value* b_cs = b_matrix ? bm.strides[1] : zero;

  // The inner dimensions.
  {
    auto* fail = llvm::BasicBlock::Create(ctx, "dot_shape_error", llvm_fn_);
    auto* ok = llvm::BasicBlock::Create(ctx, "dot_shape_ok", llvm_fn_);
    llvm::MDBuilder md(ctx);
    b.CreateCondBr(b.CreateICmpNE(k, bm.dims[0]), fail, ok, md.createBranchWeights(1, 1 << 20));
    b.SetInsertPoint(fail);
    llvm::AllocaInst* shapes = entry_alloca(llvm::ArrayType::get(i64, a.dims.size() + bm.dims.size()));
    std::size_t at = 0;
    for (llvm::Value* dim : a.dims) b.CreateStore(dim, b.CreateConstGEP1_64(i64, shapes, at++));
    for (llvm::Value* dim : bm.dims) b.CreateStore(dim, b.CreateConstGEP1_64(i64, shapes, at++));
    llvm::Function* report =
        runtime_function("parc_raise_dot_shapes", b.getVoidTy(), {ptr, ptr, i64, b.getInt32Ty(), i64, ptr, i64, ptr});
    b.CreateCall(report, {context_, file_name(d.loc), b.getInt64(d.loc.line), b.getInt32(d.matmul),
                          b.getInt64(ta->ndim), shapes, b.getInt64(tb->ndim),
                          b.CreateConstGEP1_64(i64, shapes, a.dims.size())});
    b.CreateBr(error_target());
    b.SetInsertPoint(ok);
  }

  std::vector<llvm::Value*> shape;
  if (a_matrix) shape.push_back(m);
  if (b_matrix) shape.push_back(n);
  bool scalar = shape.empty();
  bool one_column = !b_matrix;  // each result element is one sum of products
  llvm::Type* element = memory_type(dtype);
  auto at = [&](llvm::Value* data, llvm::Value* offset) { return b.CreateGEP(element, data, offset); };

  llvm::Value* result = nullptr;
  llvm::Value* c = nullptr;
  if (!scalar) {
    bool zeroed = !dtype->is_float() && !one_column;  // i-k-j accumulates into C
    result = new_array(dtype, shape, zeroed, d.loc);
    held_.emplace_back(result, d.type);
    c = b.CreateExtractValue(result, {0u});
  }

  if (dtype->is_float()) {
    std::string suffix = dtype->bits == 32 ? "_f32" : "_f64";
    llvm::Type* t = llvm_type(dtype);
    if (scalar) {
      llvm::Function* dot = runtime_function("parc_dot" + suffix, t, {ptr, i64, ptr, i64, ptr, i64});
      result = b.CreateCall(dot, {context_, k, a.data, a_cs, bm.data, b_rs});
    } else {
      llvm::Value* status;
      if (b_matrix && a_matrix) {
        llvm::Function* gemm = runtime_function("parc_gemm" + suffix, b.getInt32Ty(),
                                                {ptr, i64, i64, i64, ptr, i64, i64, ptr, i64, i64, ptr});
        status = b.CreateCall(gemm, {context_, m, n, k, a.data, a_rs, a_cs, bm.data, b_rs, b_cs, c});
      } else {
        llvm::Function* gemv =
            runtime_function("parc_gemv" + suffix, b.getInt32Ty(), {ptr, i64, i64, ptr, i64, i64, ptr, i64, ptr});
        status = a_matrix ? b.CreateCall(gemv, {context_, m, k, a.data, a_rs, a_cs, bm.data, b_rs, c})
                          : b.CreateCall(gemv, {context_, n, k, bm.data, b_cs, b_rs, a.data, a_cs, c});
      }
      // A temporary that could not be allocated: MemoryError, located here.
      auto* fail = llvm::BasicBlock::Create(ctx, "dot_failed", llvm_fn_);
      auto* ok = llvm::BasicBlock::Create(ctx, "dot_ok", llvm_fn_);
      llvm::MDBuilder md(ctx);
      b.CreateCondBr(b.CreateICmpNE(status, b.getInt32(0)), fail, ok, md.createBranchWeights(1, 1 << 20));
      b.SetInsertPoint(fail);
      b.CreateCall(runtime_function("parc_locate_error", b.getVoidTy(), {ptr, ptr, i64}),
                   {context_, file_name(d.loc), b.getInt64(d.loc.line)});
      b.CreateBr(error_target());
      b.SetInsertPoint(ok);
    }
  } else {
    // acc + x * y in the dtype (bools: acc or (x and y)).
    bool boolean = dtype->is_bool();
    auto mul_add = [&](llvm::Value* acc, llvm::Value* x, llvm::Value* y) -> llvm::Value* {
      return boolean ? b.CreateOr(acc, b.CreateAnd(x, y)) : b.CreateAdd(acc, b.CreateMul(x, y));
    };
    llvm::Type* t = llvm_type(dtype);
    if (one_column) {
      // C[i] = sum over j of A[i, j] * b[j]: one accumulator per element.
      llvm::AllocaInst* acc = entry_alloca(t);
      counted_loop(m, [&](llvm::Value* i) {
        b.CreateStore(llvm::Constant::getNullValue(t), acc);
        llvm::Value* row = b.CreateMul(i, a_rs);
        counted_loop(k, [&](llvm::Value* j) {
          llvm::Value* x = load_element(at(a.data, b.CreateAdd(row, b.CreateMul(j, a_cs))), dtype);
          llvm::Value* y = load_element(at(bm.data, b.CreateMul(j, b_rs)), dtype);
          b.CreateStore(mul_add(b.CreateLoad(t, acc), x, y), acc);
        });
        if (!scalar) store_element(b.CreateInBoundsGEP(element, c, i), b.CreateLoad(t, acc), dtype);
      });
      if (scalar) result = b.CreateLoad(t, acc);
    } else {
      // C[i, :] += A[i, p] * B[p, :] for each i, then p.
      counted_loop(m, [&](llvm::Value* i) {
        llvm::Value* c_row = b.CreateMul(i, n);
        llvm::Value* a_row = b.CreateMul(i, a_rs);
        counted_loop(k, [&](llvm::Value* p) {
          llvm::Value* x = load_element(at(a.data, b.CreateAdd(a_row, b.CreateMul(p, a_cs))), dtype);
          llvm::Value* b_row = b.CreateMul(p, b_rs);
          counted_loop(n, [&](llvm::Value* j) {
            llvm::Value* target = b.CreateInBoundsGEP(element, c, b.CreateAdd(c_row, j));
            llvm::Value* y = load_element(at(bm.data, b.CreateAdd(b_row, b.CreateMul(j, b_cs))), dtype);
            store_element(target, mul_add(load_element(target, dtype), x, y), dtype);
          });
        });
      });
    }
  }
  if (!scalar) held_.pop_back();
  done(rhs);
  done(lhs);
  return result;
}

}  // namespace parc::codegen
