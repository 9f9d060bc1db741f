#include "ir/verifier.h"

namespace parc::ir {
namespace {

class Verifier {
 public:
  Verifier(const Module& module, const Function& fn, std::vector<std::string>& problems)
      : module_(module), fn_(fn), problems_(problems) {}

  void block(const Block& stmts) {
    for (const StmtPtr& s : stmts) stmt(*s);
  }

 private:
  void fail(std::string_view what, const std::string& detail) {
    problems_.push_back(fn_.symbol + ": " + std::string(what) + ": " + detail);
  }
  void expect(const Expr& e, TypeRef type, std::string_view where) {
    if (e.type != type) fail(where, "operand " + type_name(e.type) + ", expected " + type_name(type));
  }
  bool var_ok(VarId var, std::string_view where) {
    if (var < fn_.vars.size()) return true;
    fail(where, "variable " + std::to_string(var) + " does not exist");
    return false;
  }

  void expr(const Expr& e) {
    std::string_view kind = kind_name(e.kind);
    switch (e.kind) {
      case ExprKind::Const: return;
      case ExprKind::VarRef: {
        const auto& v = static_cast<const VarRef&>(e);
        if (var_ok(v.var, kind) && fn_.vars[v.var].type != e.type) fail(kind, "type differs from its variable's");
        return;
      }
      case ExprKind::Unary: {
        const auto& u = static_cast<const Unary&>(e);
        expr(*u.operand);
        expect(*u.operand, e.type, kind);
        return;
      }
      case ExprKind::Binary: {
        const auto& b = static_cast<const Binary&>(e);
        expr(*b.lhs);
        expr(*b.rhs);
        expect(*b.lhs, e.type, kind);
        expect(*b.rhs, e.type, kind);
        if (!e.type->is_number()) fail(kind, "non-numeric result " + type_name(e.type));
        return;
      }
      case ExprKind::Compare: {
        const auto& c = static_cast<const Compare&>(e);
        if (c.operands.size() != c.ops.size() + 1) fail(kind, "operand count");
        for (const ExprPtr& o : c.operands) {
          expr(*o);
          expect(*o, c.operands[0]->type, kind);
        }
        if (!e.type->is_bool()) fail(kind, "result is not bool");
        return;
      }
      case ExprKind::Logical: {
        const auto& l = static_cast<const Logical&>(e);
        expr(*l.lhs);
        expr(*l.rhs);
        expect(*l.lhs, e.type, kind);
        expect(*l.rhs, e.type, kind);
        return;
      }
      case ExprKind::Select: {
        const auto& s = static_cast<const Select&>(e);
        expr(*s.cond);
        expr(*s.then);
        expr(*s.otherwise);
        if (!s.cond->type->is_bool()) fail(kind, "condition is not bool");
        expect(*s.then, e.type, kind);
        expect(*s.otherwise, e.type, kind);
        return;
      }
      case ExprKind::Cast: {
        const auto& c = static_cast<const Cast&>(e);
        expr(*c.operand);
        bool to_truth = e.type->is_bool();
        if (e.type->is_array()) {
          const Type& from = *c.operand->type;
          if (!from.is_array() || from.dtype != e.type->dtype || from.ndim != e.type->ndim || e.type->layout != Layout::Any)
            fail(kind, "arrays convert only from C to any layout");
          return;
        }
        if ((!c.operand->type->is_number() && !to_truth) || !e.type->is_number()) fail(kind, "non-numeric conversion");
        return;
      }
      case ExprKind::Call: {
        const auto& c = static_cast<const Call&>(e);
        if (c.callee >= module_.functions.size()) {
          fail(kind, "callee does not exist");
          return;
        }
        const Function& callee = *module_.functions[c.callee];
        if (c.args.size() != callee.params.size()) fail(kind, "argument count");
        for (std::size_t i = 0; i < c.args.size() && i < callee.params.size(); ++i) {
          expr(*c.args[i]);
          expect(*c.args[i], callee.vars[callee.params[i]].type, kind);
        }
        if (callee.return_type && callee.return_type != e.type) fail(kind, "result differs from the callee's return type");
        return;
      }
      case ExprKind::Intrinsic:
        for (const ExprPtr& a : static_cast<const Intrinsic&>(e).args) expr(*a);
        return;
      case ExprKind::MakeTuple: {
        const auto& t = static_cast<const MakeTuple&>(e);
        if (!e.type->is_tuple() || e.type->elements.size() != t.elements.size()) {
          fail(kind, "tuple type does not match its elements");
          return;
        }
        for (std::size_t i = 0; i < t.elements.size(); ++i) {
          expr(*t.elements[i]);
          expect(*t.elements[i], e.type->elements[i], kind);
        }
        return;
      }
      case ExprKind::ArrayNew: {
        const auto& n = static_cast<const ArrayNew&>(e);
        if (!e.type->is_array() || e.type->layout != Layout::C) fail(kind, "result is not a C array");
        if (n.shape) {
          expr(*n.shape);
          if (!n.shape->type->is_tuple() || static_cast<int>(n.shape->type->elements.size()) != e.type->ndim)
            fail(kind, "shape does not match ndim");
        }
        if (n.like) {
          expr(*n.like);
          if (!n.like->type->is_array() || n.like->type->ndim != e.type->ndim) fail(kind, "like-array ndim");
        }
        for (const ExprPtr& a : n.args) expr(*a);
        return;
      }
      case ExprKind::ArrayIndex: {
        const auto& x = static_cast<const ArrayIndex&>(e);
        expr(*x.array);
        index_items(x.array->type, x.items, kind);
        return;
      }
      case ExprKind::ArrayAttr: {
        const auto& a = static_cast<const ArrayAttr&>(e);
        expr(*a.array);
        if (!a.array->type->is_array()) fail(kind, "operand is not an array");
        return;
      }
      case ExprKind::ArrayMap: {
        const auto& m = static_cast<const ArrayMap&>(e);
        int ndim = -1;
        for (const ExprPtr& input : m.inputs) {
          expr(*input);
          if (input->type->is_array()) ndim = std::max(ndim, input->type->ndim);
        }
        if (ndim < 0) fail(kind, "no array input");
        map_inputs_.push_back(&m);
        expr(*m.body);
        map_inputs_.pop_back();
        if (!e.type->is_array() || e.type->dtype != m.body->type || e.type->ndim != ndim) fail(kind, "result type");
        return;
      }
      case ExprKind::ElementRef: {
        const auto& r = static_cast<const ElementRef&>(e);
        if (map_inputs_.empty() || r.input >= map_inputs_.back()->inputs.size()) {
          fail(kind, "outside an ArrayMap or no such input");
          return;
        }
        TypeRef input = map_inputs_.back()->inputs[r.input]->type;
        if ((input->is_array() ? input->dtype : input) != e.type) fail(kind, "type differs from the input's element");
        return;
      }
      case ExprKind::ArrayReduce:
      case ExprKind::ArrayReshape:
      case ExprKind::ArrayTranspose:
      case ExprKind::ArraySort: {
        const Expr* array = e.kind == ExprKind::ArrayReduce    ? static_cast<const ArrayReduce&>(e).array.get()
                            : e.kind == ExprKind::ArrayReshape ? static_cast<const ArrayReshape&>(e).array.get()
                            : e.kind == ExprKind::ArraySort    ? static_cast<const ArraySort&>(e).array.get()
                                                               : static_cast<const ArrayTranspose&>(e).array.get();
        expr(*array);
        if (!array->type->is_array()) fail(kind, "operand is not an array");
        if (const auto* r = dyn_cast<ArrayReshape>(&e); r && r->shape) expr(*r->shape);
        if (const auto* r = dyn_cast<ArrayReduce>(&e); r && r->axis) {
          expr(*r->axis);
          if (!r->axis->type->is_int()) fail(kind, "axis is not an int");
        }
        return;
      }
      case ExprKind::ArrayDot: {
        const auto& d = static_cast<const ArrayDot&>(e);
        expr(*d.lhs);
        expr(*d.rhs);
        TypeRef a = d.lhs->type, b = d.rhs->type;
        if (!a->is_array() || !b->is_array() || a->ndim < 1 || a->ndim > 2 || b->ndim < 1 || b->ndim > 2) {
          fail(kind, "operands are not 1-d or 2-d arrays");
          return;
        }
        TypeRef dtype = e.type->is_array() ? e.type->dtype : e.type;
        int ndim = a->ndim + b->ndim - 2;
        if (a->dtype != dtype || b->dtype != dtype || (e.type->is_array() ? e.type->ndim : 0) != ndim)
          fail(kind, "result type does not match the operands");
        return;
      }
      case ExprKind::TupleGet: {
        const auto& g = static_cast<const TupleGet&>(e);
        expr(*g.tuple);
        if (!g.tuple->type->is_tuple() || g.index >= g.tuple->type->elements.size() ||
            g.tuple->type->elements[g.index] != e.type)
          fail(kind, "bad tuple access");
        return;
      }
    }
  }

