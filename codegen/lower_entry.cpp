#include "codegen/lower_entry.h"

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include <stdexcept>

namespace parc::codegen {
namespace {

void add_wrapper(llvm::Module& module, llvm::Function& target, const std::string& name) {
  llvm::LLVMContext& ctx = module.getContext();
  llvm::IRBuilder<> b(ctx);
  llvm::Type* ptr = b.getPtrTy();
  auto* type = llvm::FunctionType::get(b.getVoidTy(), {ptr, ptr, ptr}, false);
  auto* wrapper = llvm::Function::Create(type, llvm::Function::ExternalLinkage, name, module);
  wrapper->addFnAttr(llvm::Attribute::NoUnwind);
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", wrapper));
  llvm::Value* args = wrapper->getArg(1);
  std::vector<llvm::Value*> call_args{wrapper->getArg(0)};
  for (unsigned i = 1; i < target.arg_size(); ++i) {
    llvm::Type* param = target.getFunctionType()->getParamType(i);
    llvm::Value* slot = b.CreateLoad(ptr, b.CreateConstGEP1_64(ptr, args, i - 1));
    if (param->isIntegerTy(1)) {
      call_args.push_back(b.CreateICmpNE(b.CreateLoad(b.getInt8Ty(), slot), b.getInt8(0)));
    } else {
      call_args.push_back(b.CreateLoad(param, slot));
    }
  }
  llvm::Value* value = b.CreateCall(&target, call_args);
  llvm::Type* result = target.getReturnType();
  if (result->isIntegerTy(1)) {
    b.CreateStore(b.CreateZExt(value, b.getInt8Ty()), wrapper->getArg(2));
  } else if (!result->isVoidTy()) {
    b.CreateStore(value, wrapper->getArg(2));
  }
  b.CreateRetVoid();
}

}  // namespace

void add_entry_points(llvm::Module& module, const ir::Module& ir, const std::string& prefix) {
  for (llvm::Function& f : module)
    if (!f.isDeclaration()) f.setLinkage(llvm::GlobalValue::InternalLinkage);
  for (std::size_t i = 0; i < ir.entries.size(); ++i) {
    llvm::Function* target = module.getFunction(ir.functions[ir.entries[i]]->symbol);
    if (!target) throw std::logic_error("internal error: no LLVM function for entry " + std::to_string(i));
    add_wrapper(module, *target, prefix + std::to_string(i));
  }
}

}  // namespace parc::codegen
