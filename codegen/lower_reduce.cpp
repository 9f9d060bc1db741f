// IR -> LLVM: reductions (see lowering.h) — of the whole array, along an
// axis, and the running sums and products of np.cumsum / np.cumprod.
//
// Orders (what decides the last bits of a float result):
//   - a whole-array sum adds the elements one after another in C order
//     (Numba's order); in a parallel=True function each chunk of the
//     elements is summed on its own, from zero (reassociated, so that it
//     vectorizes), and the chunks' sums are added in chunk order;
//   - along an axis, every result element is the sum of its lane, in order
//     along the axis, from zero. When the axis is not the last one, the
//     whole slices a[..., i, ...] are added into the result one after
//     another (Numba's order, and a loop over contiguous memory); along the
//     last axis each lane is reduced on its own. parallel=True splits the
//     result's first axis; the order within each lane is the same.
//   - mean is the sum over the count; var is the sum of the squared
//     deviations from the mean, summed in float64 (as Numba), over the count.
#include "codegen/lowering.h"

#include <llvm/IR/Intrinsics.h>

namespace parc::codegen {
namespace {

// How a running value takes in one more element.
enum class Fold { Add, Mul, Extreme, All, Any, Squares };

Fold fold_of(ir::ReduceKind op) {
  switch (op) {
    case ir::ReduceKind::Prod:
    case ir::ReduceKind::CumProd: return Fold::Mul;
    case ir::ReduceKind::Min:
    case ir::ReduceKind::Max:
    case ir::ReduceKind::ArgMin:
    case ir::ReduceKind::ArgMax: return Fold::Extreme;
    case ir::ReduceKind::All: return Fold::All;
    case ir::ReduceKind::Any: return Fold::Any;
    default: return Fold::Add;
  }
}

bool is_min(ir::ReduceKind op) { return op == ir::ReduceKind::Min || op == ir::ReduceKind::ArgMin; }
bool is_arg(ir::ReduceKind op) { return op == ir::ReduceKind::ArgMin || op == ir::ReduceKind::ArgMax; }

// float64 for the sums of squares (codegen has no TypeContext; the
// lowering only asks its kind and size).
ir::Type float64_type() {
  ir::Type t;
  t.kind = ir::TypeKind::Float;
  t.bits = 64;
  return t;
}
const ir::Type kFloat64 = float64_type();

}  // namespace

// The reductions' lowering; a friend of Lowering (it outlines parallel bodies).
class Reductions {
 public:
  explicit Reductions(Lowering& lw) : lw(lw), b(lw.b), ctx(lw.ctx) {}
  llvm::Value* lower(const ir::ArrayReduce& r);

 private:
  using ArrayRef = Lowering::ArrayRef;

  // How elements of `dtype` fold into a running value of type `acc`
  // (Squares: the square of the element's distance from `mean`, as float64).
  struct Folding {
    Fold fold;
    ir::TypeRef dtype, acc;
    bool min = false;
    llvm::Value* mean = nullptr;  // Squares: of the result's float type
    ir::TypeRef mean_type = nullptr;
    // Float sums and products may be reassociated (a parallel chunk's: the
    // order is not defined there anyway), so that they vectorize.
    bool reassoc = false;
  };

  // A running value (and, for extremes, the flat index where it is) in
  // allocas of the function being emitted.
  struct Accumulator {
    Folding f;
    llvm::AllocaInst* value = nullptr;
    llvm::AllocaInst* where = nullptr;
  };

  Accumulator accumulator(const Folding& f);
  llvm::Value* convert(const Folding& f, llvm::Value* element);
  llvm::Value* identity(const Folding& f);
  // Whether v (converted) replaces the extreme `current`: the first NaN wins
  // and stays (NumPy propagates NaN); of equal values the first stays.
  llvm::Value* better(const Folding& f, llvm::Value* v, llvm::Value* current);
  llvm::Value* fold(const Folding& f, llvm::Value* current, llvm::Value* v);
  void start(Accumulator& acc, llvm::Value* v, llvm::Value* index);
  void add(Accumulator& acc, llvm::Value* v, llvm::Value* index);
  llvm::Value* load(const Accumulator& acc) { return b.CreateLoad(acc.value->getAllocatedType(), acc.value); }
  llvm::Value* load_where(const Accumulator& acc) { return b.CreateLoad(b.getInt64Ty(), acc.where); }

