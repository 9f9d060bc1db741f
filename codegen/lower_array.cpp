// IR -> LLVM: array descriptors, references, indexing and views, creation,
// attributes, stores and print (see lowering.h; loops over elements are in
// lower_array_loops.cpp).
#include "codegen/lowering.h"
#include "runtime/array.h"

#include <algorithm>

namespace parc::codegen {
namespace {

std::int32_t dtype_code(ir::TypeRef t) {
  if (t->is_bool()) return PARC_BOOL;
  if (t->is_float()) return t->bits == 32 ? PARC_FLOAT32 : PARC_FLOAT64;
  int index = t->bits == 8 ? 0 : t->bits == 16 ? 1 : t->bits == 32 ? 2 : 3;
  return (t->is_signed ? PARC_INT8 : PARC_UINT8) + index;
}

std::int64_t itemsize(ir::TypeRef t) { return t->is_bool() ? 1 : t->bits / 8; }

}  // namespace

// ------------------------------------------------------------ descriptors

llvm::StructType* Lowering::array_struct(int ndim) {
  llvm::Type* dims = llvm::ArrayType::get(b.getInt64Ty(), static_cast<std::uint64_t>(ndim));
  return llvm::StructType::get(ctx, {b.getPtrTy(), b.getPtrTy(), dims, dims});
}

llvm::Type* Lowering::memory_type(ir::TypeRef dtype) { return dtype->is_bool() ? b.getInt8Ty() : llvm_type(dtype); }

llvm::Value* Lowering::load_element(llvm::Value* ptr, ir::TypeRef dtype) {
  llvm::Value* v = b.CreateLoad(memory_type(dtype), ptr);
  return dtype->is_bool() ? b.CreateICmpNE(v, b.getInt8(0)) : v;
}

void Lowering::store_element(llvm::Value* ptr, llvm::Value* value, ir::TypeRef dtype) {
  b.CreateStore(dtype->is_bool() ? b.CreateZExt(value, b.getInt8Ty()) : value, ptr);
}

std::vector<llvm::Value*> Lowering::dims(llvm::Value* desc, int ndim) {
  std::vector<llvm::Value*> out;
  for (int k = 0; k < ndim; ++k) out.push_back(b.CreateExtractValue(desc, {2u, static_cast<unsigned>(k)}));
  return out;
}

std::vector<llvm::Value*> Lowering::c_strides(const std::vector<llvm::Value*>& shape) {
  std::vector<llvm::Value*> out(shape.size());
  llvm::Value* stride = b.getInt64(1);
  for (std::size_t k = shape.size(); k-- > 0;) {
    out[k] = stride;
    stride = b.CreateMul(stride, shape[k], "", false, true);
  }
  return out;
}

std::vector<llvm::Value*> Lowering::strides(llvm::Value* desc, ir::TypeRef type) {
  if (type->layout == ir::Layout::C) return c_strides(dims(desc, type->ndim));
  std::vector<llvm::Value*> out;
  for (int k = 0; k < type->ndim; ++k) out.push_back(b.CreateExtractValue(desc, {3u, static_cast<unsigned>(k)}));
  return out;
}

llvm::Value* Lowering::make_array(llvm::Value* data, llvm::Value* owner, const std::vector<llvm::Value*>& shape,
                                  const std::vector<llvm::Value*>& stride) {
  llvm::Value* desc = llvm::UndefValue::get(array_struct(static_cast<int>(shape.size())));
  desc = b.CreateInsertValue(desc, data, {0u});
  desc = b.CreateInsertValue(desc, owner, {1u});
  for (std::size_t k = 0; k < shape.size(); ++k) {
    desc = b.CreateInsertValue(desc, shape[k], {2u, static_cast<unsigned>(k)});
    desc = b.CreateInsertValue(desc, stride[k], {3u, static_cast<unsigned>(k)});
  }
  return desc;
}

llvm::Value* Lowering::product(const std::vector<llvm::Value*>& values) {
  llvm::Value* result = b.getInt64(1);
  for (llvm::Value* v : values) result = b.CreateMul(result, v, "", false, true);
  return result;
}

llvm::Value* Lowering::new_array(ir::TypeRef dtype, const std::vector<llvm::Value*>& shape, bool zeroed, SourceLoc loc) {
  llvm::Type* ptr = b.getPtrTy();
  llvm::Type* i64 = b.getInt64Ty();
  // The dims go through memory to the runtime's shape check.
  llvm::Value* count;
  if (shape.empty()) {
    count = b.getInt64(1);
  } else {
    // (in the entry block: an allocation in a loop must not grow the stack)
    llvm::AllocaInst* dims_slot = entry_alloca(llvm::ArrayType::get(i64, shape.size()));
    for (std::size_t k = 0; k < shape.size(); ++k) b.CreateStore(shape[k], b.CreateConstGEP1_64(i64, dims_slot, k));
    llvm::Function* check = runtime_function("parc_check_shape", i64, {ptr, ptr, i64, ptr, i64});
    count = b.CreateCall(check, {context_, dims_slot, b.getInt64(shape.size()), file_name(loc), b.getInt64(loc.line)});
    llvm::MDBuilder md(ctx);
    auto* ok = llvm::BasicBlock::Create(ctx, "shape_ok", llvm_fn_);
    b.CreateCondBr(b.CreateICmpSLT(count, b.getInt64(0)), error_target(), ok, md.createBranchWeights(1, 1 << 20));
    b.SetInsertPoint(ok);
  }
  llvm::Function* alloc = runtime_function("parc_buffer_new", ptr, {ptr, i64, i64, b.getInt32Ty(), ptr, i64});
  llvm::Value* buffer = b.CreateCall(alloc, {context_, count, b.getInt64(itemsize(dtype)), b.getInt32(zeroed),
                                             file_name(loc), b.getInt64(loc.line)});
  llvm::MDBuilder md(ctx);
  auto* ok = llvm::BasicBlock::Create(ctx, "alloc_ok", llvm_fn_);
  b.CreateCondBr(b.CreateIsNull(buffer), error_target(), ok, md.createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(ok);
  // parc_buffer: {int64 refcount; void* data; ...}; the data is 64-byte aligned.
  llvm::LoadInst* data = b.CreateLoad(ptr, b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), buffer, 8));
  data->setMetadata(llvm::LLVMContext::MD_align,
                    llvm::MDNode::get(ctx, {llvm::ConstantAsMetadata::get(b.getInt64(64))}));
  data->setMetadata(llvm::LLVMContext::MD_nonnull, llvm::MDNode::get(ctx, {}));
  return make_array(data, buffer, shape, c_strides(shape));
}

