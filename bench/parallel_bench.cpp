// Parallel loops: seven prange kernels (a STREAM triad, a dot-product
// reduction, Mandelbrot, an O(n^2) n-body potential, a 2-D Jacobi stencil,
// an i-k-j matrix product, Black-Scholes) and a fused array expression
// (`np.sqrt(x * x + y * y + z * z) * s + 1.0` into a new array) compiled by parc
// (bench/parallel_kernels.py) and by clang-19 -O3 -march=native -fopenmp
// (bench/reference/parallel_kernels.cpp), run side by side at 1 and 2
// threads. bench/ratios.py turns the medians into parc/C++ ratios and parc's
// speed-up.
//
// As in array_bench.cpp, the harness calls each kernel's driver, which takes
// and returns numbers: it allocates its arrays (through the runtime's
// parc_buffer_new, as the C++ reference does), fills them, runs the kernel
// `reps` times and returns a checksum. Allocating and filling (page faults
// included) costs as much as 20 to 50 kernel runs, so each timed iteration
// calls the driver twice, with `reps` and with 0, and reports the
// difference (manual time): the kernel calls' time. The setup's time is
// reported as the counter setup_ms.
//
// parc runs on an OpenMP threading layer (LLVM's libomp, the same runtime
// as the C++ side) made for the most threads benchmarked; each thread count
// gets a context limited to it (parc_set_num_threads, numba.set_num_threads's
// runtime call), and the C++ side calls omp_set_num_threads before each run.
//
// Checks, done before timing: parc and C++ must return the same checksum
// (within 1e-12, relative, for the kernels that call libm: parc calls
// libmvec's vector erf where clang calls the scalar one), and each side
// must return the same checksum on every run at a given thread count. A
// mismatch stops that benchmark with an error, which ratios.py reports.
//
// Thread counts: PARC_BENCH_THREADS, a comma-separated list (default 1,2).
#include "bench/load_script.h"
#include "api/pipeline.h"
#include "codegen/jit.h"
#include "runtime/parallel.h"
#include "runtime/runtime.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

extern "C" {
void ref_set_threads(int threads);
double ref_triad_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
double ref_dot_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
std::int64_t ref_mandelbrot_driver(parc_context* ctx, std::int64_t n, std::int64_t max_iter);
double ref_nbody_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
double ref_stencil_driver(parc_context* ctx, std::int64_t n, std::int64_t sweeps);
double ref_matmul_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
double ref_black_scholes_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
double ref_array_expr_driver(parc_context* ctx, std::int64_t n, std::int64_t reps);
}

