// Unit tests of print(array) (format_array, parc_print_array) and parc_sort.
//
// Every expected string was recorded from NumPy 1.24's str() of the array
// named in the comment beside it (Debian's /usr/bin/python3, default print
// options), e.g. str(np.arange(12).reshape(3, 4) - 5).
#include "runtime/array.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <vector>

namespace {

using Shape = std::vector<std::int64_t>;

template <typename T>
constexpr parc_dtype dtype_of() {
  if constexpr (std::is_same_v<T, std::int8_t>) return PARC_INT8;
  if constexpr (std::is_same_v<T, std::int16_t>) return PARC_INT16;
  if constexpr (std::is_same_v<T, std::int32_t>) return PARC_INT32;
  if constexpr (std::is_same_v<T, std::int64_t>) return PARC_INT64;
  if constexpr (std::is_same_v<T, std::uint8_t>) return PARC_UINT8;
  if constexpr (std::is_same_v<T, std::uint16_t>) return PARC_UINT16;
  if constexpr (std::is_same_v<T, std::uint32_t>) return PARC_UINT32;
  if constexpr (std::is_same_v<T, std::uint64_t>) return PARC_UINT64;
  if constexpr (std::is_same_v<T, float>) return PARC_FLOAT32;
  return PARC_FLOAT64;
}

// C-order strides, in elements.
Shape contiguous(const Shape& shape) {
  Shape strides(shape.size());
  std::int64_t step = 1;
  for (std::size_t i = shape.size(); i-- > 0;) {
    strides[i] = step;
    step *= shape[i];
  }
  return strides;
}

// str() of a C-contiguous array of `data` with `shape`.
template <typename T>
std::string str(const std::vector<T>& data, const Shape& shape) {
  return parc::runtime::format_array(data.data(), dtype_of<T>(), static_cast<std::int64_t>(shape.size()),
                                     shape.data(), contiguous(shape).data());
}

std::string str_bool(const std::vector<std::uint8_t>& data, const Shape& shape) {
  return parc::runtime::format_array(data.data(), PARC_BOOL, static_cast<std::int64_t>(shape.size()),
                                     shape.data(), contiguous(shape).data());
}

// A 0-D array.
template <typename T>
std::string scalar(T value) {
  return parc::runtime::format_array(&value, dtype_of<T>(), 0, nullptr, nullptr);
}

// np.arange(n) scaled by `scale`.
std::vector<double> arange(std::int64_t n, double scale) {
  std::vector<double> values(static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) values[i] = static_cast<double>(i) * scale;
  return values;
}

std::vector<std::int64_t> iota(std::int64_t n, std::int64_t start = 0) {
  std::vector<std::int64_t> values(static_cast<std::size_t>(n));
  std::iota(values.begin(), values.end(), start);
  return values;
}

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(ArrayPrint, ZeroDimPrintsTheScalar) {
  EXPECT_EQ(scalar<std::int64_t>(-7), "-7");       // np.array(-7)
  EXPECT_EQ(scalar<std::uint8_t>(255), "255");     // np.array(255, np.uint8)
  EXPECT_EQ(scalar(1.5), "1.5");                   // np.array(1.5)
  EXPECT_EQ(scalar(3.0), "3.0");                   // np.array(3.0)
  EXPECT_EQ(scalar(1e16), "1e+16");                // np.array(1e16)
  EXPECT_EQ(scalar(kNan), "nan");                  // np.array(np.nan)
  EXPECT_EQ(scalar(-0.0), "-0.0");                 // np.array(-0.0)
  EXPECT_EQ(scalar(0.1f), "0.1");                  // np.array(np.float32(0.1))
  EXPECT_EQ(scalar(0.0001f), "1e-04");             // float32(1e-4) is just below 1e-4
  EXPECT_EQ(scalar(-88809136.0f), "-88809140.0");  // shortest float32 digits
  std::uint8_t yes = 1;
  EXPECT_EQ(parc::runtime::format_array(&yes, PARC_BOOL, 0, nullptr, nullptr), "True");
}

TEST(ArrayPrint, SignedIntsAlignToTheWidestValue) {
  EXPECT_EQ(str<std::int8_t>({-128, 0, 127}, {3}), "[-128    0  127]");
  EXPECT_EQ(str<std::int16_t>({-32768, 5, 32767}, {3}), "[-32768      5  32767]");
  EXPECT_EQ(str<std::int32_t>({std::numeric_limits<std::int32_t>::min(), 7, 2147483647}, {3}),
            "[-2147483648           7  2147483647]");
  EXPECT_EQ(str<std::int64_t>(
                {std::numeric_limits<std::int64_t>::min(), 0, std::numeric_limits<std::int64_t>::max()}, {3}),
            "[-9223372036854775808                    0  9223372036854775807]");
  EXPECT_EQ(str<std::int64_t>({1, -22, 333, -4444}, {4}), "[    1   -22   333 -4444]");
}

TEST(ArrayPrint, UnsignedInts) {
  EXPECT_EQ(str<std::uint8_t>({0, 7, 255}, {3}), "[  0   7 255]");
  EXPECT_EQ(str<std::uint16_t>({0, 65535}, {2}), "[    0 65535]");
  EXPECT_EQ(str<std::uint32_t>({4294967295u, 1}, {2}), "[4294967295          1]");
  EXPECT_EQ(str<std::uint64_t>({18446744073709551615u, 1}, {2}),
            "[18446744073709551615                    1]");
}

TEST(ArrayPrint, Bools) {
  EXPECT_EQ(str_bool({1, 0, 1}, {3}), "[ True False  True]");
  EXPECT_EQ(str_bool({1, 1, 0, 1}, {2, 2}), "[[ True  True]\n [False  True]]");
}

TEST(ArrayPrint, PositionalFloatsPadTheFraction) {
  EXPECT_EQ(str<double>({0, 0.5, 1, 1.5}, {4}), "[0.  0.5 1.  1.5]");
  EXPECT_EQ(str<double>({1.5, 2.25, -3.125}, {3}), "[ 1.5    2.25  -3.125]");
  // np.array([0.1 + 0.2, 1/3, 100.0]): at most 8 fractional digits
  EXPECT_EQ(str<double>({0.1 + 0.2, 1.0 / 3, 100.0}, {3}), "[  0.3          0.33333333 100.        ]");
}

TEST(ArrayPrint, ScientificFloats) {
  EXPECT_EQ(str<double>({1e-5, 1.0}, {2}), "[1.e-05 1.e+00]");
  EXPECT_EQ(str<double>({1.23456789e8, 1.0, -2.5}, {3}), "[ 1.23456789e+08  1.00000000e+00 -2.50000000e+00]");
  EXPECT_EQ(str<double>({0.5, 1000.5}, {2}), "[5.0000e-01 1.0005e+03]");  // max/min > 1000
  EXPECT_EQ(str<double>({1e-300, 1.5e300}, {2}), "[1.0e-300 1.5e+300]");
}

TEST(ArrayPrint, NanInfAndNegativeZero) {
  EXPECT_EQ(str<double>({kNan, -kInf, 1.5}, {3}), "[ nan -inf  1.5]");
  EXPECT_EQ(str<double>({kInf, kNan}, {2}), "[inf nan]");
  EXPECT_EQ(str<double>({-0.0, 0.0}, {2}), "[-0.  0.]");
  EXPECT_EQ(str<double>({kNan, 1e-5, -kInf}, {3}), "[   nan 1.e-05   -inf]");
}

TEST(ArrayPrint, Float32UsesItsOwnShortestDigits) {
  EXPECT_EQ(str<float>({1.4142135f, 0.1f, 3.3333333f}, {3}), "[1.4142135 0.1       3.3333333]");
  // whole float32 values print all their digits: not 91808730.
  EXPECT_EQ(str<float>({91808728.0f, -12345678.0f}, {2}), "[ 91808728. -12345678.]");
  // scientific digits beyond the shortest are the exact value's, rounded
  EXPECT_EQ(str<float>({1.5e-5f, 1.2345678e-5f}, {2}), "[1.5000000e-05 1.2345678e-05]");
}

TEST(ArrayPrint, LongRowsWrapAt75Columns) {
  // np.arange(30) * 1000
  std::vector<std::int64_t> ints = iota(30);
  for (auto& v : ints) v *= 1000;
  EXPECT_EQ(str(ints, {30}),
            "[    0  1000  2000  3000  4000  5000  6000  7000  8000  9000 10000 11000\n"
            " 12000 13000 14000 15000 16000 17000 18000 19000 20000 21000 22000 23000\n"
            " 24000 25000 26000 27000 28000 29000]");
  // np.arange(25) / 7
  EXPECT_EQ(str(arange(25, 1.0 / 7), {25}),
            "[0.         0.14285714 0.28571429 0.42857143 0.57142857 0.71428571\n"
            " 0.85714286 1.         1.14285714 1.28571429 1.42857143 1.57142857\n"
            " 1.71428571 1.85714286 2.         2.14285714 2.28571429 2.42857143\n"
            " 2.57142857 2.71428571 2.85714286 3.         3.14285714 3.28571429\n"
            " 3.42857143]");
}

TEST(ArrayPrint, TwoDimensional) {
  EXPECT_EQ(str(iota(12, -5), {3, 4}), "[[-5 -4 -3 -2]\n [-1  0  1  2]\n [ 3  4  5  6]]");
  // np.arange(30).reshape(2, 15) * 1.5: each row wraps with a 2-space indent
  EXPECT_EQ(str(arange(30, 1.5), {2, 15}),
            "[[ 0.   1.5  3.   4.5  6.   7.5  9.  10.5 12.  13.5 15.  16.5 18.  19.5\n"
            "  21. ]\n"
            " [22.5 24.  25.5 27.  28.5 30.  31.5 33.  34.5 36.  37.5 39.  40.5 42.\n"
            "  43.5]]");
}

TEST(ArrayPrint, ThreeAndFourDimensionalBlocks) {
  EXPECT_EQ(str(iota(24, -10), {2, 3, 4}), R"([[[-10  -9  -8  -7]
  [ -6  -5  -4  -3]
  [ -2  -1   0   1]]

 [[  2   3   4   5]
  [  6   7   8   9]
  [ 10  11  12  13]]])");
  EXPECT_EQ(str(iota(16), {2, 2, 2, 2}), R"([[[[ 0  1]
   [ 2  3]]

  [[ 4  5]
   [ 6  7]]]


 [[[ 8  9]
   [10 11]]

  [[12 13]
   [14 15]]]])");
}