// ------------------------------------------------------------- references

bool Lowering::holds_arrays(ir::TypeRef type) {
  if (type->is_array()) return true;
  if (type->is_tuple())
    for (ir::TypeRef e : type->elements)
      if (holds_arrays(e)) return true;
  return false;
}

void Lowering::retain(llvm::Value* v, ir::TypeRef type) {
  if (type->is_array()) {
    b.CreateCall(runtime_function("parc_buffer_incref", b.getVoidTy(), {b.getPtrTy()}), {b.CreateExtractValue(v, {1u})});
  } else if (type->is_tuple() && holds_arrays(type)) {
    for (std::size_t i = 0; i < type->elements.size(); ++i)
      retain(b.CreateExtractValue(v, {static_cast<unsigned>(i)}), type->elements[i]);
  }
}

void Lowering::release(llvm::Value* v, ir::TypeRef type) {
  if (type->is_array()) {
    b.CreateCall(runtime_function("parc_buffer_decref", b.getVoidTy(), {b.getPtrTy()}), {b.CreateExtractValue(v, {1u})});
  } else if (type->is_tuple() && holds_arrays(type)) {
    for (std::size_t i = 0; i < type->elements.size(); ++i)
      release(b.CreateExtractValue(v, {static_cast<unsigned>(i)}), type->elements[i]);
  }
}

