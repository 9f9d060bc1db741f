#include "api/pipeline.h"

#include "api/script_cache.h"

#include "codegen/jit.h"
#include "codegen/lower_entry.h"
#include "codegen/lower_module.h"
#include "codegen/lower_profile.h"
#include "codegen/optimize.h"
#include "codegen/target.h"
#include "frontend/big_stack.h"
#include "frontend/parse.h"
#include "ir/passes/analyze_prange.h"
#include "ir/passes/fuse_array_exprs.h"
#include "ir/printer.h"
#include "ir/specialize.h"
#include "ir/verifier.h"
#include "runtime/runtime.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>

#include <chrono>
#include <stdexcept>

namespace parc {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Compilation::Compilation() = default;
Compilation::~Compilation() = default;

bool compile(const SourceManager& sources, FileId file, DiagnosticEngine& diags, const PipelineOptions& options,
             Stage last, Compilation& out) {
  auto start = std::chrono::steady_clock::now();
  out.ast = parse_module(sources, file, diags);
  if (!out.ast) return false;
  if (last == Stage::Ast) return true;
  bool ok = true;
  // Semantic analysis and lowering recurse over expressions as deep as the
  // parser allows: they get the same large stack.
  run_with_stack(kParserStackBytes, [&] {
    ir::SpecializeOptions specialize_options;
    specialize_options.boundscheck = options.boundscheck;
    specialize_options.fastmath = options.fastmath;
    specialize_options.main_code = options.entry_prefix.empty();
    specialize_options.entries = options.entries;
    out.ir = ir::specialize_module(*out.ast, out.types, diags, specialize_options);
    if (!out.ir) {
      ok = false;
      return;
    }
    auto verified = [&] {
      std::vector<std::string> problems = ir::verify(*out.ir);
      if (!problems.empty()) throw std::logic_error("internal error: invalid IR: " + problems.front());
    };
    verified();
    if (last == Stage::Ir && options.stop_after == "specialize") return;
    if (!ir::analyze_prange(*out.ir, diags)) {
      ok = false;
      return;
    }
    verified();
    if (last == Stage::Ir && options.stop_after == "analyze_prange") return;
    ir::fuse_array_exprs(*out.ir);
    verified();
    if (last == Stage::Ir) return;
    out.target = codegen::host_target_machine(options.opt_level);
    out.llvm_context = std::make_unique<llvm::LLVMContext>();
    std::vector<double> lower_seconds;
    out.llvm_module = codegen::lower_module(*out.ir, sources, *out.llvm_context, *out.target, &lower_seconds);
    for (std::size_t i = 0; i < lower_seconds.size(); ++i) out.ir->functions[i]->compile_seconds += lower_seconds[i];
    if (!options.entry_prefix.empty()) codegen::add_entry_points(*out.llvm_module, *out.ir, options.entry_prefix);
    out.profiled = options.profile && !(options.plain_if_cached && wants_cache(*out.ast));
    if (out.profiled) codegen::add_profiling(*out.llvm_module, *out.ir);
    std::string broken;
    llvm::raw_string_ostream why(broken);
    if (llvm::verifyModule(*out.llvm_module, &why)) throw std::logic_error("internal error: invalid LLVM IR: " + broken);
    if (last == Stage::LlvmOptimized) codegen::optimize(*out.llvm_module, *out.target, options.opt_level);
  });
  out.compile_seconds = seconds_since(start);
  return ok;
}

std::string print_llvm(const Compilation& compiled) {
  std::string text;
  llvm::raw_string_ostream stream(text);
  compiled.llvm_module->print(stream, nullptr);
  return text;
}

std::string print_assembly(Compilation& compiled) {
  llvm::SmallString<0> text;
  llvm::raw_svector_ostream stream(text);
  llvm::legacy::PassManager passes;
  if (compiled.target->addPassesToEmitFile(passes, stream, nullptr, llvm::CodeGenFileType::AssemblyFile))
    throw std::runtime_error("the target cannot print assembly");
  passes.run(*compiled.llvm_module);
  return std::string(text.str());
}

std::unique_ptr<codegen::Jit> load(Compilation& compiled) {
  auto jit = std::make_unique<codegen::Jit>();
  jit->add(std::move(compiled.llvm_module), std::move(compiled.llvm_context));
  return jit;
}

RunResult run_main(Compilation& compiled, std::FILE* out, const runtime::ThreadingOptions& threading_options) {
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<codegen::Jit> jit = load(compiled);
  jit->lookup("__main__");  // links the machine code
  double jit_seconds = seconds_since(start);
  RunResult result = run_main(*jit, out, threading_options);
  result.jit_seconds += jit_seconds;
  return result;
}

RunResult run_main(codegen::Jit& jit, std::FILE* out, const runtime::ThreadingOptions& threading_options,
                   bool profile) {
  RunResult result;
  auto start = std::chrono::steady_clock::now();
  auto main = reinterpret_cast<void (*)(parc_context*)>(jit.lookup("__main__"));
  const void* table = profile ? jit.lookup(runtime::kProfileTableSymbol) : nullptr;
  result.jit_seconds = seconds_since(start);
  auto threading = runtime::make_threading(threading_options);
  parc_context ctx = runtime::make_context(out, threading.get());
  std::unique_ptr<parc_profile> counters = table ? runtime::make_profile(table) : nullptr;
  ctx.profile = counters.get();
  start = std::chrono::steady_clock::now();
  main(&ctx);
  result.run_seconds = seconds_since(start);
  if (counters) result.functions = runtime::profile_results(*counters, table);
  std::fflush(out);
  if (ctx.error != PARC_OK) {
    result.ok = false;
    result.error = runtime::format_error(ctx);
  }
  return result;
}

}  // namespace parc
