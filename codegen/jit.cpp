#include "codegen/jit.h"

#include "codegen/target.h"
#include "runtime/runtime.h"

#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/DynamicLibrary.h>

#include <stdexcept>

namespace parc::codegen {

Jit::Jit() {
  host_target_machine(3);  // initialises LLVM's native target once
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder) throw std::runtime_error(llvm::toString(builder.takeError()));
  builder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*builder)).create();
  if (!jit) throw std::runtime_error("cannot start the JIT: " + llvm::toString(jit.takeError()));
  jit_ = std::move(*jit);

  llvm::orc::JITDylib& main = jit_->getMainJITDylib();
  llvm::orc::SymbolMap runtime;
  std::size_t count = 0;
  const runtime::Symbol* symbols = runtime::symbols(&count);
  for (std::size_t i = 0; i < count; ++i)
    runtime[jit_->mangleAndIntern(symbols[i].name)] = {llvm::orc::ExecutorAddr::fromPtr(symbols[i].address),
                                                       llvm::JITSymbolFlags::Exported};
  if (auto error = main.define(llvm::orc::absoluteSymbols(std::move(runtime))))
    throw std::runtime_error(llvm::toString(std::move(error)));
  // libm and glibc's libmvec for the math functions and their vector forms.
  llvm::sys::DynamicLibrary::LoadLibraryPermanently("libmvec.so.1");
  auto process = llvm::orc::DynamicLibrarySearchGenerator::GetForCurrentProcess(jit_->getDataLayout().getGlobalPrefix());
  if (!process) throw std::runtime_error(llvm::toString(process.takeError()));
  main.addGenerator(std::move(*process));
}

Jit::~Jit() = default;

void Jit::add(std::unique_ptr<llvm::Module> module, std::unique_ptr<llvm::LLVMContext> context) {
  module->setDataLayout(jit_->getDataLayout());
  if (auto error = jit_->addIRModule(llvm::orc::ThreadSafeModule(std::move(module), std::move(context))))
    throw std::runtime_error("cannot compile: " + llvm::toString(std::move(error)));
}

void* Jit::lookup(const std::string& symbol) {
  auto address = jit_->lookup(symbol);
  if (!address) throw std::runtime_error("no compiled function '" + symbol + "': " + llvm::toString(address.takeError()));
  return address->toPtr<void*>();
}

}  // namespace parc::codegen