Lowering::Operand Lowering::operand(const ir::Expr& e) {
  if (const auto* v = ir::dyn_cast<ir::VarRef>(&e))
    return {b.CreateLoad(llvm_type(e.type), vars_[v->var]), e.type, false};
  llvm::Value* value = expr(e);
  bool owned = holds_arrays(e.type);
  if (owned) held_.emplace_back(value, e.type);
  return {value, e.type, owned};
}

void Lowering::done(const Operand& op) {
  if (!op.owned) return;
  keep(op);
  release(op.value, op.type);
}

llvm::Value* Lowering::keep(const Operand& op) {
  if (op.owned) {
    for (auto it = held_.rbegin(); it != held_.rend(); ++it) {
      if (it->first == op.value) {
        held_.erase(std::next(it).base());
        break;
      }
    }
  } else {
    retain(op.value, op.type);
  }
  return op.value;
}

// ---------------------------------------------------------------- indexing

namespace {

// What array[items] selects: an element offset and, for a view, its axes.
struct Selection {
  llvm::Value* offset;
  std::vector<llvm::Value*> dims, strides;
};

}  // namespace

static Selection select_axes(Lowering& lw, llvm::Value* desc, ir::TypeRef type,
                             const std::vector<const ir::IndexItem*>& items, bool boundscheck, SourceLoc loc,
                             llvm::Function* fn, llvm::Value* context, llvm::Value* file);

// The items' selection, with an axis of length 1 (stride 0) where an item
// is a new axis (None).
static Selection select_items(Lowering& lw, llvm::Value* desc, ir::TypeRef type, const std::vector<ir::IndexItem>& items,
                              bool boundscheck, SourceLoc loc, llvm::Function* fn, llvm::Value* context,
                              llvm::Value* file) {
  std::vector<const ir::IndexItem*> axes;
  std::vector<std::size_t> new_axes;  // positions among the result's axes
  std::size_t produced = 0;
  for (const ir::IndexItem& item : items) {
    if (item.new_axis) {
      new_axes.push_back(produced++);
      continue;
    }
    axes.push_back(&item);
    produced += item.is_slice ? 1 : 0;
  }
  Selection out = select_axes(lw, desc, type, axes, boundscheck, loc, fn, context, file);
  for (std::size_t at : new_axes) {
    out.dims.insert(out.dims.begin() + static_cast<std::ptrdiff_t>(at), lw.b.getInt64(1));
    out.strides.insert(out.strides.begin() + static_cast<std::ptrdiff_t>(at), lw.b.getInt64(0));
  }
  return out;
}

