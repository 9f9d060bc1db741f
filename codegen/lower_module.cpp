// IR -> LLVM: the module, functions and statements (see lowering.h).
#include "codegen/lowering.h"

#include <llvm/IR/Verifier.h>
#include <llvm/Target/TargetMachine.h>

#include <chrono>

namespace parc::codegen {

Lowering::Lowering(const ir::Module& module, llvm::Module& out, const SourceManager& sources)
    : ctx(out.getContext()), out(out), b(out.getContext()), module_(module), sources_(sources) {}

llvm::Type* Lowering::llvm_type(ir::TypeRef type) {
  switch (type->kind) {
    case ir::TypeKind::Bool: return b.getInt1Ty();
    case ir::TypeKind::Int: return b.getIntNTy(static_cast<unsigned>(type->bits));
    case ir::TypeKind::Float: return type->bits == 32 ? b.getFloatTy() : b.getDoubleTy();
    case ir::TypeKind::None: return llvm::StructType::get(ctx);
    case ir::TypeKind::Str: return llvm::StructType::get(ctx, {b.getPtrTy(), b.getInt64Ty()});
    case ir::TypeKind::Tuple: {
      std::vector<llvm::Type*> elements;
      for (ir::TypeRef e : type->elements) elements.push_back(llvm_type(e));
      return llvm::StructType::get(ctx, elements);
    }
    case ir::TypeKind::Array: return array_struct(type->ndim);
  }
  return nullptr;
}

llvm::Function* Lowering::runtime_function(const std::string& name, llvm::Type* result, std::vector<llvm::Type*> params) {
  if (llvm::Function* f = out.getFunction(name)) return f;
  auto* type = llvm::FunctionType::get(result, params, false);
  auto* f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, name, out);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  return f;
}

llvm::Value* Lowering::string_constant(const std::string& text) {
  auto it = strings_.find(text);
  if (it != strings_.end()) return it->second;
  llvm::Value* global = b.CreateGlobalStringPtr(text, ".str", 0, &out);
  strings_[text] = global;
  return global;
}

void Lowering::raise(std::int32_t kind, SourceLoc loc, const std::string& message) {
  llvm::Function* f = runtime_function("parc_raise", b.getVoidTy(),
                                       {b.getPtrTy(), b.getInt32Ty(), b.getPtrTy(), b.getInt64Ty(), b.getPtrTy()});
  b.CreateCall(f, {context_, b.getInt32(static_cast<std::uint32_t>(kind)), file_name(loc), b.getInt64(loc.line),
                   string_constant(message)});
  b.CreateBr(error_target());
}

llvm::Value* Lowering::file_name(SourceLoc loc) {
  return string_constant(loc.file < sources_.size() ? sources_.file(loc.file).name() : "<unknown>");
}

llvm::BasicBlock* Lowering::error_target() {
  bool holding = false;
  for (const auto& [value, type] : held_) holding = holding || holds_arrays(type);
  if (!holding) return error_exit_;
  auto* cleanup = llvm::BasicBlock::Create(ctx, "drop_held", llvm_fn_);
  llvm::IRBuilderBase::InsertPointGuard guard(b);
  b.SetInsertPoint(cleanup);
  for (auto it = held_.rbegin(); it != held_.rend(); ++it) release(it->first, it->second);
  b.CreateBr(error_exit_);
  return cleanup;
}

void Lowering::raise_if(llvm::Value* failed, std::int32_t kind, SourceLoc loc, const std::string& message) {
  auto* fail = llvm::BasicBlock::Create(ctx, "raise", llvm_fn_);
  auto* ok = llvm::BasicBlock::Create(ctx, "ok", llvm_fn_);
  // Errors are rare: tell the optimiser so.
  llvm::MDBuilder md(ctx);
  b.CreateCondBr(failed, fail, ok, md.createBranchWeights(1, 1 << 20));
  b.SetInsertPoint(fail);
  raise(kind, loc, message);
  b.SetInsertPoint(ok);
}

