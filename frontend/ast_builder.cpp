// The statement half of the AST builder (see ast_builder.h).
#include "frontend/ast_builder.h"

#include "frontend/ast_builder_impl.h"

#include <array>
#include <utility>

namespace parc {
namespace {

using P = kernel_grammar::KernelParser;
using namespace ast;

// The modules a script may import: parc provides these and no others.
constexpr std::array<std::string_view, 4> kModules = {"numpy", "math", "time", "numba"};

std::string root_module(const std::string& dotted) { return dotted.substr(0, dotted.find('.')); }

const char* describe_target(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Call: return "a function call";
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::StrLit:
    case ExprKind::BoolLit:
    case ExprKind::NoneLit: return "a literal";
    case ExprKind::Compare: return "a comparison";
    case ExprKind::IfExp: return "a conditional expression";
    case ExprKind::Tuple: return "a tuple";
    case ExprKind::List: return "a list";
    default: return "an expression";
  }
}

}  // namespace

std::unique_ptr<Module> build_ast(P::File_inputContext* tree, FileId file, DiagnosticEngine& diags) {
  AstBuilder builder(file, diags);
  auto module = std::make_unique<Module>();
  module->file = file;
  for (auto* stmt : tree->stmt()) builder.build_stmt(stmt, module->body);
  return module;
}

void AstBuilder::build_stmt(P::StmtContext* ctx, Body& out) {
  if (auto* simple = ctx->simple_stmts()) {
    for (auto* s : simple->simple_stmt()) build_simple_stmt(s, out);
    return;
  }
  build_compound_stmt(ctx->compound_stmt(), out);
}

void AstBuilder::build_block(P::BlockContext* ctx, Body& out) {
  if (auto* simple = ctx->simple_stmts()) {
    for (auto* s : simple->simple_stmt()) build_simple_stmt(s, out);
    return;
  }
  for (auto* stmt : ctx->stmt()) build_stmt(stmt, out);
}

// ------------------------------------------------------------ simple statements

void AstBuilder::build_simple_stmt(P::Simple_stmtContext* ctx, Body& out) {
  SourceLoc where = span(ctx);
  if (auto* e = ctx->expr_stmt()) {
    if (StmtPtr stmt = build_expr_stmt(e)) out.push_back(std::move(stmt));
  } else if (ctx->pass_stmt()) {
    out.push_back(std::make_unique<Pass>(where));
  } else if (ctx->break_stmt() || ctx->continue_stmt()) {
    bool is_break = ctx->break_stmt() != nullptr;
    if (loop_depth_ == 0) error(DiagCode::SyntaxError, where, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break) out.push_back(std::make_unique<Break>(where));
    else out.push_back(std::make_unique<Continue>(where));
  } else if (auto* r = ctx->return_stmt()) {
    if (function_depth_ == 0) error(DiagCode::SyntaxError, where, "'return' outside function");
    ExprPtr value = r->testlist_star_expr() ? build_testlist_star_expr(r->testlist_star_expr()) : nullptr;
    out.push_back(std::make_unique<Return>(where, std::move(value)));
  } else if (auto* a = ctx->assert_stmt()) {
    auto tests = a->test();
    ExprPtr msg = tests.size() > 1 ? build_test(tests[1]) : nullptr;
    out.push_back(std::make_unique<Assert>(where, build_test(tests[0]), std::move(msg)));
  } else if (auto* i = ctx->import_stmt()) {
    if (i->import_name()) {
      build_import_name(i->import_name(), out);
    } else if (StmtPtr stmt = build_import_from(i->import_from())) {
      out.push_back(std::move(stmt));
    }
  } else if (ctx->raise_stmt()) {
    unsupported(where, "'raise' statements are not supported; use 'assert' to stop on bad input");
  } else if (ctx->global_stmt()) {
    unsupported(where, "'global' statements are not supported: functions cannot rebind module variables");
  } else if (ctx->nonlocal_stmt()) {
    unsupported(where, "'nonlocal' statements are not supported");
  } else if (ctx->del_stmt()) {
    unsupported(where, "'del' statements are not supported");
  }
}