static Selection select_axes(Lowering& lw, llvm::Value* desc, ir::TypeRef type,
                             const std::vector<const ir::IndexItem*>& items, bool boundscheck, SourceLoc loc,
                             llvm::Function* fn, llvm::Value* context, llvm::Value* file) {
  llvm::IRBuilder<>& b = lw.b;
  std::vector<llvm::Value*> shape = lw.dims(desc, type->ndim);
  std::vector<llvm::Value*> stride = lw.strides(desc, type);
  Selection out{b.getInt64(0), {}, {}};
  llvm::Value* zero = b.getInt64(0);
  llvm::Value* one = b.getInt64(1);
  for (std::size_t k = 0; k < static_cast<std::size_t>(type->ndim); ++k) {
    llvm::Value* n = shape[k];
    if (k >= items.size()) {
      out.dims.push_back(n);
      out.strides.push_back(stride[k]);
      continue;
    }
    const ir::IndexItem& item = *items[k];
    if (!item.is_slice) {
      llvm::Value* i = lw.expr(*item.index);
      llvm::Value* wrapped = b.CreateSelect(b.CreateICmpSLT(i, zero), b.CreateAdd(i, n), i);
      if (boundscheck) {
        auto* fail = llvm::BasicBlock::Create(lw.ctx, "index_error", fn);
        auto* ok = llvm::BasicBlock::Create(lw.ctx, "index_ok", fn);
        llvm::MDBuilder md(lw.ctx);
        b.CreateCondBr(b.CreateICmpUGE(wrapped, n), fail, ok, md.createBranchWeights(1, 1 << 20));
        b.SetInsertPoint(fail);
        llvm::Type* ptr = b.getPtrTy();
        llvm::Type* i64 = b.getInt64Ty();
        b.CreateCall(lw.runtime_function("parc_raise_index", b.getVoidTy(), {ptr, ptr, i64, i64, i64, i64}),
                     {context, file, b.getInt64(loc.line), i, b.getInt64(k), n});
        b.CreateBr(lw.error_target());
        b.SetInsertPoint(ok);
      }
      out.offset = b.CreateAdd(out.offset, b.CreateMul(wrapped, stride[k], "", false, true), "", false, true);
      continue;
    }
    // Python's slice.indices(n), branch-free for either sign of step.
    llvm::Value* step = item.step ? lw.expr(*item.step) : one;
    if (item.step && !llvm::isa<llvm::ConstantInt>(step)) {
      auto* fail = llvm::BasicBlock::Create(lw.ctx, "slice_step_zero", fn);
      auto* ok = llvm::BasicBlock::Create(lw.ctx, "slice_ok", fn);
      b.CreateCondBr(b.CreateICmpEQ(step, zero), fail, ok);
      b.SetInsertPoint(fail);
      lw.raise(PARC_VALUE_ERROR, loc, "slice step cannot be zero");
      b.SetInsertPoint(ok);
    } else if (item.step && llvm::cast<llvm::ConstantInt>(step)->isZero()) {
      lw.raise(PARC_VALUE_ERROR, loc, "slice step cannot be zero");
      b.SetInsertPoint(llvm::BasicBlock::Create(lw.ctx, "dead", fn));
    }
    llvm::Value* negative = b.CreateICmpSLT(step, zero);
    llvm::Value* minus_one = b.getInt64(-1);
    llvm::Value* last = b.CreateSub(n, one);
    // Bounds for an absent start/stop, and the clamp range, by step's sign.
    llvm::Value* low = b.CreateSelect(negative, minus_one, zero);
    llvm::Value* high = b.CreateSelect(negative, last, n);
    auto adjust = [&](const ir::ExprPtr& bound, llvm::Value* absent) -> llvm::Value* {
      if (!bound) return absent;
      llvm::Value* v = lw.expr(*bound);
      llvm::Value* from_end = b.CreateAdd(v, n);
      llvm::Value* below = b.CreateICmpSLT(v, zero);
      v = b.CreateSelect(below, b.CreateSelect(b.CreateICmpSLT(from_end, zero), low, from_end), v);
      return b.CreateSelect(b.CreateICmpSGE(v, n), high, v);
    };
    llvm::Value* start = adjust(item.start, b.CreateSelect(negative, last, zero));
    llvm::Value* stop = adjust(item.stop, b.CreateSelect(negative, minus_one, n));
    // len = (stop - start + step - 1) / step for step > 0,
    //       (start - stop - step - 1) / -step for step < 0; 0 when empty.
    llvm::Value* span = b.CreateSelect(negative, b.CreateSub(start, stop), b.CreateSub(stop, start));
    llvm::Value* magnitude = b.CreateSelect(negative, b.CreateNeg(step), step);
    llvm::Value* count = b.CreateSDiv(b.CreateAdd(span, b.CreateSub(magnitude, one)), magnitude);
    count = b.CreateSelect(b.CreateICmpSGT(span, zero), count, zero);
    out.dims.push_back(count);
    out.strides.push_back(b.CreateMul(stride[k], step));
    // An empty view keeps the base pointer (its start may be one past the end).
    llvm::Value* first = b.CreateSelect(b.CreateICmpSGT(count, zero), start, zero);
    out.offset = b.CreateAdd(out.offset, b.CreateMul(first, stride[k]));
  }
  return out;
}

