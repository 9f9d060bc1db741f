#include "ir/passes/fuse_array_exprs.h"

#include "ir/walk.h"

namespace parc::ir {
namespace {

int count_refs(const Expr& e, std::size_t input) {
  int n = 0;
  if (const auto* r = dyn_cast<ElementRef>(&e)) n += r->input == input;
  if (dyn_cast<ArrayMap>(&e)) return n;  // a nested map's refs are its own
  for_each_child(e, [&](const Expr& child) { n += count_refs(child, input); });
  return n;
}

// Renumbers a body's element references: input k becomes `to[k]`, or, where
// `inline_body[k]` is set, that expression takes the reference's place.
void rewrite(ExprPtr& e, const std::vector<std::size_t>& to, std::vector<ExprPtr>& inline_body) {
  if (auto* r = dyn_cast<ElementRef>(e.get())) {
    if (inline_body[r->input]) e = std::move(inline_body[r->input]);
    else r->input = to[r->input];
    return;
  }
  if (dyn_cast<ArrayMap>(e.get())) return;
  for_each_child_slot(*e, [&](ExprPtr& child) { rewrite(child, to, inline_body); });
}

class Fuser {
 public:
  int fused = 0;

  void block(Block& stmts) {
    for (StmtPtr& s : stmts) {
      for_each_expr_slot(*s, [&](ExprPtr& e) { expr(e); });
      for_each_block(*s, [&](Block& b) { block(b); });
    }
  }

  void expr(ExprPtr& e) {
    for_each_child_slot(*e, [&](ExprPtr& child) { expr(child); });
    if (auto* map = dyn_cast<ArrayMap>(e.get())) fuse(*map);
  }

 private:
  void fuse(ArrayMap& map) {
    std::vector<ExprPtr> inputs;
    std::vector<std::size_t> to(map.inputs.size(), 0);
    std::vector<ExprPtr> inline_body(map.inputs.size());
    bool any = false;
    for (std::size_t k = 0; k < map.inputs.size(); ++k) {
      auto* child = dyn_cast<ArrayMap>(map.inputs[k].get());
      // A child used more than once would be computed as often: keep it.
      if (!child || count_refs(*map.body, k) != 1) {
        to[k] = inputs.size();
        inputs.push_back(std::move(map.inputs[k]));
        continue;
      }
      std::vector<std::size_t> child_to(child->inputs.size());
      for (std::size_t j = 0; j < child->inputs.size(); ++j) {
        child_to[j] = inputs.size();
        inputs.push_back(std::move(child->inputs[j]));
      }
      std::vector<ExprPtr> none(child->inputs.size());
      rewrite(child->body, child_to, none);
      inline_body[k] = std::move(child->body);
      any = true;
      ++fused;
    }
    if (any) rewrite(map.body, to, inline_body);
    map.inputs = std::move(inputs);
    merge_repeated_variables(map);
  }

  // x * x reads x twice: one input is enough.
  static void merge_repeated_variables(ArrayMap& map) {
    std::vector<ExprPtr> inputs;
    std::vector<std::size_t> to(map.inputs.size());
    bool merged = false;
    for (std::size_t k = 0; k < map.inputs.size(); ++k) {
      const auto* ref = dyn_cast<VarRef>(map.inputs[k].get());
      std::size_t same = inputs.size();
      for (std::size_t j = 0; j < inputs.size() && ref; ++j) {
        const auto* earlier = dyn_cast<VarRef>(inputs[j].get());
        if (earlier && earlier->var == ref->var && earlier->type == ref->type) same = j;
      }
      to[k] = same;
      if (same == inputs.size()) inputs.push_back(std::move(map.inputs[k]));
      else merged = true;
    }
    if (!merged) {
      map.inputs = std::move(inputs);
      return;
    }
    std::vector<ExprPtr> none(to.size());
    rewrite(map.body, to, none);
    map.inputs = std::move(inputs);
  }
};

}  // namespace

int fuse_array_exprs(Module& module) {
  Fuser fuser;
  for (auto& fn : module.functions) fuser.block(fn->body);
  return fuser.fused;
}

}  // namespace parc::ir
