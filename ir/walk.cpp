#include "ir/walk.h"

namespace parc::ir {

void for_each_child(const Expr& e, const std::function<void(const Expr&)>& fn) {
  auto visit = [&](const ExprPtr& child) {
    if (child) fn(*child);
  };
  auto visit_items = [&](const std::vector<IndexItem>& items) {
    for (const IndexItem& item : items) {
      visit(item.index);
      visit(item.start);
      visit(item.stop);
      visit(item.step);
    }
  };
  switch (e.kind) {
    case ExprKind::Const:
    case ExprKind::VarRef:
    case ExprKind::ElementRef: return;
    case ExprKind::Unary: visit(static_cast<const Unary&>(e).operand); return;
    case ExprKind::Binary: {
      const auto& b = static_cast<const Binary&>(e);
      visit(b.lhs);
      visit(b.rhs);
      return;
    }
    case ExprKind::Compare:
      for (const ExprPtr& operand : static_cast<const Compare&>(e).operands) visit(operand);
      return;
    case ExprKind::Logical: {
      const auto& l = static_cast<const Logical&>(e);
      visit(l.lhs);
      visit(l.rhs);
      return;
    }
    case ExprKind::Select: {
      const auto& s = static_cast<const Select&>(e);
      visit(s.cond);
      visit(s.then);
      visit(s.otherwise);
      return;
    }
    case ExprKind::Cast: visit(static_cast<const Cast&>(e).operand); return;
    case ExprKind::Call:
      for (const ExprPtr& arg : static_cast<const Call&>(e).args) visit(arg);
      return;
    case ExprKind::Intrinsic:
      for (const ExprPtr& arg : static_cast<const Intrinsic&>(e).args) visit(arg);
      return;
    case ExprKind::MakeTuple:
      for (const ExprPtr& element : static_cast<const MakeTuple&>(e).elements) visit(element);
      return;
    case ExprKind::TupleGet: visit(static_cast<const TupleGet&>(e).tuple); return;
    case ExprKind::ArrayNew: {
      const auto& n = static_cast<const ArrayNew&>(e);
      visit(n.shape);
      visit(n.like);
      for (const ExprPtr& arg : n.args) visit(arg);
      return;
    }
    case ExprKind::ArrayIndex: {
      const auto& i = static_cast<const ArrayIndex&>(e);
      visit(i.array);
      visit_items(i.items);
      return;
    }
    case ExprKind::ArrayAttr: visit(static_cast<const ArrayAttr&>(e).array); return;
    case ExprKind::ArrayMap: {
      const auto& m = static_cast<const ArrayMap&>(e);
      for (const ExprPtr& input : m.inputs) visit(input);
      visit(m.body);
      return;
    }
    case ExprKind::ArrayReduce: visit(static_cast<const ArrayReduce&>(e).array); return;
    case ExprKind::ArrayReshape: {
      const auto& r = static_cast<const ArrayReshape&>(e);
      visit(r.array);
      visit(r.shape);
      return;
    }
    case ExprKind::ArrayTranspose: visit(static_cast<const ArrayTranspose&>(e).array); return;
    case ExprKind::ArraySort: visit(static_cast<const ArraySort&>(e).array); return;
  }
}

void for_each_expr(const Stmt& s, const std::function<void(const Expr&)>& fn) {
  auto visit = [&](const ExprPtr& e) {
    if (e) fn(*e);
  };
  switch (s.kind) {
    case StmtKind::Assign: visit(static_cast<const Assign&>(s).value); return;
    case StmtKind::If: visit(static_cast<const If&>(s).cond); return;
    case StmtKind::While: visit(static_cast<const While&>(s).cond); return;
    case StmtKind::ForRange: {
      const auto& f = static_cast<const ForRange&>(s);
      visit(f.start);
      visit(f.stop);
      visit(f.step);
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue: return;
    case StmtKind::Return: visit(static_cast<const Return&>(s).value); return;
    case StmtKind::Eval: visit(static_cast<const Eval&>(s).value); return;
    case StmtKind::Assert: visit(static_cast<const Assert&>(s).cond); return;
    case StmtKind::Print:
      for (const ExprPtr& arg : static_cast<const Print&>(s).args) visit(arg);
      return;
    case StmtKind::ArrayStore: {
      const auto& a = static_cast<const ArrayStore&>(s);
      visit(a.array);
      for (const IndexItem& item : a.items) {
        visit(item.index);
        visit(item.start);
        visit(item.stop);
        visit(item.step);
      }
      visit(a.value);
      return;
    }
  }
}

void for_each_block(const Stmt& s, const std::function<void(const Block&)>& fn) {
  if (const auto* i = dyn_cast<If>(&s)) {
    fn(i->then);
    fn(i->otherwise);
  } else if (const auto* w = dyn_cast<While>(&s)) {
    fn(w->body);
  } else if (const auto* f = dyn_cast<ForRange>(&s)) {
    fn(f->body);
  }
}

void for_each_var_ref(const Expr& e, const std::function<void(const VarRef&)>& fn) {
  if (const auto* v = dyn_cast<VarRef>(&e)) fn(*v);
  for_each_child(e, [&](const Expr& child) { for_each_var_ref(child, fn); });
}

bool reads(const Expr& e, VarId var) {
  bool found = false;
  for_each_var_ref(e, [&](const VarRef& v) { found = found || v.var == var; });
  return found;
}

static void collect_uses(const Block& stmts, VarUses& uses) {
  for (const StmtPtr& s : stmts) {
    for_each_expr(*s, [&](const Expr& e) { for_each_var_ref(e, [&](const VarRef& v) { uses.read.insert(v.var); }); });
    if (const auto* a = dyn_cast<Assign>(s.get())) uses.assigned.insert(a->var);
    if (const auto* f = dyn_cast<ForRange>(s.get())) uses.assigned.insert(f->var);
    for_each_block(*s, [&](const Block& b) { collect_uses(b, uses); });
  }
}

VarUses var_uses(const Block& stmts) {
  VarUses uses;
  collect_uses(stmts, uses);
  return uses;
}

}  // namespace parc::ir
