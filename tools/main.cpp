// `parc`: the command-line entry point. Parses the command line with CLI11
// and hands each subcommand to tools/commands.cpp (run, check, emit) or
// tools/repl.cpp (repl, and `parc` with no arguments). See docs/cli.md.
#include "api/pipeline.h"
#include "parc/version.hpp"
#include "tools/commands.h"
#include "tools/repl.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
  using namespace parc::tools;
  CLI::App app{"parc: a JIT compiler for a Python subset of array code (NumPy, math, numba.prange)", "parc"};
  app.set_version_flag("--version", "parc " + std::string(parc::version()));
  app.require_subcommand(0, 1);

  std::string file;
  CompileFlags flags;
  auto add_opt_level = [&](CLI::App* command) {
    command->add_option("-O", flags.opt_level, "optimisation level 0..3 (default 3)")->check(CLI::Range(0, 3));
    command->add_flag("--boundscheck", flags.boundscheck,
                      "check every array index (IndexError when out of range), as @njit(boundscheck=True)");
  };

  CLI::App* run = app.add_subcommand("run", "Compile and run a script");
  RunOptions run_options;
  run->add_option("FILE", file, "the script ('-' reads standard input)")->required();
  run->add_flag("--time", run_options.time, "print compile and run times, in all and per function, on stderr");
  run->add_flag("--no-cache", run_options.no_cache, "ignore cache=True: do not read or write the on-disk cache");
  run->add_option("--threads", run_options.threads,
                  "threads for prange loops (default: PARC_NUM_THREADS, OMP_NUM_THREADS, or the cores)")
      ->check(CLI::Range(1, parc::runtime::kMaxThreads));
  run->add_option("--threading-layer", run_options.threading_layer,
                  "the parallel backend: omp (OpenMP, the default) or threads (parc's thread pool)")
      ->check(CLI::IsMember({"omp", "threads"}));
  add_opt_level(run);

  CLI::App* check = app.add_subcommand("check", "Parse and type-check a script; print its errors, run nothing");
  check->add_option("FILE", file, "the script ('-' reads standard input)")->required();

  EmitOptions emit_options;
  bool ast = false, ir = false, llvm = false, llvm_opt = false, assembly = false;
  CLI::App* emit = app.add_subcommand("emit", "Print a compiler representation of a script");
  emit->add_flag("--ast", ast, "the abstract syntax tree");
  emit->add_flag("--ir", ir, "the typed IR of every specialised function");
  emit->add_flag("--llvm", llvm, "LLVM IR before optimisation");
  emit->add_flag("--llvm-opt", llvm_opt, "LLVM IR after optimisation");
  emit->add_flag("--asm", assembly, "machine code for this computer");
  emit->add_option("--function", emit_options.function, "only this function (with --ir, --llvm, --llvm-opt)");
  emit->add_option("--after", emit_options.after, "with --ir: the IR after this pass (specialize, analyze_prange, fuse_array_exprs)")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(parc::kIrPasses), std::end(parc::kIrPasses))));
  emit->add_option("FILE", file, "the script ('-' reads standard input)")->required();
  add_opt_level(emit);

  CLI::App* repl = app.add_subcommand("repl", "Start the interactive prompt (also: parc with no arguments)");
  ReplOptions repl_options;
  repl->add_option("--threads", repl_options.threads,
                   "threads for prange loops (default: PARC_NUM_THREADS, OMP_NUM_THREADS, or the cores)")
      ->check(CLI::Range(1, parc::runtime::kMaxThreads));
  repl->add_option("--threading-layer", repl_options.threading_layer,
                   "the parallel backend: omp (OpenMP, the default) or threads (parc's thread pool)")
      ->check(CLI::IsMember({"omp", "threads"}));
  add_opt_level(repl);

  // `parc FILE` is `parc run FILE` (FILE a script or '-'); any other first
  // word that is no option is an unknown command.
  std::vector<std::string> args(argv + 1, argv + argc);
  bool is_command = !args.empty() && (args[0] == "run" || args[0] == "check" || args[0] == "emit" || args[0] == "repl");
  if (!args.empty() && !is_command && (args[0][0] != '-' || args[0] == "-" || args[0].rfind("-O", 0) == 0)) {
    const std::string& first = args[0];
    bool looks_like_script = first == "-" || first.rfind("-O", 0) == 0 || first.find('.') != std::string::npos ||
                             first.find('/') != std::string::npos;
    if (!looks_like_script) {
      std::cerr << "parc: error: unknown command '" << first << "'\n(run 'parc --help' for usage)\n";
      return kUsageError;
    }
    args.insert(args.begin(), "run");
  }
  std::reverse(args.begin(), args.end());  // CLI11 takes the arguments last first

  try {
    app.parse(args);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return kOk;
  } catch (const CLI::CallForVersion&) {
    std::cout << "parc " << parc::version() << "\n";
    return kOk;
  } catch (const CLI::ParseError& e) {
    std::cerr << "parc: error: " << e.what() << "\n(run 'parc --help' for usage)\n";
    return kUsageError;
  }

  try {
    if (*check) return check_command(file);
    if (*run) return run_command(file, run_options, flags);
    if (*emit) {
      int chosen = ast + ir + llvm + llvm_opt + assembly;
      if (chosen != 1) {
        std::cerr << "parc: error: emit needs exactly one of --ast, --ir, --llvm, --llvm-opt, --asm\n";
        return kUsageError;
      }
      emit_options.what = ast ? EmitWhat::Ast : ir ? EmitWhat::Ir : llvm ? EmitWhat::Llvm
                          : llvm_opt ? EmitWhat::LlvmOptimized : EmitWhat::Assembly;
      if (!emit_options.after.empty() && !ir) {
        std::cerr << "parc: error: --after goes with --ir\n";
        return kUsageError;
      }
      return emit_command(file, emit_options, flags);
    }
    repl_options.flags = flags;
    return repl_command(repl_options);  // `parc repl`, or `parc` alone
  } catch (const std::exception& e) {
    std::cerr << "parc: " << e.what() << "\n";
    return 3;
  }
}