namespace {

using RealDriver = double (*)(parc_context*, std::int64_t, std::int64_t);
using IntDriver = std::int64_t (*)(parc_context*, std::int64_t, std::int64_t);

// The sizes: the same as the prints at the end of bench/parallel_kernels.py.
struct Case {
  const char* name;    // the benchmark's kernel name
  const char* symbol;  // the parc driver, specialised by the script's prints
  void* reference;     // a RealDriver, or an IntDriver when `integer`
  bool integer;        // the drivers return an int64 checksum
  double tolerance;    // relative; 0: equal
  std::int64_t n, reps;
};
const Case kCases[] = {
    {"triad", "triad_driver__int64__int64", reinterpret_cast<void*>(ref_triad_driver), false, 0, 2000000, 50},
    {"dot", "dot_driver__int64__int64", reinterpret_cast<void*>(ref_dot_driver), false, 0, 4000000, 50},
    {"mandelbrot", "mandelbrot_driver__int64__int64", reinterpret_cast<void*>(ref_mandelbrot_driver), true, 0, 400,
     200},
    {"nbody", "nbody_driver__int64__int64", reinterpret_cast<void*>(ref_nbody_driver), false, 0, 3000, 2},
    {"stencil", "stencil_driver__int64__int64", reinterpret_cast<void*>(ref_stencil_driver), false, 0, 1000, 150},
    {"matmul", "matmul_driver__int64__int64", reinterpret_cast<void*>(ref_matmul_driver), false, 0, 320, 20},
    {"black_scholes", "black_scholes_driver__int64__int64", reinterpret_cast<void*>(ref_black_scholes_driver),
     false, 1e-12, 1000000, 4},
    {"array_expr", "array_expr_driver__int64__int64", reinterpret_cast<void*>(ref_array_expr_driver), false, 0,
     2000000, 50},
};

std::unique_ptr<parc::codegen::Jit>& jit() {
  static std::unique_ptr<parc::codegen::Jit> loaded = load_bench_script("parallel_kernels.py");
  return loaded;
}

// The compiled driver of a case, looked up once.
void* parc_driver(const Case& c) {
  static std::map<const Case*, void*> drivers;
  auto [it, fresh] = drivers.try_emplace(&c, nullptr);
  if (fresh) it->second = jit()->lookup(c.symbol);
  return it->second;
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

int max_threads() {
  int most = 1;
  for (int n : thread_counts()) most = std::max(most, n);
  return most;
}

// One OpenMP threading layer for all of parc's runs.
parc_threading* threading() {
  static auto owned = parc::runtime::make_threading({parc::runtime::ThreadingLayer::OpenMP, max_threads()});
  return owned.get();
}

parc_context context_for(int threads) {
  parc_context ctx = parc::runtime::make_context(stdout, threading());
  parc_set_num_threads(&ctx, threads);
  if (ctx.error != PARC_OK) throw std::runtime_error(parc::runtime::format_error(ctx));
  return ctx;
}

enum class Side { Parc, Cpp };

// One call on `threads` threads with `reps` repetitions, with any error the
// run raised (a MemoryError) as a message.
double call(const Case& c, Side side, int threads, std::int64_t reps, std::string* error) {
  parc_context ctx = context_for(threads);
  void* driver = side == Side::Parc ? parc_driver(c) : c.reference;
  if (side == Side::Cpp) ref_set_threads(threads);
  double result = c.integer ? static_cast<double>(reinterpret_cast<IntDriver>(driver)(&ctx, c.n, reps))
                            : reinterpret_cast<RealDriver>(driver)(&ctx, c.n, reps);
  if (ctx.error != PARC_OK) *error = parc::runtime::format_error(ctx);
  return result;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

struct Check {
  std::string error;  // empty when both sides agree
  double parc = 0, cpp = 0;
};

// Both sides' checksums at one thread count, compared once (Google
// Benchmark calls a benchmark function once per repetition).
const Check& check(const Case& c, int threads) {
  static std::map<std::pair<const Case*, int>, Check> checked;
  auto [it, fresh] = checked.try_emplace({&c, threads});
  Check& out = it->second;
  if (!fresh) return out;
  out.parc = call(c, Side::Parc, threads, c.reps, &out.error);
  out.cpp = call(c, Side::Cpp, threads, c.reps, &out.error);
  bool agree = c.tolerance == 0 ? out.parc == out.cpp
                                : std::fabs(out.parc - out.cpp) <= c.tolerance * std::fabs(out.cpp);
  if (out.error.empty() && !agree) {
    char message[200];
    std::snprintf(message, sizeof message, "%s, %d threads: checksums differ: parc %.17g, C++ %.17g", c.name,
                  threads, out.parc, out.cpp);
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
  double expected = side == Side::Parc ? checked.parc : checked.cpp;
  std::string error;
  double setup_total = 0;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    double result = call(c, side, threads, c.reps, &error);
    double with_kernels = seconds_since(start);
    start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(call(c, side, threads, 0, &error));
    double setup = seconds_since(start);
    setup_total += setup;
    state.SetIterationTime(std::max(with_kernels - setup, 1e-9));
    if (!error.empty() || result != expected) {
      state.SkipWithError(error.empty() ? "checksum changed between runs" : error.c_str());
      break;
    }
  }
  if (state.iterations() > 0) state.counters["setup_ms"] = 1e3 * setup_total / static_cast<double>(state.iterations());
}

}  // namespace

int main(int argc, char** argv) {
  // Interleaved: each parc kernel right after its C++ twin, at each thread
  // count. Names: BM_parc_triad/threads:2, BM_cpp_triad/threads:2.
  for (const Case& c : kCases)
    for (int threads : thread_counts())
      for (Side side : {Side::Parc, Side::Cpp}) {
        std::string name = std::string(side == Side::Parc ? "BM_parc_" : "BM_cpp_") + c.name +
                           "/threads:" + std::to_string(threads);
        benchmark::RegisterBenchmark(name.c_str(), [&c, side, threads](benchmark::State& s) { run(s, c, side, threads); })
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime();
      }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