StmtPtr AstBuilder::build_expr_stmt(P::Expr_stmtContext* ctx) {
  SourceLoc where = span(ctx);
  auto lists = ctx->testlist_star_expr();
  if (auto* ann = ctx->annassign()) {
    ExprPtr target = build_testlist_star_expr(lists[0]);
    if (!dyn_cast<Name>(target.get()) && !dyn_cast<Attribute>(target.get()) && !dyn_cast<Subscript>(target.get())) {
      error(DiagCode::InvalidTarget, target->loc, "only a single name can be annotated");
      return nullptr;
    }
    ExprPtr value = ann->value ? build_testlist_star_expr(ann->value) : nullptr;
    return std::make_unique<AnnAssign>(where, std::move(target), build_test(ann->annotation), std::move(value));
  }
  if (auto* aug = ctx->augassign()) {
    ExprPtr target = build_testlist_star_expr(lists[0]);
    std::string op = aug->op->getText();
    op.pop_back();  // "+=" -> "+"
    if (!check_target(*target, false, "augmented assignment")) return nullptr;
    static const std::pair<const char*, BinaryOp> kOps[] = {
        {"+", BinaryOp::Add},     {"-", BinaryOp::Sub},     {"*", BinaryOp::Mul},   {"@", BinaryOp::MatMul},
        {"/", BinaryOp::Div},     {"//", BinaryOp::FloorDiv}, {"%", BinaryOp::Mod}, {"**", BinaryOp::Pow},
        {"<<", BinaryOp::LShift}, {">>", BinaryOp::RShift}, {"|", BinaryOp::BitOr}, {"^", BinaryOp::BitXor},
        {"&", BinaryOp::BitAnd}};
    BinaryOp bop = BinaryOp::Add;
    for (const auto& [spelling, candidate] : kOps)
      if (op == spelling) bop = candidate;
    return std::make_unique<AugAssign>(where, std::move(target), bop, build_testlist(ctx->value));
  }
  if (lists.size() == 1) return std::make_unique<ExprStmt>(where, build_testlist_star_expr(lists[0]));
  std::vector<ExprPtr> targets;
  bool ok = true;
  for (std::size_t i = 0; i + 1 < lists.size(); ++i) {
    targets.push_back(build_testlist_star_expr(lists[i]));
    ok = check_target(*targets.back(), true, "assignment") && ok;
  }
  ExprPtr value = build_testlist_star_expr(lists.back());
  if (!ok) return nullptr;
  return std::make_unique<Assign>(where, std::move(targets), std::move(value));
}

bool AstBuilder::check_target(const Expr& target, bool allow_tuple, const char* what) {
  switch (target.kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return true;
    case ExprKind::Tuple:
    case ExprKind::List: {
      if (!allow_tuple) break;
      const auto& elts = target.kind == ExprKind::Tuple ? static_cast<const Tuple&>(target).elts
                                                        : static_cast<const List&>(target).elts;
      bool ok = true;
      for (const ExprPtr& elt : elts) ok = check_target(*elt, true, what) && ok;
      return ok;
    }
    default:
      break;
  }
  error(DiagCode::InvalidTarget, target.loc,
        std::string("cannot use ") + describe_target(target) + " as the target of " + what);
  return false;
}

void AstBuilder::check_module(const std::string& module, SourceLoc where) {
  std::string root = root_module(module);
  for (std::string_view known : kModules)
    if (root == known) return;
  diags_.error(DiagCode::UnsupportedModule, where,
               "module '" + module + "' is not supported: parc provides numpy, math, time and numba");
}

void AstBuilder::build_import_name(P::Import_nameContext* ctx, Body& out) {
  for (auto* item : ctx->dotted_as_name()) {
    std::string module = item->dotted_name()->getText();
    SourceLoc where = span(item);
    check_module(module, where);
    std::string alias = item->alias ? item->alias->getText() : "";
    out.push_back(std::make_unique<Import>(where, module, alias));
  }
}

StmtPtr AstBuilder::build_import_from(P::Import_fromContext* ctx) {
  SourceLoc where = span(ctx);
  if (!ctx->dots.empty()) {
    diags_.error(DiagCode::UnsupportedModule, where, "relative imports are not supported");
    return nullptr;
  }
  std::string module = ctx->dotted_name()->getText();
  check_module(module, span(ctx->dotted_name()));
  if (ctx->star) {
    unsupported(loc(ctx->star), "'from " + module + " import *' is not supported; import the names you use");
    return nullptr;
  }
  std::vector<ImportedName> names;
  for (auto* item : ctx->import_as_names()->import_as_name())
    names.push_back({item->name->getText(), item->alias ? item->alias->getText() : "", span(item)});
  return std::make_unique<ImportFrom>(where, module, std::move(names));
}

// ---------------------------------------------------------- compound statements