void Lowering::run(std::vector<double>* seconds) {
  // Declare every function first: calls may go forward and recurse.
  for (const auto& fn : module_.functions) {
    std::vector<llvm::Type*> params{b.getPtrTy()};
    for (ir::VarId p : fn->params) params.push_back(llvm_type(fn->vars[p].type));
    llvm::Type* result = fn->return_type->is_none() ? b.getVoidTy() : llvm_type(fn->return_type);
    auto* type = llvm::FunctionType::get(result, params, false);
    auto* f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, fn->symbol, out);
    f->addFnAttr(llvm::Attribute::NoUnwind);
    f->getArg(0)->setName("ctx");
    f->addParamAttr(0, llvm::Attribute::NoAlias);
    functions_.push_back(f);
  }
  for (ir::FunctionId id = 0; id < module_.functions.size(); ++id) {
    auto start = std::chrono::steady_clock::now();
    lower_function(id);
    if (seconds) seconds->push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
}

// The variables a function body assigns (parameters it does not assign
// borrow their arrays from the caller).
static void collect_assigned(const ir::Block& stmts, std::vector<bool>& assigned) {
  for (const ir::StmtPtr& s : stmts) {
    if (const auto* a = ir::dyn_cast<ir::Assign>(s.get())) assigned[a->var] = true;
    if (const auto* i = ir::dyn_cast<ir::If>(s.get())) {
      collect_assigned(i->then, assigned);
      collect_assigned(i->otherwise, assigned);
    }
    if (const auto* w = ir::dyn_cast<ir::While>(s.get())) collect_assigned(w->body, assigned);
    if (const auto* f = ir::dyn_cast<ir::ForRange>(s.get())) {
      assigned[f->var] = true;
      collect_assigned(f->body, assigned);
    }
  }
}

void Lowering::lower_function(ir::FunctionId id) {
  fn_ = module_.functions[id].get();
  llvm_fn_ = functions_[id];
  context_ = llvm_fn_->getArg(0);
  auto* entry = llvm::BasicBlock::Create(ctx, "entry", llvm_fn_);
  b.SetInsertPoint(entry);
  llvm::FastMathFlags fast;
  if (fn_->fastmath) fast.setFast();
  b.setFastMathFlags(fast);
  make_variable_slots();
  std::vector<bool> assigned(fn_->vars.size(), false);
  collect_assigned(fn_->body, assigned);
  owns_.assign(fn_->vars.size(), false);
  for (std::size_t v = 0; v < fn_->vars.size(); ++v) owns_[v] = holds_arrays(fn_->vars[v].type);
  for (std::size_t i = 0; i < fn_->params.size(); ++i) {
    ir::VarId param = fn_->params[i];
    llvm::Value* arg = llvm_fn_->getArg(static_cast<unsigned>(i + 1));
    b.CreateStore(arg, vars_[param]);
    if (!assigned[param]) owns_[param] = false;
    else if (owns_[param]) retain(arg, fn_->vars[param].type);
  }

  // The error exit drops the variables' references and returns a zero
  // value; the caller checks ctx->error.
  error_exit_ = llvm::BasicBlock::Create(ctx, "error_exit", llvm_fn_);
  held_.clear();
  block(fn_->body);
  if (!terminated()) {
    release_variables();
    llvm::Type* result = llvm_fn_->getReturnType();
    if (result->isVoidTy()) b.CreateRetVoid();
    else b.CreateRet(llvm::Constant::getNullValue(result));  // unreachable for typed returns
  }
  if (error_exit_->hasNPredecessors(0)) {
    error_exit_->eraseFromParent();
    return;
  }
  b.SetInsertPoint(error_exit_);
  release_variables();
  llvm::Type* result = llvm_fn_->getReturnType();
  if (result->isVoidTy()) b.CreateRetVoid();
  else b.CreateRet(llvm::Constant::getNullValue(result));
}

void Lowering::make_variable_slots() {
  // Every local lives in an alloca (mem2reg/SROA make them registers); all
  // start zeroed, so no path reads an undefined value.
  vars_.clear();
  for (const ir::Variable& v : fn_->vars) {
    llvm::Type* type = llvm_type(v.type);
    llvm::AllocaInst* slot = b.CreateAlloca(type, nullptr, v.name);
    b.CreateStore(llvm::Constant::getNullValue(type), slot);
    vars_.push_back(slot);
  }
}

