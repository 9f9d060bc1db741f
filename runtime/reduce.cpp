#include "runtime/reduce.h"

#include <string>

extern "C" void parc_raise_axis(parc_context* ctx, const char* file, std::int64_t line, std::int64_t axis,
                                std::int64_t ndim) {
  std::string message =
      "axis " + std::to_string(axis) + " is out of bounds for array of dimension " + std::to_string(ndim);
  parc_raise(ctx, PARC_VALUE_ERROR, file, line, message.c_str());
}