  // Folds every element of `a` (`size` of them), in parallel when the
  // function is; returns the value and, for extremes, where it is. An
  // extreme needs size > 0.
  std::pair<llvm::Value*, llvm::Value*> run(const Folding& f, const ArrayRef& a, llvm::Value* size, bool parallel);
  // Folds positions [lo, hi) of `a` (of its flat order when contiguous,
  // else of its first axis; all when null) into a fresh accumulator.
  Accumulator run_range(const Folding& f, const ArrayRef& a, llvm::Value* lo, llvm::Value* hi);
  // The reduction `op` of `a` (`size` elements) to one value of `result`.
  llvm::Value* reduce(ir::ReduceKind op, const ArrayRef& a, llvm::Value* size, ir::TypeRef result, bool parallel);

  llvm::Value* whole(const ir::ArrayReduce& r, llvm::Value* desc, const ArrayRef& a);
  llvm::Value* along_axis(const ir::ArrayReduce& r, const ArrayRef& a, llvm::Value* axis, int static_axis);
  llvm::Value* cumulative(const ir::ArrayReduce& r, const ArrayRef& a);
  llvm::Value* checked_axis(llvm::Value* axis, int ndim, SourceLoc loc);
  void raise_if_empty(ir::ReduceKind op, llvm::Value* size, SourceLoc loc);

  // Runs body(inside, begin, end, slot) over [0, count) in chunks on the
  // runtime's threads (one chunk below a grain of `work`), each chunk with
  // its own slot of `slot_type`; then merge(slot, first) for each chunk in
  // chunk order, here. `captured` are at hand inside as `inside`
  // (constants stay constants). The body must not raise.
  using ChunkBody = std::function<void(const std::vector<llvm::Value*>&, llvm::Value*, llvm::Value*, llvm::Value*)>;
  void chunked(llvm::Value* count, llvm::Value* work, const std::vector<llvm::Value*>& captured,
               llvm::StructType* slot_type, const ChunkBody& body,
               const std::function<void(llvm::Value* slot, bool first)>& merge);
  // parallel_range, constants kept as constants inside.
  void parallel_over(llvm::Value* count, llvm::Value* work, const std::vector<llvm::Value*>& captured,
                     const Lowering::RangeBody& body);

