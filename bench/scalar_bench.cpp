// Scalar code quality: fib(30), the longest Collatz chain and a sum of gcds,
// compiled by parc (bench/scalar_kernels.py) and by clang-19 -O3
// -march=native (bench/reference/scalar_kernels.cpp), run side by side.
// bench/ratios.py turns the medians into parc/C++ ratios.
#include "bench/load_script.h"
#include "api/pipeline.h"
#include "codegen/jit.h"
#include "runtime/runtime.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <stdexcept>

extern "C" {
std::int64_t ref_fib(std::int64_t n);
std::int64_t ref_longest_collatz(std::int64_t limit);
std::int64_t ref_gcd_sum(std::int64_t n);
}

namespace {

using Kernel = std::int64_t (*)(parc_context*, std::int64_t);

struct Kernels {
  std::unique_ptr<parc::codegen::Jit> jit;
  Kernel fib, longest_collatz, gcd_sum;
};

Kernels& kernels() {
  static Kernels k = [] {
    Kernels out;
    out.jit = load_bench_script("scalar_kernels.py");
    // __main__ specialised every kernel for int64 arguments.
    out.fib = reinterpret_cast<Kernel>(out.jit->lookup("fib__int64"));
    out.longest_collatz = reinterpret_cast<Kernel>(out.jit->lookup("longest_collatz__int64"));
    out.gcd_sum = reinterpret_cast<Kernel>(out.jit->lookup("gcd_sum__int64"));
    return out;
  }();
  return k;
}

template <typename F>
void run(benchmark::State& state, F kernel, std::int64_t n) {
  for (auto _ : state) {
    std::int64_t result = kernel(n);
    benchmark::DoNotOptimize(result);
  }
}

parc_context ctx = parc::runtime::make_context(stdout);

void BM_parc_fib(benchmark::State& s) { run(s, [](std::int64_t n) { return kernels().fib(&ctx, n); }, 30); }
void BM_cpp_fib(benchmark::State& s) { run(s, ref_fib, 30); }
void BM_parc_collatz(benchmark::State& s) { run(s, [](std::int64_t n) { return kernels().longest_collatz(&ctx, n); }, 300000); }
void BM_cpp_collatz(benchmark::State& s) { run(s, ref_longest_collatz, 300000); }
void BM_parc_gcd(benchmark::State& s) { run(s, [](std::int64_t n) { return kernels().gcd_sum(&ctx, n); }, 500); }
void BM_cpp_gcd(benchmark::State& s) { run(s, ref_gcd_sum, 500); }

// Interleaved: each parc kernel right after its C++ twin.
BENCHMARK(BM_parc_fib)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_cpp_fib)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_parc_collatz)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_cpp_collatz)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_parc_gcd)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_cpp_gcd)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
