// IR -> LLVM: boolean-mask indexing (a[mask], a[mask] = v) and stores whose
// value broadcasts to the selection (m[1:] = row), see lowering.h.
//
// A mask covers the array's leading axes and must match their lengths
// (IndexError otherwise, as NumPy). Reading counts the true elements,
// allocates (count, rest of the axes) and copies the selected elements (or
// rows) in C order; writing walks the mask again and stores the value, or the
// value's k-th row at the k-th selected position.
#include "codegen/lowering.h"
#include "runtime/array.h"

namespace parc::codegen {
namespace {

// The bytes an array's elements span, [lo, hi); empty arrays span nothing.
std::pair<llvm::Value*, llvm::Value*> extent(Lowering& lw, const Lowering::ArrayRef& a) {
  llvm::IRBuilder<>& b = lw.b;
  llvm::Value* lo = b.getInt64(0);
  llvm::Value* hi = b.getInt64(0);
  llvm::Value* empty = b.getFalse();
  for (std::size_t k = 0; k < a.dims.size(); ++k) {
    llvm::Value* reach = b.CreateMul(b.CreateSub(a.dims[k], b.getInt64(1)), a.strides[k]);
    llvm::Value* negative = b.CreateICmpSLT(reach, b.getInt64(0));
    lo = b.CreateAdd(lo, b.CreateSelect(negative, reach, b.getInt64(0)));
    hi = b.CreateAdd(hi, b.CreateSelect(negative, b.getInt64(0), reach));
    empty = b.CreateOr(empty, b.CreateICmpSLE(a.dims[k], b.getInt64(0)));
  }
  llvm::Value* base = b.CreatePtrToInt(a.data, b.getInt64Ty());
  llvm::Value* size = b.getInt64(lw.itemsize_of(a.dtype));
  lo = b.CreateAdd(base, b.CreateMul(lo, size));
  hi = b.CreateAdd(base, b.CreateMul(b.CreateAdd(hi, b.getInt64(1)), size));
  return {b.CreateSelect(empty, b.getInt64(1), lo), b.CreateSelect(empty, b.getInt64(0), hi)};
}

}  // namespace

// ------------------------------------------------------------ broadcasting

void Lowering::broadcast_store(const ArrayRef& to, llvm::Value* src, ir::TypeRef src_type, SourceLoc loc,
                               bool masked) {
  ArrayRef from = array_ref(src, src_type);
  // Shapes align on their last axes; a source axis of length 1 stretches,
  // and extra leading source axes must have length 1.
  std::ptrdiff_t shift = static_cast<std::ptrdiff_t>(from.dims.size()) - static_cast<std::ptrdiff_t>(to.dims.size());
  llvm::Value* bad = b.getFalse();
  std::vector<llvm::Value*> stretch(to.dims.size(), nullptr);  // per target axis: the source axis stretches
  std::vector<std::ptrdiff_t> source_axis(to.dims.size(), -1);
  for (std::size_t k = 0; k < from.dims.size(); ++k) {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) - shift;
    llvm::Value* one = b.CreateICmpEQ(from.dims[k], b.getInt64(1));
    if (j < 0) {
      bad = b.CreateOr(bad, b.CreateNot(one));
      continue;
    }
    auto at = static_cast<std::size_t>(j);
    bad = b.CreateOr(bad, b.CreateAnd(b.CreateICmpNE(from.dims[k], to.dims[at]), b.CreateNot(one)));
    stretch[at] = one;
    source_axis[at] = static_cast<std::ptrdiff_t>(k);
  }
  if (auto* constant = llvm::dyn_cast<llvm::ConstantInt>(bad); !constant || !constant->isZero()) {
    auto* fail = llvm::BasicBlock::Create(ctx, "store_shape_error", llvm_fn_);
    auto* ok = llvm::BasicBlock::Create(ctx, "store_shape_ok", llvm_fn_);
    llvm::MDBuilder md(ctx);
    b.CreateCondBr(bad, fail, ok, md.createBranchWeights(1, 1 << 20));
    b.SetInsertPoint(fail);
    llvm::Type* i64 = b.getInt64Ty();
    llvm::Type* ptr = b.getPtrTy();
    auto list = [&](const std::vector<llvm::Value*>& values) -> llvm::Value* {
      llvm::AllocaInst* slot = entry_alloca(llvm::ArrayType::get(i64, std::max<std::size_t>(values.size(), 1)));
      for (std::size_t k = 0; k < values.size(); ++k) b.CreateStore(values[k], b.CreateConstGEP1_64(i64, slot, k));
      return slot;
    };
    llvm::Type* i32 = b.getInt32Ty();
    b.CreateCall(runtime_function("parc_raise_store_shape", b.getVoidTy(), {ptr, ptr, i64, i32, i64, ptr, i64, ptr}),
                 {context_, file_name(loc), b.getInt64(loc.line), b.getInt32(masked), b.getInt64(from.dims.size()),
                  list(from.dims), b.getInt64(to.dims.size()), list(to.dims)});
    b.CreateBr(error_target());
    b.SetInsertPoint(ok);
  }
  // A source that overlaps the target (a[1:] = a[:-1]) is copied first, as
  // NumPy does.
  auto [to_lo, to_hi] = extent(*this, to);
  auto [from_lo, from_hi] = extent(*this, from);
  llvm::Value* overlap = b.CreateAnd(b.CreateICmpULT(to_lo, from_hi), b.CreateICmpULT(from_lo, to_hi));
  llvm::BasicBlock* before = b.GetInsertBlock();
  auto* copy_block = llvm::BasicBlock::Create(ctx, "overlap_copy", llvm_fn_);
  auto* joined = llvm::BasicBlock::Create(ctx, "overlap_done", llvm_fn_);
  b.CreateCondBr(overlap, copy_block, joined);
  b.SetInsertPoint(copy_block);
  llvm::Value* copy = copy_array(src, src_type, src_type->dtype, loc);
  llvm::Value* copy_owner = b.CreateExtractValue(copy, {1u});
  llvm::BasicBlock* copy_end = b.GetInsertBlock();
  b.CreateBr(joined);
  b.SetInsertPoint(joined);
  llvm::PHINode* source = b.CreatePHI(src->getType(), 2);
  source->addIncoming(src, before);
  source->addIncoming(copy, copy_end);
  llvm::PHINode* temporary = b.CreatePHI(b.getPtrTy(), 2);
  temporary->addIncoming(llvm::ConstantPointerNull::get(b.getPtrTy()), before);
  temporary->addIncoming(copy_owner, copy_end);
  // The source (or its C-contiguous copy) seen through the target's shape:
  // stride 0 where it stretches.
  std::vector<llvm::Value*> copied_strides = c_strides(from.dims);
  llvm::Value* original = b.CreateIsNull(temporary);
  ArrayRef read{b.CreateExtractValue(source, {0u}), to.dims, {}, from.dtype, false};
  for (std::size_t j = 0; j < to.dims.size(); ++j) {
    if (source_axis[j] < 0) {
      read.strides.push_back(b.getInt64(0));
      continue;
    }
    auto k = static_cast<std::size_t>(source_axis[j]);
    llvm::Value* stride = b.CreateSelect(original, from.strides[k], copied_strides[k]);
    read.strides.push_back(b.CreateSelect(stretch[j], b.getInt64(0), stride));
  }
  for_each_element({to, read}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
    store_element(at[0], cast_value(load_element(at[1], from.dtype), from.dtype, to.dtype), to.dtype);
  });
  b.CreateCall(runtime_function("parc_buffer_decref", b.getVoidTy(), {b.getPtrTy()}), {temporary});
}

