// Runtime support for boolean-mask indexing and broadcasting stores
// (codegen/lower_mask.cpp): the errors that name sizes and shapes.
#pragma once

#include "runtime/runtime.h"

#include <cstdint>

extern "C" {

// IndexError: boolean index did not match indexed array along dimension 0;
// dimension is 5 but corresponding boolean dimension is 4
void parc_raise_mask_shape(parc_context* ctx, const char* file, std::int64_t line, std::int64_t axis,
                           std::int64_t size, std::int64_t mask_size);
// ValueError: NumPy boolean array indexing assignment cannot assign 3 input
// values to the 2 output values where the mask is true
void parc_raise_mask_count(parc_context* ctx, const char* file, std::int64_t line, std::int64_t values,
                           std::int64_t selected);
// ValueError: could not broadcast input array from shape (2,) into shape (3,)
// or, for a mask's selection (`masked`), shape mismatch: value array of
// shape (2,4) could not be broadcast to indexing result of shape (3,4)
void parc_raise_store_shape(parc_context* ctx, const char* file, std::int64_t line, std::int32_t masked,
                            std::int64_t from_ndim, const std::int64_t* from, std::int64_t to_ndim,
                            const std::int64_t* to);
}
