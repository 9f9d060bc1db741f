// The cost of calling a kernel from C++ through the embedding API
// (include/parc/parc.hpp): a typed handle and the dynamic call (after its
// first call specialised the function), on an empty kernel and on one that
// takes an array and a number; against a C++ function called through a
// pointer, which the compiler cannot inline. Figures in bench/README.md.
#include "parc/parc.hpp"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

constexpr const char* kKernels = R"(
from numba import njit

@njit
def empty():
    pass

@njit
def first_plus(x, y):
    return x[0] + y
)";

// The C++ baselines, reached through volatile pointers.
void cpp_empty() {}
double cpp_first_plus(const double* x, double y) { return x[0] + y; }
void (*volatile cpp_empty_ptr)() = cpp_empty;
double (*volatile cpp_first_plus_ptr)(const double*, double) = cpp_first_plus;

parc::Module& kernels() {
  static parc::Jit jit;
  static parc::Module module = jit.compile(kKernels, "call_bench.py");
  return module;
}

void BM_Cpp_Empty(benchmark::State& state) {
  for (auto _ : state) cpp_empty_ptr();
}
BENCHMARK(BM_Cpp_Empty);

void BM_Typed_Empty(benchmark::State& state) {
  auto empty = kernels().function<void()>("empty");
  for (auto _ : state) empty();
}
BENCHMARK(BM_Typed_Empty);

void BM_Dynamic_Empty(benchmark::State& state) {
  parc::Module& m = kernels();
  for (auto _ : state) benchmark::DoNotOptimize(m.call("empty", {}));
}
BENCHMARK(BM_Dynamic_Empty);

std::vector<double> data(16, 1.0);

void BM_Cpp_ArrayArg(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(cpp_first_plus_ptr(data.data(), 2.0));
}
BENCHMARK(BM_Cpp_ArrayArg);

void BM_Typed_ArrayArg(benchmark::State& state) {
  auto f = kernels().function<double(parc::ArrayRef<const double, 1>, double)>("first_plus");
  parc::ArrayRef<const double, 1> x(data);
  for (auto _ : state) benchmark::DoNotOptimize(f(x, 2.0));
}
BENCHMARK(BM_Typed_ArrayArg);

void BM_Dynamic_ArrayArg(benchmark::State& state) {
  parc::Module& m = kernels();
  parc::ArrayRef<const double, 1> x(data);
  for (auto _ : state) benchmark::DoNotOptimize(m("first_plus", x, 2.0));
}
BENCHMARK(BM_Dynamic_ArrayArg);

}  // namespace

BENCHMARK_MAIN();
