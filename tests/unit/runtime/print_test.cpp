// Unit tests of the runtime's print formatting (CPython's) and errors.
#include "runtime/runtime.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <limits>

namespace {

// Captures what the runtime prints through a context.
class PrintTest : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = std::tmpfile();
    ctx_ = parc::runtime::make_context(file_);
  }
  void TearDown() override { std::fclose(file_); }
  std::string printed() {
    std::fflush(file_);
    std::rewind(file_);
    std::string out;
    for (int c; (c = std::fgetc(file_)) != EOF;) out += static_cast<char>(c);
    return out;
  }
  std::FILE* file_ = nullptr;
  parc_context ctx_{};
};

TEST_F(PrintTest, FloatsLikeCPythonRepr) {
  for (double v : {0.1 + 0.2, 1e16, 1e-5, -0.0, 1.0, 123456789.0, 5e-324, 1e22, 0.0001})
    parc_print_f64(&ctx_, v), parc_print_text(&ctx_, " ", 1);
  parc_print_f64(&ctx_, std::numeric_limits<double>::infinity());
  parc_print_text(&ctx_, " ", 1);
  parc_print_f64(&ctx_, std::nan(""));
  EXPECT_EQ(printed(), "0.30000000000000004 1e+16 1e-05 -0.0 1.0 123456789.0 5e-324 1e+22 0.0001 inf nan");
}

TEST_F(PrintTest, IntsBoolsAndFloat32) {
  parc_print_i64(&ctx_, -9223372036854775807 - 1);
  parc_print_text(&ctx_, " ", 1);
  parc_print_u64(&ctx_, 18446744073709551615u);
  parc_print_text(&ctx_, " ", 1);
  parc_print_bool(&ctx_, true);
  parc_print_text(&ctx_, " ", 1);
  parc_print_f32(&ctx_, 0.1f);  // Numba prints the float64 it widens to
  EXPECT_EQ(printed(), "-9223372036854775808 18446744073709551615 True 0.10000000149011612");
}

TEST_F(PrintTest, StringReprChoosesQuotesAsCPython) {
  parc_print_repr(&ctx_, "it's", 4);
  parc_print_repr(&ctx_, "a\n\"b\"", 5);
  EXPECT_EQ(printed(), "\"it's\"'a\\n\"b\"'");
}

TEST(RuntimeErrors, FirstErrorWinsAndIsFormatted) {
  parc_context ctx = parc::runtime::make_context(stdout);
  parc_raise(&ctx, PARC_ZERO_DIVISION_ERROR, "k.py", 12, "integer division or modulo by zero");
  parc_raise(&ctx, PARC_ASSERTION_ERROR, "k.py", 20, "");
  EXPECT_EQ(parc::runtime::format_error(ctx), "k.py:12: ZeroDivisionError: integer division or modulo by zero");
  parc_context bare = parc::runtime::make_context(stdout);
  parc_raise(&bare, PARC_ASSERTION_ERROR, "k.py", 3, "");
  EXPECT_EQ(parc::runtime::format_error(bare), "k.py:3: AssertionError");
}

TEST(RuntimeRound, RoundsDigitsAsNumba) {
  EXPECT_EQ(parc_round_digits(2.675, 2), 2.68);
  EXPECT_EQ(parc_round_digits(1234.5678, -2), 1200.0);
  EXPECT_EQ(parc_round_digits(0.125, 2), 0.12);  // an exact half goes to even
}

}  // namespace