// ------------------------------------------------------------------- masks

namespace {

// What a mask selects: the array's leading axes walked alongside the mask,
// and the axes after them (one selected "row").
struct Masked {
  Lowering::ArrayRef mask, lead;
  std::vector<llvm::Value*> rest_dims, rest_strides;
  bool rest_contiguous;
};

}  // namespace

static Masked masked(Lowering& lw, llvm::Value* array, ir::TypeRef type, llvm::Value* mask, ir::TypeRef mask_type,
                     SourceLoc loc, llvm::Function* fn, llvm::Value* context, llvm::Value* file) {
  llvm::IRBuilder<>& b = lw.b;
  Lowering::ArrayRef a = lw.array_ref(array, type);
  Lowering::ArrayRef m = lw.array_ref(mask, mask_type);
  auto n = static_cast<std::size_t>(mask_type->ndim);
  // Each mask axis must match the array's (the first that does not is named).
  llvm::Value* bad = b.getFalse();
  llvm::Value* axis = b.getInt64(0);
  llvm::Value* size = b.getInt64(0);
  llvm::Value* mask_size = b.getInt64(0);
  for (std::size_t k = n; k-- > 0;) {
    llvm::Value* differ = b.CreateICmpNE(a.dims[k], m.dims[k]);
    bad = b.CreateOr(bad, differ);
    axis = b.CreateSelect(differ, b.getInt64(k), axis);
    size = b.CreateSelect(differ, a.dims[k], size);
    mask_size = b.CreateSelect(differ, m.dims[k], mask_size);
  }
  auto* fail = llvm::BasicBlock::Create(lw.ctx, "mask_shape_error", fn);
  auto* ok = llvm::BasicBlock::Create(lw.ctx, "mask_shape_ok", fn);
  llvm::MDBuilder md(lw.ctx);
  b.CreateCondBr(bad, fail, ok, md.createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(fail);
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Type* ptr = b.getPtrTy();
  b.CreateCall(lw.runtime_function("parc_raise_mask_shape", b.getVoidTy(), {ptr, ptr, i64, i64, i64, i64}),
               {context, file, b.getInt64(loc.line), axis, size, mask_size});
  b.CreateBr(lw.error_target());
  b.SetInsertPoint(ok);
  Masked out{m, {a.data, m.dims, {}, a.dtype, false}, {}, {}, a.contiguous};
  out.lead.strides.assign(a.strides.begin(), a.strides.begin() + static_cast<std::ptrdiff_t>(n));
  out.rest_dims.assign(a.dims.begin() + static_cast<std::ptrdiff_t>(n), a.dims.end());
  out.rest_strides.assign(a.strides.begin() + static_cast<std::ptrdiff_t>(n), a.strides.end());
  // The whole array under a mask of its shape walks flat with the mask.
  out.lead.contiguous = a.contiguous && out.rest_dims.empty();
  return out;
}

// Calls `take` at each position where the mask is true, with a pointer to
// the array there (the start of the selected row).
static void for_each_selected(Lowering& lw, const Masked& sel, llvm::Function* fn,
                              const std::function<void(llvm::Value*)>& take) {
  llvm::IRBuilder<>& b = lw.b;
  lw.for_each_element({sel.mask, sel.lead}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
    auto* yes = llvm::BasicBlock::Create(lw.ctx, "mask_take", fn);
    auto* next = llvm::BasicBlock::Create(lw.ctx, "mask_next", fn);
    b.CreateCondBr(lw.load_element(at[0], sel.mask.dtype), yes, next);
    b.SetInsertPoint(yes);
    take(at[1]);
    b.CreateBr(next);
    b.SetInsertPoint(next);
  });
}