TEST(ArrayPrint, Summarised1DUsesOnlyTheShownWidths) {
  std::vector<std::int64_t> values = iota(2000);
  values[1000] = -999999;  // hidden: does not widen the columns
  EXPECT_EQ(str(values, {2000}), "[   0    1    2 ... 1997 1998 1999]");
  std::vector<std::uint8_t> bools(1001);
  for (std::size_t i = 0; i < bools.size(); ++i) bools[i] = i % 3 == 0;
  EXPECT_EQ(str_bool(bools, {1001}), "[ True False False ... False  True False]");
  std::string full = str(iota(1000), {1000});  // 1000 elements: not summarised
  EXPECT_EQ(full.find("..."), std::string::npos);
  EXPECT_EQ(full.size(), 4056u);  // len(str(np.arange(1000)))
}

TEST(ArrayPrint, Summarised2D) {
  // np.arange(1600).reshape(40, 40) / 4
  EXPECT_EQ(str(arange(1600, 0.25), {40, 40}),
            R"([[0.0000e+00 2.5000e-01 5.0000e-01 ... 9.2500e+00 9.5000e+00 9.7500e+00]
 [1.0000e+01 1.0250e+01 1.0500e+01 ... 1.9250e+01 1.9500e+01 1.9750e+01]
 [2.0000e+01 2.0250e+01 2.0500e+01 ... 2.9250e+01 2.9500e+01 2.9750e+01]
 ...
 [3.7000e+02 3.7025e+02 3.7050e+02 ... 3.7925e+02 3.7950e+02 3.7975e+02]
 [3.8000e+02 3.8025e+02 3.8050e+02 ... 3.8925e+02 3.8950e+02 3.8975e+02]
 [3.9000e+02 3.9025e+02 3.9050e+02 ... 3.9925e+02 3.9950e+02 3.9975e+02]])");
}

