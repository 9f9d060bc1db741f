#include "ir/passes/analyze_prange.h"

#include "ir/walk.h"

#include <map>
#include <set>
#include <optional>

namespace parc::ir {
namespace {

// The ops a scalar reduction may use, by family: -= accumulates like +=.
std::optional<BinaryOp> reduction_family(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Sub: return BinaryOp::Add;
    case BinaryOp::Mul:
    case BinaryOp::Min:
    case BinaryOp::Max:
    case BinaryOp::BitAnd:
    case BinaryOp::BitOr:
    case BinaryOp::BitXor: return op;
    default: return std::nullopt;
  }
}

bool is_var(const ExprPtr& e, VarId var) {
  const auto* ref = dyn_cast<VarRef>(e.get());
  return ref && ref->var == var;
}

// `var = var op e` (or `var = e op var` for a commutative op) where e does
// not read var: the op's family.
std::optional<BinaryOp> scalar_update(const Assign& a) {
  const auto* bin = dyn_cast<Binary>(a.value.get());
  if (!bin) return std::nullopt;
  std::optional<BinaryOp> family = reduction_family(bin->op);
  if (!family) return std::nullopt;
  if (is_var(bin->lhs, a.var) && !reads(*bin->rhs, a.var)) return family;
  if (bin->op != BinaryOp::Sub && is_var(bin->rhs, a.var) && !reads(*bin->lhs, a.var)) return family;
  return std::nullopt;
}

// `acc += e` / `acc -= e` on a whole array (an in-place ArrayStore with no
// index whose value is map[acc, ...](add $0 e)): the array variable.
std::optional<VarId> array_update(const ArrayStore& s, bool* is_add) {
  const auto* target = dyn_cast<VarRef>(s.array.get());
  if (!s.items.empty() || !target) return std::nullopt;
  *is_add = false;
  const auto* map = dyn_cast<ArrayMap>(s.value.get());
  if (!map || map->inputs.empty() || !is_var(map->inputs[0], target->var)) return target->var;
  for (std::size_t k = 1; k < map->inputs.size(); ++k)
    if (reads(*map->inputs[k], target->var)) return target->var;
  // acc's element, converted when the sum is computed in a wider type
  // (int32 += int64): map[acc, e](add (cast $0) $1).
  const auto* bin = dyn_cast<Binary>(map->body.get());
  const Expr* lhs = bin ? bin->lhs.get() : nullptr;
  if (const auto* cast = lhs ? dyn_cast<Cast>(lhs) : nullptr) lhs = cast->operand.get();
  const auto* first = lhs ? dyn_cast<ElementRef>(lhs) : nullptr;
  bool uses_first_again = false;
  std::function<void(const Expr&)> scan = [&](const Expr& e) {
    if (const auto* ref = dyn_cast<ElementRef>(&e); ref && ref->input == 0) uses_first_again = true;
    for_each_child(e, scan);
  };
  if (bin) scan(*bin->rhs);
  *is_add = bin && (bin->op == BinaryOp::Add || bin->op == BinaryOp::Sub) && first && first->input == 0 &&
            !uses_first_again;
  return target->var;
}

int count_reads(const Expr& e, VarId var) {
  int n = 0;
  for_each_var_ref(e, [&](const VarRef& r) { n += r.var == var; });
  return n;
}

void for_each_stmt(const Block& stmts, const std::function<void(const Stmt&)>& fn) {
  for (const StmtPtr& s : stmts) {
    fn(*s);
    for_each_block(*s, [&](const Block& b) { for_each_stmt(b, fn); });
  }
}

const VarRef* first_read(const Expr& e, VarId var) {
  const VarRef* found = nullptr;
  for_each_var_ref(e, [&](const VarRef& r) {
    if (!found && r.var == var) found = &r;
  });
  return found;
}

bool ends_block(const Block& b) {
  if (b.empty()) return false;
  StmtKind k = b.back()->kind;
  return k == StmtKind::Break || k == StmtKind::Continue || k == StmtKind::Return;
}

// Walks statements in execution order, looking for a read of `var` that
// may happen before any assignment to it. `defined` says whether every path
// so far assigned it. The first iteration of an inner loop counts: its body
// is walked once with what was defined before the loop.
class ExposedRead {
 public:
  explicit ExposedRead(VarId var) : var_(var) {}

  const VarRef* block(const Block& stmts, bool& defined) {
    for (const StmtPtr& s : stmts) {
      if (defined) return nullptr;
      if (const VarRef* r = stmt(*s, defined)) return r;
    }
    return nullptr;
  }

