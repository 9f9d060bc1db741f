// Hand-written C++ versions of bench/scalar_kernels.py, the reference that
// parc is measured against. Built with clang-19 -O3 -march=native (see
// bench/CMakeLists.txt), same algorithms, same int64 arithmetic.
#include <cstdint>

extern "C" {

std::int64_t ref_fib(std::int64_t n) { return n < 2 ? n : ref_fib(n - 1) + ref_fib(n - 2); }

std::int64_t ref_collatz_steps(std::int64_t n) {
  std::int64_t steps = 0;
  while (n != 1) {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1;
    ++steps;
  }
  return steps;
}

std::int64_t ref_longest_collatz(std::int64_t limit) {
  std::int64_t best = 0, best_n = 1;
  for (std::int64_t n = 1; n < limit; ++n) {
    std::int64_t s = ref_collatz_steps(n);
    if (s > best) {
      best = s;
      best_n = n;
    }
  }
  return best_n;
}

std::int64_t ref_gcd(std::int64_t a, std::int64_t b) {
  while (b != 0) {
    std::int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

std::int64_t ref_gcd_sum(std::int64_t n) {
  std::int64_t total = 0;
  for (std::int64_t i = 1; i < n; ++i)
    for (std::int64_t j = 1; j < n; ++j) total += ref_gcd(i, j);
  return total;
}
}
