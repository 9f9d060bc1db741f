// Matrix products on OpenBLAS (CBLAS): strided operands laid out as BLAS
// takes them, temporaries where they cannot be, OpenBLAS's thread count, and
// NumPy's shape error. See blas.h.
#include "runtime/blas.h"

#include "runtime/array.h"

#include <cblas.h>  // OpenBLAS's, which also declares openblas_set_num_threads

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace {

using i64 = std::int64_t;

// Debian's OpenBLAS is LP64: BLAS dimensions and strides are C ints.
constexpr i64 kBlasMax = INT_MAX;

// OpenBLAS's thread count follows the run's, outside parallel bodies (see
// blas.h). It is OpenBLAS's own process-wide setting, read back on every
// call (a global load in OpenBLAS), so a host that changes it in between is
// seen. OpenBLAS caps it at the most threads it was built for: the cap
// met, once found, is kept so as not to ask for more again on every call.
std::atomic<int> blas_ceiling{0};

void match_threads(const parc_context* ctx) {
  static const bool user_set = std::getenv("OPENBLAS_NUM_THREADS") != nullptr;
  if (ctx->in_parallel || user_set) return;
  int want = static_cast<int>(std::clamp<i64>(ctx->num_threads, 1, 4096));
  int current = openblas_get_num_threads();
  if (current == want) return;
  int ceiling = blas_ceiling.load(std::memory_order_relaxed);
  if (want > current && ceiling != 0 && current >= ceiling) return;
  openblas_set_num_threads(want);
  int got = openblas_get_num_threads();
  if (got < want) blas_ceiling.store(got, std::memory_order_relaxed);
}

// The typed CBLAS entry points.
template <typename T>
struct Cblas;
template <>
struct Cblas<double> {
  static double dot(int n, const double* x, int incx, const double* y, int incy) {
    return cblas_ddot(n, x, incx, y, incy);
  }
  static void gemv(CBLAS_TRANSPOSE trans, int rows, int cols, const double* a, int lda, const double* x, int incx,
                   double* y) {
    cblas_dgemv(CblasRowMajor, trans, rows, cols, 1.0, a, lda, x, incx, 0.0, y, 1);
  }
  static void gemm(CBLAS_TRANSPOSE ta, CBLAS_TRANSPOSE tb, int m, int n, int k, const double* a, int lda,
                   const double* b, int ldb, double* c, int ldc) {
    cblas_dgemm(CblasRowMajor, ta, tb, m, n, k, 1.0, a, lda, b, ldb, 0.0, c, ldc);
  }
};
template <>
struct Cblas<float> {
  static float dot(int n, const float* x, int incx, const float* y, int incy) {
    return cblas_sdot(n, x, incx, y, incy);
  }
  static void gemv(CBLAS_TRANSPOSE trans, int rows, int cols, const float* a, int lda, const float* x, int incx,
                   float* y) {
    cblas_sgemv(CblasRowMajor, trans, rows, cols, 1.0f, a, lda, x, incx, 0.0f, y, 1);
  }
  static void gemm(CBLAS_TRANSPOSE ta, CBLAS_TRANSPOSE tb, int m, int n, int k, const float* a, int lda,
                   const float* b, int ldb, float* c, int ldc) {
    cblas_sgemm(CblasRowMajor, ta, tb, m, n, k, 1.0f, a, lda, b, ldb, 0.0f, c, ldc);
  }
};

// A temporary buffer of `count` elements, released on scope exit; null
// after raising MemoryError (located by the caller's code).
template <typename T>
class Temporary {
 public:
  Temporary(parc_context* ctx, i64 count)
      : buffer_(parc_buffer_new(ctx, count, sizeof(T), 0, nullptr, 0)) {}
  ~Temporary() { parc_buffer_decref(buffer_); }
  Temporary(const Temporary&) = delete;
  Temporary& operator=(const Temporary&) = delete;
  T* data() const { return buffer_ ? static_cast<T*>(buffer_->data) : nullptr; }

 private:
  parc_buffer* buffer_;
};

// A rows x cols operand (element (i, j) at data[i * rs + j * cs]) as BLAS
// takes it in row-major calls: itself (NoTrans, ld = the row stride), its
// transpose stored row-major (Trans, ld = the column stride: a column-major
// array, such as the .T of a C array), or, when neither fits, a row-major
// copy in `temp`. The strides of axes of length 1 do not matter.
template <typename T>
struct Matrix {
  const T* data = nullptr;
  CBLAS_TRANSPOSE trans = CblasNoTrans;
  int ld = 1;
};

template <typename T>
bool as_blas_matrix(parc_context* ctx, i64 rows, i64 cols, const T* data, i64 rs, i64 cs,
                    std::unique_ptr<Temporary<T>>& temp, Matrix<T>& out) {
  i64 row_ld = rows <= 1 ? std::max<i64>(cols, 1) : rs;
  if ((cols <= 1 || cs == 1) && row_ld >= std::max<i64>(cols, 1) && row_ld <= kBlasMax) {
    out = {data, CblasNoTrans, static_cast<int>(row_ld)};
    return true;
  }
  i64 col_ld = cols <= 1 ? std::max<i64>(rows, 1) : cs;
  if ((rows <= 1 || rs == 1) && col_ld >= std::max<i64>(rows, 1) && col_ld <= kBlasMax) {
    out = {data, CblasTrans, static_cast<int>(col_ld)};
    return true;
  }
  temp = std::make_unique<Temporary<T>>(ctx, rows * cols);
  T* copy = temp->data();
  if (!copy) return false;
  for (i64 i = 0; i < rows; ++i)
    for (i64 j = 0; j < cols; ++j) copy[i * cols + j] = data[i * rs + j * cs];
  out = {copy, CblasNoTrans, static_cast<int>(std::max<i64>(cols, 1))};
  return true;
}

// A vector of n elements `inc` apart as BLAS takes it: a positive stride
// as it is, any other copied into `temp`.
template <typename T>
bool as_blas_vector(parc_context* ctx, i64 n, const T* data, i64 inc, std::unique_ptr<Temporary<T>>& temp,
                    const T*& out, int& out_inc) {
  if (inc >= 1 && inc <= kBlasMax) {
    out = data;
    out_inc = static_cast<int>(inc);
    return true;
  }
  temp = std::make_unique<Temporary<T>>(ctx, n);
  T* copy = temp->data();
  if (!copy) return false;
  for (i64 i = 0; i < n; ++i) copy[i] = data[i * inc];
  out = copy;
  out_inc = 1;
  return true;
}

template <typename T>
T dot(parc_context* ctx, i64 n, const T* x, i64 incx, const T* y, i64 incy) {
  if (n <= 0) return T(0);
  // NumPy takes BLAS for positive strides only, and a plain loop otherwise.
  if (incx < 1 || incy < 1 || incx > kBlasMax || incy > kBlasMax) {
    T sum = 0;
    for (i64 i = 0; i < n; ++i) sum += x[i * incx] * y[i * incy];
    return sum;
  }
  match_threads(ctx);
  T sum = 0;
  for (i64 done = 0; done < n;) {
    i64 part = std::min(n - done, kBlasMax);
    sum += Cblas<T>::dot(static_cast<int>(part), x + done * incx, static_cast<int>(incx), y + done * incy,
                         static_cast<int>(incy));
    done += part;
  }
  return sum;
}

template <typename T>
std::int32_t gemv(parc_context* ctx, i64 m, i64 k, const T* a, i64 rs, i64 cs, const T* x, i64 incx, T* y) {
  if (m <= 0) return 0;
  if (k <= 0) {
    std::fill(y, y + m, T(0));
    return 0;
  }
  if (m > kBlasMax || k > kBlasMax) {  // beyond BLAS's ints: row by row
    for (i64 i = 0; i < m; ++i) y[i] = dot(ctx, k, a + i * rs, cs, x, incx);
    return 0;
  }
  std::unique_ptr<Temporary<T>> a_temp, x_temp;
  Matrix<T> matrix;
  const T* vector = nullptr;
  int inc = 1;
  if (!as_blas_matrix(ctx, m, k, a, rs, cs, a_temp, matrix) || !as_blas_vector(ctx, k, x, incx, x_temp, vector, inc))
    return -1;
  match_threads(ctx);
  // Trans: the stored matrix is A's transpose, k x m.
  if (matrix.trans == CblasNoTrans)
    Cblas<T>::gemv(CblasNoTrans, static_cast<int>(m), static_cast<int>(k), matrix.data, matrix.ld, vector, inc, y);
  else
    Cblas<T>::gemv(CblasTrans, static_cast<int>(k), static_cast<int>(m), matrix.data, matrix.ld, vector, inc, y);
  return 0;
}

template <typename T>
std::int32_t gemm(parc_context* ctx, i64 m, i64 n, i64 k, const T* a, i64 a_rs, i64 a_cs, const T* b, i64 b_rs,
                  i64 b_cs, T* c) {
  if (m <= 0 || n <= 0) return 0;
  if (k <= 0) {
    std::fill(c, c + m * n, T(0));
    return 0;
  }
  if (m > kBlasMax || n > kBlasMax || k > kBlasMax) {  // beyond BLAS's ints: one row of C at a time
    for (i64 i = 0; i < m; ++i)
      if (gemv(ctx, n, k, b, b_cs, b_rs, a + i * a_rs, a_cs, c + i * n) != 0) return -1;
    return 0;
  }
  std::unique_ptr<Temporary<T>> a_temp, b_temp;
  Matrix<T> left, right;
  if (!as_blas_matrix(ctx, m, k, a, a_rs, a_cs, a_temp, left) || !as_blas_matrix(ctx, k, n, b, b_rs, b_cs, b_temp, right))
    return -1;
  match_threads(ctx);
  Cblas<T>::gemm(left.trans, right.trans, static_cast<int>(m), static_cast<int>(n), static_cast<int>(k), left.data,
                 left.ld, right.data, right.ld, c, static_cast<int>(n));
  return 0;
}

std::string shape_text(i64 ndim, const i64* shape) {
  std::string out = "(";
  for (i64 d = 0; d < ndim; ++d) out += (d ? "," : "") + std::to_string(shape[d]);
  return out + (ndim == 1 ? ",)" : ")");
}

}  // namespace

