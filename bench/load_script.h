// The benchmarks' one way to get compiled code: a script of bench/ compiled
// at -O3 and JIT-loaded (its module-level code specialises the drivers).
#pragma once

#include "api/pipeline.h"
#include "codegen/jit.h"

#include <memory>
#include <stdexcept>
#include <string>

inline std::unique_ptr<parc::codegen::Jit> load_bench_script(const std::string& name) {
  parc::SourceManager sources;
  std::string error;
  auto file = sources.load(PARC_BENCH_DIR "/" + name, &error);
  if (!file) throw std::runtime_error(error);
  parc::DiagnosticEngine diags;
  parc::Compilation compiled;
  if (!parc::compile(sources, *file, diags, {}, parc::Stage::LlvmOptimized, compiled))
    throw std::runtime_error(name + " did not compile");
  return parc::load(compiled);
}