  Lowering& lw;
  llvm::IRBuilder<>& b;
  llvm::LLVMContext& ctx;
};

llvm::Value* Lowering::array_reduce(const ir::ArrayReduce& r) { return Reductions(*this).lower(r); }

// ------------------------------------------------------------- accumulators

Reductions::Accumulator Reductions::accumulator(const Folding& f) {
  Accumulator acc{f};
  acc.value = lw.entry_alloca(lw.llvm_type(f.acc));
  if (f.fold == Fold::Extreme) acc.where = lw.entry_alloca(b.getInt64Ty());
  return acc;
}

llvm::Value* Reductions::convert(const Folding& f, llvm::Value* element) {
  switch (f.fold) {
    case Fold::Add:
    case Fold::Mul: return lw.cast_value(element, f.dtype, f.acc);
    case Fold::Extreme: return element;
    case Fold::All:
    case Fold::Any: return lw.truth(element, f.dtype);
    case Fold::Squares: {
      llvm::Value* d = b.CreateFSub(lw.cast_value(element, f.dtype, f.mean_type), f.mean);
      return b.CreateFPExt(b.CreateFMul(d, d), b.getDoubleTy());
    }
  }
  return nullptr;
}

llvm::Value* Reductions::identity(const Folding& f) {
  llvm::Type* t = lw.llvm_type(f.acc);
  switch (f.fold) {
    case Fold::All: return b.getTrue();
    case Fold::Any: return b.getFalse();
    case Fold::Mul: return f.acc->is_float() ? llvm::ConstantFP::get(t, 1.0) : llvm::ConstantInt::get(t, 1);
    default: return f.acc->is_float() ? llvm::ConstantFP::get(t, 0.0) : llvm::ConstantInt::get(t, 0);
  }
}

llvm::Value* Reductions::better(const Folding& f, llvm::Value* v, llvm::Value* current) {
  llvm::Value* better = lw.compare_values(f.min ? ir::CmpOp::Lt : ir::CmpOp::Gt, v, current, f.dtype);
  if (!f.dtype->is_float()) return better;
  llvm::Value* current_nan = b.CreateFCmpUNO(current, current);
  llvm::Value* v_nan = b.CreateFCmpUNO(v, v);
  return b.CreateAnd(b.CreateNot(current_nan), b.CreateOr(better, v_nan));
}

llvm::Value* Reductions::fold(const Folding& f, llvm::Value* current, llvm::Value* v) {
  bool is_float = f.acc->is_float();
  auto reassociable = [&](llvm::Value* op) {
    if (auto* inst = llvm::dyn_cast<llvm::Instruction>(op); inst && f.reassoc) inst->setHasAllowReassoc(true);
    return op;
  };
  switch (f.fold) {
    case Fold::Add:
    case Fold::Squares: return is_float ? reassociable(b.CreateFAdd(current, v)) : b.CreateAdd(current, v);
    case Fold::Mul: return is_float ? reassociable(b.CreateFMul(current, v)) : b.CreateMul(current, v);
    case Fold::All: return b.CreateAnd(current, v);
    case Fold::Any: return b.CreateOr(current, v);
    case Fold::Extreme: return b.CreateSelect(better(f, v, current), v, current);
  }
  return nullptr;
}

void Reductions::start(Accumulator& acc, llvm::Value* v, llvm::Value* index) {
  b.CreateStore(v, acc.value);
  if (acc.where) b.CreateStore(index, acc.where);
}

void Reductions::add(Accumulator& acc, llvm::Value* v, llvm::Value* index) {
  llvm::Value* current = load(acc);
  if (acc.f.fold != Fold::Extreme) {
    b.CreateStore(fold(acc.f, current, v), acc.value);
    return;
  }
  llvm::Value* replace = better(acc.f, v, current);
  b.CreateStore(b.CreateSelect(replace, v, current), acc.value);
  b.CreateStore(b.CreateSelect(replace, index, load_where(acc)), acc.where);
}

// ---------------------------------------------------------------- folding

Reductions::Accumulator Reductions::run_range(const Folding& f, const ArrayRef& a, llvm::Value* lo, llvm::Value* hi) {
  Accumulator acc = accumulator(f);
  if (f.fold == Fold::Extreme) {
    // From the range's first element (the range is not empty).
    llvm::Value* first = b.getInt64(0);
    llvm::Value* index = b.getInt64(0);
    if (lo && a.contiguous) {
      first = index = lo;
    } else if (lo) {
      first = b.CreateMul(lo, a.strides[0]);
      std::vector<llvm::Value*> rest(a.dims.begin() + 1, a.dims.end());
      index = b.CreateMul(lo, lw.product(rest));
    }
    llvm::Value* at = b.CreateGEP(lw.memory_type(f.dtype), a.data, first);
    start(acc, lw.load_element(at, f.dtype), index);
  } else {
    start(acc, identity(f), nullptr);
  }
  lw.for_each_element(
      {a},
      [&](const std::vector<llvm::Value*>& at, llvm::Value* index) {
        add(acc, convert(f, lw.load_element(at[0], f.dtype)), index);
      },
      lo, hi);
  return acc;
}

std::pair<llvm::Value*, llvm::Value*> Reductions::run(const Folding& f, const ArrayRef& a, llvm::Value* size,
                                                      bool parallel) {
  if (!parallel || a.dims.empty()) {
    Accumulator acc = run_range(f, a, nullptr, nullptr);
    return {load(acc), acc.where ? load_where(acc) : nullptr};
  }
  // The chunks' values, combined in chunk order.
  std::vector<llvm::Value*> captured{a.data};
  captured.insert(captured.end(), a.dims.begin(), a.dims.end());
  captured.insert(captured.end(), a.strides.begin(), a.strides.end());
  if (f.mean) captured.push_back(f.mean);
  std::size_t ndim = a.dims.size();
  llvm::StructType* slot_type = llvm::StructType::get(ctx, {lw.llvm_type(f.acc), b.getInt64Ty()});
  Accumulator total = accumulator(f);
  chunked(
      a.contiguous ? size : a.dims[0], size, captured, slot_type,
      [&](const std::vector<llvm::Value*>& inside, llvm::Value* begin, llvm::Value* end, llvm::Value* slot) {
        ArrayRef part{inside[0], {}, {}, a.dtype, a.contiguous};
        part.dims.assign(inside.begin() + 1, inside.begin() + 1 + static_cast<std::ptrdiff_t>(ndim));
        part.strides.assign(inside.begin() + 1 + static_cast<std::ptrdiff_t>(ndim),
                            inside.begin() + 1 + static_cast<std::ptrdiff_t>(2 * ndim));
        Folding inner = f;
        inner.reassoc = true;
        if (f.mean) inner.mean = inside.back();
        Accumulator acc = run_range(inner, part, begin, end);
        b.CreateStore(load(acc), b.CreateStructGEP(slot_type, slot, 0));
        if (acc.where) b.CreateStore(load_where(acc), b.CreateStructGEP(slot_type, slot, 1));
      },
      [&](llvm::Value* slot, bool first) {
        llvm::Value* v = b.CreateLoad(lw.llvm_type(f.acc), b.CreateStructGEP(slot_type, slot, 0));
        llvm::Value* w = b.CreateLoad(b.getInt64Ty(), b.CreateStructGEP(slot_type, slot, 1));
        if (first) start(total, v, w);
        else add(total, v, w);
      });
  return {load(total), total.where ? load_where(total) : nullptr};
}

llvm::Value* Reductions::reduce(ir::ReduceKind op, const ArrayRef& a, llvm::Value* size, ir::TypeRef result,
                                bool parallel) {
  llvm::Type* result_type = lw.llvm_type(result);
  Folding f{fold_of(op), a.dtype, result};
  switch (op) {
    case ir::ReduceKind::Sum:
    case ir::ReduceKind::Prod:
    case ir::ReduceKind::All:
    case ir::ReduceKind::Any: return run(f, a, size, parallel).first;
    case ir::ReduceKind::Min:
    case ir::ReduceKind::Max:
    case ir::ReduceKind::ArgMin:
    case ir::ReduceKind::ArgMax: {
      f.acc = a.dtype;
      f.min = is_min(op);
      auto [value, where] = run(f, a, size, parallel);
      return is_arg(op) ? where : value;
    }
    case ir::ReduceKind::Mean:
    case ir::ReduceKind::Var:
    case ir::ReduceKind::Std: {
      // The mean in the result's type; the squared deviations from it
      // summed in float64 (as Numba computes them).
      llvm::Value* mean = b.CreateFDiv(run(f, a, size, parallel).first, b.CreateSIToFP(size, result_type));
      if (op == ir::ReduceKind::Mean) return mean;
      Folding squares{Fold::Squares, a.dtype, &kFloat64};
      squares.mean = mean;
      squares.mean_type = result;
      llvm::Type* f64 = b.getDoubleTy();
      llvm::Value* ssd = run(squares, a, size, parallel).first;
      llvm::Value* value = b.CreateFPTrunc(b.CreateFDiv(ssd, b.CreateSIToFP(size, f64)), result_type);
      if (op == ir::ReduceKind::Std) value = b.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, value);
      return value;
    }
    default: return nullptr;
  }
}

