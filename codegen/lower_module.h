// Lowers a typed IR module to an LLVM module: one LLVM function per IR
// function (named by its symbol; `__main__` runs the module-level code),
// with the runtime's C ABI declared as external functions.
#pragma once

#include "frontend/source_manager.h"
#include "ir/ir.h"

#include <memory>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
}  // namespace llvm

namespace parc::codegen {

// Every function gets the target's CPU and features, so that the optimiser
// and the vectoriser see the host machine. With `seconds`: the time lowering
// each function took, by FunctionId (for `parc run --time`).
std::unique_ptr<llvm::Module> lower_module(const ir::Module& module, const SourceManager& sources,
                                           llvm::LLVMContext& context, llvm::TargetMachine& target,
                                           std::vector<double>* seconds = nullptr);

}  // namespace parc::codegen
