// Matrix products in the runtime's C ABI: what generated code calls for
// np.dot / @ on float32 and float64 arrays (codegen/lower_dot.cpp). The
// wrappers take parc's strided operands (strides in elements, as in the
// descriptors) and call OpenBLAS through CBLAS: an operand with a unit
// stride along one axis goes to BLAS as it is (row-major, or transposed for
// a column-major view such as a.T), any other is first copied into a
// contiguous temporary. Products with an empty dimension never reach BLAS.
//
// Threads: OpenBLAS runs its own thread pool, beside parc's. Outside a
// parallel loop body, a wrapper first sets OpenBLAS's thread count to the
// run's (ctx->num_threads: PARC_NUM_THREADS, --threads, set_num_threads),
// unless OPENBLAS_NUM_THREADS is set, which then has the last word. Inside
// a prange body (ctx->in_parallel) the count is left as it is: OpenBLAS
// runs the small products typical there on the calling thread by itself;
// see docs/language.md ("Matrix products").
#pragma once

#include "runtime/runtime.h"

#include <cstdint>

extern "C" {

// ValueError for operands whose inner dimensions differ, in NumPy's words:
//   np.dot: shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)
//   @:      matmul: Input operand 1 has a mismatch in its core dimension 0,
//           with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)
void parc_raise_dot_shapes(parc_context* ctx, const char* file, std::int64_t line, std::int32_t matmul,
                           std::int64_t a_ndim, const std::int64_t* a_shape, std::int64_t b_ndim,
                           const std::int64_t* b_shape);

// The sum of x[i * incx] * y[i * incy] for i < n (BLAS ?dot).
double parc_dot_f64(parc_context* ctx, std::int64_t n, const double* x, std::int64_t incx, const double* y,
                    std::int64_t incy);
float parc_dot_f32(parc_context* ctx, std::int64_t n, const float* x, std::int64_t incx, const float* y,
                   std::int64_t incy);

// y = A x (BLAS ?gemv): A is m x k, element (i, j) at a[i * rs + j * cs];
// x has k elements incx apart; y is m contiguous elements. Returns 0, or -1
// after raising MemoryError (a temporary could not be allocated).
std::int32_t parc_gemv_f64(parc_context* ctx, std::int64_t m, std::int64_t k, const double* a, std::int64_t rs,
                           std::int64_t cs, const double* x, std::int64_t incx, double* y);
std::int32_t parc_gemv_f32(parc_context* ctx, std::int64_t m, std::int64_t k, const float* a, std::int64_t rs,
                           std::int64_t cs, const float* x, std::int64_t incx, float* y);

// C = A B (BLAS ?gemm): A is m x k (strides a_rs, a_cs), B is k x n
// (b_rs, b_cs), C is m x n in C order. Returns 0, or -1 after raising
// MemoryError.
std::int32_t parc_gemm_f64(parc_context* ctx, std::int64_t m, std::int64_t n, std::int64_t k, const double* a,
                           std::int64_t a_rs, std::int64_t a_cs, const double* b, std::int64_t b_rs,
                           std::int64_t b_cs, double* c);
std::int32_t parc_gemm_f32(parc_context* ctx, std::int64_t m, std::int64_t n, std::int64_t k, const float* a,
                           std::int64_t a_rs, std::int64_t a_cs, const float* b, std::int64_t b_rs,
                           std::int64_t b_cs, float* c);
}
