// IR -> LLVM: prange loops (see lowering.h and runtime/parallel.h).
//
// A prange loop (with the perfectly nested prange loops analyze_prange
// merged into it) becomes an internal function over a sub-range of its
// iterations, numbered 0..count-1 in C order:
//
//   void f.prange(parc_context* ctx, env* env, i64 begin, i64 end, partial* slot)
//
// `env` holds each level's start, step and count and the values of the
// variables the body reads but does not assign (arrays borrowed: the caller
// keeps them alive). Variables the body assigns are the iteration's own.
// Reductions start from their operator's identity in each chunk and end in
// the chunk's slot; the caller combines the slots in chunk order after
// parc_parallel_for returns, into the variables' values from before the loop.
#include "codegen/lowering.h"

#include "ir/walk.h"

#include <llvm/IR/ConstantRange.h>
#include <llvm/IR/Intrinsics.h>

#include <map>
#include <set>
#include <utility>

namespace parc::codegen {
namespace {

// The loops merged into one iteration space, outermost first.
std::vector<const ir::ForRange*> merged_levels(const ir::ForRange& loop) {
  std::vector<const ir::ForRange*> levels{&loop};
  while (static_cast<int>(levels.size()) < loop.collapse)
    levels.push_back(static_cast<const ir::ForRange*>(levels.back()->body[0].get()));
  return levels;
}

}  // namespace

llvm::Function* Lowering::new_loop_body(const std::string& suffix) {
  llvm::Type* ptr = b.getPtrTy();
  llvm::Type* i64 = b.getInt64Ty();
  auto* type = llvm::FunctionType::get(b.getVoidTy(), {ptr, ptr, i64, i64, ptr}, false);
  auto* body = llvm::Function::Create(type, llvm::Function::InternalLinkage, llvm_fn_->getName() + suffix, out);
  body->addFnAttr(llvm::Attribute::NoUnwind);
  for (unsigned arg : {0u, 1u, 4u}) body->addParamAttr(arg, llvm::Attribute::NoAlias);
  body->addParamAttr(1, llvm::Attribute::ReadOnly);
  // begin and end count iterations from 0: with that known, an index
  // start + k * step needs no negative-index wrap and the loop vectorizes.
  llvm::ConstantRange iterations(llvm::APInt(64, 0), llvm::APInt::getSignedMaxValue(64));
  for (unsigned arg : {2u, 3u}) body->addParamAttr(arg, llvm::Attribute::get(ctx, llvm::Attribute::Range, iterations));
  body->getArg(0)->setName("ctx");
  body->getArg(1)->setName("env");
  return body;
}

Lowering::FunctionState Lowering::enter_body(llvm::Function* body) {
  FunctionState caller{llvm_fn_,
                       context_,
                       std::move(vars_),
                       std::move(owns_),
                       std::move(held_),
                       std::move(elements_),
                       error_exit_,
                       std::move(loops_),
                       std::move(reductions_)};
  llvm_fn_ = body;
  context_ = body->getArg(0);
  vars_.clear();
  owns_.clear();
  held_.clear();
  elements_.clear();
  loops_.clear();
  reductions_.clear();
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", body));
  error_exit_ = nullptr;
  return caller;
}

void Lowering::leave_body(FunctionState&& caller) {
  llvm_fn_ = caller.llvm_fn;
  context_ = caller.context;
  vars_ = std::move(caller.vars);
  owns_ = std::move(caller.owns);
  held_ = std::move(caller.held);
  elements_ = std::move(caller.elements);
  error_exit_ = caller.error_exit;
  loops_ = std::move(caller.loops);
  reductions_ = std::move(caller.reductions);
}

llvm::Value* Lowering::trip_count(llvm::Value* start, llvm::Value* stop, llvm::Value* step) {
  llvm::Value* up = b.CreateICmpSGT(step, b.getInt64(0));
  llvm::Value* lo = b.CreateSelect(up, start, stop);
  llvm::Value* hi = b.CreateSelect(up, stop, start);
  llvm::Value* stride = b.CreateSelect(up, step, b.CreateNeg(step));
  // (hi - lo - 1) / stride + 1, unsigned: exact for every int64 range.
  llvm::Value* count = b.CreateAdd(b.CreateUDiv(b.CreateSub(b.CreateSub(hi, lo), b.getInt64(1)), stride), b.getInt64(1));
  return b.CreateSelect(b.CreateICmpSGT(hi, lo), count, b.getInt64(0));
}

llvm::Constant* Lowering::reduction_identity(ir::BinaryOp op, ir::TypeRef type) {
  llvm::Type* t = llvm_type(type);
  if (type->is_float()) {
    switch (op) {
      case ir::BinaryOp::Mul: return llvm::ConstantFP::get(t, 1.0);
      case ir::BinaryOp::Min: return llvm::ConstantFP::getInfinity(t, false);
      case ir::BinaryOp::Max: return llvm::ConstantFP::getInfinity(t, true);
      default: return llvm::ConstantFP::getZero(t, /*negative=*/true);  // x + -0.0 == x, also for x == -0.0
    }
  }
  unsigned bits = t->getIntegerBitWidth();
  bool is_signed = type->is_int() && type->is_signed;
  switch (op) {
    case ir::BinaryOp::Mul: return llvm::ConstantInt::get(t, 1);
    case ir::BinaryOp::BitAnd: return llvm::ConstantInt::get(t, llvm::APInt::getAllOnes(bits));
    case ir::BinaryOp::Min:
      return llvm::ConstantInt::get(t, is_signed ? llvm::APInt::getSignedMaxValue(bits) : llvm::APInt::getMaxValue(bits));
    case ir::BinaryOp::Max:
      return llvm::ConstantInt::get(t, is_signed ? llvm::APInt::getSignedMinValue(bits) : llvm::APInt::getMinValue(bits));
    default: return llvm::ConstantInt::get(t, 0);
  }
}

void Lowering::parallel_loop(const ir::ForRange& loop) {
  std::vector<const ir::ForRange*> levels = merged_levels(loop);
  const ir::Block& body = levels.back()->body;
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Type* ptr = b.getPtrTy();

  // Every level's bounds, evaluated once before the loop.
  ParallelLevels bounds;
  llvm::Value* total = b.getInt64(1);
  for (const ir::ForRange* level : levels) {
    llvm::Value* start = expr(*level->start);
    llvm::Value* stop = expr(*level->stop);
    llvm::Value* step = expr(*level->step);
    if (!check_range_step(step, level->loc)) return;
    llvm::Value* count = trip_count(start, stop, step);
    bounds.push_back({level->var, start, step, count});
    total = b.CreateMul(total, count);
  }

  ir::VarUses uses = ir::var_uses(body);
  std::vector<ir::VarId> captured;
  for (ir::VarId v : uses.read) {
    bool level_var = false;
    for (const ir::ForRange* level : levels) level_var = level_var || level->var == v;
    if (!uses.assigned.count(v) && !level_var) captured.push_back(v);
  }

  // The environment: each level's start, step, count, then the captured values.
  std::vector<llvm::Type*> env_fields;
  for (std::size_t k = 0; k < bounds.size(); ++k) env_fields.insert(env_fields.end(), {i64, i64, i64});
  for (ir::VarId v : captured) env_fields.push_back(llvm_type(fn_->vars[v].type));
  llvm::StructType* env_type = llvm::StructType::get(ctx, env_fields);
  llvm::AllocaInst* env = entry_alloca(env_type);
  unsigned field = 0;
  for (const LevelBounds& level : bounds)
    for (llvm::Value* v : {level.start, level.step, level.count}) b.CreateStore(v, b.CreateStructGEP(env_type, env, field++));
  for (ir::VarId v : captured)
    b.CreateStore(b.CreateLoad(env_fields[field], vars_[v]), b.CreateStructGEP(env_type, env, field)), ++field;

  std::vector<llvm::Type*> slot_fields;
  bool array_reduction = false;
  for (const ir::Reduction& r : loop.reductions) {
    slot_fields.push_back(llvm_type(fn_->vars[r.var].type));
    array_reduction = array_reduction || r.array;
  }
  llvm::StructType* slot_type = llvm::StructType::get(ctx, slot_fields);
  std::uint64_t slot_size = out.getDataLayout().getTypeAllocSize(slot_type);
  std::int64_t stride = loop.reductions.empty() ? 0 : static_cast<std::int64_t>((slot_size + 63) / 64 * 64);

  llvm::Function* body_fn = outline_parallel_body(loop, levels, bounds, env_type, captured, slot_type);

  // One chunk per thread when the partials are whole arrays (memory), else
  // the runtime's policy.
  llvm::Function* chunks_fn = runtime_function("parc_parallel_chunks", i64, {ptr, i64, i64});
  llvm::Value* chunks = b.CreateCall(chunks_fn, {context_, total, b.getInt64(array_reduction ? 1 : 0)});
  llvm::Value* partials = llvm::ConstantPointerNull::get(b.getPtrTy());
  if (stride > 0) {
    llvm::Function* make = runtime_function("parc_partials_new", ptr, {ptr, i64, i64});
    partials = b.CreateCall(make, {context_, chunks, b.getInt64(stride)});
    auto* made = llvm::BasicBlock::Create(ctx, "partials_ok", llvm_fn_);
    b.CreateCondBr(b.CreateIsNull(partials), error_target(), made);
    b.SetInsertPoint(made);
  }
  auto free_partials = [&] {
    if (stride > 0) b.CreateCall(runtime_function("parc_partials_free", b.getVoidTy(), {ptr}), {partials});
  };
  llvm::Function* run = runtime_function("parc_parallel_for", b.getVoidTy(), {ptr, ptr, ptr, i64, i64, ptr, i64});
  b.CreateCall(run, {context_, body_fn, env, total, chunks, partials, b.getInt64(stride)});

  auto slot_at = [&](llvm::Value* chunk) {
    return b.CreateInBoundsGEP(b.getInt8Ty(), partials, b.CreateMul(chunk, b.getInt64(stride)));
  };
  llvm::Value* failed = b.CreateICmpNE(b.CreateLoad(b.getInt32Ty(), context_), b.getInt32(0));
  auto* fail = llvm::BasicBlock::Create(ctx, "prange_failed", llvm_fn_);
  auto* ok = llvm::BasicBlock::Create(ctx, "prange_ok", llvm_fn_);
  llvm::MDBuilder md(ctx);
  b.CreateCondBr(failed, fail, ok, md.createBranchWeights(1, 1 << 20));

  // After an error, the partial arrays that were made are dropped.
  b.SetInsertPoint(fail);
  if (array_reduction) {
    counted_loop(chunks, [&](llvm::Value* c) {
      llvm::Value* slot = slot_at(c);
      for (std::size_t k = 0; k < loop.reductions.size(); ++k) {
        if (!loop.reductions[k].array) continue;
        ir::TypeRef type = fn_->vars[loop.reductions[k].var].type;
        release(b.CreateLoad(slot_fields[k], b.CreateStructGEP(slot_type, slot, static_cast<unsigned>(k))), type);
      }
    });
  }
  free_partials();
  b.CreateBr(error_target());

  // The chunks' partials, combined in chunk order.
  b.SetInsertPoint(ok);
  if (stride > 0) {
    counted_loop(chunks, [&](llvm::Value* c) {
      llvm::Value* slot = slot_at(c);
      for (std::size_t k = 0; k < loop.reductions.size(); ++k) {
        const ir::Reduction& r = loop.reductions[k];
        ir::TypeRef type = fn_->vars[r.var].type;
        llvm::Value* partial = b.CreateLoad(slot_fields[k], b.CreateStructGEP(slot_type, slot, static_cast<unsigned>(k)));
        llvm::Value* value = b.CreateLoad(slot_fields[k], vars_[r.var]);
        if (!r.array) {
          b.CreateStore(simple_binary(r.op, value, partial, type), vars_[r.var]);
          continue;
        }
        ArrayRef acc = array_ref(value, type);
        ArrayRef part = array_ref(partial, nullptr, type->dtype, acc.dims);
        for_each_element({acc, part}, [&](const std::vector<llvm::Value*>& at, llvm::Value*) {
          llvm::Value* sum = simple_binary(ir::BinaryOp::Add, load_element(at[0], type->dtype),
                                           load_element(at[1], type->dtype), type->dtype);
          store_element(at[0], sum, type->dtype);
        });
        release(partial, type);
      }
    });
    free_partials();
  }
}

llvm::Function* Lowering::outline_parallel_body(const ir::ForRange& loop, const std::vector<const ir::ForRange*>& levels,
                                                const ParallelLevels& bounds, llvm::StructType* env_type,
                                                const std::vector<ir::VarId>& captured, llvm::StructType* slot_type) {
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Function* body_fn = new_loop_body(".prange");
  llvm::IRBuilderBase::InsertPointGuard guard(b);
  FunctionState caller = enter_body(body_fn);
  for (const ir::Reduction& r : loop.reductions) reductions_.insert(r.var);
  make_variable_slots();
  const ir::Block& body = levels.back()->body;
  ir::VarUses uses = ir::var_uses(body);
  owns_.assign(fn_->vars.size(), false);
  for (ir::VarId v : uses.assigned) owns_[v] = holds_arrays(fn_->vars[v].type);
  error_exit_ = llvm::BasicBlock::Create(ctx, "error_exit", body_fn);

  llvm::Value* env = body_fn->getArg(1);
  unsigned field = 0;
  // A bound known at compile time stays a constant (a unit step vectorizes).
  auto bound = [&](llvm::Value* outside) {
    llvm::Value* inside = llvm::isa<llvm::Constant>(outside)
                              ? outside
                              : b.CreateLoad(i64, b.CreateStructGEP(env_type, env, field));
    ++field;
    return inside;
  };
  ParallelLevels inner;
  for (const LevelBounds& level : bounds) {
    llvm::Value* start = bound(level.start);
    llvm::Value* step = bound(level.step);
    llvm::Value* count = bound(level.count);
    inner.push_back({level.var, start, step, count});
  }
  std::map<ir::VarId, llvm::Value*> originals;
  for (ir::VarId v : captured) {
    llvm::Value* value = b.CreateLoad(env_type->getElementType(field), b.CreateStructGEP(env_type, env, field));
    ++field;
    originals[v] = value;
    b.CreateStore(value, vars_[v]);
  }
  // Reductions start from the identity; a whole-array one from zeros of the
  // array's shape (its variable holds nothing it owns until then).
  for (const ir::Reduction& r : loop.reductions) {
    ir::TypeRef type = fn_->vars[r.var].type;
    if (!r.array) {
      b.CreateStore(reduction_identity(r.op, type), vars_[r.var]);
      continue;
    }
    b.CreateStore(llvm::Constant::getNullValue(llvm_type(type)), vars_[r.var]);
    owns_[r.var] = true;
    llvm::Value* zeros = new_array(type->dtype, dims(originals[r.var], type->ndim), true, loop.loc);
    b.CreateStore(zeros, vars_[r.var]);
  }

  parallel_level(inner, 0, body_fn->getArg(2), body_fn->getArg(3), body);

  // The chunk's partials go to its slot; the slot owns the partial arrays.
  llvm::Value* slot = body_fn->getArg(4);
  for (std::size_t k = 0; k < loop.reductions.size(); ++k) {
    const ir::Reduction& r = loop.reductions[k];
    llvm::Value* value = b.CreateLoad(llvm_type(fn_->vars[r.var].type), vars_[r.var]);
    b.CreateStore(value, b.CreateStructGEP(slot_type, slot, static_cast<unsigned>(k)));
    if (r.array) owns_[r.var] = false;
  }
  release_variables();
  b.CreateRetVoid();
  for (const ir::Reduction& r : loop.reductions)
    if (r.array) owns_[r.var] = true;
  if (error_exit_->hasNPredecessors(0)) {
    error_exit_->eraseFromParent();
  } else {
    b.SetInsertPoint(error_exit_);
    release_variables();
    b.CreateRetVoid();
  }

  leave_body(std::move(caller));
  return body_fn;
}

void Lowering::parallel_range(llvm::Value* count, llvm::Value* work, const std::vector<llvm::Value*>& captured,
                              const RangeBody& body) {
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Type* ptr = b.getPtrTy();
  std::vector<llvm::Type*> fields;
  for (llvm::Value* v : captured) fields.push_back(v->getType());
  llvm::StructType* env_type = llvm::StructType::get(ctx, fields);
  llvm::AllocaInst* env = entry_alloca(env_type);
  for (unsigned k = 0; k < captured.size(); ++k) b.CreateStore(captured[k], b.CreateStructGEP(env_type, env, k));

  llvm::Function* body_fn = new_loop_body(".parallel");
  {
    llvm::IRBuilderBase::InsertPointGuard guard(b);
    FunctionState caller = enter_body(body_fn);
    std::vector<llvm::Value*> inside;
    for (unsigned k = 0; k < captured.size(); ++k)
      inside.push_back(b.CreateLoad(fields[k], b.CreateStructGEP(env_type, body_fn->getArg(1), k)));
    error_exit_ = llvm::BasicBlock::Create(ctx, "error_exit", body_fn);
    body(inside, body_fn->getArg(2), body_fn->getArg(3));
    b.CreateRetVoid();
    if (error_exit_->hasNPredecessors(0)) {
      error_exit_->eraseFromParent();
    } else {
      b.SetInsertPoint(error_exit_);
      b.CreateRetVoid();
    }
    leave_body(std::move(caller));
  }
  // Small work is not worth waking threads for.
  constexpr std::int64_t kGrain = 1 << 15;
  llvm::Function* chunks_fn = runtime_function("parc_parallel_chunks", i64, {ptr, i64, i64});
  llvm::Value* chunks = b.CreateSelect(b.CreateICmpSLT(work, b.getInt64(kGrain)), b.getInt64(1),
                                       b.CreateCall(chunks_fn, {context_, count, b.getInt64(0)}));
  llvm::Function* run = runtime_function("parc_parallel_for", b.getVoidTy(), {ptr, ptr, ptr, i64, i64, ptr, i64});
  b.CreateCall(run, {context_, body_fn, env, count, chunks, llvm::ConstantPointerNull::get(b.getPtrTy()), b.getInt64(0)});
}

// Iterations [lo, hi) of the space of levels k.. (their flat numbering):
// a plain counted loop for the innermost level, so it vectorizes.
void Lowering::parallel_level(const ParallelLevels& levels, std::size_t k, llvm::Value* lo, llvm::Value* hi,
                              const ir::Block& body) {
  const LevelBounds& level = levels[k];
  // start + i * step lies between the range's start and stop; with a unit
  // step no part of it can overflow, and saying so lets indices vectorize.
  // (With a larger step, i * step alone may wrap: range(-2**62, 2**62, 3).)
  auto* unit = llvm::dyn_cast<llvm::ConstantInt>(level.step);
  bool no_wrap = unit && (unit->isOne() || unit->isMinusOne());
  auto set_var = [&](llvm::Value* i) {
    llvm::Value* offset = b.CreateMul(i, level.step, "", false, no_wrap);
    b.CreateStore(b.CreateAdd(level.start, offset, "", false, no_wrap), vars_[level.var]);
  };
  if (k + 1 == levels.size()) {
    llvm::BasicBlock* pre = b.GetInsertBlock();
    auto* head = llvm::BasicBlock::Create(ctx, "prange", llvm_fn_);
    auto* body_block = llvm::BasicBlock::Create(ctx, "prange_body", llvm_fn_);
    auto* latch = llvm::BasicBlock::Create(ctx, "prange_next", llvm_fn_);
    auto* done = llvm::BasicBlock::Create(ctx, "prange_end", llvm_fn_);
    b.CreateBr(head);
    b.SetInsertPoint(head);
    llvm::PHINode* i = b.CreatePHI(b.getInt64Ty(), 2, "k");
    i->addIncoming(lo, pre);
    b.CreateCondBr(b.CreateICmpSLT(i, hi), body_block, done);
    b.SetInsertPoint(body_block);
    set_var(i);
    loops_.push_back({latch, done});
    block(body);
    loops_.pop_back();
    if (!terminated()) b.CreateBr(latch);
    b.SetInsertPoint(latch);
    i->addIncoming(b.CreateAdd(i, b.getInt64(1), "k.next", true, true), latch);
    b.CreateBr(head);
    b.SetInsertPoint(done);
    return;
  }
  // Each index of this level covers `extent` flat iterations of the rest.
  llvm::Value* extent = b.getInt64(1);
  for (std::size_t j = k + 1; j < levels.size(); ++j) extent = b.CreateMul(extent, levels[j].count);
  auto* outer = llvm::BasicBlock::Create(ctx, "prange_outer", llvm_fn_);
  auto* after = llvm::BasicBlock::Create(ctx, "prange_outer_end", llvm_fn_);
  b.CreateCondBr(b.CreateICmpSLT(lo, hi), outer, after);
  b.SetInsertPoint(outer);
  llvm::Value* first = b.CreateUDiv(lo, extent);
  llvm::Value* last = b.CreateUDiv(b.CreateSub(hi, b.getInt64(1)), extent);
  counted_loop(b.CreateAdd(b.CreateSub(last, first), b.getInt64(1)), [&](llvm::Value* e) {
    llvm::Value* q = b.CreateAdd(first, e);
    set_var(q);
    llvm::Value* base = b.CreateMul(q, extent);
    llvm::Value* sub_lo = b.CreateSelect(b.CreateICmpUGT(lo, base), b.CreateSub(lo, base), b.getInt64(0));
    llvm::Value* rest = b.CreateSub(hi, base);
    llvm::Value* sub_hi = b.CreateSelect(b.CreateICmpULT(rest, extent), rest, extent);
    parallel_level(levels, k + 1, sub_lo, sub_hi, body);
  });
  b.CreateBr(after);
  b.SetInsertPoint(after);
}

}  // namespace parc::codegen
