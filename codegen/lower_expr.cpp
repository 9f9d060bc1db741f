// IR -> LLVM: expressions and print (see lowering.h).
#include "codegen/lowering.h"

namespace parc::codegen {

llvm::Value* Lowering::truth(llvm::Value* v, ir::TypeRef type) {
  if (type->is_bool()) return v;
  if (type->is_int()) return b.CreateICmpNE(v, llvm::ConstantInt::get(v->getType(), 0));
  if (type->is_float()) return b.CreateFCmpUNE(v, llvm::ConstantFP::get(v->getType(), 0.0));
  if (type->is_str()) return b.CreateICmpNE(b.CreateExtractValue(v, {1}), b.getInt64(0));
  return b.getInt1(type->is_tuple() ? !type->elements.empty() : false);
}

llvm::Value* Lowering::expr(const ir::Expr& e) {
  switch (e.kind) {
    case ir::ExprKind::Const: {
      const auto& c = static_cast<const ir::Const&>(e);
      llvm::Type* type = llvm_type(e.type);
      switch (e.type->kind) {
        case ir::TypeKind::Bool:
        case ir::TypeKind::Int: return llvm::ConstantInt::get(type, c.i);
        case ir::TypeKind::Float: return llvm::ConstantFP::get(type, c.f);
        case ir::TypeKind::Str:
          return llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(type),
                                           {llvm::cast<llvm::Constant>(string_constant(c.s)), b.getInt64(c.s.size())});
        default: return llvm::Constant::getNullValue(type);
      }
    }
    case ir::ExprKind::VarRef: {
      const auto& v = static_cast<const ir::VarRef&>(e);
      llvm::Value* value = b.CreateLoad(llvm_type(e.type), vars_[v.var]);
      retain(value, e.type);  // the expression's own reference
      return value;
    }
    case ir::ExprKind::Unary: {
      const auto& u = static_cast<const ir::Unary&>(e);
      llvm::Value* x = expr(*u.operand);
      switch (u.op) {
        case ir::UnaryOp::Neg: return e.type->is_float() ? b.CreateFNeg(x) : b.CreateNeg(x);
        case ir::UnaryOp::Invert:
        case ir::UnaryOp::Not: return b.CreateNot(x);
      }
      return x;
    }
    case ir::ExprKind::Binary: return binary(static_cast<const ir::Binary&>(e));
    case ir::ExprKind::Compare: {
      const auto& c = static_cast<const ir::Compare&>(e);
      ir::TypeRef type = c.operands[0]->type;
      llvm::Value* left = expr(*c.operands[0]);
      if (c.ops.size() == 1) return compare_values(c.ops[0], left, expr(*c.operands[1]), type);
      // a < b < c: each link in turn, stopping at the first false one.
      auto* done = llvm::BasicBlock::Create(ctx, "cmp_end", llvm_fn_);
      std::vector<std::pair<llvm::Value*, llvm::BasicBlock*>> exits;
      for (std::size_t i = 0; i < c.ops.size(); ++i) {
        llvm::Value* right = expr(*c.operands[i + 1]);
        llvm::Value* link = compare_values(c.ops[i], left, right, type);
        exits.emplace_back(link, b.GetInsertBlock());
        if (i + 1 == c.ops.size()) {
          b.CreateBr(done);
          break;
        }
        auto* next = llvm::BasicBlock::Create(ctx, "cmp_next", llvm_fn_);
        b.CreateCondBr(link, next, done);
        b.SetInsertPoint(next);
        left = right;
      }
      b.SetInsertPoint(done);
      llvm::PHINode* phi = b.CreatePHI(b.getInt1Ty(), static_cast<unsigned>(exits.size()));
      for (auto& [value, block] : exits) phi->addIncoming(value, block);
      return phi;
    }
    case ir::ExprKind::Logical: {
      // a and b: a if a is false else b;  a or b: a if a is true else b.
      const auto& l = static_cast<const ir::Logical&>(e);
      llvm::Value* lhs = expr(*l.lhs);
      llvm::Value* decided = truth(lhs, e.type);
      if (l.op == ir::LogicalOp::And) decided = b.CreateNot(decided);
      llvm::BasicBlock* from = b.GetInsertBlock();
      auto* other = llvm::BasicBlock::Create(ctx, "logic_rhs", llvm_fn_);
      auto* done = llvm::BasicBlock::Create(ctx, "logic_end", llvm_fn_);
      b.CreateCondBr(decided, done, other);
      b.SetInsertPoint(other);
      llvm::Value* rhs = expr(*l.rhs);
      llvm::BasicBlock* rhs_end = b.GetInsertBlock();
      b.CreateBr(done);
      b.SetInsertPoint(done);
      llvm::PHINode* phi = b.CreatePHI(lhs->getType(), 2);
      phi->addIncoming(lhs, from);
      phi->addIncoming(rhs, rhs_end);
      return phi;
    }
    case ir::ExprKind::Select: {
      const auto& s = static_cast<const ir::Select&>(e);
      llvm::Value* cond = expr(*s.cond);
      auto* then = llvm::BasicBlock::Create(ctx, "sel_then", llvm_fn_);
      auto* otherwise = llvm::BasicBlock::Create(ctx, "sel_else", llvm_fn_);
      auto* done = llvm::BasicBlock::Create(ctx, "sel_end", llvm_fn_);
      b.CreateCondBr(cond, then, otherwise);
      b.SetInsertPoint(then);
      llvm::Value* a = expr(*s.then);
      llvm::BasicBlock* a_end = b.GetInsertBlock();
      b.CreateBr(done);
      b.SetInsertPoint(otherwise);
      llvm::Value* c = expr(*s.otherwise);
      llvm::BasicBlock* c_end = b.GetInsertBlock();
      b.CreateBr(done);
      b.SetInsertPoint(done);
      llvm::PHINode* phi = b.CreatePHI(a->getType(), 2);
      phi->addIncoming(a, a_end);
      phi->addIncoming(c, c_end);
      return phi;
    }
    case ir::ExprKind::Cast: {
      const auto& c = static_cast<const ir::Cast&>(e);
      if (e.type->is_array()) return expr(*c.operand);  // C to any layout: the same descriptor
      return cast_value(expr(*c.operand), c.operand->type, e.type);
    }
    case ir::ExprKind::Call: {
      const auto& c = static_cast<const ir::Call&>(e);
      // The callee borrows its arguments; they are dropped after the call.
      std::vector<llvm::Value*> args{context_};
      std::vector<Operand> operands;
      for (const ir::ExprPtr& a : c.args) {
        operands.push_back(operand(*a));
        args.push_back(operands.back().value);
      }
      llvm::Value* result = b.CreateCall(functions_[c.callee], args);
      if (module_.functions[c.callee]->may_raise) {
        llvm::Value* error = b.CreateLoad(b.getInt32Ty(), context_);
        auto* ok = llvm::BasicBlock::Create(ctx, "call_ok", llvm_fn_);
        llvm::MDBuilder md(ctx);
        b.CreateCondBr(b.CreateICmpNE(error, b.getInt32(0)), error_target(), ok, md.createBranchWeights(1, 1 << 20));
        b.SetInsertPoint(ok);
      }
      for (auto it = operands.rbegin(); it != operands.rend(); ++it) done(*it);
      if (e.type->is_none()) return llvm::Constant::getNullValue(llvm_type(e.type));
      return result;
    }
    case ir::ExprKind::Intrinsic: return intrinsic(static_cast<const ir::Intrinsic&>(e));
    case ir::ExprKind::MakeTuple: {
      const auto& t = static_cast<const ir::MakeTuple&>(e);
      llvm::Value* tuple = llvm::UndefValue::get(llvm_type(e.type));
      std::size_t held = held_.size();
      for (std::size_t i = 0; i < t.elements.size(); ++i) {
        llvm::Value* element = expr(*t.elements[i]);
        held_.emplace_back(element, t.elements[i]->type);  // until the tuple is whole
        tuple = b.CreateInsertValue(tuple, element, {static_cast<unsigned>(i)});
      }
      held_.resize(held);
      return tuple;
    }
    case ir::ExprKind::TupleGet: {
      const auto& g = static_cast<const ir::TupleGet&>(e);
      Operand tuple = operand(*g.tuple);
      llvm::Value* element = b.CreateExtractValue(tuple.value, {static_cast<unsigned>(g.index)});
      retain(element, e.type);
      done(tuple);
      return element;
    }
    case ir::ExprKind::ArrayNew:
    case ir::ExprKind::ArrayIndex:
    case ir::ExprKind::ArrayAttr:
    case ir::ExprKind::ArrayMap:
    case ir::ExprKind::ElementRef:
    case ir::ExprKind::ArrayReduce:
    case ir::ExprKind::ArrayReshape:
    case ir::ExprKind::ArrayTranspose:
    case ir::ExprKind::ArraySort: return array_expr(e);
    case ir::ExprKind::ArrayDot: return array_dot(static_cast<const ir::ArrayDot&>(e));
  }
  return nullptr;
}

