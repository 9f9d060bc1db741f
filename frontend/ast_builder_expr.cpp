// The expression half of the AST builder (see ast_builder.h).
#include "frontend/ast_builder_impl.h"
#include "frontend/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <charconv>
#include <clocale>
#include <cstdlib>

namespace parc {
namespace {

using P = kernel_grammar::KernelParser;
using namespace ast;

ast::BinaryOp binary_op_for(const std::string& text) {
  static const std::pair<const char*, BinaryOp> kOps[] = {
      {"+", BinaryOp::Add},       {"-", BinaryOp::Sub},     {"*", BinaryOp::Mul},
      {"@", BinaryOp::MatMul},    {"/", BinaryOp::Div},     {"//", BinaryOp::FloorDiv},
      {"%", BinaryOp::Mod},       {"**", BinaryOp::Pow},    {"<<", BinaryOp::LShift},
      {">>", BinaryOp::RShift},   {"|", BinaryOp::BitOr},   {"^", BinaryOp::BitXor},
      {"&", BinaryOp::BitAnd}};
  for (const auto& [spelling, op] : kOps)
    if (text == spelling) return op;
  return BinaryOp::Add;  // unreachable: the grammar admits only the above
}

CmpOp cmp_op_for(const std::string& text) {
  static const std::pair<const char*, CmpOp> kOps[] = {
      {"<", CmpOp::Lt},   {">", CmpOp::Gt},       {"==", CmpOp::Eq},    {">=", CmpOp::Ge},
      {"<=", CmpOp::Le},  {"!=", CmpOp::Ne},      {"in", CmpOp::In},    {"notin", CmpOp::NotIn},
      {"is", CmpOp::Is},  {"isnot", CmpOp::IsNot}};
  for (const auto& [spelling, op] : kOps)
    if (text == spelling) return op;
  return CmpOp::Eq;
}


int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes Python's escapes in the body of a (non-raw) string literal; on a
// malformed escape returns false with *problem set.
bool decode_escapes(std::string_view body, std::string& out, std::string* problem) {
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 == body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    switch (e) {
      case '\n': break;  // backslash-newline continues the string
      case '\r':
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': case 'u': case 'U': {
        std::size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        std::uint32_t cp = 0;
        for (std::size_t k = 0; k < digits; ++k) {
          int v = i + 1 + k < body.size() ? hex_value(body[i + 1 + k]) : -1;
          if (v < 0) {
            *problem = std::string("truncated \\") + e + " escape";
            return false;
          }
          cp = cp * 16 + static_cast<std::uint32_t>(v);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          *problem = std::string("illegal Unicode character in \\") + e + " escape";
          return false;
        }
        append_utf8(out, cp);
        i += digits;
        break;
      }
      case 'N':
        *problem = "named Unicode escapes (\\N{...}) are not supported";
        return false;
      default:
        if (e >= '0' && e <= '7') {
          std::uint32_t cp = static_cast<std::uint32_t>(e - '0');
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
            cp = cp * 8 + static_cast<std::uint32_t>(body[++i] - '0');
          append_utf8(out, cp);
        } else {
          out += '\\';  // unknown escapes stay as written, as in Python
          out += e;
        }
    }
  }
  return true;
}

}  // namespace

std::string AstBuilder::identifier(antlr4::tree::TerminalNode* name) const {
  std::string text = name->getText();
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c < 0x80;
  if (ascii) return text;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString normal = nfkc->normalize(icu::UnicodeString::fromUTF8(text), status);
  if (U_FAILURE(status)) return text;
  std::string out;
  normal.toUTF8String(out);
  return out;
}

ExprPtr AstBuilder::unsupported_expr(SourceLoc loc, std::string message) {
  unsupported(loc, std::move(message));
  return placeholder(loc);
}

// -------------------------------------------------------------------- tests

ExprPtr AstBuilder::build_test(P::TestContext* ctx) { return nested(ctx, &AstBuilder::build_test_inner); }

