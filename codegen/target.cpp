#include "codegen/target.h"

#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Target/TargetMachine.h>

#include <mutex>
#include <stdexcept>

namespace parc::codegen {

std::unique_ptr<llvm::TargetMachine> host_target_machine(int opt_level) {
  static std::once_flag initialized;
  std::call_once(initialized, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!builder) throw std::runtime_error("cannot detect the host machine: " + llvm::toString(builder.takeError()));
  builder->setCodeGenOptLevel(opt_level == 0   ? llvm::CodeGenOptLevel::None
                              : opt_level == 1 ? llvm::CodeGenOptLevel::Less
                              : opt_level == 2 ? llvm::CodeGenOptLevel::Default
                                               : llvm::CodeGenOptLevel::Aggressive);
  auto machine = builder->createTargetMachine();
  if (!machine) throw std::runtime_error("cannot create a target machine: " + llvm::toString(machine.takeError()));
  return std::move(*machine);
}

}  // namespace parc::codegen