  const VarRef* stmt(const Stmt& s, bool& defined) {
    const VarRef* found = nullptr;
    for_each_expr(s, [&](const Expr& e) {
      if (!found) found = first_read(e, var_);
    });
    if (found) return found;
    if (const auto* a = dyn_cast<Assign>(&s)) {
      defined = defined || a->var == var_;
    } else if (const auto* i = dyn_cast<If>(&s)) {
      bool then_defined = false, else_defined = false;
      if (const VarRef* r = block(i->then, then_defined)) return r;
      if (const VarRef* r = block(i->otherwise, else_defined)) return r;
      defined = (then_defined || ends_block(i->then)) && (else_defined || ends_block(i->otherwise));
    } else if (const auto* w = dyn_cast<While>(&s)) {
      bool body_defined = false;
      return block(w->body, body_defined);
    } else if (const auto* f = dyn_cast<ForRange>(&s)) {
      bool body_defined = f->var == var_;
      if (const VarRef* r = block(f->body, body_defined)) return r;
      defined = f->var == var_;
    }
    return nullptr;
  }

 private:
  VarId var_;
};

// Where a loop sits: the blocks around it, innermost last.
struct Frame {
  const Block* block;
  std::size_t index;  // of the statement being visited
  const Stmt* owner;  // the statement whose block this is (null: the function)
};

class PrangeAnalysis {
 public:
  PrangeAnalysis(Function& fn, DiagnosticEngine& diags) : fn_(fn), diags_(diags) {}

  void run() { visit(fn_.body, nullptr); }

 private:
  void visit(Block& stmts, const Stmt* owner) {
    for (std::size_t i = 0; i < stmts.size(); ++i) {
      frames_.push_back({&stmts, i, owner});
      Stmt& s = *stmts[i];
      if (auto* f = dyn_cast<ForRange>(&s); f && f->parallel) analyze(*f);
      if (auto* i_ = dyn_cast<If>(&s)) {
        visit(i_->then, &s);
        visit(i_->otherwise, &s);
      } else if (auto* w = dyn_cast<While>(&s)) {
        visit(w->body, &s);
      } else if (auto* f = dyn_cast<ForRange>(&s)) {
        visit(f->body, &s);
      }
      frames_.pop_back();
    }
  }

  const std::string& name(VarId v) const { return fn_.vars[v].name; }

  void analyze(ForRange& loop) {
    check_control(loop.body, true);
    if (loop.body.size() == 1)
      if (const auto* inner = dyn_cast<ForRange>(loop.body[0].get());
          inner && inner->parallel && !reads(*inner->start, loop.var) && !reads(*inner->stop, loop.var) &&
          !reads(*inner->step, loop.var))
        loop.collapse = 1 + collapse_depth(*inner);

    VarUses uses = var_uses(loop.body);
    loop.reductions.clear();
    array_reductions(loop, uses);
    std::set<VarId> private_vars{loop.var};
    for (VarId v : uses.assigned) {
      if (v == loop.var) continue;
      if (std::optional<BinaryOp> op = scalar_reduction(loop.body, v)) {
        loop.reductions.push_back({v, *op, false});
        continue;
      }
      if (const Stmt* other = mixed_operators(loop.body, v)) {
        diags_.error(DiagCode::ParallelRace, other->loc,
                     "'" + name(v) + "' is updated with two different operators in this prange loop: a reduction " +
                         "has one (+= and -= count as one)");
        continue;
      }
      bool defined = false;
      if (const VarRef* r = ExposedRead(v).block(loop.body, defined)) {
        Diagnostic& d = diags_.error(DiagCode::ParallelRace, r->loc,
                                     "'" + name(v) + "' is read in this prange loop before the iteration assigns it: " +
                                         "it would see another iteration's value (a race)");
        d.notes.push_back({loop.loc, "iterations of a prange loop run in parallel; each has its own '" + name(v) +
                                         "': assign it first in the iteration, or update it only with +=, -=, *=, "
                                         "|=, &=, ^=, min() or max() to make it a reduction"});
        continue;  // (one error per variable)
      }
      private_vars.insert(v);
    }
    for (VarId v : private_vars) check_not_read_after(loop, v);
  }

  int collapse_depth(const ForRange& loop) {
    if (loop.body.size() == 1)
      if (const auto* inner = dyn_cast<ForRange>(loop.body[0].get());
          inner && inner->parallel && !reads(*inner->start, loop.var) && !reads(*inner->stop, loop.var) &&
          !reads(*inner->step, loop.var))
        return 1 + collapse_depth(*inner);
    return 1;
  }

  // break (outside inner loops) and return (anywhere) cannot leave a
  // parallel loop.
  void check_control(const Block& stmts, bool direct) {
    for (const StmtPtr& s : stmts) {
      if (s->kind == StmtKind::Return)
        diags_.error(DiagCode::ParallelControl, s->loc, "return inside a prange loop is not supported");
      if (s->kind == StmtKind::Break && direct)
        diags_.error(DiagCode::ParallelControl, s->loc,
                     "break inside a prange loop is not supported: its iterations run in parallel");
      bool inner_loop = s->kind == StmtKind::While || s->kind == StmtKind::ForRange;
      for_each_block(*s, [&](const Block& b) { check_control(b, direct && !inner_loop); });
    }
  }

