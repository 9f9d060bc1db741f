// Python's repr() of a float: the shortest digits that round-trip, in fixed
// notation for decimal exponents -4..15 and scientific otherwise:
//   0.1 -> "0.1", 1.0 -> "1.0", 1e16 -> "1e+16", 1e-05 -> "1e-05", -0.0 -> "-0.0".
#pragma once

#include <string>

namespace parc {

std::string python_float_repr(double value);

}  // namespace parc