void AstBuilder::build_compound_stmt(P::Compound_stmtContext* ctx, Body& out) {
  StmtPtr stmt;
  if (auto* s = ctx->if_stmt()) {
    stmt = build_if(s);
  } else if (auto* s = ctx->for_stmt()) {
    stmt = build_for(s);
  } else if (auto* s = ctx->while_stmt()) {
    stmt = build_while(s);
  } else if (auto* s = ctx->funcdef()) {
    stmt = build_funcdef(s);
  } else if (auto* d = ctx->decorated()) {
    if (d->classdef()) {
      unsupported(span(d->classdef()->getStart(), d->classdef()->NAME()->getSymbol()), "class definitions are not supported");
    } else if (d->async_stmt()) {
      unsupported(loc(d->async_stmt()->getStart()), "'async' functions and statements are not supported");
    } else if ((stmt = build_funcdef(d->funcdef()))) {
      auto& def = static_cast<FunctionDef&>(*stmt);
      for (auto* decorator : d->decorator()) def.decorators.push_back(build_test(decorator->test()));
    }
  } else if (auto* c = ctx->classdef()) {
    unsupported(span(c->getStart(), c->NAME()->getSymbol()), "class definitions are not supported");
  } else if (ctx->try_stmt()) {
    unsupported(loc(ctx->try_stmt()->getStart()), "'try' statements are not supported: parc has no exception handling");
  } else if (ctx->with_stmt()) {
    unsupported(loc(ctx->with_stmt()->getStart()), "'with' statements are not supported");
  } else if (ctx->async_stmt()) {
    unsupported(loc(ctx->async_stmt()->getStart()), "'async' functions and statements are not supported");
  }
  if (stmt) out.push_back(std::move(stmt));
}

StmtPtr AstBuilder::build_if(P::If_stmtContext* ctx) {
  auto top = std::make_unique<If>(loc(ctx->getStart()), build_test(ctx->test()));
  build_block(ctx->block(), top->body);
  If* last = top.get();
  for (auto* elif : ctx->elif_clause()) {
    auto next = std::make_unique<If>(loc(elif->getStart()), build_test(elif->test()));
    build_block(elif->block(), next->body);
    If* raw = next.get();
    last->orelse.push_back(std::move(next));
    last = raw;
  }
  if (auto* e = ctx->else_clause()) build_block(e->block(), last->orelse);
  return top;
}

StmtPtr AstBuilder::build_for(P::For_stmtContext* ctx) {
  ExprPtr target = build_exprlist(ctx->exprlist());
  check_target(*target, true, "a 'for' loop");
  auto stmt = std::make_unique<For>(loc(ctx->getStart()), std::move(target), build_testlist(ctx->testlist()));
  ++loop_depth_;
  build_block(ctx->block(), stmt->body);
  --loop_depth_;
  if (auto* e = ctx->else_clause()) unsupported(loc(e->getStart()), "'else' on a 'for' loop is not supported");
  return stmt;
}

StmtPtr AstBuilder::build_while(P::While_stmtContext* ctx) {
  auto stmt = std::make_unique<While>(loc(ctx->getStart()), build_test(ctx->test()));
  ++loop_depth_;
  build_block(ctx->block(), stmt->body);
  --loop_depth_;
  if (auto* e = ctx->else_clause()) unsupported(loc(e->getStart()), "'else' on a 'while' loop is not supported");
  return stmt;
}

StmtPtr AstBuilder::build_funcdef(P::FuncdefContext* ctx) {
  auto def = std::make_unique<FunctionDef>(span(ctx->getStart(), ctx->NAME()->getSymbol()), identifier(ctx->NAME()));
  for (auto* param : ctx->parameters()->param()) {
    if (auto* plain = dynamic_cast<P::PlainParamContext*>(param)) {
      std::string name = identifier(plain->NAME());
      for (const Param& seen : def->params)
        if (seen.name == name)
          error(DiagCode::SyntaxError, loc(plain->NAME()), "duplicate parameter '" + name + "' in function definition");
      def->params.push_back({name, loc(plain->NAME()), plain->annotation ? build_test(plain->annotation) : nullptr,
                             plain->default_value ? build_test(plain->default_value) : nullptr});
    } else if (dynamic_cast<P::StarParamContext*>(param)) {
      unsupported(span(param), "'*args' and keyword-only parameters are not supported");
    } else if (dynamic_cast<P::KwargsParamContext*>(param)) {
      unsupported(span(param), "'**kwargs' parameters are not supported");
    } else {
      unsupported(span(param), "positional-only parameters ('/') are not supported");
    }
  }
  // Parameters after '*' are keyword-only: they may lack defaults.
  bool seen_default = false;
  for (auto* param : ctx->parameters()->param()) {
    if (!dynamic_cast<P::PlainParamContext*>(param)) break;
    auto* plain = static_cast<P::PlainParamContext*>(param);
    if (plain->default_value) seen_default = true;
    else if (seen_default)
      error(DiagCode::SyntaxError, loc(plain->NAME()), "parameter without a default follows parameter with a default");
  }
  if (ctx->return_annotation) def->returns = build_test(ctx->return_annotation);
  // A function body starts outside any loop of the code around it.
  int outer_loops = std::exchange(loop_depth_, 0);
  ++function_depth_;
  build_block(ctx->block(), def->body);
  --function_depth_;
  loop_depth_ = outer_loops;
  return def;
}

}  // namespace parc