TEST(ArrayPrint, Summarised3D) {
  // np.arange(1728).reshape(12, 12, 12)
  EXPECT_EQ(str(iota(1728), {12, 12, 12}), R"([[[   0    1    2 ...    9   10   11]
  [  12   13   14 ...   21   22   23]
  [  24   25   26 ...   33   34   35]
  ...
  [ 108  109  110 ...  117  118  119]
  [ 120  121  122 ...  129  130  131]
  [ 132  133  134 ...  141  142  143]]

 [[ 144  145  146 ...  153  154  155]
  [ 156  157  158 ...  165  166  167]
  [ 168  169  170 ...  177  178  179]
  ...
  [ 252  253  254 ...  261  262  263]
  [ 264  265  266 ...  273  274  275]
  [ 276  277  278 ...  285  286  287]]

 [[ 288  289  290 ...  297  298  299]
  [ 300  301  302 ...  309  310  311]
  [ 312  313  314 ...  321  322  323]
  ...
  [ 396  397  398 ...  405  406  407]
  [ 408  409  410 ...  417  418  419]
  [ 420  421  422 ...  429  430  431]]

 ...

 [[1296 1297 1298 ... 1305 1306 1307]
  [1308 1309 1310 ... 1317 1318 1319]
  [1320 1321 1322 ... 1329 1330 1331]
  ...
  [1404 1405 1406 ... 1413 1414 1415]
  [1416 1417 1418 ... 1425 1426 1427]
  [1428 1429 1430 ... 1437 1438 1439]]

 [[1440 1441 1442 ... 1449 1450 1451]
  [1452 1453 1454 ... 1461 1462 1463]
  [1464 1465 1466 ... 1473 1474 1475]
  ...
  [1548 1549 1550 ... 1557 1558 1559]
  [1560 1561 1562 ... 1569 1570 1571]
  [1572 1573 1574 ... 1581 1582 1583]]

 [[1584 1585 1586 ... 1593 1594 1595]
  [1596 1597 1598 ... 1605 1606 1607]
  [1608 1609 1610 ... 1617 1618 1619]
  ...
  [1692 1693 1694 ... 1701 1702 1703]
  [1704 1705 1706 ... 1713 1714 1715]
  [1716 1717 1718 ... 1725 1726 1727]]])");
}