llvm::Value* Lowering::array_expr(const ir::Expr& e) {
  switch (e.kind) {
    case ir::ExprKind::ArrayIndex: {
      const auto& x = static_cast<const ir::ArrayIndex&>(e);
      if (!x.items.empty() && x.items[0].is_mask) return mask_read(x);
      Operand array = operand(*x.array);
      ir::TypeRef type = x.array->type;
      Selection sel = select_items(*this, array.value, type, x.items, x.boundscheck, e.loc, llvm_fn_, context_,
                                   file_name(e.loc));
      llvm::Value* data = b.CreateExtractValue(array.value, {0u});
      if (!e.type->is_array()) {
        llvm::Value* element = load_element(b.CreateInBoundsGEP(memory_type(type->dtype), data, sel.offset), type->dtype);
        done(array);
        return element;
      }
      llvm::Value* view_data = b.CreateGEP(memory_type(type->dtype), data, sel.offset);
      llvm::Value* owner = b.CreateExtractValue(keep(array), {1u});
      return make_array(view_data, owner, sel.dims, sel.strides);
    }
    case ir::ExprKind::ArrayAttr: {
      const auto& a = static_cast<const ir::ArrayAttr&>(e);
      Operand array = operand(*a.array);
      ir::TypeRef type = a.array->type;
      llvm::Value* result = nullptr;
      switch (a.attr) {
        case ir::ArrayAttrKind::Shape: {
          result = llvm::UndefValue::get(llvm_type(e.type));
          std::vector<llvm::Value*> shape = dims(array.value, type->ndim);
          for (std::size_t k = 0; k < shape.size(); ++k)
            result = b.CreateInsertValue(result, shape[k], {static_cast<unsigned>(k)});
          break;
        }
        case ir::ArrayAttrKind::Size: result = product(dims(array.value, type->ndim)); break;
        case ir::ArrayAttrKind::Dim: result = dims(array.value, type->ndim)[static_cast<std::size_t>(a.axis)]; break;
        case ir::ArrayAttrKind::Ndim: result = b.getInt64(type->ndim); break;
        case ir::ArrayAttrKind::Itemsize: result = b.getInt64(itemsize(type->dtype)); break;
      }
      done(array);
      return result;
    }
    case ir::ExprKind::ArrayNew: return array_new(static_cast<const ir::ArrayNew&>(e));
    case ir::ExprKind::ArrayMap: return array_map(static_cast<const ir::ArrayMap&>(e));
    case ir::ExprKind::ElementRef: return elements_.back()[static_cast<const ir::ElementRef&>(e).input];
    case ir::ExprKind::ArrayReduce: return array_reduce(static_cast<const ir::ArrayReduce&>(e));
    case ir::ExprKind::ArraySort: return array_sort(static_cast<const ir::ArraySort&>(e));
    case ir::ExprKind::ArrayTranspose: {
      const auto& t = static_cast<const ir::ArrayTranspose&>(e);
      Operand array = operand(*t.array);
      std::vector<llvm::Value*> shape = dims(array.value, t.array->type->ndim);
      std::vector<llvm::Value*> stride = strides(array.value, t.array->type);
      std::reverse(shape.begin(), shape.end());
      std::reverse(stride.begin(), stride.end());
      llvm::Value* data = b.CreateExtractValue(array.value, {0u});
      llvm::Value* owner = b.CreateExtractValue(keep(array), {1u});
      return make_array(data, owner, shape, stride);
    }
    case ir::ExprKind::ArrayReshape: return array_reshape(static_cast<const ir::ArrayReshape&>(e));
    default: break;
  }
  return nullptr;
}

// ---------------------------------------------------------------- creation

