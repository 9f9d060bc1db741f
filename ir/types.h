// parc's types: bool, the sized ints and uints, float32/float64, None,
// string constants (for print), tuples and N-d arrays. Types are interned by
// a TypeContext, so they compare by pointer.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace parc::ir {

enum class TypeKind { Bool, Int, Float, None, Str, Tuple, Array };

// How an array's elements are laid out: C-contiguous (row-major, known at
// compile time, so indexing needs no strides) or any strides.
enum class Layout { C, Any };

struct Type {
  TypeKind kind;
  int bits = 0;          // Int: 8..64, Float: 32 or 64
  bool is_signed = true;  // Int only
  std::vector<const Type*> elements;  // Tuple only
  const Type* dtype = nullptr;         // Array only: the element type
  int ndim = 0;                        // Array only
  Layout layout = Layout::C;           // Array only
  bool readonly = false;               // Array only: a view of memory kernels must not write (a host's const array)

  bool is_bool() const { return kind == TypeKind::Bool; }
  bool is_int() const { return kind == TypeKind::Int; }
  bool is_float() const { return kind == TypeKind::Float; }
  bool is_number() const { return kind == TypeKind::Int || kind == TypeKind::Float || kind == TypeKind::Bool; }
  bool is_tuple() const { return kind == TypeKind::Tuple; }
  bool is_none() const { return kind == TypeKind::None; }
  bool is_str() const { return kind == TypeKind::Str; }
  bool is_array() const { return kind == TypeKind::Array; }
};

using TypeRef = const Type*;

// "int64", "float32", "bool", "none", "str", "(int64, float64)",
// "array(float64, 2d, C)" (as Numba spells it; "A" for any strides;
// "readonly array(...)" for a read-only one).
std::string type_name(TypeRef type);

class TypeContext {
 public:
  TypeContext();
  TypeRef boolean() const { return bool_; }
  TypeRef int_type(int bits, bool is_signed = true) const;
  TypeRef int64() const { return int_type(64); }
  TypeRef float_type(int bits) const { return bits == 32 ? f32_ : f64_; }
  TypeRef float64() const { return f64_; }
  TypeRef none() const { return none_; }
  TypeRef str() const { return str_; }
  TypeRef tuple(const std::vector<TypeRef>& elements);
  TypeRef array(TypeRef dtype, int ndim, Layout layout, bool readonly = false);
  // A NumPy dtype name ("int32", "float64", "bool_", "uint8"...) or nullptr.
  TypeRef from_dtype_name(const std::string& name) const;

 private:
  std::deque<Type> storage_;
  TypeRef bool_, f32_, f64_, none_, str_;
  TypeRef ints_[2][4];  // [signed][8,16,32,64]
  std::map<std::vector<TypeRef>, TypeRef> tuples_;
  std::map<std::tuple<TypeRef, int, Layout, bool>, TypeRef> arrays_;
};

// NumPy's promotion of two numeric types for arithmetic (np.result_type):
// bool < ints < floats; int64 with uint64 gives float64; a mix of signed and
// unsigned ints widens to the next signed int that holds both.
TypeRef promote(TypeContext& types, TypeRef a, TypeRef b);

// Numba's promotion for scalar arithmetic: integers widen to 64 bits
// (uint64 when both are unsigned, int64 otherwise: int32 + int32 is int64,
// uint64 + int64 is int64); with a float, NumPy's rule above.
TypeRef promote_scalars(TypeContext& types, TypeRef a, TypeRef b);

// Unifies the types of one variable assigned in several places: equal types,
// or numbers (int and float unify to float, as in Numba), or arrays of one
// dtype and ndim (a C and a strided layout unify to strided, and read-only
// wins); nullptr when
// the two cannot share a variable.
TypeRef unify(TypeContext& types, TypeRef a, TypeRef b);

}  // namespace parc::ir