static llvm::Value* count_selected(Lowering& lw, const Masked& sel) {
  llvm::IRBuilder<>& b = lw.b;
  llvm::AllocaInst* count = lw.entry_alloca(b.getInt64Ty());
  b.CreateStore(b.getInt64(0), count);
  lw.for_each_element({sel.mask}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
    llvm::Value* bit = b.CreateZExt(lw.load_element(at[0], sel.mask.dtype), b.getInt64Ty());
    b.CreateStore(b.CreateAdd(b.CreateLoad(b.getInt64Ty(), count), bit), count);
  });
  return b.CreateLoad(b.getInt64Ty(), count);
}

llvm::Value* Lowering::mask_read(const ir::ArrayIndex& x) {
  ir::TypeRef type = x.array->type;
  const ir::Expr& mask_expr = *x.items[0].index;
  Operand array = operand(*x.array);
  Operand mask = operand(mask_expr);
  Masked sel = masked(*this, array.value, type, mask.value, mask_expr.type, x.loc, llvm_fn_, context_,
                      file_name(x.loc));
  ir::TypeRef dtype = type->dtype;
  std::vector<llvm::Value*> shape{count_selected(*this, sel)};
  shape.insert(shape.end(), sel.rest_dims.begin(), sel.rest_dims.end());
  llvm::Value* result = new_array(dtype, shape, false, x.loc);
  llvm::Value* out = b.CreateExtractValue(result, {0u});
  llvm::Value* row = product(sel.rest_dims);
  std::vector<llvm::Value*> row_strides = c_strides(sel.rest_dims);
  llvm::AllocaInst* next = entry_alloca(b.getInt64Ty());
  b.CreateStore(b.getInt64(0), next);
  llvm::Type* element = memory_type(dtype);
  for_each_selected(*this, sel, llvm_fn_, [&](llvm::Value* at) {
    llvm::Value* k = b.CreateLoad(b.getInt64Ty(), next);
    llvm::Value* target = b.CreateInBoundsGEP(element, out, b.CreateMul(k, row));
    if (sel.rest_dims.empty()) {
      store_element(target, load_element(at, dtype), dtype);
    } else {
      ArrayRef to{target, sel.rest_dims, row_strides, dtype, true};
      ArrayRef from{at, sel.rest_dims, sel.rest_strides, dtype, sel.rest_contiguous};
      for_each_element({to, from}, [&](const std::vector<llvm::Value*>& p, llvm::Value*) {
        store_element(p[0], load_element(p[1], dtype), dtype);
      });
    }
    b.CreateStore(b.CreateAdd(k, b.getInt64(1)), next);
  });
  done(mask);
  done(array);
  return result;
}