ExprPtr AstBuilder::build_test_inner(P::TestContext* ctx) {
  if (auto* c = dynamic_cast<P::ConditionalContext*>(ctx)) {
    ExprPtr body = build_expr(c->body);
    if (!c->cond) return body;
    ExprPtr test = build_expr(c->cond);
    ExprPtr orelse = build_test(c->orelse);
    return std::make_unique<IfExp>(span(ctx), std::move(test), std::move(body), std::move(orelse));
  }
  if (dynamic_cast<P::LambdefContext*>(ctx))
    return unsupported_expr(span(ctx), "lambda expressions are not supported; define a function with 'def'");
  if (dynamic_cast<P::NamedExprContext*>(ctx))
    return unsupported_expr(span(ctx), "assignment expressions (':=') are not supported");
  return unsupported_expr(span(ctx), "'yield' is not supported: parc has no generators");
}

namespace {

// "a and b and c" parses left-nested; Python's AST (and ours) has one BoolOp
// with all the values. Parenthesised operands are atoms, so they stay apart.
template <typename Ctx>
void collect_bool_operands(Ctx* ctx, std::vector<P::ExprContext*>& out) {
  if (auto* same = dynamic_cast<Ctx*>(ctx->lhs)) {
    collect_bool_operands(same, out);
  } else {
    out.push_back(ctx->lhs);
  }
  out.push_back(ctx->rhs);
}

}  // namespace

// a < b < c parses as (a < b) < c: one Compare with every link, as Python.
ExprPtr AstBuilder::build_comparison(P::ComparisonContext* ctx) {
  std::vector<P::ComparisonContext*> links;
  P::ExprContext* left = ctx;
  while (auto* c = dynamic_cast<P::ComparisonContext*>(left)) {
    links.push_back(c);
    left = c->lhs;
  }
  std::vector<CmpOp> ops;
  std::vector<ExprPtr> comparators;
  for (auto it = links.rbegin(); it != links.rend(); ++it) {
    ops.push_back(cmp_op_for((*it)->comp_op()->getText()));
    comparators.push_back(build_expr((*it)->rhs));
  }
  return std::make_unique<Compare>(span(ctx), build_expr(left), std::move(ops), std::move(comparators));
}

ExprPtr AstBuilder::build_bool_op(P::ExprContext* ctx) {
  std::vector<P::ExprContext*> operands;
  BoolOpKind op = BoolOpKind::And;
  if (auto* a = dynamic_cast<P::AndExprContext*>(ctx)) {
    collect_bool_operands(a, operands);
  } else {
    collect_bool_operands(static_cast<P::OrExprContext*>(ctx), operands);
    op = BoolOpKind::Or;
  }
  std::vector<ExprPtr> values;
  for (auto* operand : operands) values.push_back(build_expr(operand));
  return std::make_unique<BoolOp>(span(ctx), op, std::move(values));
}

ExprPtr AstBuilder::placeholder(SourceLoc loc) { return std::make_unique<Name>(loc, "<unsupported>"); }

bool AstBuilder::enter_expression(SourceLoc loc) {
  if (++expression_depth_ <= kMaxExpressionDepth) return true;
  --expression_depth_;
  if (!reported_too_deep_)
    error(DiagCode::TooDeeplyNested, loc,
          "expression too deeply nested: more than " + std::to_string(kMaxExpressionDepth) + " levels");
  reported_too_deep_ = true;
  return false;
}

ExprPtr AstBuilder::build_expr(P::ExprContext* ctx) { return nested(ctx, &AstBuilder::build_expr_inner); }

