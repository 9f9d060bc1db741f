// Semantic analysis, part 4: arrays — indexing and slicing, attributes,
// methods, numpy's creation functions and reductions, element-wise
// arithmetic, stores. Typing follows NumPy's rules as Numba applies them
// (a Python int scalar counts as int64, a float as float64). See specialize.h.
#include "ir/specialize_impl.h"

namespace parc::ir {
namespace {

bool is_literal_one(const ast::Expr* e) {
  const auto* lit = e ? ast::dyn_cast<ast::IntLit>(e) : nullptr;
  return lit && lit->value == 1;
}

bool is_none_literal(const ast::Expr* e) { return e && ast::dyn_cast<ast::NoneLit>(e); }

// "a float64", "an int64".
std::string with_article(const std::string& word) { return (word[0] == 'i' ? "an " : "a ") + word; }

std::string ndim_text(int ndim) { return std::to_string(ndim) + "-d"; }

}  // namespace

TypeRef FunctionBuilder::element_type(TypeRef t) { return t->is_array() ? t->dtype : t; }

// ------------------------------------------------------------------- indexing

std::optional<std::vector<IndexItem>> FunctionBuilder::index_items(TypeRef array, const ast::Subscript& s,
                                                                   TypeRef& result) {
  std::vector<IndexItem> items;
  int positions = 0;
  bool contiguous = array->layout == Layout::C;
  bool seen_slice = false;
  auto int64_part = [&](const ast::Expr* part, ExprPtr& out) -> bool {
    if (!part || is_none_literal(part)) return true;
    ExprPtr value = expr(*part);
    if (!value) return false;
    if (!value->type->is_int()) {
      error(DiagCode::TypeMismatch, part->loc, "slice bounds must be integers, not " + type_name(value->type));
      return false;
    }
    out = cast(std::move(value), types().int64());
    return true;
  };
  // None (np.newaxis) adds an axis of length 1 and uses none of the array's.
  auto is_new_axis = [&](const ast::Expr* e) {
    if (is_none_literal(e)) return true;
    const auto* a = ast::dyn_cast<ast::Attribute>(e);
    const auto* base = a ? ast::dyn_cast<ast::Name>(a->value.get()) : nullptr;
    return base && a->attr == "newaxis" && sp_.scope.module_of(base->id) == "numpy";
  };
  int new_axes = 0;
  for (const ast::ExprPtr& index : s.indices) new_axes += is_new_axis(index.get());
  if (static_cast<int>(s.indices.size()) - new_axes > array->ndim) {
    error(DiagCode::TypeMismatch, s.loc,
          "too many indices for array: array is " + ndim_text(array->ndim) + ", but " +
              std::to_string(s.indices.size() - static_cast<std::size_t>(new_axes)) + " were indexed");
    return std::nullopt;
  }
  for (const ast::ExprPtr& index : s.indices) {
    IndexItem item;
    if (is_new_axis(index.get())) {
      item.new_axis = true;
      items.push_back(std::move(item));
      continue;
    }
    if (const auto* slice = ast::dyn_cast<ast::Slice>(index.get())) {
      item.is_slice = true;
      if (!int64_part(slice->lower.get(), item.start) || !int64_part(slice->upper.get(), item.stop) ||
          !int64_part(slice->step.get(), item.step))
        return std::nullopt;
      bool whole = !item.start && !item.stop && (!slice->step || is_none_literal(slice->step.get()));
      bool unit_step = !item.step || is_literal_one(slice->step.get());
      // C order survives leading positions, then one unit-step slice, then
      // whole axes.
      if (seen_slice && !whole) contiguous = false;
      if (!unit_step) contiguous = false;
      seen_slice = true;
    } else {
      ExprPtr value = expr(*index);
      if (!value) return std::nullopt;
      if (value->type->is_array()) {
        // A boolean mask: the elements (or rows) where it is true, as NumPy.
        TypeRef mask = value->type;
        if (!mask->dtype->is_bool()) {
          error(DiagCode::UnsupportedFunction, index->loc,
                "indexing with an array of " + type_name(mask->dtype) + " (fancy indexing) is not supported; "
                "only a boolean mask is");
          return std::nullopt;
        }
        if (s.indices.size() != 1) {
          error(DiagCode::UnsupportedFunction, index->loc, "a boolean mask must be the only index: a[mask]");
          return std::nullopt;
        }
        if (mask->ndim > array->ndim) {
          error(DiagCode::TypeMismatch, index->loc,
                "too many indices for array: array is " + ndim_text(array->ndim) + ", but a " + ndim_text(mask->ndim) +
                    " boolean mask was given");
          return std::nullopt;
        }
        item.is_mask = true;
        item.index = std::move(value);
        items.push_back(std::move(item));
        result = types().array(array->dtype, array->ndim - mask->ndim + 1, Layout::C);
        return items;
      }
      if (!value->type->is_int()) {
        error(DiagCode::TypeMismatch, index->loc,
              "array indices must be integers or slices, not " + type_name(value->type));
        return std::nullopt;
      }
      if (seen_slice) contiguous = false;
      item.index = cast(std::move(value), types().int64());
      ++positions;
    }
    items.push_back(std::move(item));
  }
  int ndim = array->ndim - positions + new_axes;
  result = ndim == 0 ? array->dtype
                     : types().array(array->dtype, ndim, contiguous ? Layout::C : Layout::Any, array->readonly);
  return items;
}

ExprPtr FunctionBuilder::array_subscript(ExprPtr array, const ast::Subscript& s) {
  TypeRef result = nullptr;
  TypeRef type = array->type;
  auto items = index_items(type, s, result);
  if (!items) return nullptr;
  may_raise();  // IndexError under boundscheck, a zero slice step
  return std::make_unique<ArrayIndex>(s.loc, result, std::move(array), std::move(*items), boundscheck_);
}

// A simple expression (a variable or a constant) copied, to be evaluated twice.
ExprPtr FunctionBuilder::duplicate(const Expr& e) {
  if (const auto* v = ir::dyn_cast<VarRef>(&e)) return std::make_unique<VarRef>(v->loc, v->type, v->var);
  const auto& c = static_cast<const Const&>(e);
  auto copy = std::make_unique<Const>(c.loc, c.type);
  copy->i = c.i;
  copy->f = c.f;
  copy->s = c.s;
  return copy;
}

// The value as something cheap to evaluate again: itself if a variable or a
// constant, else a temporary assigned here.
ExprPtr FunctionBuilder::stable(ExprPtr e, Block& out, bool always) {
  if (!e || (!always && (ir::dyn_cast<VarRef>(e.get()) || ir::dyn_cast<Const>(e.get())))) return e;
  std::string temp = "$t" + std::to_string(temp_count_++);
  TypeRef type = e->type;
  SourceLoc loc = e->loc;
  bind(temp, std::move(e), loc, out);
  if (!emitting_) return std::make_unique<Const>(loc, type);
  return std::make_unique<VarRef>(loc, type, var_ids_[temp]);
}

bool FunctionBuilder::writable(TypeRef array, SourceLoc loc) {
  if (!array->readonly) return true;
  error(DiagCode::TypeMismatch, loc, "cannot modify a read-only array (" + type_name(array) + ": the host passed it as const)");
  return false;
}

void FunctionBuilder::store_subscript(const ast::Subscript& target, ExprPtr value, SourceLoc loc, Block& out,
                                      const ast::BinaryOp* update) {
  ExprPtr array = expr(*target.value);
  if (!array) return;
  if (!array->type->is_array()) {
    error(DiagCode::TypeMismatch, target.loc,
          type_name(array->type) + " does not support item assignment");
    return;
  }
  if (!writable(array->type, target.loc)) return;
  TypeRef selected = nullptr;
  TypeRef array_type = array->type;
  auto items = index_items(array_type, target, selected);
  if (!items || !value) return;
  if (update) {
    // a[i] += v: the array and indices are evaluated once.
    array = stable(std::move(array), out);
    for (IndexItem& item : *items) {
      item.index = stable(std::move(item.index), out);
      item.start = stable(std::move(item.start), out);
      item.stop = stable(std::move(item.stop), out);
      item.step = stable(std::move(item.step), out);
    }
    std::vector<IndexItem> read_items;
    for (const IndexItem& item : *items) {
      IndexItem copy;
      copy.is_slice = item.is_slice;
      copy.is_mask = item.is_mask;
      copy.new_axis = item.new_axis;
      if (item.index) copy.index = duplicate(*item.index);
      if (item.start) copy.start = duplicate(*item.start);
      if (item.stop) copy.stop = duplicate(*item.stop);
      if (item.step) copy.step = duplicate(*item.step);
      read_items.push_back(std::move(copy));
    }
    auto current = std::make_unique<ArrayIndex>(target.loc, selected, duplicate(*array), std::move(read_items),
                                                boundscheck_);
    value = arithmetic(loc, *update, std::move(current), std::move(value));
    if (!value) return;
  }
  TypeRef dtype = array_type->dtype;
  if (value->type->is_array()) {
    if (!selected->is_array()) {
      error(DiagCode::TypeMismatch, loc, "cannot assign an array to a single element of an array");
      return;
    }
    if (value->type->ndim > selected->ndim) {
      error(DiagCode::TypeMismatch, loc,
            "cannot assign a " + ndim_text(value->type->ndim) + " array to a " + ndim_text(selected->ndim) +
                " selection");
      return;
    }
    TypeRef from = value->type->dtype;
    bool narrowing = (from->is_float() && !dtype->is_float()) || (!from->is_bool() && dtype->is_bool());
    if (narrowing) {
      error(DiagCode::TypeMismatch, loc,
            "cannot write " + with_article(type_name(from)) + " array into " + with_article(type_name(dtype)) + " array; convert it with .astype()");
      return;
    }
  } else {
    if (!value->type->is_number()) {
      error(DiagCode::TypeMismatch, loc, "cannot store " + type_name(value->type) + " in an array of " + type_name(dtype));
      return;
    }
    value = cast(std::move(value), dtype);
  }
  may_raise();  // IndexError, a zero step, a shape mismatch
  if (emitting_)
    out.push_back(
        std::make_unique<ArrayStore>(loc, std::move(array), std::move(*items), selected, std::move(value), boundscheck_));
}

void FunctionBuilder::update_array(ExprPtr array, ast::BinaryOp op, ExprPtr value, SourceLoc loc, Block& out) {
  if (op == ast::BinaryOp::MatMul) {
    error(DiagCode::NotSupported, loc, "in-place matrix multiplication is not supported (as in NumPy): write a = a @ b");
    return;
  }
  TypeRef type = array->type;
  if (!writable(type, loc)) return;
  ExprPtr target = emitting_ ? duplicate(*array) : nullptr;
  ExprPtr result = arithmetic(loc, op, std::move(array), std::move(value));
  if (!result) return;
  if (result->type->ndim > type->ndim) {
    error(DiagCode::TypeMismatch, loc,
          "cannot update a " + ndim_text(type->ndim) + " array in place with a " + ndim_text(result->type->ndim) +
              " result");
    return;
  }
  if (result->type->dtype != type->dtype && result->type->dtype->is_float() && !type->dtype->is_float()) {
    error(DiagCode::TypeMismatch, loc,
          "cannot write " + with_article(type_name(result->type->dtype)) + " result into " + with_article(type_name(type->dtype)) +
              " array in place; convert with .astype()");
    return;
  }
  may_raise();
  if (emitting_) out.push_back(std::make_unique<ArrayStore>(loc, std::move(target), std::vector<IndexItem>{}, type,
                                                            std::move(result), false));
}

// ------------------------------------------------------------ element-wise

ExprPtr FunctionBuilder::elementwise(SourceLoc loc, std::vector<ExprPtr> inputs,
                                     const std::function<ExprPtr(std::vector<ExprPtr>)>& body, TypeRef dtype) {
  // The result has the most dimensions of the inputs (NumPy broadcasting).
  int ndim = 0;
  for (const ExprPtr& input : inputs)
    if (input->type->is_array()) ndim = std::max(ndim, input->type->ndim);
  std::vector<ExprPtr> elements;
  for (std::size_t i = 0; i < inputs.size(); ++i)
    elements.push_back(std::make_unique<ElementRef>(inputs[i]->loc, element_type(inputs[i]->type), i));
  ExprPtr scalar = body(std::move(elements));
  if (!scalar) return nullptr;
  if (!scalar->type->is_number()) {
    error(DiagCode::TypeMismatch, loc, "an array cannot hold " + type_name(scalar->type) + " values");
    return nullptr;
  }
  if (!dtype) dtype = scalar->type;
  scalar = cast(std::move(scalar), dtype);
  may_raise();  // shapes that differ, out of memory
  return std::make_unique<ArrayMap>(loc, types().array(dtype, ndim, Layout::C), std::move(inputs), std::move(scalar));
}

// A new C-contiguous copy of `array`, its elements converted to `dtype`
// (kept when null).
ExprPtr FunctionBuilder::converted(SourceLoc loc, ExprPtr array, TypeRef dtype) {
  return elementwise(loc, expr_list(std::move(array)), [](std::vector<ExprPtr> e) { return std::move(e[0]); }, dtype);
}

ExprPtr FunctionBuilder::array_arithmetic(SourceLoc loc, ast::BinaryOp op, ExprPtr lhs, ExprPtr rhs) {
  TypeRef a = element_type(lhs->type), b = element_type(rhs->type);
  if (!a->is_number() || !b->is_number()) {
    error(DiagCode::TypeMismatch, loc,
          "unsupported operand types for " + std::string(ast::spelling(op)) + ": '" + type_name(lhs->type) +
              "' and '" + type_name(rhs->type) + "'");
    return nullptr;
  }
  if (op == ast::BinaryOp::MatMul) return matrix_product(loc, std::move(lhs), std::move(rhs), true);
  // Numba's choice of ufunc loop: an int meeting a float casts to that
  // float, whatever its size (float32 * int64 is float32); otherwise NumPy's
  // safe promotion.
  TypeRef dtype = a->is_float() && b->is_int() ? a : b->is_float() && a->is_int() ? b : promote(types(), a, b);
  if (op == ast::BinaryOp::Div && !dtype->is_float()) dtype = types().float64();
  // Only + * & | ^ keep bools bool (Numba computes the others in int64).
  bool keeps_bool = op == ast::BinaryOp::Add || op == ast::BinaryOp::Mul || op == ast::BinaryOp::BitAnd ||
                    op == ast::BinaryOp::BitOr || op == ast::BinaryOp::BitXor;
  if (dtype->is_bool() && !keeps_bool) dtype = types().int64();
  return elementwise(loc, expr_list(std::move(lhs), std::move(rhs)),
      [&](std::vector<ExprPtr> e) -> ExprPtr {
        ExprPtr result = arithmetic(loc, op, std::move(e[0]), std::move(e[1]));
        if (auto* bin = result ? ir::dyn_cast<Binary>(result.get()) : nullptr) bin->zero_on_zero_divisor = true;
        return result;
      },
      dtype);
}

ExprPtr FunctionBuilder::array_compare(SourceLoc loc, CmpOp op, ExprPtr lhs, ExprPtr rhs) {
  TypeRef a = element_type(lhs->type), b = element_type(rhs->type);
  if (!a->is_number() || !b->is_number()) {
    error(DiagCode::TypeMismatch, loc,
          "cannot compare " + type_name(lhs->type) + " with " + type_name(rhs->type));
    return nullptr;
  }
  return elementwise(loc, expr_list(std::move(lhs), std::move(rhs)),
      [&](std::vector<ExprPtr> e) -> ExprPtr {
        TypeRef common = promote_scalars(types(), e[0]->type, e[1]->type);
        auto c = std::make_unique<Compare>(loc, types().boolean());
        c->ops.push_back(op);
        c->operands.push_back(cast(std::move(e[0]), common));
        c->operands.push_back(cast(std::move(e[1]), common));
        return c;
      },
      types().boolean());
}

ExprPtr FunctionBuilder::array_unary(SourceLoc loc, ast::UnaryOp op, ExprPtr operand) {
  TypeRef dtype = operand->type->dtype;
  if (dtype->is_bool() && op != ast::UnaryOp::Invert) dtype = types().int64();  // -b, +b are int64 (Numba)
  if (op == ast::UnaryOp::Not) {
    error(DiagCode::TypeMismatch, loc,
          "the truth value of an array is ambiguous: use a.any() or a.all() (or ~a for element-wise not)");
    return nullptr;
  }
  if (op == ast::UnaryOp::Invert && dtype->is_float()) {
    error(DiagCode::TypeMismatch, loc, "bad operand type for unary ~: '" + type_name(operand->type) + "'");
    return nullptr;
  }
  return elementwise(loc, expr_list(std::move(operand)),
      [&](std::vector<ExprPtr> e) -> ExprPtr {
        if (op == ast::UnaryOp::Plus) return std::move(e[0]);
        if (op == ast::UnaryOp::Invert && dtype->is_bool())
          return std::make_unique<Unary>(loc, dtype, UnaryOp::Not, std::move(e[0]));
        TypeRef wide = dtype->is_bool() ? types().int64() : dtype;
        return std::make_unique<Unary>(loc, wide, op == ast::UnaryOp::Neg ? UnaryOp::Neg : UnaryOp::Invert,
                                       cast(std::move(e[0]), wide));
      },
      dtype);
}

// ------------------------------------------------------------- attributes

ExprPtr FunctionBuilder::array_attribute(ExprPtr array, const ast::Attribute& a) {
  TypeRef type = array->type;
  TypeRef int64 = types().int64();
  if (a.attr == "shape") {
    std::vector<TypeRef> dims(static_cast<std::size_t>(type->ndim), int64);
    return std::make_unique<ArrayAttr>(a.loc, types().tuple(dims), std::move(array), ArrayAttrKind::Shape);
  }
  if (a.attr == "size") return std::make_unique<ArrayAttr>(a.loc, int64, std::move(array), ArrayAttrKind::Size);
  if (a.attr == "ndim") return std::make_unique<ArrayAttr>(a.loc, int64, std::move(array), ArrayAttrKind::Ndim);
  if (a.attr == "itemsize") return std::make_unique<ArrayAttr>(a.loc, int64, std::move(array), ArrayAttrKind::Itemsize);
  if (a.attr == "T") return transpose(a.loc, std::move(array));
  error(DiagCode::UnsupportedFunction, a.attr_loc, "array has no attribute '" + a.attr + "' (supported: shape, size, "
                                                   "ndim, itemsize, T)");
  return nullptr;
}

ExprPtr FunctionBuilder::transpose(SourceLoc loc, ExprPtr array) {
  TypeRef type = array->type;
  if (type->ndim < 2) return array;
  return std::make_unique<ArrayTranspose>(loc, types().array(type->dtype, type->ndim, Layout::Any, type->readonly),
                                          std::move(array));
}

// ----------------------------------------------------------------- helpers

// The dtype an expression names: np.float32, numpy names imported from
// numpy, the builtins float/int/bool, or a string literal ('float32').
TypeRef FunctionBuilder::dtype_arg(const ast::Expr& e) {
  std::string name;
  if (const auto* n = ast::dyn_cast<ast::Name>(&e)) {
    const auto* imported = sp_.scope.imported(n->id);
    if (imported && imported->first == "numpy") name = imported->second;
    else if (!locals_.count(n->id) && (n->id == "float" || n->id == "int" || n->id == "bool")) name = n->id;
  } else if (const auto* a = ast::dyn_cast<ast::Attribute>(&e)) {
    const auto* base = ast::dyn_cast<ast::Name>(a->value.get());
    if (base && !locals_.count(base->id) && sp_.scope.module_of(base->id) == "numpy") name = a->attr;
  } else if (const auto* s = ast::dyn_cast<ast::StrLit>(&e)) {
    name = s->value;
  }
  if (name == "float") return types().float64();
  if (name == "int") return types().int64();
  if (name == "bool") return types().boolean();
  if (TypeRef t = name.empty() ? nullptr : types().from_dtype_name(name)) return t;
  error(DiagCode::InvalidArgument, e.loc,
        "not a dtype: use np.float64, np.float32, np.int8..np.int64, np.uint8..np.uint64, np.bool_, float, int "
        "or bool");
  return nullptr;
}

// A shape argument: an int, or a tuple of ints; as a tuple of int64.
ExprPtr FunctionBuilder::shape_arg(const ast::Expr& e) {
  ExprPtr value = expr(e);
  if (!value) return nullptr;
  TypeRef int64 = types().int64();
  if (value->type->is_int()) {
    SourceLoc loc = value->loc;
    std::vector<ExprPtr> dims;
    dims.push_back(cast(std::move(value), int64));
    return std::make_unique<MakeTuple>(loc, types().tuple({int64}), std::move(dims));
  }
  if (value->type->is_tuple()) {
    bool ints = true;
    for (TypeRef t : value->type->elements) ints = ints && t->is_int();
    if (ints) {
      std::vector<TypeRef> dims(value->type->elements.size(), int64);
      TypeRef target = types().tuple(dims);
      if (value->type == target) return value;
      if (ir::dyn_cast<MakeTuple>(value.get())) return cast(std::move(value), target);
    }
  }
  error(DiagCode::TypeMismatch, e.loc, "a shape is an int or a tuple of ints, not " + type_name(value->type));
  return nullptr;
}

// Splits a call's arguments into positional ones and the keywords in
// `names` (each at most once); reports any other keyword.
bool FunctionBuilder::call_arguments(const ast::Call& c, const std::string& callee, std::size_t min_args,
                                     std::size_t max_args, const std::vector<std::string>& names,
                                     std::map<std::string, const ast::Expr*>& keywords) {
  for (const ast::Keyword& k : c.keywords) {
    bool known = false;
    for (const std::string& n : names) known = known || n == k.name;
    if (!known) {
      error(DiagCode::InvalidArgument, k.loc, callee + "() got an unexpected keyword argument '" + k.name + "'");
      return false;
    }
    keywords[k.name] = k.value.get();
  }
  if (c.args.size() < min_args || c.args.size() > max_args) {
    std::string expected = min_args == max_args ? std::to_string(min_args)
                                                : std::to_string(min_args) + " to " + std::to_string(max_args);
    error(DiagCode::ArgumentCount, c.loc,
          callee + "() takes " + expected + " positional argument" + (max_args == 1 ? "" : "s") + " but " +
              std::to_string(c.args.size()) + (c.args.size() == 1 ? " was" : " were") + " given");
    return false;
  }
  return true;
}

ExprPtr FunctionBuilder::array_arg(const ast::Expr& e, const std::string& callee) {
  ExprPtr value = expr(e);
  if (value && !value->type->is_array()) {
    error(DiagCode::TypeMismatch, e.loc, callee + "() needs an array, not " + type_name(value->type));
    return nullptr;
  }
  return value;
}

// ----------------------------------------------------------------- methods

ExprPtr FunctionBuilder::array_method(ExprPtr array, const std::string& name, const ast::Call& c) {
  SourceLoc loc = c.loc;
  may_raise();  // allocation, reshape sizes, empty reductions
  std::string callee = "array." + name;
  std::map<std::string, const ast::Expr*> keywords;
  if (auto kind = reduction_kind(name); kind && name != "median" && name != "amin" && name != "amax")
    return reduction_call(*kind, callee, c, std::move(array));
  if (name == "copy" || name == "flatten") {
    if (!call_arguments(c, callee, 0, 0, {}, keywords)) return nullptr;
    ExprPtr copy = converted(loc, std::move(array), nullptr);
    if (name == "copy" || !copy) return copy;
    return std::make_unique<ArrayReshape>(loc, types().array(copy->type->dtype, 1, Layout::C), std::move(copy), nullptr);
  }
  if (name == "ravel") {
    if (!call_arguments(c, callee, 0, 0, {}, keywords)) return nullptr;
    TypeRef view = types().array(array->type->dtype, 1, Layout::C, array->type->readonly);
    return std::make_unique<ArrayReshape>(loc, view, std::move(array), nullptr);
  }
  if (name == "reshape") {
    ExprPtr shape;
    if (c.args.size() == 1) {
      shape = shape_arg(*c.args[0]);
    } else if (call_arguments(c, callee, 1, 32, {}, keywords)) {
      std::vector<ExprPtr> parts;
      std::vector<TypeRef> part_types;
      for (const ast::ExprPtr& a : c.args) {
        ExprPtr d = expr(*a);
        if (!d) return nullptr;
        if (!d->type->is_int()) {
          error(DiagCode::TypeMismatch, a->loc, "reshape() dimensions must be integers, not " + type_name(d->type));
          return nullptr;
        }
        parts.push_back(cast(std::move(d), types().int64()));
        part_types.push_back(types().int64());
      }
      shape = std::make_unique<MakeTuple>(loc, types().tuple(part_types), std::move(parts));
    }
    if (!shape) return nullptr;
    int ndim = static_cast<int>(shape->type->elements.size());
    TypeRef view = types().array(array->type->dtype, ndim, Layout::C, array->type->readonly);
    return std::make_unique<ArrayReshape>(loc, view, std::move(array), std::move(shape));
  }
  if (name == "astype") {
    if (!call_arguments(c, callee, 1, 1, {}, keywords)) return nullptr;
    TypeRef dtype = dtype_arg(*c.args[0]);
    if (!dtype) return nullptr;
    return converted(loc, std::move(array), dtype);
  }
  if (name == "transpose") {
    if (!call_arguments(c, callee, 0, 0, {}, keywords)) return nullptr;
    return transpose(loc, std::move(array));
  }
  if (name == "sort") {
    if (!call_arguments(c, callee, 0, 0, {}, keywords) || !writable(array->type, loc)) return nullptr;
    return std::make_unique<ArraySort>(loc, types().none(), std::move(array));
  }
  if (name == "dot") return dot_call(name, c, std::move(array));
  error(DiagCode::UnsupportedFunction, c.func->loc, "array has no method '" + name + "'");
  return nullptr;
}

// ---------------------------------------------------------- numpy functions

ExprPtr FunctionBuilder::numpy_array_function(const std::string& name, const ast::Call& c, bool& handled) {
  handled = true;
  may_raise();  // allocation, shapes, sizes, empty reductions
  SourceLoc loc = c.loc;
  std::string callee = "np." + name;
  std::map<std::string, const ast::Expr*> kw;
  TypeRef int64 = types().int64(), f64 = types().float64();
  auto dtype_or = [&](const ast::Expr* e, TypeRef fallback) -> TypeRef { return e ? dtype_arg(*e) : fallback; };

  if (name == "empty" || name == "zeros" || name == "ones") {
    if (!call_arguments(c, callee, 1, 2, {"dtype"}, kw)) return nullptr;
    const ast::Expr* dtype_expr = c.args.size() == 2 ? c.args[1].get() : kw["dtype"];
    TypeRef dtype = dtype_or(dtype_expr, f64);
    ExprPtr shape = shape_arg(*c.args[0]);
    if (!dtype || !shape) return nullptr;
    ArrayFill fill = name == "empty" ? ArrayFill::Empty : name == "zeros" ? ArrayFill::Zeros : ArrayFill::Value;
    int ndim = static_cast<int>(shape->type->elements.size());
    auto node = std::make_unique<ArrayNew>(loc, types().array(dtype, ndim, Layout::C), fill);
    node->shape = std::move(shape);
    if (fill == ArrayFill::Value) node->args.push_back(cast(constant_int(loc, 1), dtype));
    return node;
  }
  if (name == "full") {
    if (!call_arguments(c, callee, 2, 3, {"dtype"}, kw)) return nullptr;
    ExprPtr shape = shape_arg(*c.args[0]);
    ExprPtr value = expr(*c.args[1]);
    if (!shape || !value) return nullptr;
    if (!value->type->is_number()) {
      error(DiagCode::TypeMismatch, value->loc, "np.full() fills with a number, not " + type_name(value->type));
      return nullptr;
    }
    const ast::Expr* dtype_expr = c.args.size() == 3 ? c.args[2].get() : kw["dtype"];
    TypeRef dtype = dtype_or(dtype_expr, value->type);
    if (!dtype) return nullptr;
    int ndim = static_cast<int>(shape->type->elements.size());
    auto node = std::make_unique<ArrayNew>(loc, types().array(dtype, ndim, Layout::C), ArrayFill::Value);
    node->shape = std::move(shape);
    node->args.push_back(cast(std::move(value), dtype));
    return node;
  }
  if (name == "empty_like" || name == "zeros_like" || name == "ones_like" || name == "full_like") {
    bool full = name == "full_like";
    if (!call_arguments(c, callee, full ? 2 : 1, full ? 3 : 2, {"dtype"}, kw)) return nullptr;
    ExprPtr like = array_arg(*c.args[0], callee);
    if (!like) return nullptr;
    ExprPtr value = full ? expr(*c.args[1]) : nullptr;
    if (full && !value) return nullptr;
    std::size_t dtype_at = full ? 2 : 1;
    const ast::Expr* dtype_expr = c.args.size() > dtype_at ? c.args[dtype_at].get() : kw["dtype"];
    TypeRef dtype = dtype_or(dtype_expr, like->type->dtype);
    if (!dtype) return nullptr;
    ArrayFill fill = name == "empty_like" ? ArrayFill::Empty : name == "zeros_like" ? ArrayFill::Zeros : ArrayFill::Value;
    auto node = std::make_unique<ArrayNew>(loc, types().array(dtype, like->type->ndim, Layout::C), fill);
    node->like = std::move(like);
    if (full) {
      if (!value->type->is_number()) {
        error(DiagCode::TypeMismatch, value->loc, "np.full_like() fills with a number, not " + type_name(value->type));
        return nullptr;
      }
      node->args.push_back(cast(std::move(value), dtype));
    } else if (fill == ArrayFill::Value) {
      node->args.push_back(cast(constant_int(loc, 1), dtype));
    }
    return node;
  }
  if (name == "arange") {
    if (!call_arguments(c, callee, 1, 3, {"dtype"}, kw)) return nullptr;
    std::vector<ExprPtr> args;
    bool any_float = false;
    for (const ast::ExprPtr& a : c.args) {
      ExprPtr v = expr(*a);
      if (!v) return nullptr;
      if (!v->type->is_number()) {
        error(DiagCode::TypeMismatch, a->loc, "np.arange() takes numbers, not " + type_name(v->type));
        return nullptr;
      }
      any_float = any_float || v->type->is_float();
      args.push_back(std::move(v));
    }
    TypeRef work = any_float ? f64 : int64;
    TypeRef dtype = kw["dtype"] ? dtype_arg(*kw["dtype"]) : work;
    if (!dtype) return nullptr;
    if (dtype->is_float()) work = f64;
    std::vector<ExprPtr> bounds;
    if (args.size() == 1) {
      bounds.push_back(cast(constant_int(loc, 0), work));
      bounds.push_back(cast(std::move(args[0]), work));
    } else {
      bounds.push_back(cast(std::move(args[0]), work));
      bounds.push_back(cast(std::move(args[1]), work));
    }
    bounds.push_back(args.size() == 3 ? cast(std::move(args[2]), work) : cast(constant_int(loc, 1), work));
    may_raise();  // a zero step
    auto node = std::make_unique<ArrayNew>(loc, types().array(dtype, 1, Layout::C), ArrayFill::Arange);
    node->args = std::move(bounds);
    return node;
  }
  if (name == "linspace") {
    if (!call_arguments(c, callee, 2, 3, {"num", "dtype"}, kw)) return nullptr;
    ExprPtr start = expr(*c.args[0]), stop = expr(*c.args[1]);
    const ast::Expr* num_expr = c.args.size() == 3 ? c.args[2].get() : kw["num"];
    ExprPtr num = num_expr ? expr(*num_expr) : constant_int(loc, 50);
    if (!start || !stop || !num) return nullptr;
    if (!start->type->is_number() || !stop->type->is_number() || !num->type->is_int()) {
      error(DiagCode::TypeMismatch, loc, "np.linspace(start, stop, num) takes two numbers and an int");
      return nullptr;
    }
    TypeRef dtype = kw["dtype"] ? dtype_arg(*kw["dtype"]) : f64;
    if (!dtype) return nullptr;
    auto node = std::make_unique<ArrayNew>(loc, types().array(dtype, 1, Layout::C), ArrayFill::Linspace);
    std::vector<ExprPtr> dims;
    dims.push_back(cast(std::move(num), int64));
    node->shape = std::make_unique<MakeTuple>(loc, types().tuple({int64}), std::move(dims));
    node->args.push_back(cast(std::move(start), f64));
    node->args.push_back(cast(std::move(stop), f64));
    return node;
  }
  if (auto kind = reduction_kind(name)) return reduction_call(*kind, callee, c, nullptr);
  if (name == "copy" || name == "transpose" || name == "ravel" || name == "sort") {
    if (!c.keywords.empty() && c.keywords[0].name == "axis") {
      error(DiagCode::UnsupportedFunction, c.keywords[0].loc, callee + "() along an axis is not supported");
      return nullptr;
    }
    if (!call_arguments(c, callee, 1, 1, {}, kw)) return nullptr;
    ExprPtr array = array_arg(*c.args[0], callee);
    if (!array) return nullptr;
    if (name == "transpose") return transpose(loc, std::move(array));
    if (name == "ravel") {
      TypeRef view = types().array(array->type->dtype, 1, Layout::C, array->type->readonly);
      return std::make_unique<ArrayReshape>(loc, view, std::move(array), nullptr);
    }
    ExprPtr copy = converted(loc, std::move(array), nullptr);
    if (name == "copy" || !copy) return copy;
    TypeRef type = copy->type;
    return std::make_unique<ArraySort>(loc, type, std::move(copy));
  }
  if (name == "reshape") {
    if (!call_arguments(c, callee, 2, 2, {}, kw)) return nullptr;
    ExprPtr array = array_arg(*c.args[0], callee);
    ExprPtr shape = array ? shape_arg(*c.args[1]) : nullptr;
    if (!shape) return nullptr;
    int ndim = static_cast<int>(shape->type->elements.size());
    TypeRef view = types().array(array->type->dtype, ndim, Layout::C, array->type->readonly);
    return std::make_unique<ArrayReshape>(loc, view, std::move(array), std::move(shape));
  }
  handled = false;
  return nullptr;
}

// ------------------------------------------------------------------- loops

// for x in a: a is evaluated once; x takes a[0], a[1], ... (rows of an N-d
// array, elements of a 1-d one).
void FunctionBuilder::for_array(const ast::For& f, ExprPtr array, Block& out) {
  if (array->type->ndim == 0) {
    error(DiagCode::TypeMismatch, f.iter->loc, "iteration over a 0-d array");
    return;
  }
  ExprPtr source = stable(std::move(array), out, true);  // the loop keeps its array if `a` is reassigned
  if (!source) return;
  std::string counter = "$i" + std::to_string(temp_count_++);
  Block ignored;
  bind(counter, constant_int(f.loc, 0), f.loc, ignored);
  ExprPtr length = std::make_unique<ArrayAttr>(f.loc, types().int64(), duplicate(*source), ArrayAttrKind::Dim, 0);
  TypeRef row_type = source->type->ndim == 1 ? source->type->dtype
                                              : types().array(source->type->dtype, source->type->ndim - 1,
                                                              source->type->layout, source->type->readonly);
  ++loop_depth_;
  std::unique_ptr<ForRange> loop;
  if (emitting_)
    loop = std::make_unique<ForRange>(f.loc, var_ids_[counter], constant_int(f.loc, 0), std::move(length),
                                      constant_int(f.loc, 1));
  Block body_block;
  Block& body = loop ? loop->body : body_block;
  std::vector<IndexItem> items(1);
  items[0].index = emitting_ ? ExprPtr(std::make_unique<VarRef>(f.loc, types().int64(), var_ids_[counter]))
                             : constant_int(f.loc, 0);
  auto row = std::make_unique<ArrayIndex>(f.loc, row_type, duplicate(*source), std::move(items), false);
  assign(*f.target, std::move(row), f.loc, body);
  block(f.body, body);
  --loop_depth_;
  if (loop) out.push_back(std::move(loop));
}

}  // namespace parc::ir