bool Lowering::check_range_step(llvm::Value* step, SourceLoc loc) {
  auto* constant_step = llvm::dyn_cast<llvm::ConstantInt>(step);
  if (!constant_step) {
    raise_if(b.CreateICmpEQ(step, b.getInt64(0)), PARC_VALUE_ERROR, loc, "range() arg 3 must not be zero");
    return true;
  }
  if (!constant_step->isZero()) return true;
  raise(PARC_VALUE_ERROR, loc, "range() arg 3 must not be zero");
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "dead", llvm_fn_));
  return false;
}

void Lowering::release_variables() {
  for (std::size_t v = 0; v < vars_.size(); ++v)
    if (owns_[v]) release(b.CreateLoad(llvm_type(fn_->vars[v].type), vars_[v]), fn_->vars[v].type);
}

void Lowering::block(const ir::Block& stmts) {
  for (const ir::StmtPtr& s : stmts) {
    if (terminated()) {
      // Code after return/break/continue: give it a block nobody reaches.
      b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "dead", llvm_fn_));
    }
    stmt(*s);
  }
}

void Lowering::stmt(const ir::Stmt& s) {
  switch (s.kind) {
    case ir::StmtKind::Assign: {
      const auto& a = static_cast<const ir::Assign&>(s);
      llvm::Value* value = expr(*a.value);
      if (reductions_.count(a.var))
        if (auto* update = llvm::dyn_cast<llvm::Instruction>(value); update && llvm::isa<llvm::FPMathOperator>(update))
          update->setHasAllowReassoc(true);
      if (!owns_[a.var]) {
        b.CreateStore(value, vars_[a.var]);
        return;
      }
      // The old value is dropped after the new one is stored (a = a[1:]).
      ir::TypeRef type = fn_->vars[a.var].type;
      llvm::Value* old = b.CreateLoad(llvm_type(type), vars_[a.var]);
      b.CreateStore(value, vars_[a.var]);
      release(old, type);
      return;
    }
    case ir::StmtKind::If: {
      const auto& i = static_cast<const ir::If&>(s);
      auto* then = llvm::BasicBlock::Create(ctx, "then", llvm_fn_);
      auto* otherwise = llvm::BasicBlock::Create(ctx, "else", llvm_fn_);
      auto* done = llvm::BasicBlock::Create(ctx, "endif", llvm_fn_);
      b.CreateCondBr(expr(*i.cond), then, otherwise);
      b.SetInsertPoint(then);
      block(i.then);
      if (!terminated()) b.CreateBr(done);
      b.SetInsertPoint(otherwise);
      block(i.otherwise);
      if (!terminated()) b.CreateBr(done);
      b.SetInsertPoint(done);
      return;
    }
    case ir::StmtKind::While: {
      const auto& w = static_cast<const ir::While&>(s);
      auto* head = llvm::BasicBlock::Create(ctx, "while", llvm_fn_);
      auto* body = llvm::BasicBlock::Create(ctx, "while_body", llvm_fn_);
      auto* done = llvm::BasicBlock::Create(ctx, "while_end", llvm_fn_);
      b.CreateBr(head);
      b.SetInsertPoint(head);
      b.CreateCondBr(expr(*w.cond), body, done);
      b.SetInsertPoint(body);
      loops_.push_back({head, done});
      block(w.body);
      loops_.pop_back();
      if (!terminated()) b.CreateBr(head);
      b.SetInsertPoint(done);
      return;
    }
    case ir::StmtKind::ForRange: {
      const auto& f = static_cast<const ir::ForRange&>(s);
      if (f.parallel) {
        parallel_loop(f);
        return;
      }
      llvm::Value* start = expr(*f.start);
      llvm::Value* stop = expr(*f.stop);
      llvm::Value* step = expr(*f.step);
      if (!check_range_step(step, s.loc)) return;
      // The loop counts its iterations (computed up front, so bounds near
      // the int64 limits cannot overflow the test); the variable is a
      // separate copy: assigning to it in the body does not change the
      // iteration (as in Python).
      llvm::Value* count = trip_count(start, stop, step);
      llvm::BasicBlock* pre = b.GetInsertBlock();
      auto* head = llvm::BasicBlock::Create(ctx, "for", llvm_fn_);
      auto* body = llvm::BasicBlock::Create(ctx, "for_body", llvm_fn_);
      auto* latch = llvm::BasicBlock::Create(ctx, "for_next", llvm_fn_);
      auto* done = llvm::BasicBlock::Create(ctx, "for_end", llvm_fn_);
      b.CreateBr(head);
      b.SetInsertPoint(head);
      llvm::PHINode* i = b.CreatePHI(b.getInt64Ty(), 2, "i");
      llvm::PHINode* left = b.CreatePHI(b.getInt64Ty(), 2, "left");
      i->addIncoming(start, pre);
      left->addIncoming(count, pre);
      b.CreateCondBr(b.CreateICmpNE(left, b.getInt64(0)), body, done);
      b.SetInsertPoint(body);
      b.CreateStore(i, vars_[f.var]);
      loops_.push_back({latch, done});
      block(f.body);
      loops_.pop_back();
      if (!terminated()) b.CreateBr(latch);
      b.SetInsertPoint(latch);
      // (past the last iteration this may overflow; the value is not used)
      i->addIncoming(b.CreateAdd(i, step, "i.next", false, true), latch);
      left->addIncoming(b.CreateSub(left, b.getInt64(1), "left.next", true, false), latch);
      b.CreateBr(head);
      b.SetInsertPoint(done);
      return;
    }
    case ir::StmtKind::Break: b.CreateBr(loops_.back().break_to); return;
    case ir::StmtKind::Continue: b.CreateBr(loops_.back().continue_to); return;
    case ir::StmtKind::Return: {
      const auto& r = static_cast<const ir::Return&>(s);
      llvm::Value* value = expr(*r.value);
      release_variables();
      if (llvm_fn_->getReturnType()->isVoidTy()) b.CreateRetVoid();
      else b.CreateRet(value);
      return;
    }
    case ir::StmtKind::Eval: {
      const ir::Expr& value = *static_cast<const ir::Eval&>(s).value;
      release(expr(value), value.type);
      return;
    }
    case ir::StmtKind::ArrayStore: array_store(static_cast<const ir::ArrayStore&>(s)); return;
    case ir::StmtKind::Assert: {
      const auto& a = static_cast<const ir::Assert&>(s);
      raise_if(b.CreateNot(expr(*a.cond)), PARC_ASSERTION_ERROR, s.loc, a.message);
      return;
    }
    case ir::StmtKind::Print: {
      const auto& p = static_cast<const ir::Print&>(s);
      llvm::Function* text = runtime_function("parc_print_text", b.getVoidTy(), {b.getPtrTy(), b.getPtrTy(), b.getInt64Ty()});
      auto write = [&](const std::string& t) {
        if (!t.empty()) b.CreateCall(text, {context_, string_constant(t), b.getInt64(t.size())});
      };
      // Python evaluates every argument before printing any.
      std::vector<std::pair<llvm::Value*, ir::TypeRef>> items;
      std::vector<Operand> operands;
      for (std::size_t i = 0; i < p.args.size(); ++i) {
        operands.push_back(operand(*p.args[i]));
        llvm::Value* value = operands.back().value;
        ir::TypeRef type = p.args[i]->type;
        if (!p.spread[i]) {
          items.emplace_back(value, type);
          continue;
        }
        for (std::size_t k = 0; k < type->elements.size(); ++k)  // print(*t)
          items.emplace_back(b.CreateExtractValue(value, {static_cast<unsigned>(k)}), type->elements[k]);
      }
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) write(p.sep);
        print_value(items[i].first, items[i].second, false);
      }
      write(p.end);
      for (auto it = operands.rbegin(); it != operands.rend(); ++it) done(*it);
      return;
    }
  }
}

std::unique_ptr<llvm::Module> lower_module(const ir::Module& module, const SourceManager& sources,
                                           llvm::LLVMContext& context, llvm::TargetMachine& target,
                                           std::vector<double>* seconds) {
  auto out = std::make_unique<llvm::Module>("parc", context);
  out->setDataLayout(target.createDataLayout());
  out->setTargetTriple(target.getTargetTriple().str());
  Lowering(module, *out, sources).run(seconds);
  std::string cpu = target.getTargetCPU().str(), features = target.getTargetFeatureString().str();
  for (llvm::Function& f : *out) {
    if (f.isDeclaration()) continue;
    f.addFnAttr("target-cpu", cpu);
    f.addFnAttr("target-features", features);
  }
  return out;
}

}  // namespace parc::codegen