ExprPtr AstBuilder::build_expr_inner(P::ExprContext* ctx) {
  if (auto* p = dynamic_cast<P::PrimaryContext*>(ctx)) return build_primary(p->atom(), p->trailer(), p->await_kw);
  if (auto* b = dynamic_cast<P::BinaryContext*>(ctx))
    return std::make_unique<Binary>(span(ctx), binary_op_for(b->op->getText()), build_expr(b->lhs), build_expr(b->rhs));
  if (auto* u = dynamic_cast<P::UnaryContext*>(ctx)) {
    std::string op = u->op->getText();
    UnaryOp unary = op == "-" ? UnaryOp::Neg : op == "+" ? UnaryOp::Plus : UnaryOp::Invert;
    return std::make_unique<Unary>(span(ctx), unary, build_expr(u->operand));
  }
  if (auto* c = dynamic_cast<P::ComparisonContext*>(ctx)) return build_comparison(c);
  if (auto* n = dynamic_cast<P::NotExprContext*>(ctx))
    return std::make_unique<Unary>(span(ctx), UnaryOp::Not, build_expr(n->operand));
  if (dynamic_cast<P::AndExprContext*>(ctx) || dynamic_cast<P::OrExprContext*>(ctx)) return build_bool_op(ctx);
  auto* power = static_cast<P::PowerContext*>(ctx);
  return std::make_unique<Binary>(span(ctx), BinaryOp::Pow, build_expr(power->lhs), build_expr(power->rhs));
}

// ------------------------------------------------------------ atoms, trailers

ExprPtr AstBuilder::build_primary(P::AtomContext* atom, const std::vector<P::TrailerContext*>& trailers,
                                  antlr4::Token* await_kw) {
  if (await_kw) return unsupported_expr(loc(await_kw), "'await' is not supported");
  ExprPtr value = build_atom(atom);
  // Each trailer nests the expression one level deeper: a[0][0]... counts.
  int entered = 0;
  for (auto* trailer : trailers) {
    if (!enter_expression(span(trailer))) break;
    ++entered;
    value = build_trailer(std::move(value), atom->getStart(), trailer);
  }
  expression_depth_ -= entered;
  return value;
}

ExprPtr AstBuilder::build_trailer(ExprPtr value, antlr4::Token* first, P::TrailerContext* ctx) {
  SourceLoc whole = span(first, ctx->getStop());
  if (auto* call = dynamic_cast<P::CallTrailerContext*>(ctx)) return build_call(std::move(value), whole, call->arglist());
  if (auto* attr = dynamic_cast<P::AttributeTrailerContext*>(ctx))
    return std::make_unique<Attribute>(whole, std::move(value), identifier(attr->NAME()), loc(attr->NAME()));
  auto* sub = static_cast<P::SubscriptTrailerContext*>(ctx);
  std::vector<ExprPtr> indices;
  for (auto* s : sub->subscriptlist()->subscript()) indices.push_back(build_subscript(s));
  bool is_tuple = indices.size() > 1 || sub->subscriptlist()->trailing != nullptr;
  return std::make_unique<Subscript>(whole, std::move(value), std::move(indices), is_tuple);
}

ExprPtr AstBuilder::build_subscript(P::SubscriptContext* ctx) {
  if (auto* index = dynamic_cast<P::IndexSubscriptContext*>(ctx)) return build_test(index->test());
  auto* slice = static_cast<P::SliceSubscriptContext*>(ctx);
  auto part = [&](P::TestContext* t) { return t ? build_test(t) : nullptr; };
  return std::make_unique<Slice>(span(ctx), part(slice->lower), part(slice->upper), part(slice->step));
}

ExprPtr AstBuilder::build_call(ExprPtr func, SourceLoc whole, P::ArglistContext* arglist) {
  std::vector<ExprPtr> args;
  std::vector<Keyword> keywords;
  if (arglist) {
    for (auto* argument : arglist->argument()) {
      if (auto* kw = dynamic_cast<P::KeywordArgumentContext*>(argument)) {
        std::string name = identifier(kw->NAME());
        for (const Keyword& seen : keywords)
          if (seen.name == name) error(DiagCode::SyntaxError, loc(kw->NAME()), "keyword argument repeated: '" + name + "'");
        keywords.push_back({name, loc(kw->NAME()), build_test(kw->test())});
      } else if (auto* pos = dynamic_cast<P::PositionalArgumentContext*>(argument)) {
        if (pos->comp_for()) {
          args.push_back(unsupported_expr(span(pos), "generator expressions are not supported; use a loop"));
          continue;
        }
        if (!keywords.empty())
          error(DiagCode::SyntaxError, span(pos), "positional argument follows keyword argument");
        args.push_back(build_test(pos->test()));
      } else if (auto* star = dynamic_cast<P::StarArgumentContext*>(argument)) {
        if (!keywords.empty())
          error(DiagCode::SyntaxError, span(star), "iterable argument unpacking follows keyword argument");
        args.push_back(std::make_unique<Starred>(span(star), build_test(star->test())));
      } else {
        unsupported(span(argument), "keyword argument unpacking with '**' is not supported");
      }
    }
  }
  return std::make_unique<Call>(whole, std::move(func), std::move(args), std::move(keywords));
}

