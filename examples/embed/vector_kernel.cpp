// Compiles a kernel from a string and runs it over std::vector data: the
// seed articles' feature scaling, (x - mean) / std, written in NumPy style,
// called once through a typed handle and once dynamically; the result is
// compared with the same computation in plain C++.
#include <parc/parc.hpp>

#include <cmath>
#include <cstdio>
#include <vector>

static const char* kScaling = R"(
import numpy as np
from numba import njit, prange

@njit(parallel=True)
def standardize(x):
    return (x - x.mean()) / x.std()

@njit(parallel=True)
def sum_of_squares(x):
    total = 0.0
    for i in prange(x.shape[0]):
        total += x[i] * x[i]
    return total
)";

int main() {
  std::vector<double> samples(1'000'000);
  for (std::size_t i = 0; i < samples.size(); ++i) samples[i] = std::sin(0.001 * static_cast<double>(i)) * 10 + 3;

  try {
    parc::Jit jit;
    parc::Module module = jit.compile(kScaling, "scaling.py");

    auto standardize = module.function<parc::Array<double, 1>(parc::ArrayRef<const double, 1>)>("standardize");
    parc::Array<double, 1> z = standardize(samples);  // no copy of `samples`; z is owned by parc

    // The same in C++.
    double mean = 0, var = 0;
    for (double v : samples) mean += v;
    mean /= static_cast<double>(samples.size());
    for (double v : samples) var += (v - mean) * (v - mean);
    double std = std::sqrt(var / static_cast<double>(samples.size()));
    double worst = 0;
    for (std::size_t i = 0; i < samples.size(); ++i)
      worst = std::fmax(worst, std::fabs(z(static_cast<std::int64_t>(i)) - (samples[i] - mean) / std));

    parc::Value squares = module("sum_of_squares", parc::ArrayRef<const double, 1>(samples));
    double expected = 0;
    for (double v : samples) expected += v * v;

    std::printf("standardized %lld values: z[0] = %.6f, z[-1] = %.6f\n", static_cast<long long>(z.size()), z(0),
                z(z.size() - 1));
    std::printf("largest difference from C++: %s\n", worst < 1e-9 ? "below 1e-9" : "TOO LARGE");
    std::printf("sum of squares: %.9e (relative difference from C++ %s)\n", squares.as<double>(),
                std::fabs(squares.as<double>() - expected) / expected < 1e-12 ? "below 1e-12" : "TOO LARGE");
    return worst < 1e-9 ? 0 : 1;
  } catch (const parc::Error& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
}
