// Semantic analysis, part 1: the Specializer (one IR function per call
// signature) and the statements of a function body. See specialize.h.
#include "ir/specialize_impl.h"

#include <utility>

namespace parc::ir {
namespace {

constexpr int kMaxInferencePasses = 32;

// Decorators parc understands, and the options they take.
bool known_decorator(const std::string& name) {
  return name == "njit" || name == "jit" || name == "numba.njit" || name == "numba.jit";
}
bool known_option(const std::string& name) {
  static const char* const kOptions[] = {"parallel", "fastmath", "boundscheck", "cache",    "nogil",
                                         "nopython", "inline",   "error_model", "forceobj", "looplift"};
  for (const char* option : kOptions)
    if (name == option) return true;
  return false;
}

// Whether running the statements can reach their end (Python then returns
// None from the function).
bool falls_through(const ast::Body& body) {
  for (const ast::StmtPtr& s : body) {
    if (ast::dyn_cast<ast::Return>(s.get())) return false;
    if (const auto* i = ast::dyn_cast<ast::If>(s.get()); i && !i->orelse.empty() && !falls_through(i->body) &&
                                                           !falls_through(i->orelse))
      return false;
    if (const auto* w = ast::dyn_cast<ast::While>(s.get())) {
      const auto* forever = ast::dyn_cast<ast::BoolLit>(w->test.get());
      bool breaks = false;
      std::vector<const ast::Body*> todo{&w->body};
      while (!todo.empty()) {  // a break of this loop (not of a nested one)
        const ast::Body* b = todo.back();
        todo.pop_back();
        for (const ast::StmtPtr& x : *b) {
          if (ast::dyn_cast<ast::Break>(x.get())) breaks = true;
          if (const auto* nested_if = ast::dyn_cast<ast::If>(x.get())) {
            todo.push_back(&nested_if->body);
            todo.push_back(&nested_if->orelse);
          }
        }
      }
      if (forever && forever->value && !breaks) return false;
    }
  }
  return true;
}

std::string dotted_name(const ast::Expr& e) {
  if (const auto* n = ast::dyn_cast<ast::Name>(&e)) return n->id;
  if (const auto* a = ast::dyn_cast<ast::Attribute>(&e)) return dotted_name(*a->value) + "." + a->attr;
  return "";
}

// The names a function body binds (Python makes them local everywhere in it).
void collect_targets(const ast::Expr& target, std::set<std::string>& out) {
  if (const auto* n = ast::dyn_cast<ast::Name>(&target)) out.insert(n->id);
  if (const auto* t = ast::dyn_cast<ast::Tuple>(&target))
    for (const auto& e : t->elts) collect_targets(*e, out);
  if (const auto* l = ast::dyn_cast<ast::List>(&target))
    for (const auto& e : l->elts) collect_targets(*e, out);
}

}  // namespace

Specializer::Specializer(const ast::Module& module, TypeContext& types, DiagnosticEngine& diags,
                         const SpecializeOptions& options)
    : types(types), scope(module), diags(diags), options(options) {}

std::unique_ptr<Module> Specializer::run() {
  std::size_t errors_before = diags.error_count();
  // Decorators are checked for every function, called or not.
  for (const ast::StmtPtr& s : scope.ast().body) {
    const auto* def = ast::dyn_cast<ast::FunctionDef>(s.get());
    if (!def) continue;
    for (const ast::ExprPtr& d : def->decorators) {
      const ast::Expr* callee = d.get();
      if (const auto* call = ast::dyn_cast<ast::Call>(d.get())) {
        callee = call->func.get();
        for (const ast::Keyword& k : call->keywords) {
          if (!known_option(k.name)) {
            diags.error(DiagCode::InvalidArgument, k.loc, "unknown option '" + k.name + "' for @" + dotted_name(*callee));
          } else if (k.name == "error_model" || k.name == "inline") {
            if (!ast::dyn_cast<ast::StrLit>(k.value.get()))
              diags.error(DiagCode::InvalidArgument, k.value->loc, "option '" + k.name + "' takes a string literal");
          } else if (!ast::dyn_cast<ast::BoolLit>(k.value.get())) {
            diags.error(DiagCode::InvalidArgument, k.value->loc, "option '" + k.name + "' takes True or False");
          }
        }
        if (!call->args.empty())
          diags.warning(DiagCode::InvalidArgument, call->args[0]->loc,
                        "parc ignores explicit signatures: each function is specialised for the argument types "
                        "it is called with");
      }
      std::string name = dotted_name(*callee);
      const auto* imported = scope.imported(name);
      bool from_numba = imported && imported->first == "numba";
      std::string module = name.find('.') != std::string::npos ? scope.module_of(name.substr(0, name.find('.'))) : "";
      if (!(from_numba && known_decorator(imported->second)) &&
          !(module == "numba" && known_decorator("numba." + name.substr(name.find('.') + 1))))
        diags.error(DiagCode::UnsupportedFunction, callee->loc,
                    "decorator '" + name + "' is not supported: use @njit or @jit from numba");
    }
  }

  auto main = std::make_unique<Function>();
  main->name = main->symbol = "__main__";
  module->functions.push_back(std::move(main));
  module->main = 0;
  if (options.main_code) {
    ChargeTime charge(*this, &main_seconds_);
    FunctionBuilder builder(*this, scope.ast().body, true);
    builder.build(*module->functions[0], {}, nullptr);
  } else {
    module->functions[0]->return_type = types.none();
  }
  for (const EntryRequest& entry : options.entries) {
    const ast::FunctionDef* def = scope.function(entry.name);
    if (!def) {
      diags.error(DiagCode::UndefinedName, {}, "the module has no function '" + entry.name + "'");
      continue;
    }
    if (def->params.size() != entry.args.size()) {
      diags.error(DiagCode::ArgumentCount, def->loc,
                  "'" + entry.name + "' takes " + std::to_string(def->params.size()) + " argument" +
                      (def->params.size() == 1 ? "" : "s") + ", the call gives " + std::to_string(entry.args.size()));
      continue;
    }
    module->entries.push_back(specialize({def, entry.args}));
  }

  // A function may raise if it raises itself or calls one that may.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& f : module->functions) {
      if (f->may_raise) continue;
      for (FunctionId callee : f->callees) {
        if (module->functions[callee]->may_raise) {
          f->may_raise = true;
          changed = true;
          break;
        }
      }
    }
  }
  if (diags.error_count() != errors_before) return nullptr;
  module->functions[module->main]->compile_seconds = main_seconds_;
  for (const auto& [sig, id] : built_) module->functions[id]->compile_seconds = seconds_[sig];
  return std::move(module);
}

