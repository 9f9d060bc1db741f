// Hand-written C++ versions of bench/array_kernels.py, the reference that
// parc's array loops are measured against. Built with clang-19 -O3
// -march=native (see bench/CMakeLists.txt).
//
// Each driver does what the parc driver does: the same buffers from the same
// allocator (parc_buffer_new: 64-byte aligned, 2 MiB aligned with
// MADV_HUGEPAGE from 4 MiB up), zeroed where parc zeroes them, the same
// initial values, the same loops over row-major data with the same strides
// (row length from the shape, as parc computes it), the same number of
// repetitions, the same checksum. Kernels are separate functions, as in the
// script; the compiler inlines them or not.
#include "runtime/array.h"

#include <cstdint>
#include <utility>

// Python evaluates b + s * c as a product, rounded, then a sum, rounded (so
// do parc and Numba); clang's default -ffp-contract=on would fuse it into an
// FMA. Off, the loops compute the same values and the checksums agree.
#pragma STDC FP_CONTRACT OFF

namespace {

using i64 = std::int64_t;

double* data_of(parc_buffer* buffer) { return static_cast<double*>(buffer->data); }

// After a MemoryError (recorded in the context, as parc records it).
double release(parc_buffer* x, parc_buffer* y, parc_buffer* z) {
  parc_buffer_decref(x);
  parc_buffer_decref(y);
  parc_buffer_decref(z);
  return 0.0;
}

// ------------------------------------------------------------ STREAM triad

void triad(double* a, const double* b, const double* c, double s, i64 n) {
  for (i64 i = 0; i < n; ++i) a[i] = b[i] + s * c[i];
}

// --------------------------------------------- 2-D five-point Jacobi stencil

void jacobi_sweep(const double* u, double* out, i64 n, i64 m) {
  for (i64 i = 1; i < n - 1; ++i)
    for (i64 j = 1; j < m - 1; ++j)
      out[i * m + j] = 0.25 * (u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] + u[i * m + j + 1]);
}

// ----------------------------------------------------- i-k-j matrix product

void matmul_ikj(const double* a, const double* b, double* c, i64 n, i64 p, i64 m) {
  for (i64 i = 0; i < n; ++i) {
    for (i64 j = 0; j < m; ++j) c[i * m + j] = 0.0;
    for (i64 k = 0; k < p; ++k)
      for (i64 j = 0; j < m; ++j) c[i * m + j] += a[i * p + k] * b[k * m + j];
  }
}

}  // namespace

extern "C" {

double ref_triad_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* a_buffer = parc_buffer_new(ctx, n, 8, 1, "array_kernels.cpp", __LINE__);
  parc_buffer* b_buffer = parc_buffer_new(ctx, n, 8, 0, "array_kernels.cpp", __LINE__);
  parc_buffer* c_buffer = parc_buffer_new(ctx, n, 8, 0, "array_kernels.cpp", __LINE__);
  if (!a_buffer || !b_buffer || !c_buffer) return release(a_buffer, b_buffer, c_buffer);
  double* a = data_of(a_buffer);
  double* b = data_of(b_buffer);
  double* c = data_of(c_buffer);
  for (i64 i = 0; i < n; ++i) {
    b[i] = static_cast<double>(i % 1000) * 0.001;
    c[i] = static_cast<double>(i % 7) * 0.5;
  }
  for (i64 r = 0; r < reps; ++r) triad(a, b, c, 1.0 + static_cast<double>(r) * 0.25, n);
  double total = 0.0;
  for (i64 i = 0; i < n; ++i) total += a[i];
  parc_buffer_decref(c_buffer);
  parc_buffer_decref(b_buffer);
  parc_buffer_decref(a_buffer);
  return total;
}

double ref_stencil_driver(parc_context* ctx, i64 n, i64 sweeps) {
  parc_buffer* u_buffer = parc_buffer_new(ctx, n * n, 8, 1, "array_kernels.cpp", __LINE__);
  if (!u_buffer) return 0.0;
  double* u = data_of(u_buffer);
  for (i64 i = 0; i < n; ++i) {
    u[i * n] = 1.0;
    u[i] = 0.5;
  }
  for (i64 i = 1; i < n; ++i)
    for (i64 j = 1; j < n; ++j) u[i * n + j] = static_cast<double>((i * 7 + j * 3) % 10) * 0.1;
  // u.copy()
  parc_buffer* out_buffer = parc_buffer_new(ctx, n * n, 8, 0, "array_kernels.cpp", __LINE__);
  if (!out_buffer) return release(u_buffer, nullptr, nullptr);
  double* out = data_of(out_buffer);
  for (i64 e = 0; e < n * n; ++e) out[e] = u[e];
  for (i64 s = 0; s < sweeps; ++s) {
    jacobi_sweep(u, out, n, n);
    std::swap(u, out);
  }
  double total = 0.0;
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) total += u[i * n + j];
  parc_buffer_decref(out_buffer);
  parc_buffer_decref(u_buffer);
  return total;
}

double ref_matmul_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* a_buffer = parc_buffer_new(ctx, n * n, 8, 0, "array_kernels.cpp", __LINE__);
  parc_buffer* b_buffer = parc_buffer_new(ctx, n * n, 8, 0, "array_kernels.cpp", __LINE__);
  parc_buffer* c_buffer = parc_buffer_new(ctx, n * n, 8, 1, "array_kernels.cpp", __LINE__);
  if (!a_buffer || !b_buffer || !c_buffer) return release(a_buffer, b_buffer, c_buffer);
  double* a = data_of(a_buffer);
  double* b = data_of(b_buffer);
  double* c = data_of(c_buffer);
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) {
      a[i * n + j] = static_cast<double>((i + 2 * j) % 5) * 0.25;
      b[i * n + j] = static_cast<double>((3 * i + j) % 4) * 0.5 - 0.5;
    }
  double total = 0.0;
  for (i64 r = 0; r < reps; ++r) {
    matmul_ikj(a, b, c, n, n, n);
    total += c[(r % n) * n + (7 * r) % n];
  }
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) total += c[i * n + j];
  parc_buffer_decref(c_buffer);
  parc_buffer_decref(b_buffer);
  parc_buffer_decref(a_buffer);
  return total;
}
}