void Lowering::print_value(llvm::Value* v, ir::TypeRef type, bool in_tuple) {
  llvm::Type* ptr = b.getPtrTy();
  auto text = [&](const std::string& t) {
    llvm::Function* f = runtime_function("parc_print_text", b.getVoidTy(), {ptr, ptr, b.getInt64Ty()});
    b.CreateCall(f, {context_, string_constant(t), b.getInt64(t.size())});
  };
  switch (type->kind) {
    case ir::TypeKind::Bool:
      b.CreateCall(runtime_function("parc_print_bool", b.getVoidTy(), {ptr, b.getInt1Ty()}), {context_, v});
      return;
    case ir::TypeKind::Int: {
      bool is_signed = type->is_signed;
      llvm::Value* wide = is_signed ? b.CreateSExt(v, b.getInt64Ty()) : b.CreateZExt(v, b.getInt64Ty());
      const char* name = is_signed ? "parc_print_i64" : "parc_print_u64";
      b.CreateCall(runtime_function(name, b.getVoidTy(), {ptr, b.getInt64Ty()}), {context_, wide});
      return;
    }
    case ir::TypeKind::Float:
      if (type->bits == 32) b.CreateCall(runtime_function("parc_print_f32", b.getVoidTy(), {ptr, b.getFloatTy()}), {context_, v});
      else b.CreateCall(runtime_function("parc_print_f64", b.getVoidTy(), {ptr, b.getDoubleTy()}), {context_, v});
      return;
    case ir::TypeKind::None: text("None"); return;
    case ir::TypeKind::Str: {
      const char* name = in_tuple ? "parc_print_repr" : "parc_print_text";
      b.CreateCall(runtime_function(name, b.getVoidTy(), {ptr, ptr, b.getInt64Ty()}),
                   {context_, b.CreateExtractValue(v, {0}), b.CreateExtractValue(v, {1})});
      return;
    }
    case ir::TypeKind::Tuple: {
      text("(");
      for (std::size_t i = 0; i < type->elements.size(); ++i) {
        if (i > 0) text(", ");
        print_value(b.CreateExtractValue(v, {static_cast<unsigned>(i)}), type->elements[i], true);
      }
      text(type->elements.size() == 1 ? ",)" : ")");
      return;
    }
    case ir::TypeKind::Array: print_array(v, type); return;
  }
}

}  // namespace parc::codegen