TypeRef Specializer::infer_return(const Signature& sig) {
  if (auto it = inferred_.find(sig); it != inferred_.end()) return it->second;
  if (auto it = guesses_.find(sig); it != guesses_.end()) return it->second;  // recursion
  guesses_[sig] = nullptr;
  ChargeTime charge(*this, &seconds_[sig]);
  std::vector<std::pair<std::string, TypeRef>> params;
  for (std::size_t i = 0; i < sig.second.size(); ++i) params.emplace_back(sig.first->params[i].name, sig.second[i]);
  FunctionBuilder builder(*this, sig.first->body, false);
  TypeRef result = builder.infer(params, &sig);
  guesses_.erase(sig);
  if (result) inferred_[sig] = result;
  return result;
}

// Whether a def's decorator sets a flag: @njit(boundscheck=True).
static bool asks_for(const ast::FunctionDef& def, const std::string& option) {
  for (const ast::ExprPtr& d : def.decorators) {
    const auto* call = ast::dyn_cast<ast::Call>(d.get());
    if (!call) continue;
    for (const ast::Keyword& k : call->keywords) {
      const auto* value = ast::dyn_cast<ast::BoolLit>(k.value.get());
      if (k.name == option && value) return value->value;
    }
  }
  return false;
}

FunctionId Specializer::specialize(const Signature& sig) {
  if (auto it = built_.find(sig); it != built_.end()) return it->second;
  ChargeTime charge(*this, &seconds_[sig]);
  auto fn = std::make_unique<Function>();
  fn->name = sig.first->name;
  fn->symbol = sig.first->name;
  for (TypeRef t : sig.second) fn->symbol += "__" + type_name(t);
  for (char& c : fn->symbol)
    if (c == '(' || c == ')' || c == ',' || c == ' ') c = '_';
  if (fn->symbol == "__main__") fn->symbol += "_";  // a user's `def __main__()`: the module's code has that name
  fn->loc = sig.first->loc;
  fn->parallel = asks_for(*sig.first, "parallel");
  fn->fastmath = options.fastmath || asks_for(*sig.first, "fastmath");
  auto id = static_cast<FunctionId>(module->functions.size());
  Function& ref = *fn;
  module->functions.push_back(std::move(fn));
  built_[sig] = id;
  std::vector<std::pair<std::string, TypeRef>> params;
  for (std::size_t i = 0; i < sig.second.size(); ++i) params.emplace_back(sig.first->params[i].name, sig.second[i]);
  FunctionBuilder builder(*this, sig.first->body, false);
  builder.build(ref, params, &sig);
  return id;
}

