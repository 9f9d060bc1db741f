// The AST builder's class, shared by its two source files:
// ast_builder.cpp (statements) and ast_builder_expr.cpp (expressions).
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/token_loc.h"

#include "KernelParser.h"

#include <string>

namespace parc {

class AstBuilder {
 public:
  using P = kernel_grammar::KernelParser;

  AstBuilder(FileId file, DiagnosticEngine& diags) : file_(file), diags_(diags) {}

  // Statements (ast_builder.cpp).
  void build_stmt(P::StmtContext* ctx, ast::Body& out);
  void build_block(P::BlockContext* ctx, ast::Body& out);

  // Expressions (ast_builder_expr.cpp).
  ast::ExprPtr build_test(P::TestContext* ctx);
  ast::ExprPtr build_expr(P::ExprContext* ctx);
  // "a, b" -> Tuple; "a" -> a; "a," -> Tuple. Items are test or star_expr.
  ast::ExprPtr build_testlist_star_expr(P::Testlist_star_exprContext* ctx);
  ast::ExprPtr build_testlist(P::TestlistContext* ctx);
  ast::ExprPtr build_exprlist(P::ExprlistContext* ctx);

  SourceLoc loc(const antlr4::Token* token) const { return token_loc(file_, token); }
  // A NAME's text in NFKC normal form, as Python compares identifiers.
  std::string identifier(antlr4::tree::TerminalNode* name) const;
  SourceLoc loc(antlr4::tree::TerminalNode* node) const { return token_loc(file_, node->getSymbol()); }
  SourceLoc span(antlr4::ParserRuleContext* ctx) const { return span_loc(file_, ctx); }
  SourceLoc span(const antlr4::Token* first, const antlr4::Token* last) const {
    return span_loc(file_, first, last);
  }

  // A located "not supported" error; returns a placeholder expression so
  // that building can go on and find further errors.
  ast::ExprPtr unsupported_expr(SourceLoc loc, std::string message);
  // A stand-in expression after an error, that no later check complains
  // about (a module with errors is never compiled).
  static ast::ExprPtr placeholder(SourceLoc loc);
  // Counts one level of expression nesting; false (after one error) when too deep.
  bool enter_expression(SourceLoc loc);
  void leave_expression() { --expression_depth_; }
  // Builds ctx with `inner` one nesting level deeper (a placeholder when too deep).
  template <typename Ctx>
  ast::ExprPtr nested(Ctx* ctx, ast::ExprPtr (AstBuilder::*inner)(Ctx*)) {
    if (!enter_expression(span(ctx))) return placeholder(span(ctx));
    ast::ExprPtr result = (this->*inner)(ctx);
    leave_expression();
    return result;
  }
  void unsupported(SourceLoc loc, std::string message) {
    diags_.error(DiagCode::NotSupported, loc, std::move(message));
  }
  void error(DiagCode code, SourceLoc loc, std::string message) { diags_.error(code, loc, std::move(message)); }

 private:
  ast::ExprPtr build_expr_inner(P::ExprContext* ctx);
  ast::ExprPtr build_test_inner(P::TestContext* ctx);
  ast::ExprPtr build_comparison(P::ComparisonContext* ctx);
  ast::ExprPtr build_bool_op(P::ExprContext* ctx);
  // atom trailer*: expressions, and the targets of for loops.
  ast::ExprPtr build_primary(P::AtomContext* atom, const std::vector<P::TrailerContext*>& trailers,
                             antlr4::Token* await_kw);
  ast::ExprPtr build_atom(P::AtomContext* ctx);
  ast::ExprPtr build_trailer(ast::ExprPtr value, antlr4::Token* first, P::TrailerContext* ctx);
  ast::ExprPtr build_call(ast::ExprPtr func, SourceLoc loc, P::ArglistContext* args);
  ast::ExprPtr build_subscript(P::SubscriptContext* ctx);
  ast::ExprPtr build_item(antlr4::ParserRuleContext* test_or_star);
  ast::ExprPtr build_number(antlr4::Token* token);
  ast::ExprPtr build_strings(P::StringAtomContext* ctx);
  ast::ExprPtr build_display(P::Testlist_compContext* ctx, SourceLoc loc, bool is_list);

  // Statements.
  void build_simple_stmt(P::Simple_stmtContext* ctx, ast::Body& out);
  void build_compound_stmt(P::Compound_stmtContext* ctx, ast::Body& out);
  ast::StmtPtr build_expr_stmt(P::Expr_stmtContext* ctx);
  void build_import_name(P::Import_nameContext* ctx, ast::Body& out);
  ast::StmtPtr build_import_from(P::Import_fromContext* ctx);
  ast::StmtPtr build_if(P::If_stmtContext* ctx);
  ast::StmtPtr build_for(P::For_stmtContext* ctx);
  ast::StmtPtr build_while(P::While_stmtContext* ctx);
  ast::StmtPtr build_funcdef(P::FuncdefContext* ctx);
  void check_module(const std::string& module, SourceLoc loc);
  // Name, Attribute, Subscript, or a Tuple/List of targets when `allow_tuple`.
  bool check_target(const ast::Expr& target, bool allow_tuple, const char* what);

  FileId file_;
  DiagnosticEngine& diags_;
  // Expressions nest at most this deep, so that every later pass can
  // recurse over them (CPython's parser stops at a similar depth).
  static constexpr int kMaxExpressionDepth = 4000;
  int expression_depth_ = 0;
  bool reported_too_deep_ = false;
  int function_depth_ = 0;  // 'return' needs a function
  int loop_depth_ = 0;      // 'break' and 'continue' need a loop of this function
};

}  // namespace parc