void Lowering::mask_store(const ir::ArrayStore& s) {
  ir::TypeRef type = s.array->type;
  ir::TypeRef dtype = type->dtype;
  const ir::Expr& mask_expr = *s.items[0].index;
  Operand array = operand(*s.array);
  Operand value = operand(*s.value);
  Operand mask = operand(mask_expr);
  Masked sel = masked(*this, array.value, type, mask.value, mask_expr.type, s.loc, llvm_fn_, context_,
                      file_name(s.loc));
  if (!s.value->type->is_array()) {
    for_each_selected(*this, sel, llvm_fn_, [&](llvm::Value* at) {
      if (sel.rest_dims.empty()) {
        store_element(at, value.value, dtype);
        return;
      }
      for_each_element({ArrayRef{at, sel.rest_dims, sel.rest_strides, dtype, sel.rest_contiguous}},
                       [&](const std::vector<llvm::Value*>& p, llvm::Value*) { store_element(p[0], value.value, dtype); });
    });
    done(mask);
    done(value);
    done(array);
    return;
  }
  // An array value broadcasts to (count, rest of the axes); its k-th row
  // goes to the k-th selected position.
  ir::TypeRef value_type = s.value->type;
  llvm::Value* count = count_selected(*this, sel);
  std::vector<llvm::Value*> shape{count};
  shape.insert(shape.end(), sel.rest_dims.begin(), sel.rest_dims.end());
  if (value_type->ndim == 1 && shape.size() == 1) {
    // NumPy's own words for the common case.
    llvm::Value* n = dims(value.value, 1)[0];
    llvm::Value* bad = b.CreateAnd(b.CreateICmpNE(n, count), b.CreateICmpNE(n, b.getInt64(1)));
    auto* fail = llvm::BasicBlock::Create(ctx, "mask_count_error", llvm_fn_);
    auto* ok = llvm::BasicBlock::Create(ctx, "mask_count_ok", llvm_fn_);
    b.CreateCondBr(bad, fail, ok);
    b.SetInsertPoint(fail);
    llvm::Type* i64 = b.getInt64Ty();
    llvm::Type* ptr = b.getPtrTy();
    b.CreateCall(runtime_function("parc_raise_mask_count", b.getVoidTy(), {ptr, ptr, i64, i64, i64}),
                 {context_, file_name(s.loc), b.getInt64(s.loc.line), n, count});
    b.CreateBr(error_target());
    b.SetInsertPoint(ok);
  }
  // Into a scratch array of that shape (which also settles any overlap of
  // the value with the array), then from it at the selected positions.
  llvm::Value* scratch = new_array(value_type->dtype, shape, false, s.loc);
  held_.emplace_back(scratch, s.selected);  // (only its owner matters)
  broadcast_store(array_ref(scratch, nullptr, value_type->dtype, shape), value.value, value_type, s.loc, true);
  held_.pop_back();
  llvm::Value* rows = b.CreateExtractValue(scratch, {0u});
  llvm::Value* row = product(sel.rest_dims);
  std::vector<llvm::Value*> row_strides = c_strides(sel.rest_dims);
  ir::TypeRef from_dtype = value_type->dtype;
  llvm::Type* from_element = memory_type(from_dtype);
  llvm::AllocaInst* next = entry_alloca(b.getInt64Ty());
  b.CreateStore(b.getInt64(0), next);
  for_each_selected(*this, sel, llvm_fn_, [&](llvm::Value* at) {
    llvm::Value* k = b.CreateLoad(b.getInt64Ty(), next);
    llvm::Value* source = b.CreateInBoundsGEP(from_element, rows, b.CreateMul(k, row));
    auto convert = [&](llvm::Value* p) { return cast_value(load_element(p, from_dtype), from_dtype, dtype); };
    if (sel.rest_dims.empty()) {
      store_element(at, convert(source), dtype);
    } else {
      ArrayRef to{at, sel.rest_dims, sel.rest_strides, dtype, sel.rest_contiguous};
      ArrayRef from{source, sel.rest_dims, row_strides, from_dtype, true};
      for_each_element({to, from}, [&](const std::vector<llvm::Value*>& p, llvm::Value*) {
        store_element(p[0], convert(p[1]), dtype);
      });
    }
    b.CreateStore(b.CreateAdd(k, b.getInt64(1)), next);
  });
  b.CreateCall(runtime_function("parc_buffer_decref", b.getVoidTy(), {b.getPtrTy()}),
               {b.CreateExtractValue(scratch, {1u})});
  done(mask);
  done(value);
  done(array);
}

}  // namespace parc::codegen