std::unique_ptr<Module> specialize_module(const ast::Module& module, TypeContext& types, DiagnosticEngine& diags,
                                          const SpecializeOptions& options) {
  return Specializer(module, types, diags, options).run();
}

// ------------------------------------------------------------ FunctionBuilder

FunctionBuilder::FunctionBuilder(Specializer& sp, const ast::Body& body, bool is_main)
    : sp_(sp), body_(body), is_main_(is_main) {}

void FunctionBuilder::error(DiagCode code, SourceLoc loc, std::string message) {
  if (emitting_) sp_.diags.error(code, loc, std::move(message));
}

void FunctionBuilder::collect_locals(const ast::Body& body) {
  for (const ast::StmtPtr& s : body) {
    if (const auto* a = ast::dyn_cast<ast::Assign>(s.get())) {
      for (const auto& t : a->targets) collect_targets(*t, locals_);
    } else if (const auto* a = ast::dyn_cast<ast::AugAssign>(s.get())) {
      collect_targets(*a->target, locals_);
    } else if (const auto* a = ast::dyn_cast<ast::AnnAssign>(s.get())) {
      collect_targets(*a->target, locals_);
    } else if (const auto* i = ast::dyn_cast<ast::If>(s.get())) {
      collect_locals(i->body);
      collect_locals(i->orelse);
    } else if (const auto* f = ast::dyn_cast<ast::For>(s.get())) {
      collect_targets(*f->target, locals_);
      collect_locals(f->body);
    } else if (const auto* w = ast::dyn_cast<ast::While>(s.get())) {
      collect_locals(w->body);
    }
  }
}

TypeRef FunctionBuilder::infer(const std::vector<std::pair<std::string, TypeRef>>& params, const Signature* self) {
  self_ = self;
  // Module-level code always checks its indices, as Python would.
  boundscheck_ = sp_.options.boundscheck || !self || asks_for(*self->first, "boundscheck");
  for (const auto& [name, type] : params) locals_.insert(name);
  collect_locals(body_);
  for (int i = 0; i < kMaxInferencePasses; ++i) {
    changed_ = false;
    pass(params);
    if (!changed_) break;
  }
  if (returns_none_ && !returns_value_) return sp_.types.none();
  if (!returns_value_ && !returns_none_) return sp_.types.none();
  return return_type_;
}

void FunctionBuilder::build(Function& fn, const std::vector<std::pair<std::string, TypeRef>>& params,
                            const Signature* self) {
  TypeRef inferred = infer(params, self);
  emitting_ = true;
  fn_ = &fn;
  fn.return_type = inferred ? inferred : sp_.types.none();
  if (returns_value_ && returns_none_)
    error(DiagCode::ConflictingTypes, fn.loc,
          "function '" + fn.name + "' returns a value on some paths and None on others");
  else if (returns_value_ && falls_through(body_))
    error(DiagCode::ConflictingTypes, fn.loc,
          "function '" + fn.name + "' can reach its end without a return, so it returns a value on some paths and "
          "None on others");
  std::size_t errors_before = sp_.diags.error_count();
  pass(params);
  // Without a type for any return, either a return failed to type (already
  // reported) or every return is recursive.
  if (!inferred && returns_value_ && sp_.diags.error_count() == errors_before)
    error(DiagCode::RecursiveType, fn.loc,
          "cannot infer the return type of '" + fn.name + "': every return is recursive; add a base case");
}

void FunctionBuilder::pass(const std::vector<std::pair<std::string, TypeRef>>& params) {
  Block body;
  for (const auto& [name, type] : params) {
    TypeRef& known = var_types_[name];
    TypeRef merged = known ? unify(types(), known, type) : type;
    if (merged && merged != known) {
      known = merged;
      changed_ = true;
    }
  }
  if (emitting_) {
    // Parameters come first; a parameter whose local type is wider than the
    // argument (an int later assigned a float) gets a local of its own.
    for (const auto& [name, type] : params) {
      VarId arg = static_cast<VarId>(fn_->vars.size());
      fn_->vars.push_back({name, type, fn_->loc});
      fn_->params.push_back(arg);
      if (var_types_[name] == type) {
        var_ids_[name] = arg;
        continue;
      }
      VarId local = static_cast<VarId>(fn_->vars.size());
      fn_->vars.push_back({name + ".local", var_types_[name], fn_->loc});
      var_ids_[name] = local;
      body.push_back(std::make_unique<Assign>(fn_->loc, local,
                                              cast(std::make_unique<VarRef>(fn_->loc, type, arg), var_types_[name])));
    }
  }
  block(body_, body);
  if (emitting_) fn_->body = std::move(body);
}

