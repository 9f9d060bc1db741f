// IR -> LLVM IR lowering, shared by lower_module.cpp (module, functions,
// statements), lower_expr.cpp (expressions) and lower_arith.cpp (Python's
// arithmetic: floor division, modulo, powers, math intrinsics).
//
// Conventions of the generated code:
//   - every function takes the run's parc_context* first;
//   - a function whose type is None returns void;
//   - after a call that may raise, the caller tests ctx->error (offset 0)
//     and returns at once when it is set; a raise calls parc_raise first.
#pragma once

#include "codegen/lower_module.h"
#include "ir/ir.h"
#include "runtime/runtime.h"

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>

#include <map>
#include <string>
#include <vector>

namespace parc::codegen {

class Lowering {
 public:
  Lowering(const ir::Module& module, llvm::Module& out, const SourceManager& sources);
  void run();

  // ---- shared helpers (lower_module.cpp)
  llvm::Type* llvm_type(ir::TypeRef type);
  llvm::Function* runtime_function(const std::string& name, llvm::Type* result, std::vector<llvm::Type*> params);
  // Calls parc_raise and leaves the function through its error exit.
  void raise(std::int32_t kind, SourceLoc loc, const std::string& message);
  // Branches to the error exit when `failed` (i1) is true.
  void raise_if(llvm::Value* failed, std::int32_t kind, SourceLoc loc, const std::string& message);
  llvm::Value* string_constant(const std::string& text);

  // ---- expressions (lower_expr.cpp)
  llvm::Value* expr(const ir::Expr& e);
  llvm::Value* truth(llvm::Value* v, ir::TypeRef type);
  void print_value(llvm::Value* v, ir::TypeRef type, bool in_tuple);

  // ---- arithmetic (lower_arith.cpp)
  llvm::Value* binary(const ir::Binary& b);
  llvm::Value* compare_values(ir::CmpOp op, llvm::Value* a, llvm::Value* b, ir::TypeRef type);
  llvm::Value* intrinsic(const ir::Intrinsic& call);
  llvm::Value* cast_value(llvm::Value* v, ir::TypeRef from, ir::TypeRef to);

  llvm::LLVMContext& ctx;
  llvm::Module& out;
  llvm::IRBuilder<> b;

 private:
  void lower_function(ir::FunctionId id);
  void block(const ir::Block& stmts);
  void stmt(const ir::Stmt& s);
  bool terminated() const { return b.GetInsertBlock()->getTerminator() != nullptr; }
  llvm::Value* integer_power(llvm::Value* base, llvm::Value* exponent, ir::TypeRef type);
  llvm::Value* signed_floor_division(llvm::Value* x, llvm::Value* y, bool floor_div);

  const ir::Module& module_;
  const SourceManager& sources_;
  std::vector<llvm::Function*> functions_;
  std::map<std::string, llvm::Value*> strings_;

  // The function being lowered.
  const ir::Function* fn_ = nullptr;
  llvm::Function* llvm_fn_ = nullptr;
  llvm::Value* context_ = nullptr;
  std::vector<llvm::AllocaInst*> vars_;
  llvm::BasicBlock* error_exit_ = nullptr;
  struct Loop {
    llvm::BasicBlock* continue_to;
    llvm::BasicBlock* break_to;
  };
  std::vector<Loop> loops_;
};

}  // namespace parc::codegen