extern "C" {

void parc_raise_dot_shapes(parc_context* ctx, const char* file, std::int64_t line, std::int32_t matmul,
                           std::int64_t a_ndim, const std::int64_t* a_shape, std::int64_t b_ndim,
                           const std::int64_t* b_shape) {
  i64 a_axis = a_ndim - 1, b_axis = b_ndim >= 2 ? b_ndim - 2 : 0;
  std::string ka = std::to_string(a_shape[a_axis]), kb = std::to_string(b_shape[b_axis]);
  std::string message =
      matmul ? "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
               "(n?,k),(k,m?)->(n?,m?) (size " + kb + " is different from " + ka + ")"
             : "shapes " + shape_text(a_ndim, a_shape) + " and " + shape_text(b_ndim, b_shape) + " not aligned: " +
                   ka + " (dim " + std::to_string(a_axis) + ") != " + kb + " (dim " + std::to_string(b_axis) + ")";
  parc_raise(ctx, PARC_VALUE_ERROR, file, line, message.c_str());
}

double parc_dot_f64(parc_context* ctx, std::int64_t n, const double* x, std::int64_t incx, const double* y,
                    std::int64_t incy) {
  return dot(ctx, n, x, incx, y, incy);
}

float parc_dot_f32(parc_context* ctx, std::int64_t n, const float* x, std::int64_t incx, const float* y,
                   std::int64_t incy) {
  return dot(ctx, n, x, incx, y, incy);
}

std::int32_t parc_gemv_f64(parc_context* ctx, std::int64_t m, std::int64_t k, const double* a, std::int64_t rs,
                           std::int64_t cs, const double* x, std::int64_t incx, double* y) {
  return gemv(ctx, m, k, a, rs, cs, x, incx, y);
}

std::int32_t parc_gemv_f32(parc_context* ctx, std::int64_t m, std::int64_t k, const float* a, std::int64_t rs,
                           std::int64_t cs, const float* x, std::int64_t incx, float* y) {
  return gemv(ctx, m, k, a, rs, cs, x, incx, y);
}

std::int32_t parc_gemm_f64(parc_context* ctx, std::int64_t m, std::int64_t n, std::int64_t k, const double* a,
                           std::int64_t a_rs, std::int64_t a_cs, const double* b, std::int64_t b_rs,
                           std::int64_t b_cs, double* c) {
  return gemm(ctx, m, n, k, a, a_rs, a_cs, b, b_rs, b_cs, c);
}

std::int32_t parc_gemm_f32(parc_context* ctx, std::int64_t m, std::int64_t n, std::int64_t k, const float* a,
                           std::int64_t a_rs, std::int64_t a_cs, const float* b, std::int64_t b_rs,
                           std::int64_t b_cs, float* c) {
  return gemm(ctx, m, n, k, a, a_rs, a_cs, b, b_rs, b_cs, c);
}
}