void FunctionBuilder::block(const ast::Body& body, Block& out) {
  for (const ast::StmtPtr& s : body) stmt(*s, out);
}

void FunctionBuilder::bind(const std::string& name, ExprPtr value, SourceLoc loc, Block& out) {
  if (!value) {
    if (emitting_) failed_.insert(name);  // its error is reported; later uses stay quiet
    return;
  }
  TypeRef& known = var_types_[name];
  TypeRef merged = known ? unify(types(), known, value->type) : value->type;
  if (!merged) {
    if (conflicts_reported_.insert(name).second || emitting_)
      error(DiagCode::ConflictingTypes, loc,
            "variable '" + name + "' holds " + type_name(known) + " but is assigned " + type_name(value->type) + " here");
    return;
  }
  if (merged != known) {
    known = merged;
    changed_ = true;
  }
  if (!emitting_) return;
  auto [it, fresh] = var_ids_.emplace(name, static_cast<VarId>(fn_->vars.size()));
  if (fresh) fn_->vars.push_back({name, known, loc});
  out.push_back(std::make_unique<Assign>(loc, it->second, cast(std::move(value), known)));
}

void FunctionBuilder::assign(const ast::Expr& target, ExprPtr value, SourceLoc loc, Block& out) {
  if (const auto* n = ast::dyn_cast<ast::Name>(&target)) {
    bind(n->id, std::move(value), loc, out);
    return;
  }
  const auto* list = ast::dyn_cast<ast::List>(&target);
  if (list || ast::dyn_cast<ast::Tuple>(&target)) {
    const std::vector<ast::ExprPtr>& elts = list ? list->elts : static_cast<const ast::Tuple&>(target).elts;
    if (!value) {
      for (const auto& elt : elts) assign(*elt, nullptr, loc, out);  // quiet later uses
      return;
    }
    if (!value->type->is_tuple() || value->type->elements.size() != elts.size()) {
      error(DiagCode::TypeMismatch, loc,
            "cannot unpack " + type_name(value->type) + " into " + std::to_string(elts.size()) + " names");
      for (const auto& elt : elts) assign(*elt, nullptr, loc, out);  // their uses stay quiet
      return;
    }
    // The value is evaluated once, into a temporary, then taken apart.
    std::string temp = "$tuple" + std::to_string(temp_count_++);
    TypeRef type = value->type;
    bind(temp, std::move(value), loc, out);
    for (std::size_t i = 0; i < elts.size(); ++i) {
      ExprPtr whole = emitting_ ? std::make_unique<VarRef>(loc, type, var_ids_[temp]) : nullptr;
      ExprPtr part = whole ? std::make_unique<TupleGet>(loc, type->elements[i], std::move(whole), i) : nullptr;
      if (!emitting_) {
        // Inference needs only the type of each part.
        auto placeholder = std::make_unique<Const>(loc, type->elements[i]);
        part = std::move(placeholder);
      }
      assign(*elts[i], std::move(part), loc, out);
    }
    return;
  }
  if (const auto* sub = ast::dyn_cast<ast::Subscript>(&target)) {
    store_subscript(*sub, std::move(value), loc, out, nullptr);
    return;
  }
  error(DiagCode::UnsupportedFunction, target.loc, "assignment to attributes is not supported");
}