TEST(ArrayPrint, StridedViews) {
  // np.arange(6)[::-1] * 1.5: the data pointer is the last element
  std::vector<double> values = arange(6, 1.5);
  Shape shape{6}, reversed{-1};
  EXPECT_EQ(parc::runtime::format_array(values.data() + 5, PARC_FLOAT64, 1, shape.data(), reversed.data()),
            "[7.5 6.  4.5 3.  1.5 0. ]");
  // base = np.arange(12).reshape(3, 4) * 11; base[:, 1] and base[::-1, ::2]
  std::vector<std::int64_t> base = iota(12);
  for (auto& v : base) v *= 11;
  Shape column{3}, column_strides{4};
  EXPECT_EQ(parc::runtime::format_array(base.data() + 1, PARC_INT64, 1, column.data(), column_strides.data()),
            "[11 55 99]");
  Shape grid{3, 2}, grid_strides{-4, 2};
  EXPECT_EQ(parc::runtime::format_array(base.data() + 8, PARC_INT64, 2, grid.data(), grid_strides.data()),
            "[[ 88 110]\n [ 44  66]\n [  0  22]]");
  // np.broadcast_to(np.array([1, 22, 333]), (2, 3)): a zero stride
  std::vector<std::int64_t> row{1, 22, 333};
  Shape broadcast{2, 3}, broadcast_strides{0, 1};
  EXPECT_EQ(
      parc::runtime::format_array(row.data(), PARC_INT64, 2, broadcast.data(), broadcast_strides.data()),
      "[[  1  22 333]\n [  1  22 333]]");
}