// ----------------------------------------------------------------- shapes

void Reductions::raise_if_empty(ir::ReduceKind op, llvm::Value* size, SourceLoc loc) {
  if (fold_of(op) != Fold::Extreme) return;
  std::string name(ir::reduction_name(op));
  lw.raise_if(b.CreateICmpEQ(size, b.getInt64(0)), PARC_VALUE_ERROR, loc,
              is_arg(op) ? "attempt to get " + name + " of an empty sequence"
                         : "zero-size array to reduction operation " + std::string(is_min(op) ? "minimum" : "maximum") +
                               " which has no identity");
}

// The axis counted from the front; ValueError (NumPy's AxisError) unless
// -ndim <= axis < ndim.
llvm::Value* Reductions::checked_axis(llvm::Value* axis, int ndim, SourceLoc loc) {
  llvm::Value* n = b.getInt64(ndim);
  llvm::Value* k = b.CreateSelect(b.CreateICmpSLT(axis, b.getInt64(0)), b.CreateAdd(axis, n), axis);
  llvm::Value* bad = b.CreateOr(b.CreateICmpSLT(k, b.getInt64(0)), b.CreateICmpSGE(k, n));
  auto* fail = llvm::BasicBlock::Create(ctx, "axis_error", lw.llvm_fn_);
  auto* ok = llvm::BasicBlock::Create(ctx, "axis_ok", lw.llvm_fn_);
  llvm::MDBuilder md(ctx);
  b.CreateCondBr(bad, fail, ok, md.createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(fail);
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Type* ptr = b.getPtrTy();
  b.CreateCall(lw.runtime_function("parc_raise_axis", b.getVoidTy(), {ptr, ptr, i64, i64, i64}),
               {lw.context_, lw.file_name(loc), b.getInt64(loc.line), axis, n});
  b.CreateBr(lw.error_target());
  b.SetInsertPoint(ok);
  return k;
}

// ------------------------------------------------------------ reductions

llvm::Value* Reductions::lower(const ir::ArrayReduce& r) {
  ir::TypeRef type = r.array->type;
  Lowering::Operand array = lw.operand(*r.array);
  ArrayRef a = lw.array_ref(array.value, type);
  llvm::Value* axis = nullptr;
  int static_axis = -1;
  if (r.axis) {
    if (const auto* c = ir::dyn_cast<ir::Const>(r.axis.get())) {
      static_axis = static_cast<int>(c->i);
      axis = b.getInt64(static_axis);
    } else {
      axis = checked_axis(lw.expr(*r.axis), type->ndim, r.loc);
    }
  }
  llvm::Value* value = nullptr;
  if (r.op == ir::ReduceKind::CumSum || r.op == ir::ReduceKind::CumProd) value = cumulative(r, a);
  else if (axis && type->ndim > 1) value = along_axis(r, a, axis, static_axis);
  else value = whole(r, array.value, a);
  lw.done(array);
  return value;
}

llvm::Value* Reductions::whole(const ir::ArrayReduce& r, llvm::Value* desc, const ArrayRef& a) {
  llvm::Value* size = lw.product(a.dims);
  if (r.op != ir::ReduceKind::Median) {
    raise_if_empty(r.op, size, r.loc);
    return reduce(r.op, a, size, r.type, lw.fn_->parallel);
  }
  ir::TypeRef type = r.array->type;
  llvm::Type* ptr = b.getPtrTy();
  llvm::Type* i64 = b.getInt64Ty();
  llvm::AllocaInst* slot = lw.entry_alloca(desc->getType());
  b.CreateStore(desc, slot);
  llvm::Function* f = lw.runtime_function("parc_median", b.getDoubleTy(), {ptr, b.getInt32Ty(), i64, ptr, ptr});
  llvm::Value* median = b.CreateCall(f, {a.data, b.getInt32(lw.dtype_of(a.dtype)), b.getInt64(type->ndim),
                                         b.CreateStructGEP(desc->getType(), slot, 2),
                                         b.CreateStructGEP(desc->getType(), slot, 3)});
  llvm::Type* result_type = lw.llvm_type(r.type);
  return result_type->isDoubleTy() ? median : b.CreateFPTrunc(median, result_type);
}

llvm::Value* Reductions::along_axis(const ir::ArrayReduce& r, const ArrayRef& a, llvm::Value* axis, int static_axis) {
  std::size_t ndim = a.dims.size();
  // The reduced axis's length and stride, and the kept axes.
  llvm::Value* length = a.dims[0];
  llvm::Value* stride = a.strides[0];
  std::vector<llvm::Value*> kept_dims, kept_strides;
  for (std::size_t k = 1; k < ndim; ++k) {
    llvm::Value* here = b.CreateICmpEQ(axis, b.getInt64(static_cast<std::int64_t>(k)));
    length = b.CreateSelect(here, a.dims[k], length);
    stride = b.CreateSelect(here, a.strides[k], stride);
  }
  for (std::size_t k = 0; k + 1 < ndim; ++k) {
    llvm::Value* before = b.CreateICmpSGT(axis, b.getInt64(static_cast<std::int64_t>(k)));
    kept_dims.push_back(b.CreateSelect(before, a.dims[k], a.dims[k + 1]));
    kept_strides.push_back(b.CreateSelect(before, a.strides[k], a.strides[k + 1]));
  }
  raise_if_empty(r.op, length, r.loc);
  ir::TypeRef dtype = r.type->dtype;
  llvm::Value* result = lw.new_array(dtype, kept_dims, false, r.loc);
  lw.held_.emplace_back(result, r.type);
  std::vector<llvm::Value*> out_strides = lw.c_strides(kept_dims);

  // The loops take along: the result's data, the input's, the kept dims,
  // the result's and the input's strides over them, the axis's length and
  // stride.
  std::vector<llvm::Value*> captured{b.CreateExtractValue(result, {0u}), a.data};
  captured.insert(captured.end(), kept_dims.begin(), kept_dims.end());
  captured.insert(captured.end(), out_strides.begin(), out_strides.end());
  captured.insert(captured.end(), kept_strides.begin(), kept_strides.end());
  captured.push_back(length);
  captured.push_back(stride);
  std::size_t kept = kept_dims.size();
  Fold kind = fold_of(r.op);
  // Whole slices added into the result, when the axis is not the last.
  bool slices = static_axis >= 0 && static_cast<std::size_t>(static_axis) + 1 != ndim && !is_arg(r.op) &&
                r.op != ir::ReduceKind::Var && r.op != ir::ReduceKind::Std;
  auto loops = [&](const std::vector<llvm::Value*>& inside, llvm::Value* begin, llvm::Value* end) {
    auto part = [&](std::size_t at) {
      return std::vector<llvm::Value*>(inside.begin() + static_cast<std::ptrdiff_t>(at),
                                       inside.begin() + static_cast<std::ptrdiff_t>(at + kept));
    };
    std::vector<llvm::Value*> dims = part(2);
    // Walked axis by axis (not flat), so that [begin, end) is of the first.
    ArrayRef out{inside[0], dims, part(2 + kept), dtype, false};
    ArrayRef in{inside[1], dims, part(2 + 2 * kept), a.dtype, false};
    llvm::Value* n = inside[2 + 3 * kept];
    llvm::Value* step = inside[3 + 3 * kept];
    if (!slices) {
      lw.for_each_element(
          {out, in},
          [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
            ArrayRef lane{at[1], {n}, {step}, a.dtype, false};
            lw.store_element(at[0], reduce(r.op, lane, n, dtype, false), dtype);
          },
          begin, end);
      return;
    }
    Folding f{kind, a.dtype, kind == Fold::Extreme ? a.dtype : dtype};
    f.min = is_min(r.op);
    llvm::Value* from = b.getInt64(0);
    if (kind == Fold::Extreme) {
      // From the first slice (the axis is not empty).
      lw.for_each_element(
          {out, in},
          [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
            lw.store_element(at[0], lw.load_element(at[1], a.dtype), dtype);
          },
          begin, end);
      from = b.getInt64(1);
    } else {
      llvm::Value* zero = identity(f);
      lw.for_each_element(
          {out}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) { lw.store_element(at[0], zero, dtype); },
          begin, end);
    }
    lw.range_loop(from, n, [&](llvm::Value* i) {
      ArrayRef slice = in;
      slice.data = b.CreateGEP(lw.memory_type(a.dtype), in.data, b.CreateMul(i, step));
      lw.for_each_element(
          {out, slice},
          [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
            llvm::Value* current = lw.load_element(at[0], dtype);
            lw.store_element(at[0], fold(f, current, convert(f, lw.load_element(at[1], a.dtype))), dtype);
          },
          begin, end);
    });
    if (r.op == ir::ReduceKind::Mean) {
      llvm::Value* count = b.CreateSIToFP(n, lw.llvm_type(dtype));
      lw.for_each_element(
          {out},
          [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
            lw.store_element(at[0], b.CreateFDiv(lw.load_element(at[0], dtype), count), dtype);
          },
          begin, end);
    }
  };
  if (lw.fn_->parallel) parallel_over(kept_dims[0], lw.product(a.dims), captured, loops);
  else loops(captured, nullptr, nullptr);
  lw.held_.pop_back();
  return result;
}

