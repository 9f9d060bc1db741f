// The compiler pipeline as one linear sequence, for the CLI and the
// embedding API (internal: not an installed header):
//
//   source -> AST -> typed IR (verified) -> LLVM IR -> optimised -> JIT -> run
//
// Each stage can be stopped after, to print what it made (parc emit).
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source_manager.h"
#include "ir/ir.h"
#include "runtime/parallel.h"

#include <cstdio>
#include <memory>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
}  // namespace llvm

namespace parc {

enum class Stage { Ast, Ir, Llvm, LlvmOptimized };

// The IR passes, in the order they run ("parc emit --ir --after NAME").
inline constexpr const char* kIrPasses[] = {"specialize", "analyze_prange", "fuse_array_exprs"};

struct PipelineOptions {
  int opt_level = 3;
  bool boundscheck = false;  // every function as @njit(boundscheck=True)
  std::string stop_after;    // with Stage::Ir: the IR pass to stop after (empty: all)
};

struct Compilation {
  Compilation();
  ~Compilation();
  std::unique_ptr<ast::Module> ast;
  ir::TypeContext types;
  std::unique_ptr<ir::Module> ir;
  std::unique_ptr<llvm::LLVMContext> llvm_context;
  std::unique_ptr<llvm::TargetMachine> target;
  std::unique_ptr<llvm::Module> llvm_module;
  double compile_seconds = 0;  // parse to optimised LLVM IR
};

// Runs the pipeline up to and including `last`; false when an error in the
// script was reported into `diags`. Runs on a large stack.
bool compile(const SourceManager& sources, FileId file, DiagnosticEngine& diags, const PipelineOptions& options,
             Stage last, Compilation& out);

// Text of the LLVM module and of the machine code for the host.
std::string print_llvm(const Compilation& compiled);
std::string print_assembly(Compilation& compiled);

namespace codegen {
class Jit;
}

// JIT-compiles an optimised compilation (which it consumes): the functions
// can then be looked up by symbol ("fib__int64"). Each takes a
// parc_context* first.
std::unique_ptr<codegen::Jit> load(Compilation& compiled);

struct RunResult {
  bool ok = true;
  std::string error;       // "file.py:3: ZeroDivisionError: ..." when !ok
  double jit_seconds = 0;  // machine-code generation
  double run_seconds = 0;
};

// JIT-compiles an optimised compilation and runs its module-level code,
// printing to `out`, with parallel loops on a backend made from `threading`.
RunResult run_main(Compilation& compiled, std::FILE* out, const runtime::ThreadingOptions& threading);

}  // namespace parc
