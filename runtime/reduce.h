// Runtime support for reductions along an axis (codegen/lower_reduce.cpp).
#pragma once

#include "runtime/runtime.h"

#include <cstdint>

extern "C" {

// Raises NumPy's ValueError (AxisError) for an axis outside
// [-ndim, ndim): "axis 2 is out of bounds for array of dimension 2".
void parc_raise_axis(parc_context* ctx, const char* file, std::int64_t line, std::int64_t axis, std::int64_t ndim);
}
