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
#include "ir/specialize.h"
#include "runtime/parallel.h"
#include "runtime/profile.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace llvm {
class LLVMContext;
class Module;
class TargetMachine;
}  // namespace llvm

namespace parc {

enum class Stage { Ast, Ir, Llvm, LlvmOptimized };

// The IR passes, in the order they run ("parc emit --ir --after NAME").
inline constexpr const char* kIrPasses[] = {"specialize", "analyze_prange", "fuse_array_exprs"};

// Every option that changes the compiled code also goes into
// cache_description() (api/script_cache.cpp).
struct PipelineOptions {
  int opt_level = 3;
  bool boundscheck = false;  // every function as @njit(boundscheck=True)
  bool fastmath = false;     // every function as @njit(fastmath=True)
  std::string stop_after;    // with Stage::Ir: the IR pass to stop after (empty: all)
  // The embedding API's mode: when `entry_prefix` is set, `__main__` is left
  // empty, each entry (types from Compilation::types) is specialised and gets
  // a wrapper named prefix + index (codegen/lower_entry.h), and every other
  // function becomes internal.
  std::string entry_prefix;
  std::vector<ir::EntryRequest> entries;
  // `parc run --time`: every function counts its calls and times them
  // (codegen/lower_profile.h); compile() sets Compilation::profiled. Not in
  // the cache key: with `plain_if_cached` (compile_cached sets it when it
  // has a cache), a script with cache=True is compiled without it, so cache
  // entries hold plain code, shared by runs with and without --time.
  bool profile = false;
  bool plain_if_cached = false;
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
  bool profiled = false;       // the module counts calls (PipelineOptions::profile)
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
  // With `profile`: each function's calls and run time, in the order of
  // the IR's functions (Compilation::ir; `__main__` first).
  std::vector<runtime::FunctionProfile> functions;
};

// JIT-compiles an optimised compilation and runs its module-level code,
// printing to `out`, with parallel loops on a backend made from `threading`.
RunResult run_main(Compilation& compiled, std::FILE* out, const runtime::ThreadingOptions& threading);
// Runs the module-level code of a loaded script (compile_cached). With
// `profile`, the code must have been compiled with PipelineOptions::profile
// (Compilation::profiled): the run fills RunResult::functions.
RunResult run_main(codegen::Jit& jit, std::FILE* out, const runtime::ThreadingOptions& threading,
                   bool profile = false);

}  // namespace parc