llvm::Value* Lowering::array_new(const ir::ArrayNew& n) {
  ir::TypeRef type = n.type;
  ir::TypeRef dtype = type->dtype;
  std::vector<llvm::Value*> shape;
  if (n.like) {
    Operand like = operand(*n.like);
    shape = dims(like.value, type->ndim);
    done(like);
  } else if (n.shape) {
    llvm::Value* tuple = expr(*n.shape);
    for (int k = 0; k < type->ndim; ++k) shape.push_back(b.CreateExtractValue(tuple, {static_cast<unsigned>(k)}));
  }
  std::vector<llvm::Value*> args;
  for (const ir::ExprPtr& a : n.args) args.push_back(expr(*a));
  if (n.fill == ir::ArrayFill::Arange) {
    // NumPy's length: ceil((stop - start) / step), at least 0.
    llvm::Value *start = args[0], *stop = args[1], *step = args[2];
    bool fp = n.args[0]->type->is_float();
    llvm::Value* zero_step = fp ? b.CreateFCmpOEQ(step, llvm::ConstantFP::get(step->getType(), 0.0))
                                : b.CreateICmpEQ(step, b.getInt64(0));
    raise_if(zero_step, PARC_VALUE_ERROR, n.loc, "Maximum allowed size exceeded");
    llvm::Value* length;
    if (fp) {
      llvm::Value* q = b.CreateUnaryIntrinsic(llvm::Intrinsic::ceil, b.CreateFDiv(b.CreateFSub(stop, start), step));
      length = b.CreateFPToSI(b.CreateSelect(b.CreateFCmpOGT(q, llvm::ConstantFP::get(q->getType(), 0.0)), q,
                                             llvm::ConstantFP::get(q->getType(), 0.0)),
                              b.getInt64Ty());
    } else {
      llvm::Value* span = b.CreateSub(stop, start);
      llvm::Value* positive = b.CreateICmpSGT(step, b.getInt64(0));
      // ceil(span / step) = (span + step -/+ 1) / step, truncating.
      llvm::Value* adjust = b.CreateSelect(positive, b.CreateSub(step, b.getInt64(1)), b.CreateAdd(step, b.getInt64(1)));
      llvm::Value* q = b.CreateSDiv(b.CreateAdd(span, adjust), step);
      length = b.CreateSelect(b.CreateICmpSGT(q, b.getInt64(0)), q, b.getInt64(0));
    }
    shape = {length};
  }
  if (n.fill == ir::ArrayFill::Linspace)
    raise_if(b.CreateICmpSLT(shape[0], b.getInt64(0)), PARC_VALUE_ERROR, n.loc, "Number of samples must be non-negative");
  llvm::Value* desc = new_array(dtype, shape, n.fill == ir::ArrayFill::Zeros, n.loc);
  llvm::Value* data = b.CreateExtractValue(desc, {0u});
  llvm::Type* element = memory_type(dtype);
  llvm::Value* count = product(shape);
  switch (n.fill) {
    case ir::ArrayFill::Empty:
    case ir::ArrayFill::Zeros: break;
    case ir::ArrayFill::Value:
      counted_loop(count, [&](llvm::Value* i) { store_element(b.CreateInBoundsGEP(element, data, i), args[0], dtype); });
      break;
    case ir::ArrayFill::Arange: {
      ir::TypeRef work = n.args[0]->type;
      counted_loop(count, [&](llvm::Value* i) {
        llvm::Value* value = work->is_float()
                                 ? b.CreateFAdd(args[0], b.CreateFMul(b.CreateSIToFP(i, b.getDoubleTy()), args[2]))
                                 : b.CreateAdd(args[0], b.CreateMul(i, args[2]));
        store_element(b.CreateInBoundsGEP(element, data, i), cast_value(value, work, dtype), dtype);
      });
      break;
    }
    case ir::ArrayFill::Linspace: {
      // start + i * step, and exactly stop at the end (as NumPy).
      ir::TypeRef f64 = n.args[0]->type;
      // (One sample is just start.)
      llvm::Value* gaps = b.CreateSub(count, b.getInt64(1));
      gaps = b.CreateSelect(b.CreateICmpSGT(gaps, b.getInt64(0)), gaps, b.getInt64(1));
      llvm::Value* intervals = b.CreateSIToFP(gaps, b.getDoubleTy());
      llvm::Value* step = b.CreateFDiv(b.CreateFSub(args[1], args[0]), intervals);
      counted_loop(count, [&](llvm::Value* i) {
        llvm::Value* value = b.CreateFAdd(args[0], b.CreateFMul(b.CreateSIToFP(i, b.getDoubleTy()), step));
        store_element(b.CreateInBoundsGEP(element, data, i), cast_value(value, f64, dtype), dtype);
      });
      auto* last = llvm::BasicBlock::Create(ctx, "linspace_end", llvm_fn_);
      auto* after = llvm::BasicBlock::Create(ctx, "linspace_done", llvm_fn_);
      b.CreateCondBr(b.CreateICmpSGT(count, b.getInt64(1)), last, after);
      b.SetInsertPoint(last);
      store_element(b.CreateInBoundsGEP(element, data, b.CreateSub(count, b.getInt64(1))), cast_value(args[1], f64, dtype),
                    dtype);
      b.CreateBr(after);
      b.SetInsertPoint(after);
      break;
    }
  }
  return desc;
}

