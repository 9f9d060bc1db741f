// The host machine as LLVM sees it: one TargetMachine from
// JITTargetMachineBuilder::detectHost(), shared by the optimiser (so the
// vectoriser knows the vector width), `parc emit --asm`, and the JIT.
#pragma once

#include <memory>

namespace llvm {
class TargetMachine;
}

namespace parc::codegen {

// opt_level 0..3. Throws std::runtime_error if the host is not supported.
std::unique_ptr<llvm::TargetMachine> host_target_machine(int opt_level);

}  // namespace parc::codegen
