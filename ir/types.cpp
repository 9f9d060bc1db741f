#include "ir/types.h"

#include <algorithm>

namespace parc::ir {
namespace {

int int_index(int bits) { return bits == 8 ? 0 : bits == 16 ? 1 : bits == 32 ? 2 : 3; }

}  // namespace

TypeContext::TypeContext() {
  auto make = [&](Type t) { return &storage_.emplace_back(std::move(t)); };
  bool_ = make({TypeKind::Bool, 1, false, {}});
  f32_ = make({TypeKind::Float, 32, true, {}});
  f64_ = make({TypeKind::Float, 64, true, {}});
  none_ = make({TypeKind::None, 0, false, {}});
  str_ = make({TypeKind::Str, 0, false, {}});
  for (int s = 0; s < 2; ++s)
    for (int b = 0; b < 4; ++b) ints_[s][b] = make({TypeKind::Int, 8 << b, s == 1, {}});
}

TypeRef TypeContext::int_type(int bits, bool is_signed) const { return ints_[is_signed ? 1 : 0][int_index(bits)]; }

TypeRef TypeContext::tuple(const std::vector<TypeRef>& elements) {
  auto it = tuples_.find(elements);
  if (it != tuples_.end()) return it->second;
  TypeRef t = &storage_.emplace_back(Type{TypeKind::Tuple, 0, false, elements});
  tuples_.emplace(elements, t);
  return t;
}

TypeRef TypeContext::array(TypeRef dtype, int ndim, Layout layout, bool readonly) {
  auto key = std::make_tuple(dtype, ndim, layout, readonly);
  auto it = arrays_.find(key);
  if (it != arrays_.end()) return it->second;
  Type t{TypeKind::Array, 0, false, {}};
  t.dtype = dtype;
  t.ndim = ndim;
  t.layout = layout;
  t.readonly = readonly;
  TypeRef result = &storage_.emplace_back(std::move(t));
  arrays_.emplace(key, result);
  return result;
}

TypeRef TypeContext::from_dtype_name(const std::string& name) const {
  if (name == "bool_" || name == "bool") return bool_;
  if (name == "float64" || name == "double" || name == "float_") return f64_;
  if (name == "float32" || name == "single") return f32_;
  static const std::pair<const char*, int> kInts[] = {{"int8", 8}, {"int16", 16}, {"int32", 32}, {"int64", 64}};
  for (const auto& [n, bits] : kInts) {
    if (name == n) return int_type(bits, true);
    if (name == std::string("u") + n) return int_type(bits, false);
  }
  if (name == "intp" || name == "int_") return int_type(64, true);
  if (name == "uintp") return int_type(64, false);
  return nullptr;
}

std::string type_name(TypeRef type) {
  switch (type->kind) {
    case TypeKind::Bool: return "bool";
    case TypeKind::Int: return std::string(type->is_signed ? "int" : "uint") + std::to_string(type->bits);
    case TypeKind::Float: return "float" + std::to_string(type->bits);
    case TypeKind::None: return "none";
    case TypeKind::Str: return "str";
    case TypeKind::Tuple: {
      std::string out = "(";
      for (std::size_t i = 0; i < type->elements.size(); ++i)
        out += (i ? ", " : "") + type_name(type->elements[i]);
      return out + (type->elements.size() == 1 ? ",)" : ")");
    }
    case TypeKind::Array:
      return std::string(type->readonly ? "readonly " : "") + "array(" + type_name(type->dtype) + ", " + std::to_string(type->ndim) + "d, " +
             (type->layout == Layout::C ? "C" : "A") + ")";
  }
  return "?";
}

TypeRef promote(TypeContext& types, TypeRef a, TypeRef b) {
  if (a->is_bool() && b->is_bool()) return a;
  if (a->is_bool()) return b;
  if (b->is_bool()) return a;
  if (a->is_float() || b->is_float()) {
    int bits = std::max(a->is_float() ? a->bits : 0, b->is_float() ? b->bits : 0);
    // An int wider than 16 bits with float32 promotes to float64 (NumPy).
    TypeRef other = a->is_float() ? b : a;
    if (bits == 32 && other->is_int() && other->bits > 16) bits = 64;
    return types.float_type(bits);
  }
  if (a->is_signed == b->is_signed) return types.int_type(std::max(a->bits, b->bits), a->is_signed);
  TypeRef s = a->is_signed ? a : b, u = a->is_signed ? b : a;
  if (s->bits > u->bits) return s;
  if (u->bits == 64) return types.float64();
  return types.int_type(u->bits * 2, true);
}

TypeRef promote_scalars(TypeContext& types, TypeRef a, TypeRef b) {
  if (a->is_float() || b->is_float() || (a->is_bool() && b->is_bool())) return promote(types, a, b);
  bool both_unsigned = (a->is_bool() || !a->is_signed) && (b->is_bool() || !b->is_signed) && !(a->is_bool() && b->is_bool());
  return types.int_type(64, !both_unsigned);
}

TypeRef unify(TypeContext& types, TypeRef a, TypeRef b) {
  if (a == b) return a;
  if (a->is_number() && b->is_number()) {
    if (a->is_float() || b->is_float()) return promote(types, a, b)->is_float() ? promote(types, a, b) : types.float64();
    return promote(types, a, b);
  }
  if (a->is_tuple() && b->is_tuple() && a->elements.size() == b->elements.size()) {
    std::vector<TypeRef> elements;
    for (std::size_t i = 0; i < a->elements.size(); ++i) {
      TypeRef e = unify(types, a->elements[i], b->elements[i]);
      if (!e) return nullptr;
      elements.push_back(e);
    }
    return types.tuple(elements);
  }
  if (a->is_array() && b->is_array() && a->dtype == b->dtype && a->ndim == b->ndim)
    return types.array(a->dtype, a->ndim, Layout::Any, a->readonly || b->readonly);
  return nullptr;
}

}  // namespace parc::ir
