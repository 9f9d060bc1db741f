// The ORC JIT that runs compiled scripts: one LLJIT per Jit object (no
// global state), for the host machine, with the runtime's C ABI defined as
// absolute symbols and the process's own symbols (libm, glibc's libmvec)
// visible to generated code.
#pragma once

#include <memory>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
namespace orc {
class LLJIT;
}
}  // namespace llvm

namespace parc::codegen {

class Jit {
 public:
  Jit();
  ~Jit();
  Jit(const Jit&) = delete;
  Jit& operator=(const Jit&) = delete;

  // Compiles the module to machine code (it must have the host's layout).
  void add(std::unique_ptr<llvm::Module> module, std::unique_ptr<llvm::LLVMContext> context);
  // The address of a compiled function; throws std::runtime_error if absent.
  void* lookup(const std::string& symbol);

 private:
  std::unique_ptr<llvm::orc::LLJIT> jit_;
};

}  // namespace parc::codegen
