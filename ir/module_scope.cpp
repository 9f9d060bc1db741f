#include "ir/module_scope.h"

namespace parc::ir {
namespace {

// numpy functions that make a new array: a name bound to one is a variable
// (each function reading it would otherwise get a fresh copy).
bool makes_array(const std::string& name) {
  static const char* const kMakers[] = {"empty",     "zeros",      "ones",      "full",      "arange", "linspace",
                                        "empty_like", "zeros_like", "ones_like", "full_like", "copy",   "sort",
                                        "reshape",   "ravel",      "transpose"};
  for (const char* maker : kMakers)
    if (name == maker) return true;
  return false;
}

}  // namespace
namespace {

// Counts every binding of a name in statements nested in blocks too (a
// variable assigned inside an `if` or a loop is not a constant).
void count_bindings(const ast::Expr& target, std::map<std::string, int>& counts, int weight) {
  if (const auto* name = ast::dyn_cast<ast::Name>(&target)) {
    counts[name->id] += weight;
  } else if (const auto* tuple = ast::dyn_cast<ast::Tuple>(&target)) {
    for (const auto& e : tuple->elts) count_bindings(*e, counts, weight);
  }
}

void count_block(const ast::Body& body, std::map<std::string, int>& counts, int weight) {
  for (const ast::StmtPtr& s : body) {
    if (const auto* a = ast::dyn_cast<ast::Assign>(s.get())) {
      for (const auto& t : a->targets) count_bindings(*t, counts, weight);
    } else if (const auto* a = ast::dyn_cast<ast::AugAssign>(s.get())) {
      count_bindings(*a->target, counts, 2);
    } else if (const auto* a = ast::dyn_cast<ast::AnnAssign>(s.get())) {
      count_bindings(*a->target, counts, weight);
    } else if (const auto* i = ast::dyn_cast<ast::If>(s.get())) {
      count_block(i->body, counts, 2);
      count_block(i->orelse, counts, 2);
    } else if (const auto* f = ast::dyn_cast<ast::For>(s.get())) {
      count_bindings(*f->target, counts, 2);
      count_block(f->body, counts, 2);
    } else if (const auto* w = ast::dyn_cast<ast::While>(s.get())) {
      count_block(w->body, counts, 2);
    }
  }
}

}  // namespace

ModuleScope::ModuleScope(const ast::Module& module) : module_(module) {
  count_block(module.body, assignments_, 1);
  for (const ast::StmtPtr& s : module.body) {
    if (const auto* imp = ast::dyn_cast<ast::Import>(s.get())) {
      std::string bound = imp->alias.empty() ? imp->module.substr(0, imp->module.find('.')) : imp->alias;
      modules_[bound] = imp->alias.empty() ? bound : imp->module;
    } else if (const auto* from = ast::dyn_cast<ast::ImportFrom>(s.get())) {
      for (const ast::ImportedName& n : from->names)
        imported_[n.alias.empty() ? n.name : n.alias] = {from->module, n.name};
    } else if (const auto* def = ast::dyn_cast<ast::FunctionDef>(s.get())) {
      functions_[def->name] = def;
    } else if (const auto* a = ast::dyn_cast<ast::Assign>(s.get())) {
      for (const auto& t : a->targets)
        if (const auto* name = ast::dyn_cast<ast::Name>(t.get())) single_values_[name->id] = a->value.get();
    } else if (const auto* a = ast::dyn_cast<ast::AnnAssign>(s.get())) {
      if (const auto* name = ast::dyn_cast<ast::Name>(a->target.get()); name && a->value)
        single_values_[name->id] = a->value.get();
    }
  }
}

std::string ModuleScope::module_of(const std::string& name) const {
  auto it = modules_.find(name);
  return it == modules_.end() ? "" : it->second;
}

const std::pair<std::string, std::string>* ModuleScope::imported(const std::string& name) const {
  auto it = imported_.find(name);
  return it == imported_.end() ? nullptr : &it->second;
}

const ast::FunctionDef* ModuleScope::function(const std::string& name) const {
  auto it = functions_.find(name);
  return it == functions_.end() ? nullptr : it->second;
}

const ast::Expr* ModuleScope::constant(const std::string& name) const {
  auto count = assignments_.find(name);
  if (count == assignments_.end() || count->second != 1) return nullptr;
  auto it = single_values_.find(name);
  if (it == single_values_.end() || !is_constant_expr(*it->second, 0)) return nullptr;
  return it->second;
}

// An expression whose value does not depend on when it runs: evaluating it
// again inside a function gives what the module computed.
bool ModuleScope::is_constant_expr(const ast::Expr& e, int depth) const {
  if (depth > 64) return false;  // also ends cycles (A = B, B = A)
  auto all = [&](const std::vector<ast::ExprPtr>& items) {
    for (const auto& item : items)
      if (!is_constant_expr(*item, depth + 1)) return false;
    return true;
  };
  switch (e.kind) {
    case ast::ExprKind::IntLit:
    case ast::ExprKind::FloatLit:
    case ast::ExprKind::BoolLit:
    case ast::ExprKind::NoneLit:
    case ast::ExprKind::StrLit: return true;
    case ast::ExprKind::Name: {
      const auto& n = static_cast<const ast::Name&>(e);
      const auto* imported = this->imported(n.id);
      if (imported) return imported->first == "math" || imported->first == "numpy";
      auto count = assignments_.find(n.id);
      auto value = single_values_.find(n.id);
      return count != assignments_.end() && count->second == 1 && value != single_values_.end() &&
             is_constant_expr(*value->second, depth + 1);
    }
    case ast::ExprKind::Attribute: {
      const auto* base = ast::dyn_cast<ast::Name>(static_cast<const ast::Attribute&>(e).value.get());
      std::string module = base ? module_of(base->id) : "";
      return module == "math" || module == "numpy";
    }
    case ast::ExprKind::Tuple: return all(static_cast<const ast::Tuple&>(e).elts);
    case ast::ExprKind::Unary: return is_constant_expr(*static_cast<const ast::Unary&>(e).operand, depth + 1);
    case ast::ExprKind::Binary: {
      const auto& b = static_cast<const ast::Binary&>(e);
      return is_constant_expr(*b.lhs, depth + 1) && is_constant_expr(*b.rhs, depth + 1);
    }
    case ast::ExprKind::BoolOp: return all(static_cast<const ast::BoolOp&>(e).values);
    case ast::ExprKind::Compare: {
      const auto& c = static_cast<const ast::Compare&>(e);
      return is_constant_expr(*c.left, depth + 1) && all(c.comparators);
    }
    case ast::ExprKind::IfExp: {
      const auto& i = static_cast<const ast::IfExp&>(e);
      return is_constant_expr(*i.test, depth + 1) && is_constant_expr(*i.body, depth + 1) &&
             is_constant_expr(*i.orelse, depth + 1);
    }
    case ast::ExprKind::Call: {
      // math functions, numpy scalar functions and types, and conversions.
      const auto& c = static_cast<const ast::Call&>(e);
      if (!c.keywords.empty() || !all(c.args)) return false;
      if (const auto* n = ast::dyn_cast<ast::Name>(c.func.get())) {
        static const char* const kPure[] = {"abs", "min", "max", "round", "int", "float", "bool"};
        for (const char* pure : kPure)
          if (n->id == pure && !function(n->id)) return true;
        const auto* imported = this->imported(n->id);
        return imported && (imported->first == "math" || (imported->first == "numpy" && !makes_array(imported->second)));
      }
      if (const auto* a = ast::dyn_cast<ast::Attribute>(c.func.get())) {
        const auto* base = ast::dyn_cast<ast::Name>(a->value.get());
        std::string module = base ? module_of(base->id) : "";
        return module == "math" || (module == "numpy" && !makes_array(a->attr));
      }
      return false;
    }
    default: return false;
  }
}

}  // namespace parc::ir