  void stmt(const Stmt& s) {
    std::string_view kind = kind_name(s.kind);
    switch (s.kind) {
      case StmtKind::Assign: {
        const auto& a = static_cast<const Assign&>(s);
        expr(*a.value);
        if (var_ok(a.var, kind)) expect(*a.value, fn_.vars[a.var].type, kind);
        return;
      }
      case StmtKind::If: {
        const auto& i = static_cast<const If&>(s);
        expr(*i.cond);
        if (!i.cond->type->is_bool()) fail(kind, "condition is not bool");
        block(i.then);
        block(i.otherwise);
        return;
      }
      case StmtKind::While: {
        const auto& w = static_cast<const While&>(s);
        expr(*w.cond);
        if (!w.cond->type->is_bool()) fail(kind, "condition is not bool");
        block(w.body);
        return;
      }
      case StmtKind::ForRange: {
        const auto& f = static_cast<const ForRange&>(s);
        for (const Expr* bound : {f.start.get(), f.stop.get(), f.step.get()}) {
          expr(*bound);
          if (!bound->type->is_int() || bound->type->bits != 64) fail(kind, "bounds must be int64");
        }
        if (var_ok(f.var, kind) && fn_.vars[f.var].type != f.start->type) fail(kind, "loop variable is not int64");
        block(f.body);
        return;
      }
      case StmtKind::Return: {
        const auto& r = static_cast<const Return&>(s);
        expr(*r.value);
        expect(*r.value, fn_.return_type, kind);
        return;
      }
      case StmtKind::Eval: expr(*static_cast<const Eval&>(s).value); return;
      case StmtKind::Assert: {
        const auto& a = static_cast<const Assert&>(s);
        expr(*a.cond);
        if (!a.cond->type->is_bool()) fail(kind, "condition is not bool");
        return;
      }
      case StmtKind::Print:
        for (const ExprPtr& a : static_cast<const Print&>(s).args) expr(*a);
        return;
      case StmtKind::ArrayStore: {
        const auto& a = static_cast<const ArrayStore&>(s);
        expr(*a.array);
        expr(*a.value);
        TypeRef selected = index_items(a.array->type, a.items, kind);
        if (selected && !selected->is_array() && a.value->type != selected) fail(kind, "stored value type");
        return;
      }
      case StmtKind::Break:
      case StmtKind::Continue: return;
    }
  }