llvm::Value* Lowering::array_reshape(const ir::ArrayReshape& r) {
  ir::TypeRef from = r.array->type;
  Operand array = operand(*r.array);
  llvm::Value* size = product(dims(array.value, from->ndim));
  std::vector<llvm::Value*> shape;
  if (!r.shape) {
    shape = {size};
  } else {
    llvm::Value* tuple = expr(*r.shape);
    llvm::Value* known = b.getInt64(1);
    llvm::Value* unknown_at = b.getInt64(-1);
    for (int k = 0; k < r.type->ndim; ++k) {
      llvm::Value* d = b.CreateExtractValue(tuple, {static_cast<unsigned>(k)});
      shape.push_back(d);
      llvm::Value* is_unknown = b.CreateICmpEQ(d, b.getInt64(-1));
      known = b.CreateSelect(is_unknown, known, b.CreateMul(known, d));
      unknown_at = b.CreateSelect(is_unknown, b.getInt64(k), unknown_at);
    }
    // One -1 takes what is left; then the sizes must agree.
    llvm::Value* safe_known = b.CreateSelect(b.CreateICmpEQ(known, b.getInt64(0)), b.getInt64(1), known);
    llvm::Value* inferred = b.CreateSDiv(size, safe_known);
    for (int k = 0; k < r.type->ndim; ++k)
      shape[static_cast<std::size_t>(k)] =
          b.CreateSelect(b.CreateICmpEQ(unknown_at, b.getInt64(k)), inferred, shape[static_cast<std::size_t>(k)]);
    llvm::Value* bad = b.CreateICmpNE(product(shape), size);
    for (llvm::Value* d : shape) bad = b.CreateOr(bad, b.CreateICmpSLT(d, b.getInt64(0)));
    raise_if(bad, PARC_VALUE_ERROR, r.loc, "cannot reshape array: the new shape must hold the same number of elements");
  }
  if (from->layout == ir::Layout::C) {
    llvm::Value* data = b.CreateExtractValue(array.value, {0u});
    llvm::Value* owner = b.CreateExtractValue(keep(array), {1u});
    return make_array(data, owner, shape, c_strides(shape));
  }
  // Any strides: a view when the elements happen to be in C order, else a copy.
  std::vector<llvm::Value*> shape_in = dims(array.value, from->ndim);
  std::vector<llvm::Value*> stride_in = strides(array.value, from);
  std::vector<llvm::Value*> expected = c_strides(shape_in);
  llvm::Value* contiguous = b.getTrue();
  for (std::size_t k = 0; k < shape_in.size(); ++k)
    contiguous = b.CreateAnd(contiguous, b.CreateOr(b.CreateICmpEQ(stride_in[k], expected[k]),
                                                    b.CreateICmpEQ(shape_in[k], b.getInt64(1))));
  llvm::BasicBlock* view_block = llvm::BasicBlock::Create(ctx, "reshape_view", llvm_fn_);
  llvm::BasicBlock* copy_block = llvm::BasicBlock::Create(ctx, "reshape_copy", llvm_fn_);
  llvm::BasicBlock* joined = llvm::BasicBlock::Create(ctx, "reshape_done", llvm_fn_);
  b.CreateCondBr(contiguous, view_block, copy_block);
  b.SetInsertPoint(view_block);
  retain(array.value, from);
  llvm::Value* view = make_array(b.CreateExtractValue(array.value, {0u}), b.CreateExtractValue(array.value, {1u}), shape,
                                 c_strides(shape));
  llvm::BasicBlock* view_end = b.GetInsertBlock();
  b.CreateBr(joined);
  b.SetInsertPoint(copy_block);
  llvm::Value* copy = copy_array(array.value, from, from->dtype, r.loc);
  llvm::Value* copied = make_array(b.CreateExtractValue(copy, {0u}), b.CreateExtractValue(copy, {1u}), shape,
                                   c_strides(shape));
  llvm::BasicBlock* copy_end = b.GetInsertBlock();
  b.CreateBr(joined);
  b.SetInsertPoint(joined);
  llvm::PHINode* result = b.CreatePHI(view->getType(), 2);
  result->addIncoming(view, view_end);
  result->addIncoming(copied, copy_end);
  done(array);
  return result;
}