ExprPtr AstBuilder::build_atom(P::AtomContext* ctx) {
  SourceLoc where = span(ctx);
  if (auto* name = dynamic_cast<P::NameAtomContext*>(ctx))
    return std::make_unique<Name>(where, identifier(name->NAME()));
  if (auto* number = dynamic_cast<P::NumberAtomContext*>(ctx)) return build_number(number->NUMBER()->getSymbol());
  if (auto* strings = dynamic_cast<P::StringAtomContext*>(ctx)) return build_strings(strings);
  if (dynamic_cast<P::TrueAtomContext*>(ctx)) return std::make_unique<BoolLit>(where, true);
  if (dynamic_cast<P::FalseAtomContext*>(ctx)) return std::make_unique<BoolLit>(where, false);
  if (dynamic_cast<P::NoneAtomContext*>(ctx)) return std::make_unique<NoneLit>(where);
  if (dynamic_cast<P::EllipsisAtomContext*>(ctx)) return unsupported_expr(where, "'...' (Ellipsis) is not supported");
  if (auto* paren = dynamic_cast<P::ParenAtomContext*>(ctx)) {
    if (!paren->testlist_comp()) return std::make_unique<Tuple>(where, std::vector<ExprPtr>{});
    return build_display(paren->testlist_comp(), where, false);
  }
  if (auto* list = dynamic_cast<P::ListAtomContext*>(ctx)) {
    if (!list->testlist_comp()) return std::make_unique<List>(where, std::vector<ExprPtr>{});
    return build_display(list->testlist_comp(), where, true);
  }
  auto* dict = static_cast<P::DictAtomContext*>(ctx);
  auto* maker = dict->dictorsetmaker();
  // {a, b} and {a for ...} are sets; {} and {k: v} and {**d} are dicts.
  bool is_set = maker && maker->children[0]->getText() != "**" &&
                !(maker->children.size() > 1 && maker->children[1]->getText() == ":");
  if (maker && maker->comp_for())
    return unsupported_expr(where, is_set ? "set comprehensions are not supported" : "dict comprehensions are not supported");
  return unsupported_expr(where, is_set ? "set literals are not supported" : "dict literals are not supported");
}

// "(a)", "(a, b)", "[a, b]", and the comprehensions that parc rejects.
ExprPtr AstBuilder::build_display(P::Testlist_compContext* ctx, SourceLoc where, bool is_list) {
  if (ctx->comp_for())
    return unsupported_expr(where, is_list ? "list comprehensions are not supported; use a loop"
                                           : "generator expressions are not supported; use a loop");
  std::vector<ExprPtr> elts;
  for (auto* child : ctx->children)
    if (auto* item = dynamic_cast<antlr4::ParserRuleContext*>(child)) elts.push_back(build_item(item));
  if (is_list) return std::make_unique<List>(where, std::move(elts));
  if (elts.size() == 1 && !ctx->trailing) return std::move(elts[0]);  // parenthesised expression
  return std::make_unique<Tuple>(where, std::move(elts));
}

ExprPtr AstBuilder::build_item(antlr4::ParserRuleContext* item) {
  if (auto* test = dynamic_cast<P::TestContext*>(item)) return build_test(test);
  if (auto* expr = dynamic_cast<P::ExprContext*>(item)) return build_expr(expr);
  if (auto* target = dynamic_cast<P::TargetContext*>(item)) return build_primary(target->atom(), target->trailer(), nullptr);
  return unsupported_expr(span(item), "starred expressions ('*x') are not supported");
}