void FunctionBuilder::for_loop(const ast::For& f, Block& out) {
  const auto* call = ast::dyn_cast<ast::Call>(f.iter.get());
  std::string callee;
  if (call) {
    if (const auto* n = ast::dyn_cast<ast::Name>(call->func.get())) {
      const auto* imported = sp_.scope.imported(n->id);
      callee = imported ? imported->first + "." + imported->second : n->id;
    } else if (const auto* a = ast::dyn_cast<ast::Attribute>(call->func.get())) {
      if (const auto* base = ast::dyn_cast<ast::Name>(a->value.get())) callee = sp_.scope.module_of(base->id) + "." + a->attr;
    }
  }
  if (callee != "range" && callee != "numba.prange") {
    ExprPtr iterable = expr(*f.iter);
    if (!iterable) return;
    if (iterable->type->is_array()) {
      for_array(f, std::move(iterable), out);
      return;
    }
    error(DiagCode::UnsupportedFunction, f.iter->loc,
          "for loops go over range(), prange() or an array, not " + type_name(iterable->type));
    return;
  }
  const auto* target = ast::dyn_cast<ast::Name>(f.target.get());
  if (!target) {
    error(DiagCode::InvalidTarget, f.target->loc, "the loop variable of a range() loop must be a single name");
    return;
  }
  std::optional<std::vector<ExprPtr>> args = positional_args(*call, 1, 3, callee == "range" ? "range" : "prange");
  if (!args) return;
  for (const ExprPtr& a : *args)
    if (!a) return;
  for (std::size_t i = 0; i < args->size(); ++i) {
    if (!(*args)[i]->type->is_int() && !(*args)[i]->type->is_bool()) {
      error(DiagCode::TypeMismatch, (*args)[i]->loc,
            "range() takes integers, not " + type_name((*args)[i]->type));
      return;
    }
  }
  TypeRef int64 = types().int64();
  ExprPtr start, stop, step;
  if (args->size() == 1) {
    start = constant_int(f.loc, 0);
    stop = cast(std::move((*args)[0]), int64);
  } else {
    start = cast(std::move((*args)[0]), int64);
    stop = cast(std::move((*args)[1]), int64);
  }
  step = args->size() == 3 ? cast(std::move((*args)[2]), int64) : constant_int(f.loc, 1);
  if (!ir::dyn_cast<Const>(step.get()) && emitting_) fn_->may_raise = true;  // step 0 raises
  // The loop variable is an int64 local like any other.
  Block ignored;
  bind(target->id, constant_int(f.loc, 0), f.loc, ignored);
  ++loop_depth_;
  if (!emitting_) {
    Block body;
    block(f.body, body);
    --loop_depth_;
    return;
  }
  VarId var = var_ids_[target->id];
  if (fn_->vars[var].type != int64) {
    error(DiagCode::ConflictingTypes, f.target->loc,
          "loop variable '" + target->id + "' is an int64 here but " + type_name(fn_->vars[var].type) + " elsewhere");
    --loop_depth_;
    return;
  }
  auto loop = std::make_unique<ForRange>(f.loc, var, std::move(start), std::move(stop), std::move(step));
  loop->parallel = callee == "numba.prange";
  block(f.body, loop->body);
  --loop_depth_;
  out.push_back(std::move(loop));
}

