#include "ir/walk.h"

namespace parc::ir {

void for_each_child_slot(Expr& e, const std::function<void(ExprPtr&)>& fn) {
  auto visit = [&](ExprPtr& child) {
    if (child) fn(child);
  };
  auto visit_items = [&](std::vector<IndexItem>& items) {
    for (IndexItem& item : items) {
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
    case ExprKind::Unary: visit(static_cast<Unary&>(e).operand); return;
    case ExprKind::Binary: {
      auto& b = static_cast<Binary&>(e);
      visit(b.lhs);
      visit(b.rhs);
      return;
    }
    case ExprKind::Compare:
      for (ExprPtr& operand : static_cast<Compare&>(e).operands) visit(operand);
      return;
    case ExprKind::Logical: {
      auto& l = static_cast<Logical&>(e);
      visit(l.lhs);
      visit(l.rhs);
      return;
    }
    case ExprKind::Select: {
      auto& s = static_cast<Select&>(e);
      visit(s.cond);
      visit(s.then);
      visit(s.otherwise);
      return;
    }
    case ExprKind::Cast: visit(static_cast<Cast&>(e).operand); return;
    case ExprKind::Call:
      for (ExprPtr& arg : static_cast<Call&>(e).args) visit(arg);
      return;
    case ExprKind::Intrinsic:
      for (ExprPtr& arg : static_cast<Intrinsic&>(e).args) visit(arg);
      return;
    case ExprKind::MakeTuple:
      for (ExprPtr& element : static_cast<MakeTuple&>(e).elements) visit(element);
      return;
    case ExprKind::TupleGet: visit(static_cast<TupleGet&>(e).tuple); return;
    case ExprKind::ArrayNew: {
      auto& n = static_cast<ArrayNew&>(e);
      visit(n.shape);
      visit(n.like);
      for (ExprPtr& arg : n.args) visit(arg);
      return;
    }
    case ExprKind::ArrayIndex: {
      auto& i = static_cast<ArrayIndex&>(e);
      visit(i.array);
      visit_items(i.items);
      return;
    }
    case ExprKind::ArrayAttr: visit(static_cast<ArrayAttr&>(e).array); return;
    case ExprKind::ArrayMap: {
      auto& m = static_cast<ArrayMap&>(e);
      for (ExprPtr& input : m.inputs) visit(input);
      visit(m.body);
      return;
    }
    case ExprKind::ArrayReduce: {
      auto& r = static_cast<ArrayReduce&>(e);
      visit(r.array);
      visit(r.axis);
      return;
    }
    case ExprKind::ArrayReshape: {
      auto& r = static_cast<ArrayReshape&>(e);
      visit(r.array);
      visit(r.shape);
      return;
    }
    case ExprKind::ArrayTranspose: visit(static_cast<ArrayTranspose&>(e).array); return;
    case ExprKind::ArraySort: visit(static_cast<ArraySort&>(e).array); return;
    case ExprKind::ArrayDot: {
      auto& d = static_cast<ArrayDot&>(e);
      visit(d.lhs);
      visit(d.rhs);
      return;
    }
  }
}

void for_each_child(const Expr& e, const std::function<void(const Expr&)>& fn) {
  // The traversal is the same; nothing is changed through the slots.
  for_each_child_slot(const_cast<Expr&>(e), [&](ExprPtr& child) { fn(*child); });
}

void for_each_expr_slot(Stmt& s, const std::function<void(ExprPtr&)>& fn) {
  auto visit = [&](ExprPtr& e) {
    if (e) fn(e);
  };
  switch (s.kind) {
    case StmtKind::Assign: visit(static_cast<Assign&>(s).value); return;
    case StmtKind::If: visit(static_cast<If&>(s).cond); return;
    case StmtKind::While: visit(static_cast<While&>(s).cond); return;
    case StmtKind::ForRange: {
      auto& f = static_cast<ForRange&>(s);
      visit(f.start);
      visit(f.stop);
      visit(f.step);
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue: return;
    case StmtKind::Return: visit(static_cast<Return&>(s).value); return;
    case StmtKind::Eval: visit(static_cast<Eval&>(s).value); return;
    case StmtKind::Assert: visit(static_cast<Assert&>(s).cond); return;
    case StmtKind::Print:
      for (ExprPtr& arg : static_cast<Print&>(s).args) visit(arg);
      return;
    case StmtKind::ArrayStore: {
      auto& a = static_cast<ArrayStore&>(s);
      visit(a.array);
      for (IndexItem& item : a.items) {
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

void for_each_expr(const Stmt& s, const std::function<void(const Expr&)>& fn) {
  for_each_expr_slot(const_cast<Stmt&>(s), [&](ExprPtr& e) { fn(*e); });
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

void for_each_block(Stmt& s, const std::function<void(Block&)>& fn) {
  for_each_block(static_cast<const Stmt&>(s), [&](const Block& b) { fn(const_cast<Block&>(b)); });
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
