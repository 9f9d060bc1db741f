#include "codegen/jit.h"

#include "codegen/target.h"
#include "runtime/runtime.h"

#include <llvm/ExecutionEngine/Orc/CompileUtils.h>
#include <llvm/ExecutionEngine/Orc/ExecutionUtils.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/DynamicLibrary.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Target/TargetMachine.h>

#include <stdexcept>

namespace parc::codegen {

Jit::Jit() {
  host_target_machine(3);  // initialises LLVM's native target once
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder) throw std::runtime_error(llvm::toString(builder.takeError()));
  // What LLJIT chooses for JITLink on x86-64 ELF, said here because compile()
  // makes the objects: position-independent code, small code model.
  builder->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  builder->setRelocationModel(llvm::Reloc::PIC_);
  builder->setCodeModel(llvm::CodeModel::Small);
  machine_ = std::make_unique<llvm::orc::JITTargetMachineBuilder>(*builder);
  // Modules never reach LLJIT's own compile layer (add() goes through
  // compile()): a compiler that makes its target machine only when used
  // keeps the JIT's construction from making one.
  auto jit = llvm::orc::LLJITBuilder()
                 .setJITTargetMachineBuilder(std::move(*builder))
                 .setCompileFunctionCreator([](llvm::orc::JITTargetMachineBuilder machine)
                                                -> llvm::Expected<std::unique_ptr<llvm::orc::IRCompileLayer::IRCompiler>> {
                   return std::make_unique<llvm::orc::ConcurrentIRCompiler>(std::move(machine));
                 })
                 .create();
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
  add_object(compile(*module));
  module.reset();  // the module lives in the context: it goes first
  context.reset();
}

std::unique_ptr<llvm::MemoryBuffer> Jit::compile(llvm::Module& module) {
  std::lock_guard<std::mutex> lock(compile_mutex_);
  if (!target_) {
    auto target = machine_->createTargetMachine();
    if (!target) throw std::runtime_error("cannot create a target machine: " + llvm::toString(target.takeError()));
    target_ = std::move(*target);
  }
  module.setDataLayout(jit_->getDataLayout());
  llvm::orc::SimpleCompiler compiler(*target_);
  auto object = compiler(module);
  if (!object) throw std::runtime_error("cannot compile: " + llvm::toString(object.takeError()));
  return std::move(*object);
}

void Jit::add_object(std::unique_ptr<llvm::MemoryBuffer> object) {
  if (auto error = jit_->addObjectFile(std::move(object)))
    throw std::runtime_error("cannot load compiled code: " + llvm::toString(std::move(error)));
}

void* Jit::lookup(const std::string& symbol) {
  auto address = jit_->lookup(symbol);
  if (!address) throw std::runtime_error("no compiled function '" + symbol + "': " + llvm::toString(address.takeError()));
  return address->toPtr<void*>();
}

}  // namespace parc::codegen