void FunctionBuilder::stmt(const ast::Stmt& s, Block& out) {
  switch (s.kind) {
    case ast::StmtKind::Import:
    case ast::StmtKind::ImportFrom:
      if (!is_main_) {
        error(DiagCode::NotSupported, s.loc, "imports inside functions are not supported; import at module level");
        // The names it would bind are then unknown, but not undefined.
        if (const auto* imp = ast::dyn_cast<ast::Import>(&s))
          failed_.insert(imp->alias.empty() ? imp->module.substr(0, imp->module.find('.')) : imp->alias);
        if (const auto* from = ast::dyn_cast<ast::ImportFrom>(&s))
          for (const ast::ImportedName& n : from->names) failed_.insert(n.alias.empty() ? n.name : n.alias);
      }
      return;
    case ast::StmtKind::FunctionDef:
      if (!is_main_) error(DiagCode::NotSupported, s.loc, "nested functions are not supported; define them at module level");
      return;
    case ast::StmtKind::Pass: return;
    case ast::StmtKind::Break:
    case ast::StmtKind::Continue:
      if (emitting_) {
        if (s.kind == ast::StmtKind::Break) out.push_back(std::make_unique<Break>(s.loc));
        else out.push_back(std::make_unique<Continue>(s.loc));
      }
      return;
    case ast::StmtKind::ExprStmt: {
      const ast::Expr& e = *static_cast<const ast::ExprStmt&>(s).value;
      if (ast::dyn_cast<ast::StrLit>(&e)) return;  // a docstring
      if (const auto* c = ast::dyn_cast<ast::Call>(&e)) {
        const auto* n = ast::dyn_cast<ast::Name>(c->func.get());
        if (n && n->id == "print" && !locals_.count("print")) {
          if (StmtPtr p = print(*c); p && emitting_) out.push_back(std::move(p));
          return;
        }
      }
      ExprPtr value = expr(e);
      if (value && emitting_) out.push_back(std::make_unique<Eval>(s.loc, std::move(value)));
      return;
    }
    case ast::StmtKind::Assign: {
      const auto& a = static_cast<const ast::Assign&>(s);
      ExprPtr value = expr(*a.value);
      if (a.targets.size() == 1) {
        assign(*a.targets[0], std::move(value), s.loc, out);
        return;
      }
      // a = b = value: evaluated once, then assigned left to right.
      if (!value) return;
      std::string temp = "$chain" + std::to_string(temp_count_++);
      TypeRef type = value->type;
      bind(temp, std::move(value), s.loc, out);
      for (const auto& t : a.targets) {
        ExprPtr copy = emitting_ ? ExprPtr(std::make_unique<VarRef>(s.loc, type, var_ids_[temp]))
                                 : ExprPtr(std::make_unique<Const>(s.loc, type));
        assign(*t, std::move(copy), s.loc, out);
      }
      return;
    }
    case ast::StmtKind::AnnAssign: {
      const auto& a = static_cast<const ast::AnnAssign&>(s);
      if (a.value) assign(*a.target, expr(*a.value), s.loc, out);
      return;
    }
    case ast::StmtKind::AugAssign: {
      const auto& a = static_cast<const ast::AugAssign&>(s);
      const auto* n = ast::dyn_cast<ast::Name>(a.target.get());
      if (const auto* sub = ast::dyn_cast<ast::Subscript>(a.target.get())) {
        store_subscript(*sub, expr(*a.value), s.loc, out, &a.op);
        return;
      }
      if (!n) {
        error(DiagCode::UnsupportedFunction, a.target->loc, "augmented assignment to attributes is not supported");
        return;
      }
      ExprPtr current = expr(*a.target);
      ExprPtr rhs = expr(*a.value);
      if (!current || !rhs) return;
      if (current->type->is_array()) {
        update_array(std::move(current), a.op, std::move(rhs), s.loc, out);  // in place, as NumPy
        return;
      }
      bind(n->id, arithmetic(s.loc, a.op, std::move(current), std::move(rhs)), s.loc, out);
      return;
    }
    case ast::StmtKind::If: {
      const auto& i = static_cast<const ast::If&>(s);
      ExprPtr cond = truth(expr(*i.test));
      auto node = std::make_unique<If>(s.loc, std::move(cond));
      block(i.body, node->then);
      block(i.orelse, node->otherwise);
      if (emitting_ && node->cond) out.push_back(std::move(node));
      return;
    }
    case ast::StmtKind::While: {
      const auto& w = static_cast<const ast::While&>(s);
      auto node = std::make_unique<While>(s.loc, truth(expr(*w.test)));
      ++loop_depth_;
      block(w.body, node->body);
      --loop_depth_;
      if (emitting_ && node->cond) out.push_back(std::move(node));
      return;
    }
    case ast::StmtKind::For:
      for_loop(static_cast<const ast::For&>(s), out);
      return;
    case ast::StmtKind::Return: {
      const auto& r = static_cast<const ast::Return&>(s);
      if (!r.value || ast::dyn_cast<ast::NoneLit>(r.value.get())) {
        returns_none_ = true;
        if (emitting_) out.push_back(std::make_unique<Return>(s.loc, std::make_unique<Const>(s.loc, types().none())));
        return;
      }
      returns_value_ = true;
      ExprPtr value = expr(*r.value);
      if (!value) return;
      TypeRef merged = return_type_ ? unify(types(), return_type_, value->type) : value->type;
      if (!merged) {
        error(DiagCode::ConflictingTypes, r.value->loc,
              "this returns " + type_name(value->type) + " but other returns give " + type_name(return_type_));
        return;
      }
      if (merged != return_type_) {
        return_type_ = merged;
        changed_ = true;
      }
      if (emitting_) out.push_back(std::make_unique<Return>(s.loc, cast(std::move(value), fn_->return_type)));
      return;
    }
    case ast::StmtKind::Assert: {
      const auto& a = static_cast<const ast::Assert&>(s);
      std::string message;
      if (a.msg) {
        const auto* text = ast::dyn_cast<ast::StrLit>(a.msg.get());
        if (!text) {
          error(DiagCode::InvalidArgument, a.msg->loc, "the message of an assert must be a string literal");
          return;
        }
        message = text->value;
      }
      ExprPtr cond = truth(expr(*a.test));
      if (emitting_ && cond) {
        fn_->may_raise = true;
        out.push_back(std::make_unique<Assert>(s.loc, std::move(cond), message));
      }
      return;
    }
  }
}

}  // namespace parc::ir
