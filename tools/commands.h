// The `parc` subcommands, each a function from parsed options to an exit
// code: 0 success, 1 an error in the user's program (diagnostics or a
// runtime error printed on stderr), 2 wrong usage (a one-line message).
#pragma once

#include <string>

namespace parc::tools {

enum ExitCode : int { kOk = 0, kUserError = 1, kUsageError = 2 };

enum class EmitWhat { Ast, Ir, Llvm, LlvmOptimized, Assembly };

struct CompileFlags {
  int opt_level = 3;
  bool boundscheck = false;  // every function as @njit(boundscheck=True)
};

struct EmitOptions {
  EmitWhat what = EmitWhat::Ast;
  std::string function;  // only this function (IR and LLVM output)
  std::string after;     // with --ir: the IR pass to stop after
};

struct RunOptions {
  bool time = false;            // print compile and run times on stderr
  int threads = 0;              // parallel loops' threads (0: PARC_NUM_THREADS, OMP_NUM_THREADS or the cores)
  std::string threading_layer;  // omp | threads (empty: PARC_THREADING_LAYER, else omp)
  bool no_cache = false;        // ignore cache=True: neither read nor write the on-disk cache
};

// `parc check FILE`: parse and type-check; print nothing on success.
int check_command(const std::string& path);
// `parc emit --ast|--ir|--llvm|--llvm-opt|--asm FILE`: print on stdout.
int emit_command(const std::string& path, const EmitOptions& options, const CompileFlags& flags);
// `parc run FILE`: compile and run the script.
int run_command(const std::string& path, const RunOptions& options, const CompileFlags& flags);

}  // namespace parc::tools
