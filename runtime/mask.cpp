#include "runtime/mask.h"

#include <string>

namespace {

// NumPy's spelling of a shape: (3,), (2,3), ().
std::string shape_text(std::int64_t ndim, const std::int64_t* dims) {
  std::string text = "(";
  for (std::int64_t k = 0; k < ndim; ++k) text += std::to_string(dims[k]) + (ndim == 1 || k + 1 < ndim ? "," : "");
  return text + ")";
}

}  // namespace

extern "C" void parc_raise_mask_shape(parc_context* ctx, const char* file, std::int64_t line, std::int64_t axis,
                                      std::int64_t size, std::int64_t mask_size) {
  std::string message = "boolean index did not match indexed array along dimension " + std::to_string(axis) +
                        "; dimension is " + std::to_string(size) + " but corresponding boolean dimension is " +
                        std::to_string(mask_size);
  parc_raise(ctx, PARC_INDEX_ERROR, file, line, message.c_str());
}

extern "C" void parc_raise_mask_count(parc_context* ctx, const char* file, std::int64_t line, std::int64_t values,
                                      std::int64_t selected) {
  std::string message = "NumPy boolean array indexing assignment cannot assign " + std::to_string(values) +
                        " input values to the " + std::to_string(selected) +
                        " output values where the mask is true";
  parc_raise(ctx, PARC_VALUE_ERROR, file, line, message.c_str());
}

extern "C" void parc_raise_store_shape(parc_context* ctx, const char* file, std::int64_t line, std::int32_t masked,
                                       std::int64_t from_ndim, const std::int64_t* from, std::int64_t to_ndim,
                                       const std::int64_t* to) {
  std::string message = masked ? "shape mismatch: value array of shape " + shape_text(from_ndim, from) +
                                     " could not be broadcast to indexing result of shape " + shape_text(to_ndim, to)
                               : "could not broadcast input array from shape " + shape_text(from_ndim, from) +
                                     " into shape " + shape_text(to_ndim, to);
  parc_raise(ctx, PARC_VALUE_ERROR, file, line, message.c_str());
}
