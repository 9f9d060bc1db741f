// Unit tests of parc's types: interning, names, NumPy and Numba promotion,
// and unification of a variable's types.
#include "ir/types.h"

#include <gtest/gtest.h>

namespace parc::ir {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  TypeContext t;
  TypeRef i8 = t.int_type(8), i32 = t.int_type(32), i64 = t.int64(), u8 = t.int_type(8, false),
          u64 = t.int_type(64, false), f32 = t.float_type(32), f64 = t.float64(), b = t.boolean();
};

TEST_F(TypesTest, TypesAreInterned) {
  EXPECT_EQ(t.int_type(32), i32);
  EXPECT_EQ(t.tuple({i64, f64}), t.tuple({i64, f64}));
  EXPECT_NE(t.tuple({i64, f64}), t.tuple({f64, i64}));
}

TEST_F(TypesTest, Names) {
  EXPECT_EQ(type_name(u8), "uint8");
  EXPECT_EQ(type_name(t.tuple({i64, f64})), "(int64, float64)");
  EXPECT_EQ(type_name(t.tuple({b})), "(bool,)");
  EXPECT_EQ(t.from_dtype_name("float32"), f32);
  EXPECT_EQ(t.from_dtype_name("uint64"), u64);
  EXPECT_EQ(t.from_dtype_name("bool_"), b);
  EXPECT_EQ(t.from_dtype_name("complex128"), nullptr);
}

TEST_F(TypesTest, NumpyPromotion) {
  EXPECT_EQ(promote(t, i8, i32), i32);
  EXPECT_EQ(promote(t, u8, i8), t.int_type(16));  // widens to hold both
  EXPECT_EQ(promote(t, u64, i64), f64);           // no int holds both
  EXPECT_EQ(promote(t, f32, i8), f32);
  EXPECT_EQ(promote(t, f32, i32), f64);
  EXPECT_EQ(promote(t, b, i8), i8);
  EXPECT_EQ(promote(t, b, b), b);
}

TEST_F(TypesTest, NumbaScalarPromotionWidensIntegers) {
  EXPECT_EQ(promote_scalars(t, i32, i32), i64);
  EXPECT_EQ(promote_scalars(t, u8, u8), u64);
  EXPECT_EQ(promote_scalars(t, u64, i64), i64);
  EXPECT_EQ(promote_scalars(t, f32, i8), f32);
  EXPECT_EQ(promote_scalars(t, f32, i64), f64);
  EXPECT_EQ(promote_scalars(t, b, b), b);
  EXPECT_EQ(promote_scalars(t, b, u8), u64);
}

TEST_F(TypesTest, UnifyIntAndFloatToFloat) {
  EXPECT_EQ(unify(t, i64, f64), f64);
  EXPECT_EQ(unify(t, i64, i64), i64);
  EXPECT_EQ(unify(t, t.tuple({i64, f64}), t.tuple({f64, f64})), t.tuple({f64, f64}));
  EXPECT_EQ(unify(t, i64, t.tuple({i64})), nullptr);
  EXPECT_EQ(unify(t, t.none(), i64), nullptr);
  EXPECT_EQ(unify(t, t.tuple({i64}), t.tuple({i64, i64})), nullptr);
}

}  // namespace
}  // namespace parc::ir
