// Generates realistic kernel scripts of a given length for the frontend
// benchmarks: imports, then decorated parallel kernels with loops,
// conditions, calls, subscripts, slices and arithmetic.
#pragma once

#include <string>

namespace parc::bench {

inline std::string generate_script(int lines) {
  std::string out = "import math\nimport numpy as np\nfrom numba import njit, prange\n\n";
  int count = 4;
  for (int i = 1; count < lines; ++i) {
    std::string n = std::to_string(i);
    out += "@njit(parallel=True)\n";
    out += "def kernel_" + n + "(a, b, n):\n";
    out += "    s = 0.0\n";
    out += "    for j in prange(n):\n";
    out += "        if a[j] > 0.5 and b[j] < " + n + ":\n";
    out += "            s += math.sqrt(a[j] * b[j]) / (1.0 + j ** 2)\n";
    out += "        else:\n";
    out += "            s -= a[j, 1:-1] @ b[::2]\n";
    out += "    return s\n\n";
    count += 10;
  }
  return out;
}

}  // namespace parc::bench
