// The runtime's functions by name, and the small ones that need no file of
// their own (the clock, lgamma).
#include "runtime/array.h"
#include "runtime/blas.h"
#include "runtime/mask.h"
#include "runtime/parallel.h"
#include "runtime/profile.h"
#include "runtime/reduce.h"

#include <chrono>
#include <cmath>

extern "C" double parc_perf_counter() {
  using clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

extern "C" double parc_lgamma(double x) {
  int sign = 0;
  return lgamma_r(x, &sign);
}

// Numba's algorithm (CPython 2's): scale by a power of ten, round half
// away from zero, fix exact halves to even, scale back.
extern "C" double parc_round_digits(double x, std::int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  double z;
  if (ndigits >= 0) {
    double pow1 = ndigits > 22 ? std::pow(10.0, static_cast<double>(ndigits - 22)) : 1.0;
    double pow2 = ndigits > 22 ? 1e22 : std::pow(10.0, static_cast<double>(ndigits));
    double y = (x * pow1) * pow2;
    if (!std::isfinite(y)) return x;
    z = std::round(y);
    if (std::fabs(y - z) == 0.5) z = 2.0 * std::round(y / 2.0);
    z = (z / pow2) / pow1;
  } else {
    double pow1 = std::pow(10.0, static_cast<double>(-ndigits));
    double y = x / pow1;
    z = std::round(y);
    if (std::fabs(y - z) == 0.5) z = 2.0 * std::round(y / 2.0);
    z = z * pow1;
  }
  return z;
}

namespace parc::runtime {

const Symbol* symbols(std::size_t* count) {
  static const Symbol kSymbols[] = {
      {"parc_raise", reinterpret_cast<void*>(&parc_raise)},
      {"parc_locate_error", reinterpret_cast<void*>(&parc_locate_error)},
      {"parc_print_i64", reinterpret_cast<void*>(&parc_print_i64)},
      {"parc_print_u64", reinterpret_cast<void*>(&parc_print_u64)},
      {"parc_print_f64", reinterpret_cast<void*>(&parc_print_f64)},
      {"parc_print_f32", reinterpret_cast<void*>(&parc_print_f32)},
      {"parc_print_bool", reinterpret_cast<void*>(&parc_print_bool)},
      {"parc_print_text", reinterpret_cast<void*>(&parc_print_text)},
      {"parc_print_repr", reinterpret_cast<void*>(&parc_print_repr)},
      {"parc_perf_counter", reinterpret_cast<void*>(&parc_perf_counter)},
      {"parc_lgamma", reinterpret_cast<void*>(&parc_lgamma)},
      {"parc_round_digits", reinterpret_cast<void*>(&parc_round_digits)},
      {"parc_buffer_new", reinterpret_cast<void*>(&parc_buffer_new)},
      {"parc_buffer_incref", reinterpret_cast<void*>(&parc_buffer_incref)},
      {"parc_buffer_decref", reinterpret_cast<void*>(&parc_buffer_decref)},
      {"parc_check_shape", reinterpret_cast<void*>(&parc_check_shape)},
      {"parc_raise_index", reinterpret_cast<void*>(&parc_raise_index)},
      {"parc_raise_broadcast", reinterpret_cast<void*>(&parc_raise_broadcast)},
      {"parc_raise_mask_shape", reinterpret_cast<void*>(&parc_raise_mask_shape)},
      {"parc_raise_mask_count", reinterpret_cast<void*>(&parc_raise_mask_count)},
      {"parc_raise_store_shape", reinterpret_cast<void*>(&parc_raise_store_shape)},
      {"parc_print_array", reinterpret_cast<void*>(&parc_print_array)},
      {"parc_sort", reinterpret_cast<void*>(&parc_sort)},
      {"parc_median", reinterpret_cast<void*>(&parc_median)},
      {"parc_raise_axis", reinterpret_cast<void*>(&parc_raise_axis)},
      {"parc_raise_dot_shapes", reinterpret_cast<void*>(&parc_raise_dot_shapes)},
      {"parc_dot_f64", reinterpret_cast<void*>(&parc_dot_f64)},
      {"parc_dot_f32", reinterpret_cast<void*>(&parc_dot_f32)},
      {"parc_gemv_f64", reinterpret_cast<void*>(&parc_gemv_f64)},
      {"parc_gemv_f32", reinterpret_cast<void*>(&parc_gemv_f32)},
      {"parc_gemm_f64", reinterpret_cast<void*>(&parc_gemm_f64)},
      {"parc_gemm_f32", reinterpret_cast<void*>(&parc_gemm_f32)},
      {"parc_parallel_chunks", reinterpret_cast<void*>(&parc_parallel_chunks)},
      {"parc_parallel_for", reinterpret_cast<void*>(&parc_parallel_for)},
      {"parc_partials_new", reinterpret_cast<void*>(&parc_partials_new)},
      {"parc_partials_free", reinterpret_cast<void*>(&parc_partials_free)},
      {"parc_set_num_threads", reinterpret_cast<void*>(&parc_set_num_threads)},
      {"parc_get_num_threads", reinterpret_cast<void*>(&parc_get_num_threads)},
      {"parc_profile_enter", reinterpret_cast<void*>(&parc_profile_enter)},
      {"parc_profile_leave", reinterpret_cast<void*>(&parc_profile_leave)},
  };
  *count = sizeof kSymbols / sizeof kSymbols[0];
  return kSymbols;
}

}  // namespace parc::runtime
