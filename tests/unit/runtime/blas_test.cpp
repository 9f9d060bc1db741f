// Unit tests of the matrix-product wrappers (runtime/blas.h): every operand
// layout the wrappers pass to BLAS as it is (row-major, column-major: the
// transpose flag) or copy first (no unit stride, negative strides), empty
// dimensions, vectors with any stride, float32, and NumPy's shape messages.
// Each product is checked against a plain triple loop over the same strided
// operands; the values are small integers, so both are exact.
#include "runtime/blas.h"

#include "runtime/parallel.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int openblas_get_num_threads(void);  // OpenBLAS's (cblas.h is the runtime's only)

namespace {

using i64 = std::int64_t;

// A strided view: element (i, j) at data[i * rs + j * cs].
template <typename T>
struct View {
  const T* data;
  i64 rows, cols, rs, cs;
  T at(i64 i, i64 j) const { return data[i * rs + j * cs]; }
};

template <typename T>
std::vector<T> naive(const View<T>& a, const View<T>& b) {
  std::vector<T> c(static_cast<std::size_t>(a.rows * b.cols), T(0));
  for (i64 i = 0; i < a.rows; ++i)
    for (i64 j = 0; j < b.cols; ++j)
      for (i64 p = 0; p < a.cols; ++p) c[static_cast<std::size_t>(i * b.cols + j)] += a.at(i, p) * b.at(p, j);
  return c;
}

// 0, 1, ..., n-1 shifted so that products stay small and signs mix.
template <typename T>
std::vector<T> values(i64 n) {
  std::vector<T> v(static_cast<std::size_t>(n));
  for (i64 i = 0; i < n; ++i) v[static_cast<std::size_t>(i)] = static_cast<T>(i % 7 - 3);
  return v;
}

class BlasTest : public ::testing::Test {
 protected:
  parc_context ctx = parc::runtime::make_context(stdout);
};

// Views of a 6 x 8 buffer: C order, its transpose, steps in both axes, and
// reversed axes (the data pointer at the last row or column).
TEST_F(BlasTest, GemmMatchesLoopsForEveryLayout) {
  std::vector<double> buffer = values<double>(48);
  const double* base = buffer.data();
  std::vector<View<double>> lefts = {
      {base, 3, 4, 8, 1},            // m[:3, :4]: row-major, ld 8
      {base, 3, 4, 1, 8},            // m[:4, :3].T: column-major
      {base, 3, 4, 16, 2},           // m[::2, ::2][:3]: copied
      {base + 40, 3, 4, -8, 1},      // m[::-1][:3, :4]: negative row stride
      {base + 7, 3, 4, 8, -1},       // m[:3, 7:3:-1]
      {base, 1, 4, 100, 1},          // one row: its stride does not matter
      {base, 3, 1, 8, 1000},         // one column
  };
  std::vector<View<double>> rights = {
      {base, 4, 5, 8, 1},              // row-major
      {base, 4, 5, 1, 8},              // column-major
      {base + 1, 4, 3, 10, 3},         // no unit stride: copied
      {base + 47, 4, 5, -8, -1},       // both reversed: copied
  };
  for (const auto& a : lefts)
    for (const auto& b : rights) {
      std::vector<double> c(static_cast<std::size_t>(a.rows * b.cols), -99.0);
      ASSERT_EQ(parc_gemm_f64(&ctx, a.rows, b.cols, a.cols, a.data, a.rs, a.cs, b.data, b.rs, b.cs, c.data()), 0);
      EXPECT_EQ(c, naive(a, b)) << "A strides " << a.rs << "," << a.cs << "; B strides " << b.rs << "," << b.cs;
    }
  EXPECT_EQ(ctx.error, PARC_OK);
}

TEST_F(BlasTest, GemvAndDotTakeAnyStride) {
  std::vector<double> buffer = values<double>(48);
  const double* base = buffer.data();
  for (View<double> a : {View<double>{base, 5, 4, 8, 1}, View<double>{base, 5, 4, 1, 8}, View<double>{base, 5, 4, 9, 2},
                         View<double>{base + 40, 5, 4, -8, 1}}) {
    for (i64 inc : {1, 3, -2, 0}) {
      const double* x = inc < 0 ? base + 20 : base + 2;
      View<double> column{x, 4, 1, inc, 1};
      std::vector<double> y(5, -99.0);
      ASSERT_EQ(parc_gemv_f64(&ctx, 5, 4, a.data, a.rs, a.cs, x, inc, y.data()), 0);
      EXPECT_EQ(y, naive(a, column)) << "A strides " << a.rs << "," << a.cs << "; x stride " << inc;
      View<double> row{a.data, 1, 4, 0, a.cs};
      EXPECT_EQ(parc_dot_f64(&ctx, 4, a.data, a.cs, x, inc), naive(row, column)[0]);
    }
  }
}

TEST_F(BlasTest, EmptyDimensions) {
  std::vector<double> a = values<double>(6), c(6, -1.0);
  // k = 0: zeros; m = 0 or n = 0: nothing is written.
  ASSERT_EQ(parc_gemm_f64(&ctx, 2, 3, 0, a.data(), 0, 1, a.data(), 3, 1, c.data()), 0);
  EXPECT_EQ(c, std::vector<double>(6, 0.0));
  c.assign(6, -1.0);
  ASSERT_EQ(parc_gemm_f64(&ctx, 0, 3, 2, a.data(), 2, 1, a.data(), 3, 1, c.data()), 0);
  ASSERT_EQ(parc_gemm_f64(&ctx, 2, 0, 2, a.data(), 2, 1, a.data(), 0, 1, c.data()), 0);
  EXPECT_EQ(c, std::vector<double>(6, -1.0));
  ASSERT_EQ(parc_gemv_f64(&ctx, 3, 0, a.data(), 0, 1, a.data(), 1, c.data()), 0);
  EXPECT_EQ(std::vector<double>(c.begin(), c.begin() + 3), std::vector<double>(3, 0.0));
  EXPECT_EQ(parc_dot_f64(&ctx, 0, a.data(), 1, a.data(), 1), 0.0);
}

TEST_F(BlasTest, Float32) {
  std::vector<float> buffer = values<float>(48);
  View<float> a{buffer.data(), 3, 4, 1, 3};  // column-major
  View<float> b{buffer.data() + 5, 4, 2, 10, 3};  // copied
  std::vector<float> c(6);
  ASSERT_EQ(parc_gemm_f32(&ctx, 3, 2, 4, a.data, a.rs, a.cs, b.data, b.rs, b.cs, c.data()), 0);
  EXPECT_EQ(c, naive(a, b));
  std::vector<float> y(3);
  ASSERT_EQ(parc_gemv_f32(&ctx, 3, 4, a.data, a.rs, a.cs, b.data, b.rs, y.data()), 0);
  EXPECT_EQ(y, naive(a, View<float>{b.data, 4, 1, b.rs, 1}));
  View<float> row{buffer.data(), 1, 4, 0, 2}, reversed{buffer.data() + 30, 4, 1, -3, 1};
  EXPECT_EQ(parc_dot_f32(&ctx, 4, row.data, row.cs, reversed.data, reversed.rs), naive(row, reversed)[0]);
}

// Outside parallel bodies, a product first gives OpenBLAS the run's thread
// count; inside one (in_parallel) it leaves OpenBLAS's count alone.
TEST_F(BlasTest, OpenBlasThreadsFollowTheRun) {
  if (std::getenv("OPENBLAS_NUM_THREADS")) GTEST_SKIP() << "OPENBLAS_NUM_THREADS decides";
  std::vector<double> a = values<double>(4), c(4);
  auto threading = parc::runtime::make_threading({parc::runtime::ThreadingLayer::Threads, 2});
  parc_context two = parc::runtime::make_context(stdout, threading.get());
  ASSERT_EQ(parc_gemm_f64(&two, 2, 2, 2, a.data(), 2, 1, a.data(), 2, 1, c.data()), 0);
  EXPECT_EQ(openblas_get_num_threads(), 2);
  parc_context one = parc::runtime::make_context(stdout);  // no threading: one thread
  EXPECT_EQ(parc_dot_f64(&one, 4, a.data(), 1, a.data(), 1), 14.0);  // 9 + 4 + 1 + 0
  EXPECT_EQ(openblas_get_num_threads(), 1);
  two.in_parallel = 1;
  ASSERT_EQ(parc_gemv_f64(&two, 2, 2, a.data(), 2, 1, a.data(), 1, c.data()), 0);
  EXPECT_EQ(openblas_get_num_threads(), 1);
  two.in_parallel = 0;
  ASSERT_EQ(parc_gemv_f64(&two, 2, 2, a.data(), 2, 1, a.data(), 1, c.data()), 0);
  EXPECT_EQ(openblas_get_num_threads(), 2);
}

TEST_F(BlasTest, ShapeMessagesAreNumPys) {
  const i64 a[] = {2, 3}, b[] = {4};
  parc_raise_dot_shapes(&ctx, "f.py", 3, 0, 2, a, 1, b);
  EXPECT_EQ(ctx.error, PARC_VALUE_ERROR);
  EXPECT_EQ(std::string(ctx.message), "shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)");
  parc_context vectors = parc::runtime::make_context(stdout);
  const i64 v[] = {3}, m[] = {4, 2};
  parc_raise_dot_shapes(&vectors, "f.py", 3, 0, 1, v, 2, m);
  EXPECT_EQ(std::string(vectors.message), "shapes (3,) and (4,2) not aligned: 3 (dim 0) != 4 (dim 0)");
  parc_context matmul = parc::runtime::make_context(stdout);
  parc_raise_dot_shapes(&matmul, "f.py", 3, 1, 2, a, 1, b);
  EXPECT_EQ(std::string(matmul.message),
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
            "(n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)");
}

}  // namespace
