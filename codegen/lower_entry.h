// Entry points for the embedding API. Each entry function of the IR module
// (ir::Module::entries) gets a wrapper with one C signature whatever its
// parameter types:
//
//   void NAME(parc_context* ctx, void* const* args, void* result)
//
// args[i] points at the i-th argument as it lies in memory: a scalar (bool
// as one byte) or an array descriptor {data, owner, shape[N], strides[N]}.
// The result, unless None, is stored at `result` with the host's C layout
// (a tuple as a struct). Every other function of the module becomes
// internal, so modules added to one JIT never clash and unused code goes.
#pragma once

#include "ir/ir.h"

#include <string>

namespace llvm {
class Module;
}

namespace parc::codegen {

// The wrappers are named `prefix` followed by the entry's index.
void add_entry_points(llvm::Module& module, const ir::Module& ir, const std::string& prefix);

}  // namespace parc::codegen