llvm::Value* Reductions::cumulative(const ir::ArrayReduce& r, const ArrayRef& a) {
  ir::TypeRef dtype = r.type->dtype;
  llvm::Value* size = lw.product(a.dims);
  llvm::Value* result = lw.new_array(dtype, {size}, false, r.loc);
  ArrayRef out{b.CreateExtractValue(result, {0u}), a.dims, lw.c_strides(a.dims), dtype, true};
  Folding f{fold_of(r.op), a.dtype, dtype};
  Accumulator acc = accumulator(f);
  start(acc, identity(f), nullptr);
  lw.for_each_element({a, out}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
    add(acc, convert(f, lw.load_element(at[0], a.dtype)), nullptr);
    lw.store_element(at[1], load(acc), dtype);
  });
  return result;
}

// ---------------------------------------------------------------- parallel

void Reductions::chunked(llvm::Value* count, llvm::Value* work, const std::vector<llvm::Value*>& captured,
                         llvm::StructType* slot_type, const ChunkBody& body,
                         const std::function<void(llvm::Value* slot, bool first)>& merge) {
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Type* ptr = b.getPtrTy();
  std::vector<llvm::Type*> fields;
  for (llvm::Value* v : captured)
    if (!llvm::isa<llvm::Constant>(v)) fields.push_back(v->getType());
  llvm::StructType* env_type = llvm::StructType::get(ctx, fields);
  llvm::AllocaInst* env = lw.entry_alloca(env_type);
  unsigned field = 0;
  for (llvm::Value* v : captured)
    if (!llvm::isa<llvm::Constant>(v)) b.CreateStore(v, b.CreateStructGEP(env_type, env, field++));

  llvm::Function* body_fn = lw.new_loop_body(".reduce");
  {
    llvm::IRBuilderBase::InsertPointGuard guard(b);
    Lowering::FunctionState caller = lw.enter_body(body_fn);
    std::vector<llvm::Value*> inside;
    field = 0;
    for (llvm::Value* v : captured) {
      if (llvm::isa<llvm::Constant>(v)) {
        inside.push_back(v);
        continue;
      }
      inside.push_back(b.CreateLoad(fields[field], b.CreateStructGEP(env_type, body_fn->getArg(1), field)));
      ++field;
    }
    lw.error_exit_ = llvm::BasicBlock::Create(ctx, "error_exit", body_fn);
    body(inside, body_fn->getArg(2), body_fn->getArg(3), body_fn->getArg(4));
    b.CreateRetVoid();
    if (lw.error_exit_->hasNPredecessors(0)) {
      lw.error_exit_->eraseFromParent();
    } else {
      b.SetInsertPoint(lw.error_exit_);
      b.CreateRetVoid();
    }
    lw.leave_body(std::move(caller));
  }
  constexpr std::int64_t kGrain = 1 << 15;  // as parallel_range
  std::uint64_t slot_size = lw.out.getDataLayout().getTypeAllocSize(slot_type);
  auto stride = static_cast<std::int64_t>((slot_size + 63) / 64 * 64);
  llvm::Function* chunks_fn = lw.runtime_function("parc_parallel_chunks", i64, {ptr, i64, i64});
  llvm::Value* chunks = b.CreateSelect(b.CreateICmpSLT(work, b.getInt64(kGrain)), b.getInt64(1),
                                       b.CreateCall(chunks_fn, {lw.context_, count, b.getInt64(0)}));
  llvm::Function* make = lw.runtime_function("parc_partials_new", ptr, {ptr, i64, i64});
  llvm::Value* partials = b.CreateCall(make, {lw.context_, chunks, b.getInt64(stride)});
  auto* made = llvm::BasicBlock::Create(ctx, "partials_ok", lw.llvm_fn_);
  b.CreateCondBr(b.CreateIsNull(partials), lw.error_target(), made);
  b.SetInsertPoint(made);
  llvm::Function* run = lw.runtime_function("parc_parallel_for", b.getVoidTy(), {ptr, ptr, ptr, i64, i64, ptr, i64});
  b.CreateCall(run, {lw.context_, body_fn, env, count, chunks, partials, b.getInt64(stride)});
  merge(partials, true);
  lw.range_loop(b.getInt64(1), chunks, [&](llvm::Value* c) {
    merge(b.CreateInBoundsGEP(b.getInt8Ty(), partials, b.CreateMul(c, b.getInt64(stride))), false);
  });
  b.CreateCall(lw.runtime_function("parc_partials_free", b.getVoidTy(), {ptr}), {partials});
}

void Reductions::parallel_over(llvm::Value* count, llvm::Value* work, const std::vector<llvm::Value*>& captured,
                               const Lowering::RangeBody& body) {
  std::vector<llvm::Value*> passed;
  for (llvm::Value* v : captured)
    if (!llvm::isa<llvm::Constant>(v)) passed.push_back(v);
  lw.parallel_range(count, work, passed, [&](const std::vector<llvm::Value*>& inside, llvm::Value* begin,
                                             llvm::Value* end) {
    std::vector<llvm::Value*> all;
    std::size_t next = 0;
    for (llvm::Value* v : captured) all.push_back(llvm::isa<llvm::Constant>(v) ? v : inside[next++]);
    body(all, begin, end);
  });
}

}  // namespace parc::codegen
