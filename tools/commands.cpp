#include "tools/commands.h"

#include "api/pipeline.h"
#include "api/script_cache.h"
#include "codegen/object_cache.h"
#include "frontend/ast_printer.h"
#include "frontend/diagnostic_renderer.h"
#include "ir/printer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
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

// The pipeline's options for the command line's flags.
PipelineOptions pipeline_options(const CompileFlags& flags) {
  PipelineOptions options;
  options.opt_level = flags.opt_level;
  options.boundscheck = flags.boundscheck;
  return options;
}

// Loads and compiles up to `stage`, printing diagnostics; an exit code when it stops.
std::optional<int> compile_script(SourceManager& sources, const std::string& path, Stage stage,
                                  const CompileFlags& flags, Compilation& out, const std::string& stop_after = "") {
  std::optional<FileId> file = load_script(sources, path);
  if (!file) return kUsageError;
  DiagnosticEngine diags;
  PipelineOptions options = pipeline_options(flags);
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

namespace {

// The on-disk cache `parc run` uses for scripts with cache=True: none with
// --no-cache or PARC_DISABLE_CACHE (set, not empty, not 0), or when no
// directory can be named (no PARC_CACHE_DIR, XDG_CACHE_HOME or HOME).
std::optional<codegen::ObjectCache> run_cache(const RunOptions& options) {
  if (options.no_cache) return std::nullopt;
  return codegen::ObjectCache::from_environment();
}

// `parc run --time`'s table, after the total line: one row per
// specialisation, in the IR's order (the module-level code first).
void print_profile(const std::vector<runtime::FunctionProfile>& functions, const Compilation& compiled) {
  std::size_t width = 8;  // "function"
  for (const runtime::FunctionProfile& f : functions) width = std::max(width, f.name.size());
  auto ms = [](double seconds) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f ms", seconds * 1e3);
    return std::string(text);
  };
  std::fprintf(stderr, "parc:   %-*s %11s %11s %11s\n", static_cast<int>(width), "function", "compile", "calls", "run");
  for (std::size_t i = 0; i < functions.size(); ++i) {
    const runtime::FunctionProfile& f = functions[i];
    bool known = compiled.ir && i < compiled.ir->functions.size();
    std::string compile = known ? ms(compiled.ir->functions[i]->compile_seconds) : "-";
    std::string run = f.timed > 0 ? ms(f.seconds) : "-";  // none timed: not called, or only in prange bodies
    std::fprintf(stderr, "parc:   %-*s %11s %11lld %11s\n", static_cast<int>(width), f.name.c_str(), compile.c_str(),
                 static_cast<long long>(f.calls), run.c_str());
  }
}

}  // namespace

int run_command(const std::string& path, const RunOptions& options, const CompileFlags& flags) {
  SourceManager sources;
  Compilation compiled;
  std::optional<FileId> file = load_script(sources, path);
  if (!file) return kUsageError;
  DiagnosticEngine diags;
  std::optional<codegen::ObjectCache> cache = run_cache(options);
  PipelineOptions pipeline = pipeline_options(flags);
  pipeline.profile = options.time;
  CachedCompile loaded = compile_cached(sources, *file, diags, pipeline, cache ? &*cache : nullptr, compiled);
  std::cerr << render_diagnostics(diags, sources);
  if (!loaded.jit) return kUserError;
  if (!loaded.store_failed.empty())
    std::cerr << "parc: warning: compiled code not cached: " << loaded.store_failed << "\n";
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
  RunResult result = run_main(*loaded.jit, stdout, threading, compiled.profiled);
  if (options.time) {
    std::string note = loaded.hit                 ? " (cached)"
                       : !loaded.rejected.empty() ? " (cache entry rebuilt: " + loaded.rejected + ")"
                       : loaded.stored            ? " (cache miss)"
                                                  : "";
    std::fprintf(stderr, "parc: compile %.1f ms%s, machine code %.1f ms, run %.1f ms\n", loaded.compile_seconds * 1e3,
                 note.c_str(), (loaded.jit_seconds + result.jit_seconds) * 1e3, result.run_seconds * 1e3);
    if (compiled.profiled)
      print_profile(result.functions, compiled);
    else
      std::fprintf(stderr, "parc: per-function times: not measured for a script with cache=True (see --no-cache)\n");
  }
  if (!result.ok) {
    std::cerr << result.error << "\n";
    return kUserError;
  }
  return kOk;
}

}  // namespace parc::tools