ExprPtr AstBuilder::build_testlist_star_expr(P::Testlist_star_exprContext* ctx) {
  std::vector<ExprPtr> elts;
  for (auto* child : ctx->children)
    if (auto* item = dynamic_cast<antlr4::ParserRuleContext*>(child)) elts.push_back(build_item(item));
  if (elts.size() == 1 && !ctx->trailing) return std::move(elts[0]);
  return std::make_unique<Tuple>(span(ctx), std::move(elts));
}

ExprPtr AstBuilder::build_testlist(P::TestlistContext* ctx) {
  std::vector<ExprPtr> elts;
  for (auto* test : ctx->test()) elts.push_back(build_test(test));
  if (elts.size() == 1 && !ctx->trailing) return std::move(elts[0]);
  return std::make_unique<Tuple>(span(ctx), std::move(elts));
}

ExprPtr AstBuilder::build_exprlist(P::ExprlistContext* ctx) {
  std::vector<ExprPtr> elts;
  for (auto* child : ctx->children)
    if (auto* item = dynamic_cast<antlr4::ParserRuleContext*>(child)) elts.push_back(build_item(item));
  if (elts.size() == 1 && !ctx->trailing) return std::move(elts[0]);
  return std::make_unique<Tuple>(span(ctx), std::move(elts));
}

// ------------------------------------------------------------------ literals

ExprPtr AstBuilder::build_number(antlr4::Token* token) {
  SourceLoc where = loc(token);
  std::string text;
  for (char c : token->getText())
    if (c != '_') text += c;
  char last = text.back();
  if (last == 'j' || last == 'J') return unsupported_expr(where, "complex numbers are not supported");
  bool is_prefixed = text.size() > 1 && text[0] == '0' && std::string_view("xXoObB").find(text[1]) != std::string_view::npos;
  bool is_float = !is_prefixed && text.find_first_of(".eE") != std::string::npos;
  if (is_float) {
    // strtod rounds as Python does (overflow to inf, underflow to 0.0 or a
    // subnormal); the "C" locale keeps '.' the decimal point whatever the
    // host process set.
    static const locale_t c_locale = newlocale(LC_ALL_MASK, "C", locale_t{});
    return std::make_unique<FloatLit>(where, strtod_l(text.c_str(), nullptr, c_locale));
  }
  int base = 10;
  std::size_t skip = 0;
  if (is_prefixed) {
    char p = static_cast<char>(std::tolower(static_cast<unsigned char>(text[1])));
    base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    skip = 2;
  }
  std::uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data() + skip, text.data() + text.size(), value, base);
  if (ec == std::errc::result_out_of_range) {
    error(DiagCode::InvalidLiteral, where, "integer literal is too large: parc's integers are at most 64 bits");
    value = 0;
  }
  (void)end;
  return std::make_unique<IntLit>(where, value);
}

ExprPtr AstBuilder::build_strings(P::StringAtomContext* ctx) {
  std::string value;
  for (auto* node : ctx->STRING()) {
    std::string text = node->getText();
    std::size_t quote = text.find_first_of("'\"");
    std::string prefix = text.substr(0, quote);
    bool raw = false;
    for (char c : prefix) {
      char p = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (p == 'f') return unsupported_expr(loc(node), "f-strings are not supported; pass the values to print() separately");
      if (p == 'b') return unsupported_expr(loc(node), "bytes literals are not supported");
      if (p == 'r') raw = true;
    }
    bool triple = text.size() - quote >= 6 && text.compare(quote, 3, std::string(3, text[quote])) == 0;
    std::size_t q = triple ? 3 : 1;
    std::string_view body(text.data() + quote + q, text.size() - quote - 2 * q);
    if (raw) {
      value += body;
      continue;
    }
    std::string problem;
    if (!decode_escapes(body, value, &problem)) {
      error(DiagCode::InvalidLiteral, loc(node), problem);
      return std::make_unique<StrLit>(span(ctx), std::string());
    }
  }
  return std::make_unique<StrLit>(span(ctx), std::move(value));
}

}  // namespace parc
