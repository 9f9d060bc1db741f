// IR -> LLVM: loops over array elements — element-wise maps, copies and
// sorting (see lowering.h; reductions are in lower_reduce.cpp). Arrays
// whose layout is C-contiguous are walked with one flat counted loop, which
// LLVM vectorizes; others with one loop per axis over their strides.
#include "codegen/lowering.h"
#include "runtime/array.h"

namespace parc::codegen {

Lowering::ArrayRef Lowering::array_ref(llvm::Value* desc, ir::TypeRef type) {
  return {b.CreateExtractValue(desc, {0u}), dims(desc, type->ndim), strides(desc, type), type->dtype,
          type->layout == ir::Layout::C};
}

void Lowering::counted_loop(llvm::Value* count, const std::function<void(llvm::Value*)>& body) {
  range_loop(b.getInt64(0), count, body);
}

void Lowering::range_loop(llvm::Value* lo, llvm::Value* hi, const std::function<void(llvm::Value*)>& body) {
  llvm::BasicBlock* pre = b.GetInsertBlock();
  auto* head = llvm::BasicBlock::Create(ctx, "elements", llvm_fn_);
  auto* loop = llvm::BasicBlock::Create(ctx, "element", llvm_fn_);
  auto* done = llvm::BasicBlock::Create(ctx, "elements_end", llvm_fn_);
  b.CreateBr(head);
  b.SetInsertPoint(head);
  llvm::PHINode* i = b.CreatePHI(b.getInt64Ty(), 2, "e");
  i->addIncoming(lo, pre);
  b.CreateCondBr(b.CreateICmpSLT(i, hi), loop, done);
  b.SetInsertPoint(loop);
  body(i);
  i->addIncoming(b.CreateAdd(i, b.getInt64(1), "", true, true), b.GetInsertBlock());
  b.CreateBr(head);
  b.SetInsertPoint(done);
}

void Lowering::for_each_element(const std::vector<ArrayRef>& arrays,
                                const std::function<void(const std::vector<llvm::Value*>&, llvm::Value*)>& body,
                                llvm::Value* lo, llvm::Value* hi) {
  const std::vector<llvm::Value*>& shape = arrays[0].dims;
  bool flat = true;
  for (const ArrayRef& a : arrays) flat = flat && a.contiguous;
  if (flat) {
    range_loop(lo ? lo : b.getInt64(0), hi ? hi : product(shape), [&](llvm::Value* i) {
      std::vector<llvm::Value*> at;
      for (const ArrayRef& a : arrays) at.push_back(b.CreateInBoundsGEP(memory_type(a.dtype), a.data, i));
      body(at, i);
    });
    return;
  }
  // One loop per axis; each array's offset grows by its own strides.
  std::function<void(std::size_t, std::vector<llvm::Value*>, llvm::Value*)> axis =
      [&](std::size_t k, std::vector<llvm::Value*> offsets, llvm::Value* flat_index) {
        if (k == shape.size()) {
          std::vector<llvm::Value*> at;
          for (std::size_t j = 0; j < arrays.size(); ++j)
            at.push_back(b.CreateGEP(memory_type(arrays[j].dtype), arrays[j].data, offsets[j]));
          body(at, flat_index);
          return;
        }
        llvm::Value* from = k == 0 && lo ? lo : b.getInt64(0);
        llvm::Value* to = k == 0 && hi ? hi : shape[k];
        range_loop(from, to, [&](llvm::Value* i) {
          std::vector<llvm::Value*> next;
          for (std::size_t j = 0; j < arrays.size(); ++j)
            next.push_back(b.CreateAdd(offsets[j], b.CreateMul(i, arrays[j].strides[k])));
          axis(k + 1, next, b.CreateAdd(b.CreateMul(flat_index, shape[k]), i));
        });
      };
  axis(0, std::vector<llvm::Value*>(arrays.size(), b.getInt64(0)), b.getInt64(0));
}

// ------------------------------------------------------------ element-wise

std::vector<llvm::Value*> Lowering::broadcast_shape(const std::vector<ArrayRef>& arrays, int ndim, SourceLoc loc) {
  std::vector<llvm::Value*> shape(static_cast<std::size_t>(ndim), b.getInt64(1));
  for (const ArrayRef& a : arrays) {
    std::size_t offset = shape.size() - a.dims.size();
    for (std::size_t k = 0; k < a.dims.size(); ++k)
      shape[offset + k] = b.CreateSelect(b.CreateICmpEQ(shape[offset + k], b.getInt64(1)), a.dims[k], shape[offset + k]);
  }
  llvm::Value* bad = b.getFalse();
  for (const ArrayRef& a : arrays) {
    std::size_t offset = shape.size() - a.dims.size();
    for (std::size_t k = 0; k < a.dims.size(); ++k)
      bad = b.CreateOr(bad, b.CreateAnd(b.CreateICmpNE(a.dims[k], shape[offset + k]),
                                        b.CreateICmpNE(a.dims[k], b.getInt64(1))));
  }
  if (auto* constant = llvm::dyn_cast<llvm::ConstantInt>(bad); constant && constant->isZero()) return shape;
  auto* fail = llvm::BasicBlock::Create(ctx, "broadcast_error", llvm_fn_);
  auto* ok = llvm::BasicBlock::Create(ctx, "broadcast_ok", llvm_fn_);
  llvm::MDBuilder md(ctx);
  b.CreateCondBr(bad, fail, ok, md.createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(fail);
  // The runtime names the shapes: (ndim, dims...) per array, in one list.
  std::size_t words = 0;
  for (const ArrayRef& a : arrays) words += 1 + a.dims.size();
  llvm::AllocaInst* list = entry_alloca(llvm::ArrayType::get(b.getInt64Ty(), words));
  std::size_t at = 0;
  for (const ArrayRef& a : arrays) {
    b.CreateStore(b.getInt64(a.dims.size()), b.CreateConstGEP1_64(b.getInt64Ty(), list, at++));
    for (llvm::Value* d : a.dims) b.CreateStore(d, b.CreateConstGEP1_64(b.getInt64Ty(), list, at++));
  }
  llvm::Type* ptr = b.getPtrTy();
  llvm::Type* i64 = b.getInt64Ty();
  b.CreateCall(runtime_function("parc_raise_broadcast", b.getVoidTy(), {ptr, ptr, i64, i64, ptr}),
               {context_, file_name(loc), b.getInt64(loc.line), b.getInt64(arrays.size()), list});
  b.CreateBr(error_target());
  b.SetInsertPoint(ok);
  return shape;
}

Lowering::ArrayRef Lowering::stretched(const ArrayRef& a, const std::vector<llvm::Value*>& shape) {
  ArrayRef out{a.data, shape, std::vector<llvm::Value*>(shape.size(), b.getInt64(0)), a.dtype, false};
  std::size_t offset = shape.size() - a.dims.size();
  for (std::size_t k = 0; k < a.dims.size(); ++k)
    out.strides[offset + k] = b.CreateSelect(b.CreateICmpEQ(a.dims[k], b.getInt64(1)), b.getInt64(0), a.strides[k]);
  return out;
}

llvm::Value* Lowering::array_map(const ir::ArrayMap& m) {
  std::vector<Operand> inputs;
  std::vector<ArrayRef> arrays;
  bool same_layout = true;  // every array input C-contiguous with the result's ndim
  for (const ir::ExprPtr& input : m.inputs) {
    inputs.push_back(operand(*input));
    if (!input->type->is_array()) continue;
    arrays.push_back(array_ref(inputs.back().value, input->type));
    same_layout = same_layout && arrays.back().contiguous && input->type->ndim == m.type->ndim;
  }
  std::vector<llvm::Value*> shape = broadcast_shape(arrays, m.type->ndim, m.loc);
  ir::TypeRef dtype = m.type->dtype;
  llvm::Value* result = new_array(dtype, shape, false, m.loc);
  held_.emplace_back(result, m.type);

  // What the loops need, as values the outlined loop of a parallel
  // function can take along: each array's data, dims and strides, then the
  // scalar inputs.
  std::vector<ArrayRef> parts;
  for (const ArrayRef& a : arrays) parts.push_back(stretched(a, shape));
  parts.push_back(array_ref(result, nullptr, dtype, shape));
  std::vector<llvm::Value*> captured;
  for (const ArrayRef& a : parts) {
    captured.push_back(a.data);
    captured.insert(captured.end(), a.strides.begin(), a.strides.end());
  }
  captured.insert(captured.end(), shape.begin(), shape.end());
  for (std::size_t j = 0; j < m.inputs.size(); ++j)
    if (!m.inputs[j]->type->is_array()) captured.push_back(inputs[j].value);
  // With no stretching, same-layout inputs walk flat (and vectorize).
  llvm::Value* flat = b.getInt1(same_layout);
  for (const ArrayRef& a : arrays)
    for (std::size_t k = 0; k < a.dims.size() && same_layout; ++k)
      flat = b.CreateAnd(flat, b.CreateICmpEQ(a.dims[k], shape[shape.size() - a.dims.size() + k]));

  auto loops = [&](const std::vector<llvm::Value*>& inside, llvm::Value* begin, llvm::Value* end, bool walk_flat) {
    std::size_t at = 0;
    std::vector<ArrayRef> refs;
    for (const ArrayRef& a : parts) {
      ArrayRef r{inside[at++], {}, {}, a.dtype, walk_flat};
      for (std::size_t k = 0; k < shape.size(); ++k) r.strides.push_back(inside[at++]);
      refs.push_back(std::move(r));
    }
    std::vector<llvm::Value*> inner_shape(inside.begin() + static_cast<std::ptrdiff_t>(at),
                                          inside.begin() + static_cast<std::ptrdiff_t>(at + shape.size()));
    at += shape.size();
    for (ArrayRef& r : refs) r.dims = inner_shape;
    std::vector<llvm::Value*> scalars(inside.begin() + static_cast<std::ptrdiff_t>(at), inside.end());
    for_each_element(
        refs,
        [&](const std::vector<llvm::Value*>& ptrs, llvm::Value*) {
          std::vector<llvm::Value*> values;
          std::size_t next_array = 0, next_scalar = 0;
          for (const ir::ExprPtr& input : m.inputs)
            values.push_back(input->type->is_array() ? load_element(ptrs[next_array++], input->type->dtype)
                                                     : scalars[next_scalar++]);
          elements_.push_back(values);
          store_element(ptrs.back(), expr(*m.body), dtype);
          elements_.pop_back();
        },
        begin, end);
  };
  auto both = [&](const std::vector<llvm::Value*>& inside, llvm::Value* begin, llvm::Value* end, llvm::Value* is_flat) {
    if (auto* constant = llvm::dyn_cast<llvm::ConstantInt>(is_flat)) {
      loops(inside, begin, end, !constant->isZero());
      return;
    }
    auto* flat_block = llvm::BasicBlock::Create(ctx, "map_flat", llvm_fn_);
    auto* strided_block = llvm::BasicBlock::Create(ctx, "map_strided", llvm_fn_);
    auto* joined = llvm::BasicBlock::Create(ctx, "map_done", llvm_fn_);
    b.CreateCondBr(is_flat, flat_block, strided_block);
    b.SetInsertPoint(flat_block);
    loops(inside, begin, end, true);
    b.CreateBr(joined);
    b.SetInsertPoint(strided_block);
    loops(inside, begin, end, false);
    b.CreateBr(joined);
    b.SetInsertPoint(joined);
  };
  llvm::Value* size = product(shape);
  if (fn_->parallel && !shape.empty()) {
    // Flat: chunks of elements; strided: chunks of the first axis.
    captured.push_back(flat);
    llvm::Value* count = b.CreateSelect(flat, size, shape[0]);
    parallel_range(count, size, captured, [&](const std::vector<llvm::Value*>& inside, llvm::Value* begin, llvm::Value* end) {
      std::vector<llvm::Value*> values(inside.begin(), inside.end() - 1);
      both(values, begin, end, inside.back());
    });
  } else {
    both(captured, nullptr, nullptr, flat);
  }
  held_.pop_back();
  for (auto it = inputs.rbegin(); it != inputs.rend(); ++it) done(*it);
  return result;
}

llvm::Value* Lowering::copy_array(llvm::Value* desc, ir::TypeRef from, ir::TypeRef dtype, SourceLoc loc) {
  ArrayRef source = array_ref(desc, from);
  llvm::Value* result = new_array(dtype, source.dims, false, loc);
  ArrayRef target = array_ref(result, nullptr, dtype, source.dims);
  for_each_element({target, source}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
    store_element(at[0], cast_value(load_element(at[1], from->dtype), from->dtype, dtype), dtype);
  });
  return result;
}

Lowering::ArrayRef Lowering::array_ref(llvm::Value* desc, std::nullptr_t, ir::TypeRef dtype,
                                       const std::vector<llvm::Value*>& shape) {
  return {b.CreateExtractValue(desc, {0u}), shape, c_strides(shape), dtype, true};
}

// ------------------------------------------------------------------ helpers

llvm::AllocaInst* Lowering::entry_alloca(llvm::Type* type) {
  llvm::IRBuilder<> entry(&llvm_fn_->getEntryBlock(), llvm_fn_->getEntryBlock().begin());
  return entry.CreateAlloca(type);
}

// ----------------------------------------------------------------- sorting

llvm::Value* Lowering::array_sort(const ir::ArraySort& s) {
  bool in_place = s.type->is_none();
  ir::TypeRef type = s.array->type;
  Operand array = in_place ? operand(*s.array) : Operand{expr(*s.array), type, false};
  ArrayRef a = array_ref(array.value, type);
  // Each run along the last axis is sorted on its own.
  ArrayRef rows{a.data, std::vector<llvm::Value*>(a.dims.begin(), a.dims.end() - 1),
                std::vector<llvm::Value*>(a.strides.begin(), a.strides.end() - 1), a.dtype, false};
  llvm::Type* ptr = b.getPtrTy();
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Function* sort = runtime_function("parc_sort", b.getVoidTy(), {ptr, b.getInt32Ty(), i64, i64});
  auto sort_run = [&](llvm::Value* start) {
    b.CreateCall(sort, {start, b.getInt32(dtype_of(a.dtype)), a.dims.back(), a.strides.back()});
  };
  if (rows.dims.empty()) sort_run(a.data);
  else for_each_element({rows}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) { sort_run(at[0]); });
  if (!in_place) return array.value;
  done(array);
  return llvm::Constant::getNullValue(llvm_type(s.type));
}

}  // namespace parc::codegen
