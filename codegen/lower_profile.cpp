#include "codegen/lower_profile.h"

#include "ir/types.h"
#include "runtime/profile.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>

namespace parc::codegen {

std::string profile_name(const ir::Function& fn) {
  if (fn.symbol == "__main__") return "<module>";
  std::string out = fn.name + "(";
  for (std::size_t i = 0; i < fn.params.size(); ++i)
    out += (i ? ", " : "") + ir::type_name(fn.vars[fn.params[i]].type);
  return out + ")";
}

void add_profiling(llvm::Module& module, const ir::Module& ir) {
  llvm::LLVMContext& ctx = module.getContext();
  llvm::IRBuilder<> b(ctx);
  auto* hook_type = llvm::FunctionType::get(b.getVoidTy(), {b.getPtrTy(), b.getInt64Ty()}, false);
  auto hook = [&](const char* name) {
    llvm::FunctionCallee callee = module.getOrInsertFunction(name, hook_type);
    auto* f = llvm::cast<llvm::Function>(callee.getCallee());
    f->addFnAttr(llvm::Attribute::NoUnwind);
    return f;
  };
  llvm::Function* enter = hook("parc_profile_enter");
  llvm::Function* leave = hook("parc_profile_leave");

  std::vector<llvm::Constant*> names;
  for (std::size_t i = 0; i < ir.functions.size(); ++i) {
    const ir::Function& fn = *ir.functions[i];
    llvm::Constant* text = llvm::ConstantDataArray::getString(ctx, profile_name(fn));
    auto* name = new llvm::GlobalVariable(module, text->getType(), true, llvm::GlobalValue::PrivateLinkage, text,
                                          ".profile_name");
    name->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    names.push_back(name);

    llvm::Function* f = module.getFunction(fn.symbol);
    if (!f || f->isDeclaration()) continue;
    llvm::Value* context = f->getArg(0);
    llvm::Constant* index = b.getInt64(i);
    b.SetInsertPoint(f->getEntryBlock().getFirstInsertionPt());
    b.CreateCall(enter, {context, index});
    for (llvm::BasicBlock& block : *f) {
      if (auto* ret = llvm::dyn_cast<llvm::ReturnInst>(block.getTerminator())) {
        b.SetInsertPoint(ret);
        b.CreateCall(leave, {context, index});
      }
    }
  }
  auto* names_type = llvm::ArrayType::get(b.getPtrTy(), names.size());
  llvm::Constant* table = llvm::ConstantStruct::getAnon(
      {b.getInt64(names.size()), llvm::ConstantArray::get(names_type, names)});
  new llvm::GlobalVariable(module, table->getType(), true, llvm::GlobalValue::ExternalLinkage, table,
                           runtime::kProfileTableSymbol);
}

}  // namespace parc::codegen
