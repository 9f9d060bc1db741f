// Compile latency: a typical 20-line kernel from source text to a callable
// native function at -O3 (parse, types, LLVM IR, O3, machine code), in a
// process that has compiled before (as a REPL or an embedding host does).
#include "api/pipeline.h"
#include "codegen/jit.h"

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

constexpr const char* kKernel = R"(import math
from numba import njit


@njit
def blend(n, a, b):
    total = 0.0
    for i in range(n):
        x = a * i + b
        if x > 0.0:
            total += math.sqrt(x) / (1.0 + i)
        else:
            total -= x * x
    return total


@njit
def steps(n):
    count = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count


print(blend(10, 0.5, 1.0), steps(27))
)";

void BM_CompileKernelToCallable(benchmark::State& state) {
  for (auto _ : state) {
    parc::SourceManager sources;
    parc::FileId file = sources.add("kernel.py", kKernel);
    parc::DiagnosticEngine diags;
    parc::Compilation compiled;
    if (!parc::compile(sources, file, diags, {}, parc::Stage::LlvmOptimized, compiled))
      throw std::runtime_error("the kernel did not compile");
    auto jit = parc::load(compiled);
    benchmark::DoNotOptimize(jit->lookup("blend__int64__float64__float64"));
  }
}
BENCHMARK(BM_CompileKernelToCallable)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

}  // namespace

BENCHMARK_MAIN();
