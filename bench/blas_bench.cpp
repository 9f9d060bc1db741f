// Matrix products: np.dot / @ compiled by parc (bench/blas_kernels.py)
// against OpenBLAS called directly from C++ (bench/reference/blas_kernels.cpp)
// with the same arrays: a 1024x1024 float64 np.dot(a, b) (dgemm), a.T @ b
// (dgemm with the transpose flag: no copy) and a 2048x2048 matrix times a
// vector (dgemv). Side by side at 1 and 2 threads; bench/ratios.py turns
// the medians into parc/C++ ratios. What is measured on parc's side beyond
// the BLAS call is its wrapper (layout checks, the thread-count check) and
// the result's allocation, which the reference does too.
//
// Threads: parc runs each case on a context limited to N threads, so its
// runtime sets OpenBLAS's thread count to N (runtime/blas.h); the C++ side
// calls openblas_set_num_threads(N) itself before each run.
//
// As in array_bench.cpp, the harness calls each kernel's driver, which takes
// and returns numbers (parc's array descriptors are not a C ABI). Both sides
// must return the same checksum (exact: every sum is exact), or the
// benchmark stops with an error.
//
// Thread counts: PARC_BENCH_THREADS, a comma-separated list (default 1,2).
#include "bench/load_script.h"
#include "api/pipeline.h"
#include "codegen/jit.h"
#include "runtime/parallel.h"
#include "runtime/runtime.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

extern "C" {
void ref_set_blas_threads(int threads);
double ref_gemm_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
double ref_gemm_t_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
double ref_gemv_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
}

namespace {

using Driver = double (*)(parc_context*, std::int64_t, std::int64_t);

// The sizes; bench/blas_kernels.py prints its checksums for the same ones.
struct Case {
  const char* name;
  const char* symbol;  // the parc driver, specialised by the script's prints
  Driver reference;
  std::int64_t n, reps;
};
const Case kCases[] = {
    {"gemm", "gemm_driver__int64__int64", ref_gemm_driver, 1024, 10},
    {"gemm_t", "gemm_t_driver__int64__int64", ref_gemm_t_driver, 1024, 10},
    {"gemv", "gemv_driver__int64__int64", ref_gemv_driver, 2048, 50},
};

std::unique_ptr<parc::codegen::Jit>& jit() {
  static std::unique_ptr<parc::codegen::Jit> loaded = load_bench_script("blas_kernels.py");
  return loaded;
}

std::vector<int> thread_counts() {
  std::vector<int> counts;
  const char* text = std::getenv("PARC_BENCH_THREADS");
  std::stringstream list(text && *text ? text : "1,2");
  std::string item;
  while (std::getline(list, item, ',')) {
    int n = std::atoi(item.c_str());
    if (n < 1) throw std::invalid_argument("PARC_BENCH_THREADS: not a thread count: " + item);
    counts.push_back(n);
  }
  return counts;
}

// parc's threading, made for the most threads benchmarked; each run gets a
// context limited to its count.
parc_threading* threading() {
  static auto owned = [] {
    int most = 1;
    for (int n : thread_counts()) most = std::max(most, n);
    return parc::runtime::make_threading({parc::runtime::ThreadingLayer::OpenMP, most});
  }();
  return owned.get();
}

enum class Side { Parc, Cpp };

// One call, with any error the run raised (a MemoryError) as a message.
double call(const Case& c, Side side, int threads, std::string* error) {
  parc_context ctx = parc::runtime::make_context(stdout, threading());
  parc_set_num_threads(&ctx, threads);
  Driver driver = c.reference;
  if (side == Side::Parc) driver = reinterpret_cast<Driver>(jit()->lookup(c.symbol));
  else ref_set_blas_threads(threads);
  double result = driver(&ctx, c.n, c.reps);
  if (ctx.error != PARC_OK) *error = parc::runtime::format_error(ctx);
  return result;
}

struct Check {
  std::string error;  // empty when both sides agree
  double checksum = 0;
};

// Both sides' checksums, compared once per case and thread count.
const Check& check(const Case& c, int threads) {
  static std::map<std::pair<const Case*, int>, Check> checked;
  auto [it, fresh] = checked.try_emplace({&c, threads});
  if (!fresh) return it->second;
  Check& out = it->second;
  double parc = call(c, Side::Parc, threads, &out.error);
  double cpp = call(c, Side::Cpp, threads, &out.error);
  out.checksum = cpp;
  if (out.error.empty() && parc != cpp) {
    char message[200];
    std::snprintf(message, sizeof message, "checksums differ: parc %.17g, C++ %.17g", parc, cpp);
    out.error = message;
  }
  return out;
}

void run(benchmark::State& state, const Case& c, Side side, int threads) {
  const Check& checked = check(c, threads);
  if (!checked.error.empty()) {
    state.SkipWithError(checked.error.c_str());
    return;
  }
  std::string error;
  for (auto _ : state) {
    double result = call(c, side, threads, &error);
    benchmark::DoNotOptimize(result);
    if (!error.empty() || result != checked.checksum) {
      state.SkipWithError(error.empty() ? "checksum changed between runs" : error.c_str());
      break;
    }
  }
}

// Interleaved: each parc case right after its C++ twin, at each thread
// count. Names: BM_parc_gemm/threads:2, BM_cpp_gemm/threads:2.
const bool registered = [] {
  for (const Case& c : kCases)
    for (int threads : thread_counts())
      for (Side side : {Side::Parc, Side::Cpp}) {
        std::string name = std::string(side == Side::Parc ? "BM_parc_" : "BM_cpp_") + c.name + "/threads:" +
                           std::to_string(threads);
        benchmark::RegisterBenchmark(name.c_str(), [&c, side, threads](benchmark::State& s) {
          run(s, c, side, threads);
        })->Unit(benchmark::kMillisecond)->UseRealTime();
      }
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
