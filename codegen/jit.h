// The ORC JIT that runs compiled scripts: one LLJIT per Jit object (no
// global state), for the host machine, with the runtime's C ABI defined as
// absolute symbols and the process's own symbols (libm, glibc's libmvec)
// visible to generated code.
//
// Machine code takes one path: a module is compiled to an object file in
// memory (compile), and object files are linked into the JIT (add_object),
// whether they were just compiled or read from the on-disk cache
// (codegen/object_cache.h).
#pragma once

#include <memory>
#include <mutex>
#include <string>

namespace llvm {
class LLVMContext;
class MemoryBuffer;
class Module;
class TargetMachine;
namespace orc {
class JITTargetMachineBuilder;
class LLJIT;
}  // namespace orc
}  // namespace llvm

namespace parc::codegen {

class Jit {
 public:
  Jit();
  ~Jit();
  Jit(const Jit&) = delete;
  Jit& operator=(const Jit&) = delete;

  // Compiles the module to machine code (it must have the host's layout):
  // add_object(compile(module)).
  void add(std::unique_ptr<llvm::Module> module, std::unique_ptr<llvm::LLVMContext> context);
  // The module as an ELF object file in memory, for this host at LLVM's
  // aggressive code-generation level, position-independent (the JIT's own
  // settings). The module's data layout is set to the JIT's. Safe to call
  // from several threads (one compiles at a time).
  std::unique_ptr<llvm::MemoryBuffer> compile(llvm::Module& module);
  // Links an object file made by compile() (in this process or an earlier
  // one); its symbols resolve against the runtime and the process. Throws
  // std::runtime_error if the object cannot be read. Linking itself happens
  // at the first lookup.
  void add_object(std::unique_ptr<llvm::MemoryBuffer> object);
  // The address of a compiled function; throws std::runtime_error if absent
  // (or if an added object could not be linked).
  void* lookup(const std::string& symbol);

 private:
  std::unique_ptr<llvm::orc::JITTargetMachineBuilder> machine_;  // the settings of compile()
  std::unique_ptr<llvm::orc::LLJIT> jit_;
  std::mutex compile_mutex_;
  std::unique_ptr<llvm::TargetMachine> target_;  // made by the first compile()
};

}  // namespace parc::codegen