  // When every assignment to v is a reduction update but not all with one
  // operator: the first update whose operator differs.
  const Stmt* mixed_operators(const Block& body, VarId v) {
    std::optional<BinaryOp> family;
    const Stmt* differing = nullptr;
    bool all_updates = true;
    for_each_stmt(body, [&](const Stmt& s) {
      const auto* a = dyn_cast<Assign>(&s);
      if (!a || a->var != v) return;
      std::optional<BinaryOp> op = scalar_update(*a);
      if (!op) all_updates = false;
      else if (!family) family = op;
      else if (*family != *op && !differing) differing = &s;
    });
    return all_updates ? differing : nullptr;
  }

  std::optional<BinaryOp> scalar_reduction(const Block& body, VarId v) {
    std::optional<BinaryOp> family;
    bool ok = true;
    int updates = 0, reads_total = 0;
    for_each_stmt(body, [&](const Stmt& s) {
      for_each_expr(s, [&](const Expr& e) { reads_total += count_reads(e, v); });
      if (const auto* f = dyn_cast<ForRange>(&s); f && f->var == v) ok = false;
      const auto* a = dyn_cast<Assign>(&s);
      if (!a || a->var != v) return;
      std::optional<BinaryOp> op = scalar_update(*a);
      if (!op || (family && *family != *op)) ok = false;
      if (op) family = op;
      ++updates;
    });
    if (!ok || !family || reads_total != updates) return std::nullopt;
    return family;
  }

  void array_reductions(ForRange& loop, const VarUses& uses) {
    std::map<VarId, int> updates;
    std::set<const Stmt*> reduction_stores;
    for_each_stmt(loop.body, [&](const Stmt& s) {
      const auto* store = dyn_cast<ArrayStore>(&s);
      if (!store) return;
      bool is_add = false;
      std::optional<VarId> v = array_update(*store, &is_add);
      if (!v || uses.assigned.count(*v)) return;  // a private array: no race
      reduction_stores.insert(&s);
      if (!is_add) {
        diags_.error(DiagCode::ParallelRace, s.loc,
                     "every iteration of this prange loop updates all of '" + name(*v) +
                         "' in place (a race); only 'acc += ...' on a whole array is a reduction");
        updates[*v] = -1000000;
        return;
      }
      ++updates[*v];
    });
    for (auto [v, count] : updates) {
      if (count <= 0) continue;
      // Any other use of the array in the body sees a partial sum.
      const VarRef* other = nullptr;
      for_each_stmt(loop.body, [&](const Stmt& s) {
        if (other || reduction_stores.count(&s)) return;
        for_each_expr(s, [&](const Expr& e) {
          if (!other) other = first_read(e, v);
        });
      });
      if (!other) {
        loop.reductions.push_back({v, BinaryOp::Add, true});
      } else {
        diags_.error(DiagCode::ParallelRace, other->loc,
                     "'" + name(v) + "' is updated with += as a whole in this prange loop and also used there: " +
                         "its value inside the loop is undefined (a race)");
      }
    }
  }

  // A private variable's value after the loop would be some iteration's:
  // reading it there is an error.
  void check_not_read_after(const ForRange& loop, VarId v) {
    ExposedRead exposed(v);
    bool defined = false;
    const VarRef* read = nullptr;
    for (auto frame = frames_.rbegin(); frame != frames_.rend() && !read && !defined; ++frame) {
      const Block& stmts = *frame->block;
      for (std::size_t i = frame->index + 1; i < stmts.size() && !read && !defined; ++i) {
        read = exposed.stmt(*stmts[i], defined);
      }
      const Stmt* owner = frame->owner;
      if (read || defined || !owner) break;
      if (const auto* f = dyn_cast<ForRange>(owner); f && f->parallel) break;  // the enclosing iteration ends
      // The next iteration of an enclosing loop runs its body again.
      if (const auto* w = dyn_cast<While>(owner)) {
        read = first_read(*w->cond, v);
        if (!read) read = exposed.block(w->body, defined);
      } else if (const auto* f = dyn_cast<ForRange>(owner)) {
        if (f->var != v) read = exposed.block(f->body, defined);
      }
    }
    if (!read) return;
    bool loop_variable = v == loop.var;
    for_each_stmt(loop.body, [&](const Stmt& s) {
      if (const auto* f = dyn_cast<ForRange>(&s); f && f->parallel && f->var == v) loop_variable = true;
    });
    std::string what = loop_variable ? "the prange loop variable '" + name(v) + "'"
                                     : "'" + name(v) + "', assigned in a prange loop,";
    Diagnostic& d = diags_.error(DiagCode::ParallelRace, read->loc,
                                 what + " is read after the loop, where its value is undefined: iterations run in "
                                        "parallel (a race)");
    d.notes.push_back({loop.loc, "make it a reduction (+=, -=, *=, |=, &=, ^=, min(), max()) or store each "
                                 "iteration's value into an array"});
  }

  Function& fn_;
  DiagnosticEngine& diags_;
  std::vector<Frame> frames_;
};

}  // namespace

bool analyze_prange(Module& module, DiagnosticEngine& diags) {
  std::size_t errors = diags.error_count();
  for (auto& fn : module.functions) PrangeAnalysis(*fn, diags).run();
  return diags.error_count() == errors;
}

}  // namespace parc::ir