TEST(ArrayPrint, EmptyArrays) {
  std::vector<double> none;
  EXPECT_EQ(str(none, {0}), "[]");
  EXPECT_EQ(str(none, {2, 0}), "[]");
  EXPECT_EQ(str(std::vector<std::int64_t>{}, {0, 3, 2}), "[]");
}

TEST(ArrayPrint, PrintWritesWithoutNewline) {
  std::FILE* file = std::tmpfile();
  parc_context ctx = parc::runtime::make_context(file);
  std::vector<std::int32_t> values{1, -2, 3};
  Shape shape{3}, strides{1};
  parc_print_array(&ctx, values.data(), PARC_INT32, 1, shape.data(), strides.data());
  std::fflush(file);
  std::rewind(file);
  std::string out;
  for (int c; (c = std::fgetc(file)) != EOF;) out += static_cast<char>(c);
  std::fclose(file);
  EXPECT_EQ(out, "[ 1 -2  3]");
}

TEST(ArraySort, IntsAscending) {
  std::vector<std::int64_t> values{5, -3, 9, 0, -3, 7};
  parc_sort(values.data(), PARC_INT64, 6, 1);
  EXPECT_EQ(values, (std::vector<std::int64_t>{-3, -3, 0, 5, 7, 9}));
  std::vector<std::uint8_t> bools{1, 0, 1, 0};
  parc_sort(bools.data(), PARC_BOOL, 4, 1);
  EXPECT_EQ(bools, (std::vector<std::uint8_t>{0, 0, 1, 1}));
}

TEST(ArraySort, FloatsPutNansLast) {
  std::vector<double> values{2.5, kNan, -1.0, kInf, kNan, -kInf, 0.5};
  parc_sort(values.data(), PARC_FLOAT64, 7, 1);
  EXPECT_EQ(str(values, {7}), "[-inf -1.   0.5  2.5  inf  nan  nan]");
  std::vector<float> singles{3.0f, std::nanf(""), 1.0f};
  parc_sort(singles.data(), PARC_FLOAT32, 3, 1);
  EXPECT_EQ(singles[0], 1.0f);
  EXPECT_EQ(singles[1], 3.0f);
  EXPECT_TRUE(std::isnan(singles[2]));
}

TEST(ArraySort, StridedLeavesOtherElementsAlone) {
  // a = np.array([9, 100, 4, 101, 7, 102, 1, 103]); a[::2].sort()
  std::vector<std::int32_t> values{9, 100, 4, 101, 7, 102, 1, 103};
  parc_sort(values.data(), PARC_INT32, 4, 2);
  EXPECT_EQ(values, (std::vector<std::int32_t>{1, 100, 4, 101, 7, 102, 9, 103}));
  // a[1::2][::-1].sort(): ascending along the reversed view
  parc_sort(values.data() + 7, PARC_INT32, 4, -2);
  EXPECT_EQ(values, (std::vector<std::int32_t>{1, 103, 4, 102, 7, 101, 9, 100}));
}

}  // namespace
