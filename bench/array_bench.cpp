// Serial array loops: a STREAM triad, a 2-D five-point Jacobi stencil and an
// i-k-j matrix product, compiled by parc (bench/array_kernels.py) and by
// clang-19 -O3 -march=native (bench/reference/array_kernels.cpp), run side by
// side. bench/ratios.py turns the medians into parc/C++ ratios.
//
// parc passes arrays between its functions as LLVM aggregates, not a C ABI,
// so the harness calls each kernel's driver, which takes and returns numbers:
// it allocates its arrays (through the runtime's parc_buffer_new, as the C++
// reference does), runs the kernel `reps` times and returns a checksum. Both
// sides must return the same checksum, or the benchmark stops with an error.
#include "bench/load_script.h"
#include "api/pipeline.h"
#include "codegen/jit.h"
#include "runtime/runtime.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>

extern "C" {
double ref_triad_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
double ref_stencil_driver(parc_context* ctx, std::int64_t n, std::int64_t sweeps);
double ref_matmul_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
}

namespace {

using Driver = double (*)(parc_context*, std::int64_t, std::int64_t);

// The sizes; bench/array_kernels.py prints its checksums for the same ones.
struct Case {
  const char* symbol;  // the parc driver, specialised by the script's prints
  Driver reference;
  std::int64_t n, reps;
};
const Case kTriad{"triad_driver__int64__int64", ref_triad_driver, 2000000, 100};
const Case kStencil{"stencil_driver__int64__int64", ref_stencil_driver, 1000, 200};
const Case kMatmul{"matmul_driver__int64__int64", ref_matmul_driver, 256, 50};

std::unique_ptr<parc::codegen::Jit>& jit() {
  static std::unique_ptr<parc::codegen::Jit> loaded = load_bench_script("array_kernels.py");
  return loaded;
}

Driver parc_driver(const Case& c) { return reinterpret_cast<Driver>(jit()->lookup(c.symbol)); }

parc_context ctx = parc::runtime::make_context(stdout);

// One call, with any error the run raised (a MemoryError) as a message.
double call(Driver driver, const Case& c, std::string* error) {
  double result = driver(&ctx, c.n, c.reps);
  if (ctx.error != PARC_OK) {
    *error = parc::runtime::format_error(ctx);
    ctx = parc::runtime::make_context(stdout);
  }
  return result;
}

struct Check {
  std::string error;  // empty when both sides agree
  double checksum = 0;
};

// Both sides' checksums, compared once per case (Google Benchmark calls a
// benchmark function once per repetition).
const Check& check(const Case& c) {
  static std::map<const Case*, Check> checked;
  auto [it, fresh] = checked.try_emplace(&c);
  if (!fresh) return it->second;
  Check& out = it->second;
  double parc = call(parc_driver(c), c, &out.error);
  double cpp = call(c.reference, c, &out.error);
  out.checksum = cpp;
  if (out.error.empty() && parc != cpp) {
    char message[200];
    std::snprintf(message, sizeof message, "checksums differ: parc %.17g, C++ %.17g", parc, cpp);
    out.error = message;
  }
  return out;
}

void run(benchmark::State& state, const Case& c, Driver driver) {
  const Check& checked = check(c);
  if (!checked.error.empty()) {
    state.SkipWithError(checked.error.c_str());
    return;
  }
  std::string error;
  for (auto _ : state) {
    double result = call(driver, c, &error);
    benchmark::DoNotOptimize(result);
    if (!error.empty() || result != checked.checksum) {
      state.SkipWithError(error.empty() ? "checksum changed between runs" : error.c_str());
      break;
    }
  }
}

void BM_parc_triad(benchmark::State& s) { run(s, kTriad, parc_driver(kTriad)); }
void BM_cpp_triad(benchmark::State& s) { run(s, kTriad, kTriad.reference); }
void BM_parc_stencil(benchmark::State& s) { run(s, kStencil, parc_driver(kStencil)); }
void BM_cpp_stencil(benchmark::State& s) { run(s, kStencil, kStencil.reference); }
void BM_parc_matmul(benchmark::State& s) { run(s, kMatmul, parc_driver(kMatmul)); }
void BM_cpp_matmul(benchmark::State& s) { run(s, kMatmul, kMatmul.reference); }

// Interleaved: each parc kernel right after its C++ twin.
BENCHMARK(BM_parc_triad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_cpp_triad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_parc_stencil)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_cpp_stencil)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_parc_matmul)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_cpp_matmul)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
