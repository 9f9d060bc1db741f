#include "tools/commands.h"

#include "api/pipeline.h"
#include "frontend/ast_printer.h"
#include "frontend/diagnostic_renderer.h"
#include "ir/printer.h"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

namespace parc::tools {
namespace {

// Loads FILE ("-" is standard input); prints a usage error when it cannot.
std::optional<FileId> load_script(SourceManager& sources, const std::string& path) {
  if (path == "-") {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return sources.add("<stdin>", std::move(text));
  }
  std::string error;
  std::optional<FileId> id = sources.load(path, &error);
  if (!id) std::cerr << "parc: error: cannot read '" << path << "': " << error << "\n";
  return id;
}

// Loads and compiles up to `stage`, printing diagnostics; an exit code when it stops.
std::optional<int> compile_script(SourceManager& sources, const std::string& path, Stage stage,
                                  const CompileFlags& flags, Compilation& out, const std::string& stop_after = "") {
  std::optional<FileId> file = load_script(sources, path);
  if (!file) return kUsageError;
  DiagnosticEngine diags;
  PipelineOptions options;
  options.opt_level = flags.opt_level;
  options.boundscheck = flags.boundscheck;
  options.stop_after = stop_after;
  bool ok = compile(sources, *file, diags, options, stage, out);
  std::cerr << render_diagnostics(diags, sources);
  if (!ok || diags.has_errors()) return kUserError;
  return std::nullopt;
}

// Keeps the LLVM functions that belong to one Python function ("f", "f__int64").
std::string filter_llvm(const std::string& text, const std::string& function) {
  std::istringstream in(text);
  std::string line, out;
  bool keep = false;
  while (std::getline(in, line)) {
    if (line.rfind("define ", 0) == 0) {
      std::size_t at = line.find('@');
      std::string name = line.substr(at + 1, line.find('(', at) - at - 1);
      keep = name == function || name.rfind(function + "__", 0) == 0;
    }
    if (keep) out += line + "\n";
    if (keep && line == "}") {
      keep = false;
      out += "\n";
    }
  }
  return out;
}

}  // namespace

int check_command(const std::string& path) {
  SourceManager sources;
  Compilation compiled;
  if (auto code = compile_script(sources, path, Stage::Ir, {}, compiled)) return *code;
  return kOk;
}

int emit_command(const std::string& path, const EmitOptions& options, const CompileFlags& flags) {
  SourceManager sources;
  Compilation compiled;
  Stage stage = options.what == EmitWhat::Ast   ? Stage::Ast
                : options.what == EmitWhat::Ir  ? Stage::Ir
                : options.what == EmitWhat::Llvm ? Stage::Llvm
                                                 : Stage::LlvmOptimized;
  if (auto code = compile_script(sources, path, stage, flags, compiled, options.after)) return *code;
  switch (options.what) {
    case EmitWhat::Ast: std::cout << ast::print_ast(*compiled.ast, sources.file(0).name()); break;
    case EmitWhat::Ir:
      for (const auto& fn : compiled.ir->functions)
        if (options.function.empty() || fn->name == options.function) std::cout << ir::print_function(*compiled.ir, *fn);
      break;
    case EmitWhat::Llvm:
    case EmitWhat::LlvmOptimized: {
      std::string text = print_llvm(compiled);
      std::cout << (options.function.empty() ? text : filter_llvm(text, options.function));
      break;
    }
    case EmitWhat::Assembly: std::cout << print_assembly(compiled); break;
  }
  return kOk;
}

int run_command(const std::string& path, const RunOptions& options, const CompileFlags& flags) {
  SourceManager sources;
  Compilation compiled;
  if (auto code = compile_script(sources, path, Stage::LlvmOptimized, flags, compiled)) return *code;
  runtime::ThreadingOptions threading;
  try {
    threading = runtime::threading_options_from_environment();
  } catch (const std::invalid_argument& e) {
    std::cerr << "parc: error: " << e.what() << "\n";
    return kUsageError;
  }
  if (options.threads > 0) threading.threads = options.threads;
  if (options.threading_layer == "threads") threading.layer = runtime::ThreadingLayer::Threads;
  if (options.threading_layer == "omp") threading.layer = runtime::ThreadingLayer::OpenMP;
  std::fflush(stdout);
  RunResult result = run_main(compiled, stdout, threading);
  if (options.time)
    std::fprintf(stderr, "parc: compile %.1f ms, machine code %.1f ms, run %.1f ms\n", compiled.compile_seconds * 1e3,
                 result.jit_seconds * 1e3, result.run_seconds * 1e3);
  if (!result.ok) {
    std::cerr << result.error << "\n";
    return kUserError;
  }
  return kOk;
}

}  // namespace parc::tools
