// C++ versions of bench/blas_kernels.py: OpenBLAS called directly through
// CBLAS, the reference that parc's np.dot / @ are measured against. Built
// with clang-19 -O3 -march=native (see bench/CMakeLists.txt).
//
// Each driver does what the parc driver does: the same buffers from the same
// allocator (parc_buffer_new), the same initial values, and per repetition
// a new result buffer (as np.dot allocates one), one BLAS call with the
// same arguments parc's runtime passes (row-major, no transpose, or the
// transpose flag for a.T), the same checksum.
#include "runtime/array.h"

#include <cblas.h>

#include <cstdint>

namespace {

using i64 = std::int64_t;

double* data_of(parc_buffer* buffer) { return static_cast<double*>(buffer->data); }

void fill(double* a, double* b, i64 n) {
  for (i64 i = 0; i < n; ++i)
    for (i64 j = 0; j < n; ++j) {
      a[i * n + j] = static_cast<double>((i + 2 * j) % 5) * 0.25;
      b[i * n + j] = static_cast<double>((3 * i + j) % 4) * 0.5 - 0.5;
    }
}

// C = op(A) B, n x n, a new C for each repetition.
double gemm(parc_context* ctx, i64 n, i64 reps, bool transpose_a) {
  parc_buffer* a_buffer = parc_buffer_new(ctx, n * n, 8, 0, "blas_kernels.cpp", __LINE__);
  parc_buffer* b_buffer = parc_buffer_new(ctx, n * n, 8, 0, "blas_kernels.cpp", __LINE__);
  double total = 0.0;
  if (a_buffer && b_buffer) {
    const double* a = data_of(a_buffer);
    const double* b = data_of(b_buffer);
    fill(data_of(a_buffer), data_of(b_buffer), n);
    int size = static_cast<int>(n);
    for (i64 r = 0; r < reps; ++r) {
      parc_buffer* c_buffer = parc_buffer_new(ctx, n * n, 8, 0, "blas_kernels.cpp", __LINE__);
      if (!c_buffer) break;
      double* c = data_of(c_buffer);
      cblas_dgemm(CblasRowMajor, transpose_a ? CblasTrans : CblasNoTrans, CblasNoTrans, size, size, size, 1.0, a,
                  size, b, size, 0.0, c, size);
      total += c[(r % n) * n + (7 * r) % n];
      parc_buffer_decref(c_buffer);
    }
  }
  parc_buffer_decref(b_buffer);
  parc_buffer_decref(a_buffer);
  return total;
}

}  // namespace

extern "C" {

void ref_set_blas_threads(int threads) { openblas_set_num_threads(threads); }

double ref_gemm_driver(parc_context* ctx, i64 n, i64 reps) { return gemm(ctx, n, reps, false); }

double ref_gemm_t_driver(parc_context* ctx, i64 n, i64 reps) { return gemm(ctx, n, reps, true); }

double ref_gemv_driver(parc_context* ctx, i64 n, i64 reps) {
  parc_buffer* a_buffer = parc_buffer_new(ctx, n * n, 8, 0, "blas_kernels.cpp", __LINE__);
  parc_buffer* b_buffer = parc_buffer_new(ctx, n * n, 8, 0, "blas_kernels.cpp", __LINE__);
  parc_buffer* v_buffer = parc_buffer_new(ctx, n, 8, 0, "blas_kernels.cpp", __LINE__);
  double total = 0.0;
  if (a_buffer && b_buffer && v_buffer) {
    const double* a = data_of(a_buffer);
    double* v = data_of(v_buffer);
    fill(data_of(a_buffer), data_of(b_buffer), n);
    for (i64 j = 0; j < n; ++j) v[j] = data_of(b_buffer)[(n / 2) * n + j];
    int size = static_cast<int>(n);
    for (i64 r = 0; r < reps; ++r) {
      parc_buffer* y_buffer = parc_buffer_new(ctx, n, 8, 0, "blas_kernels.cpp", __LINE__);
      if (!y_buffer) break;
      double* y = data_of(y_buffer);
      cblas_dgemv(CblasRowMajor, CblasNoTrans, size, size, 1.0, a, size, v, 1, 0.0, y, 1);
      total += y[(7 * r) % n];
      parc_buffer_decref(y_buffer);
    }
  }
  parc_buffer_decref(v_buffer);
  parc_buffer_decref(b_buffer);
  parc_buffer_decref(a_buffer);
  return total;
}
}
