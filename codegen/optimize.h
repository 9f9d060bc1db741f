// LLVM's new-pass-manager pipeline at -O0..-O3, built with the host
// TargetMachine (so cost models know the vector width) and with loop and
// SLP vectorisation on.
#pragma once

namespace llvm {
class Module;
class TargetMachine;
}  // namespace llvm

namespace parc::codegen {

void optimize(llvm::Module& module, llvm::TargetMachine& target, int opt_level);

}  // namespace parc::codegen