// ------------------------------------------------------------------ stores

void Lowering::array_store(const ir::ArrayStore& s) {
  if (!s.items.empty() && s.items[0].is_mask) {
    mask_store(s);
    return;
  }
  ir::TypeRef type = s.array->type;
  Operand array = operand(*s.array);
  Operand value = operand(*s.value);
  Selection sel = select_items(*this, array.value, type, s.items, s.boundscheck, s.loc, llvm_fn_, context_,
                               file_name(s.loc));
  llvm::Value* data = b.CreateExtractValue(array.value, {0u});
  llvm::Type* element = memory_type(type->dtype);
  if (!s.selected->is_array()) {
    store_element(b.CreateInBoundsGEP(element, data, sel.offset), value.value, type->dtype);
  } else {
    llvm::Value* view = make_array(b.CreateGEP(element, data, sel.offset), b.CreateExtractValue(array.value, {1u}),
                                   sel.dims, sel.strides);
    if (!s.value->type->is_array()) {
      for_each_element({array_ref(view, s.selected)}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
        store_element(at[0], value.value, type->dtype);
      });
    } else {
      broadcast_store(array_ref(view, s.selected), value.value, s.value->type, s.loc);
    }
  }
  done(value);
  done(array);
}

// ------------------------------------------------------------------- print

void Lowering::print_array(llvm::Value* desc, ir::TypeRef type) {
  llvm::Type* ptr = b.getPtrTy();
  llvm::Type* i64 = b.getInt64Ty();
  // Strides as stored (C arrays keep theirs up to date).
  llvm::AllocaInst* slot = entry_alloca(desc->getType());
  b.CreateStore(desc, slot);
  llvm::Value* shape = b.CreateStructGEP(desc->getType(), slot, 2);
  llvm::Value* stride = b.CreateStructGEP(desc->getType(), slot, 3);
  llvm::Function* f = runtime_function("parc_print_array", b.getVoidTy(), {ptr, ptr, b.getInt32Ty(), i64, ptr, ptr});
  b.CreateCall(f, {context_, b.CreateExtractValue(desc, {0u}), b.getInt32(dtype_code(type->dtype)),
                   b.getInt64(type->ndim), shape, stride});
}

std::int32_t Lowering::dtype_of(ir::TypeRef dtype) { return dtype_code(dtype); }

std::int64_t Lowering::itemsize_of(ir::TypeRef dtype) { return itemsize(dtype); }

}  // namespace parc::codegen