  // The type array[items] selects, after checking the items.
  TypeRef index_items(TypeRef array, const std::vector<IndexItem>& items, std::string_view kind) {
    int new_axes = 0;
    for (const IndexItem& item : items) new_axes += item.new_axis;
    if (!array->is_array() || static_cast<int>(items.size()) - new_axes > array->ndim) {
      fail(kind, "indexes a non-array or too many axes");
      return nullptr;
    }
    int positions = 0;
    for (const IndexItem& item : items) {
      if (item.new_axis) continue;
      if (item.is_mask) {
        if (item.index) expr(*item.index);
        TypeRef mask = item.index ? item.index->type : nullptr;
        if (items.size() != 1 || !mask || !mask->is_array() || !mask->dtype->is_bool() || mask->ndim > array->ndim)
          fail(kind, "bad boolean mask");
        return array;
      }
      for (const Expr* part : {item.index.get(), item.start.get(), item.stop.get(), item.step.get()}) {
        if (!part) continue;
        expr(*part);
        if (!part->type->is_int() || part->type->bits != 64) fail(kind, "index is not int64");
      }
      if (!item.is_slice && !item.index) fail(kind, "position without an index");
      positions += item.is_slice ? 0 : 1;
    }
    return positions == array->ndim && new_axes == 0 ? array->dtype : array;
  }

  std::vector<const ArrayMap*> map_inputs_;

  const Module& module_;
  const Function& fn_;
  std::vector<std::string>& problems_;
};

}  // namespace

std::vector<std::string> verify(const Module& module) {
  std::vector<std::string> problems;
  for (const auto& fn : module.functions) Verifier(module, *fn, problems).block(fn->body);
  return problems;
}

}  // namespace parc::ir
