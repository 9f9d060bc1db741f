// Unit tests of the frontend's entry point, source text to AST: node kinds
// and shapes, literal values (exact integers, exact doubles, decoded string
// bytes), source locations, and the null module plus diagnostics on errors.
// The lit tests under tests/lit/parse cover every construct through the
// printer; these check what the printer does not show (lengths, exact
// values, keyword and import-name locations, file ids).
#include "frontend/ast.h"
#include "frontend/parse.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace parc {
namespace {

using namespace ast;

class ParseTest : public ::testing::Test {
 protected:
  // Parses `text` as a file of its own; nullptr on error (see diags).
  std::unique_ptr<Module> parse(std::string text, std::string name = "t.py") {
    FileId file = sources.add(std::move(name), std::move(text));
    return parse_module(sources, file, diags);
  }

  // Parses a valid module, failing the test (with the diagnostics) if not.
  std::unique_ptr<Module> parse_ok(std::string text) {
    std::size_t before = diags.diagnostics().size();
    auto module = parse(std::move(text));
    EXPECT_TRUE(module) << "unexpected parse failure";
    for (std::size_t i = before; i < diags.diagnostics().size(); ++i) {
      const Diagnostic& d = diags.diagnostics()[i];
      ADD_FAILURE() << d.loc.line << ":" << d.loc.col << ": " << d.message;
    }
    return module;
  }

  // The value of the single statement "x = <expr>" in `text`.
  const Expr* value_of(std::string text) {
    modules_.push_back(parse_ok(std::move(text)));
    const Module* module = modules_.back().get();
    if (!module || module->body.size() != 1) {
      ADD_FAILURE() << "expected one statement";
      return nullptr;
    }
    const auto* assign = dyn_cast<Assign>(module->body[0].get());
    if (!assign) {
      ADD_FAILURE() << "expected an assignment";
      return nullptr;
    }
    return assign->value.get();
  }

  double float_value(std::string text) {
    const auto* lit = dyn_cast<FloatLit>(value_of(std::move(text)));
    if (!lit) {
      ADD_FAILURE() << "expected a FloatLit";
      return std::nan("");
    }
    return lit->value;
  }

  std::uint64_t int_value(std::string text) {
    const auto* lit = dyn_cast<IntLit>(value_of(std::move(text)));
    if (!lit) {
      ADD_FAILURE() << "expected an IntLit";
      return 0;
    }
    return lit->value;
  }

  std::string str_value(std::string text) {
    const auto* lit = dyn_cast<StrLit>(value_of(std::move(text)));
    if (!lit) {
      ADD_FAILURE() << "expected a StrLit";
      return "<not a StrLit>";
    }
    return lit->value;
  }

  // The single diagnostic of a failed parse of `text`.
  const Diagnostic* only_error(std::string text) {
    auto module = parse(std::move(text));
    EXPECT_EQ(module, nullptr);
    EXPECT_TRUE(diags.has_errors());
    EXPECT_EQ(diags.diagnostics().size(), 1u);
    return diags.diagnostics().empty() ? nullptr : &diags.diagnostics().front();
  }

  SourceManager sources;
  DiagnosticEngine diags;

 private:
  std::vector<std::unique_ptr<Module>> modules_;  // keeps value_of's nodes alive
};

void expect_loc(const SourceLoc& loc, std::uint32_t line, std::uint32_t col, std::uint32_t len) {
  EXPECT_EQ(loc.line, line);
  EXPECT_EQ(loc.col, col);
  EXPECT_EQ(loc.len, len);
}

// ------------------------------------------------------------------ shapes

TEST_F(ParseTest, AssignmentOfASum) {
  const auto* sum = dyn_cast<Binary>(value_of("x = 1 + 2\n"));
  ASSERT_TRUE(sum);
  EXPECT_EQ(sum->op, BinaryOp::Add);
  expect_loc(sum->loc, 1, 5, 5);
  ASSERT_TRUE(dyn_cast<IntLit>(sum->lhs.get()));
  ASSERT_TRUE(dyn_cast<IntLit>(sum->rhs.get()));
  EXPECT_EQ(dyn_cast<IntLit>(sum->lhs.get())->value, 1u);
  EXPECT_EQ(dyn_cast<IntLit>(sum->rhs.get())->value, 2u);
}

TEST_F(ParseTest, BoolOpFlattensOnlyUnparenthesisedChains) {
  // a and b and c: one BoolOp with three values.
  const auto* flat = dyn_cast<BoolOp>(value_of("x = a and b and c\n"));
  ASSERT_TRUE(flat);
  EXPECT_EQ(flat->op, BoolOpKind::And);
  ASSERT_EQ(flat->values.size(), 3u);
  EXPECT_EQ(dyn_cast<Name>(flat->values[2].get())->id, "c");

  // (a and b) and c: the parenthesised BoolOp stays a value of its own.
  const auto* nested = dyn_cast<BoolOp>(value_of("x = (a and b) and c\n"));
  ASSERT_TRUE(nested);
  ASSERT_EQ(nested->values.size(), 2u);
  const auto* inner = dyn_cast<BoolOp>(nested->values[0].get());
  ASSERT_TRUE(inner);
  EXPECT_EQ(inner->values.size(), 2u);

  // a or b and c: 'and' binds tighter; a or-chain does not absorb it.
  const auto* mixed = dyn_cast<BoolOp>(value_of("x = a or b and c or d\n"));
  ASSERT_TRUE(mixed);
  EXPECT_EQ(mixed->op, BoolOpKind::Or);
  ASSERT_EQ(mixed->values.size(), 3u);
  const auto* middle = dyn_cast<BoolOp>(mixed->values[1].get());
  ASSERT_TRUE(middle);
  EXPECT_EQ(middle->op, BoolOpKind::And);
}

TEST_F(ParseTest, CompareChainsStayFlat) {
  const auto* chain = dyn_cast<Compare>(value_of("x = a < b <= c\n"));
  ASSERT_TRUE(chain);
  EXPECT_EQ(chain->ops, (std::vector<CmpOp>{CmpOp::Lt, CmpOp::Le}));
  ASSERT_EQ(chain->comparators.size(), 2u);
  EXPECT_EQ(dyn_cast<Name>(chain->left.get())->id, "a");
  EXPECT_EQ(dyn_cast<Name>(chain->comparators[1].get())->id, "c");

  const auto* words = dyn_cast<Compare>(value_of("x = a not in b is not c in d is e\n"));
  ASSERT_TRUE(words);
  EXPECT_EQ(words->ops, (std::vector<CmpOp>{CmpOp::NotIn, CmpOp::IsNot, CmpOp::In, CmpOp::Is}));

  // not a == b: the Unary 'not' is over the whole comparison.
  const auto* negated = dyn_cast<Unary>(value_of("x = not a == b\n"));
  ASSERT_TRUE(negated);
  EXPECT_EQ(negated->op, UnaryOp::Not);
  ASSERT_TRUE(dyn_cast<Compare>(negated->operand.get()));
}

TEST_F(ParseTest, PowerAssociatesRightAndBindsTighterThanUnaryOnItsLeft) {
  // 2 ** 3 ** 2 is 2 ** (3 ** 2).
  const auto* pow = dyn_cast<Binary>(value_of("x = 2 ** 3 ** 2\n"));
  ASSERT_TRUE(pow);
  EXPECT_EQ(pow->op, BinaryOp::Pow);
  ASSERT_TRUE(dyn_cast<IntLit>(pow->lhs.get()));
  const auto* rhs = dyn_cast<Binary>(pow->rhs.get());
  ASSERT_TRUE(rhs);
  EXPECT_EQ(rhs->op, BinaryOp::Pow);

  // -2 ** 2 is -(2 ** 2).
  const auto* neg = dyn_cast<Unary>(value_of("x = -2 ** 2\n"));
  ASSERT_TRUE(neg);
  EXPECT_EQ(neg->op, UnaryOp::Neg);
  const auto* inner = dyn_cast<Binary>(neg->operand.get());
  ASSERT_TRUE(inner);
  EXPECT_EQ(inner->op, BinaryOp::Pow);

  // 2 ** -1 is 2 ** (-1).
  const auto* recip = dyn_cast<Binary>(value_of("x = 2 ** -1\n"));
  ASSERT_TRUE(recip);
  ASSERT_TRUE(dyn_cast<Unary>(recip->rhs.get()));

  // -a * b is (-a) * b; a - b - c is (a - b) - c.
  const auto* mul = dyn_cast<Binary>(value_of("x = -a * b\n"));
  ASSERT_TRUE(mul);
  EXPECT_EQ(mul->op, BinaryOp::Mul);
  ASSERT_TRUE(dyn_cast<Unary>(mul->lhs.get()));
  const auto* sub = dyn_cast<Binary>(value_of("x = a - b - c\n"));
  ASSERT_TRUE(sub);
  ASSERT_TRUE(dyn_cast<Binary>(sub->lhs.get()));
  ASSERT_TRUE(dyn_cast<Name>(sub->rhs.get()));
}

TEST_F(ParseTest, EveryAugmentedAssignmentOperator) {
  auto module = parse_ok(
      "x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx //= 1\nx %= 1\n"
      "x **= 1\nx <<= 1\nx >>= 1\nx &= 1\nx |= 1\nx ^= 1\n");
  ASSERT_TRUE(module);
  const BinaryOp expected[] = {BinaryOp::Add,    BinaryOp::Sub,    BinaryOp::Mul,    BinaryOp::MatMul, BinaryOp::Div,
                               BinaryOp::FloorDiv, BinaryOp::Mod,  BinaryOp::Pow,    BinaryOp::LShift, BinaryOp::RShift,
                               BinaryOp::BitAnd, BinaryOp::BitOr,  BinaryOp::BitXor};
  ASSERT_EQ(module->body.size(), std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const auto* aug = dyn_cast<AugAssign>(module->body[i].get());
    ASSERT_TRUE(aug) << "statement " << i;
    EXPECT_EQ(aug->op, expected[i]) << "statement " << i << ": " << spelling(expected[i]) << "=";
    EXPECT_EQ(aug->loc.line, i + 1);
  }
}

TEST_F(ParseTest, ElifChainNestsInOrelse) {
  auto module = parse_ok("if a:\n    x = 1\nelif b:\n    x = 2\nelse:\n    x = 3\n    y = 4\n");
  ASSERT_TRUE(module);
  ASSERT_EQ(module->body.size(), 1u);
  const auto* top = dyn_cast<If>(module->body[0].get());
  ASSERT_TRUE(top);
  EXPECT_EQ(top->body.size(), 1u);
  ASSERT_EQ(top->orelse.size(), 1u);
  const auto* elif = dyn_cast<If>(top->orelse[0].get());
  ASSERT_TRUE(elif);
  expect_loc(elif->loc, 3, 1, 4);  // the 'elif' keyword
  EXPECT_EQ(dyn_cast<Name>(elif->test.get())->id, "b");
  EXPECT_EQ(elif->orelse.size(), 2u);  // the else body
}

TEST_F(ParseTest, FunctionDefWithDecoratorsParametersAndReturns) {
  auto module = parse_ok(
      "@njit\n"
      "@numba.njit(fastmath=True, cache=False)\n"
      "def f(x: float, n=3) -> float:\n"
      "    return x, n\n");
  ASSERT_TRUE(module);
  const auto* def = dyn_cast<FunctionDef>(module->body[0].get());
  ASSERT_TRUE(def);
  EXPECT_EQ(def->name, "f");
  EXPECT_EQ(def->loc.line, 3u);  // at 'def', not at the first decorator
  EXPECT_EQ(def->loc.col, 1u);
  ASSERT_EQ(def->decorators.size(), 2u);
  EXPECT_EQ(dyn_cast<Name>(def->decorators[0].get())->id, "njit");
  const auto* call = dyn_cast<Call>(def->decorators[1].get());
  ASSERT_TRUE(call);
  EXPECT_TRUE(dyn_cast<Attribute>(call->func.get()));
  ASSERT_EQ(call->keywords.size(), 2u);
  EXPECT_EQ(call->keywords[0].name, "fastmath");
  expect_loc(call->keywords[0].loc, 2, 13, 8);
  EXPECT_EQ(call->keywords[1].name, "cache");
  EXPECT_FALSE(dyn_cast<BoolLit>(call->keywords[1].value.get())->value);

  ASSERT_EQ(def->params.size(), 2u);
  EXPECT_EQ(def->params[0].name, "x");
  expect_loc(def->params[0].loc, 3, 7, 1);
  EXPECT_EQ(dyn_cast<Name>(def->params[0].annotation.get())->id, "float");
  EXPECT_EQ(def->params[0].default_value, nullptr);
  EXPECT_EQ(def->params[1].annotation, nullptr);
  EXPECT_EQ(dyn_cast<IntLit>(def->params[1].default_value.get())->value, 3u);
  ASSERT_TRUE(dyn_cast<Name>(def->returns.get()));

  ASSERT_EQ(def->body.size(), 1u);
  const auto* ret = dyn_cast<Return>(def->body[0].get());
  ASSERT_TRUE(ret);
  const auto* tuple = dyn_cast<Tuple>(ret->value.get());
  ASSERT_TRUE(tuple);
  EXPECT_EQ(tuple->elts.size(), 2u);
}

TEST_F(ParseTest, SubscriptsTuplesAndSlices) {
  // a[1:-1, ::2]: two indices, both slices; the second has only a step.
  const auto* sub = dyn_cast<Subscript>(value_of("x = a[1:-1, ::2]\n"));
  ASSERT_TRUE(sub);
  EXPECT_TRUE(sub->is_tuple);
  ASSERT_EQ(sub->indices.size(), 2u);
  const auto* first = dyn_cast<Slice>(sub->indices[0].get());
  ASSERT_TRUE(first);
  EXPECT_TRUE(dyn_cast<IntLit>(first->lower.get()));
  EXPECT_TRUE(dyn_cast<Unary>(first->upper.get()));
  EXPECT_EQ(first->step, nullptr);
  const auto* second = dyn_cast<Slice>(sub->indices[1].get());
  ASSERT_TRUE(second);
  EXPECT_EQ(second->lower, nullptr);
  EXPECT_EQ(second->upper, nullptr);
  EXPECT_EQ(dyn_cast<IntLit>(second->step.get())->value, 2u);

  // a[i,] is a one-index tuple; a[i] is not; a[(i, j)] is one Tuple index.
  const auto* one = dyn_cast<Subscript>(value_of("x = a[i,]\n"));
  ASSERT_TRUE(one);
  EXPECT_TRUE(one->is_tuple);
  EXPECT_EQ(one->indices.size(), 1u);
  const auto* plain = dyn_cast<Subscript>(value_of("x = a[i]\n"));
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->is_tuple);
  const auto* paren = dyn_cast<Subscript>(value_of("x = a[(i, j)]\n"));
  ASSERT_TRUE(paren);
  EXPECT_FALSE(paren->is_tuple);
  ASSERT_EQ(paren->indices.size(), 1u);
  EXPECT_TRUE(dyn_cast<Tuple>(paren->indices[0].get()));

  // () is an empty Tuple, (1,) a one-element Tuple, (1) just the IntLit.
  const auto* empty = dyn_cast<Tuple>(value_of("x = ()\n"));
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->elts.empty());
  const auto* single = dyn_cast<Tuple>(value_of("x = (1,)\n"));
  ASSERT_TRUE(single);
  EXPECT_EQ(single->elts.size(), 1u);
  EXPECT_TRUE(dyn_cast<IntLit>(value_of("x = (1)\n")));
  const auto* list = dyn_cast<List>(value_of("x = [1, 2]\n"));
  ASSERT_TRUE(list);
  EXPECT_EQ(list->elts.size(), 2u);
}

// ---------------------------------------------------------------- literals

TEST_F(ParseTest, IntegerLiteralsInEveryBaseUpTo64Bits) {
  EXPECT_EQ(int_value("x = 0\n"), 0u);
  EXPECT_EQ(int_value("x = 0xFF\n"), 255u);
  EXPECT_EQ(int_value("x = 0o17\n"), 15u);
  EXPECT_EQ(int_value("x = 0b101\n"), 5u);
  EXPECT_EQ(int_value("x = 1_000_000\n"), 1000000u);
  EXPECT_EQ(int_value("x = 9223372036854775807\n"), std::uint64_t{9223372036854775807u});
  EXPECT_EQ(int_value("x = 18446744073709551615\n"), std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(int_value("x = 0xFFFF_FFFF_FFFF_FFFF\n"), std::numeric_limits<std::uint64_t>::max());
}

TEST_F(ParseTest, IntegerLiteralAbove64BitsIsAnError) {
  const Diagnostic* d = only_error("x = 18446744073709551616\n");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->code, DiagCode::InvalidLiteral);
  expect_loc(d->loc, 1, 5, 20);
}

TEST_F(ParseTest, FloatLiteralsAreExact) {
  // Each literal must be the double nearest to its decimal value, as
  // CPython's float() gives it: compared with ==, not within a tolerance.
  EXPECT_EQ(float_value("x = 1e-5\n"), 1e-5);
  EXPECT_EQ(float_value("x = 0.1\n"), 0.1);
  EXPECT_EQ(float_value("x = 1.5\n"), 1.5);
  EXPECT_EQ(float_value("x = .5\n"), 0.5);
  EXPECT_EQ(float_value("x = 5.\n"), 5.0);
  EXPECT_EQ(float_value("x = 1E+16\n"), 1e16);
  EXPECT_EQ(float_value("x = 1_0.5e1_0\n"), 10.5e10);
  EXPECT_EQ(float_value("x = 0.30000000000000004\n"), 0.30000000000000004);
  EXPECT_EQ(float_value("x = 1.7976931348623157e308\n"), std::numeric_limits<double>::max());
  EXPECT_EQ(float_value("x = 2.2250738585072014e-308\n"), std::numeric_limits<double>::min());
  // The smallest subnormal, and a literal that rounds to it.
  EXPECT_EQ(float_value("x = 5e-324\n"), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(float_value("x = 3e-324\n"), std::numeric_limits<double>::denorm_min());
  // Overflow is +inf, underflow is +0.0, as in Python.
  double big = float_value("x = 1e999\n");
  EXPECT_TRUE(std::isinf(big));
  EXPECT_GT(big, 0);
  double tiny = float_value("x = 1e-999\n");
  EXPECT_EQ(tiny, 0.0);
  EXPECT_FALSE(std::signbit(tiny));
}

TEST_F(ParseTest, ZeroWithAnExponentIsAFloat) {
  // CPython: 0e0 == 0.0 (a float), 0E5 too. Not an IntLit.
  EXPECT_EQ(float_value("x = 0e0\n"), 0.0);
  EXPECT_EQ(float_value("x = 0E5\n"), 0.0);
}

TEST_F(ParseTest, BoolAndNoneLiterals) {
  const auto* t = dyn_cast<BoolLit>(value_of("x = True\n"));
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->value);
  const auto* f = dyn_cast<BoolLit>(value_of("x = False\n"));
  ASSERT_TRUE(f);
  EXPECT_FALSE(f->value);
  EXPECT_TRUE(dyn_cast<NoneLit>(value_of("x = None\n")));
}

TEST_F(ParseTest, StringEscapesDecodeToUtf8Bytes) {
  EXPECT_EQ(str_value("x = 'a\\nb\\tc'\n"), "a\nb\tc");
  EXPECT_EQ(str_value("x = '\\\\ \\' \\\"'\n"), "\\ ' \"");
  EXPECT_EQ(str_value("x = '\\x41\\101'\n"), "AA");
  EXPECT_EQ(str_value("x = '\\u00e9'\n"), "\xC3\xA9");
  EXPECT_EQ(str_value("x = '\\U0001F600'\n"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(str_value("x = '\\0'\n"), std::string(1, '\0'));
  EXPECT_EQ(str_value("x = '\\777'\n"), "\xC7\xBF");  // U+01FF
  EXPECT_EQ(str_value("x = '\\d'\n"), "\\d");         // unknown escapes stay
  EXPECT_EQ(str_value("x = 'ab\\\ncd'\n"), "abcd");   // backslash-newline
}

TEST_F(ParseTest, RawStringsAndAdjacentConcatenation) {
  EXPECT_EQ(str_value("x = r'\\n'\n"), "\\n");
  EXPECT_EQ(str_value("x = 'a\\n' r'\\n' \"\"\"b\nc\"\"\"\n"), "a\n\\nb\nc");
  // Concatenated across lines in parentheses; located at the first literal.
  const auto* lit = dyn_cast<StrLit>(value_of("x = ('ab'\n     'cd')\n"));
  ASSERT_TRUE(lit);
  EXPECT_EQ(lit->value, "abcd");
  EXPECT_EQ(lit->loc.line, 1u);
  EXPECT_EQ(lit->loc.col, 6u);
}

TEST_F(ParseTest, LineBreaksInStringsOfCrlfFilesReadAsNewlines) {
  // CPython translates CRLF to LF before tokenizing: a triple-quoted string
  // holds "\n", and a backslash before CRLF continues a short string.
  EXPECT_EQ(str_value("x = \"\"\"a\r\nb\"\"\"\r\n"), "a\nb");
  EXPECT_EQ(str_value("x = 'a\\\r\nb'\r\n"), "ab");
}

// --------------------------------------------------------------- locations

TEST_F(ParseTest, LocationsOfNamesCallsAndAttributes) {
  auto module = parse_ok("result = np.zeros(n, dtype=t)\n");
  ASSERT_TRUE(module);
  const auto* assign = dyn_cast<Assign>(module->body[0].get());
  ASSERT_TRUE(assign);
  expect_loc(assign->loc, 1, 1, 29);
  expect_loc(assign->targets[0]->loc, 1, 1, 6);
  const auto* call = dyn_cast<Call>(assign->value.get());
  ASSERT_TRUE(call);
  expect_loc(call->loc, 1, 10, 20);
  const auto* attr = dyn_cast<Attribute>(call->func.get());
  ASSERT_TRUE(attr);
  expect_loc(attr->loc, 1, 10, 8);
  expect_loc(attr->attr_loc, 1, 13, 5);
  expect_loc(call->args[0]->loc, 1, 19, 1);
  ASSERT_EQ(call->keywords.size(), 1u);
  expect_loc(call->keywords[0].loc, 1, 22, 5);
  expect_loc(call->keywords[0].value->loc, 1, 28, 1);
}

TEST_F(ParseTest, LocationsCountCodePointsAndFollowLines) {
  // Columns and lengths count code points: "héllo" is 7 characters long.
  auto module = parse_ok("s = \"héllo\"; t = 1\nif s:\n    u = (1 +\n         2)\n");
  ASSERT_TRUE(module);
  ASSERT_EQ(module->body.size(), 3u);
  const auto* s = dyn_cast<Assign>(module->body[0].get());
  ASSERT_TRUE(s);
  expect_loc(s->value->loc, 1, 5, 7);
  const auto* t = dyn_cast<Assign>(module->body[1].get());
  ASSERT_TRUE(t);
  expect_loc(t->loc, 1, 14, 5);
  const auto* branch = dyn_cast<If>(module->body[2].get());
  ASSERT_TRUE(branch);
  const auto* u = dyn_cast<Assign>(branch->body[0].get());
  ASSERT_TRUE(u);
  const auto* sum = dyn_cast<Binary>(u->value.get());
  ASSERT_TRUE(sum);
  EXPECT_EQ(sum->loc.line, 3u);
  EXPECT_EQ(sum->loc.col, 10u);
  expect_loc(sum->rhs->loc, 4, 10, 1);  // on the line it is written on
}

TEST_F(ParseTest, ImportsAndTheirNames) {
  auto module = parse_ok("import numpy as np, math\nfrom math import sqrt as s, pi\n");
  ASSERT_TRUE(module);
  ASSERT_EQ(module->body.size(), 3u);  // one Import per imported module
  const auto* np = dyn_cast<Import>(module->body[0].get());
  ASSERT_TRUE(np);
  EXPECT_EQ(np->module, "numpy");
  EXPECT_EQ(np->alias, "np");
  expect_loc(np->loc, 1, 8, 11);
  const auto* math = dyn_cast<Import>(module->body[1].get());
  ASSERT_TRUE(math);
  EXPECT_EQ(math->alias, "");
  expect_loc(math->loc, 1, 21, 4);
  const auto* from = dyn_cast<ImportFrom>(module->body[2].get());
  ASSERT_TRUE(from);
  EXPECT_EQ(from->module, "math");
  ASSERT_EQ(from->names.size(), 2u);
  EXPECT_EQ(from->names[0].name, "sqrt");
  EXPECT_EQ(from->names[0].alias, "s");
  expect_loc(from->names[0].loc, 2, 18, 9);
  EXPECT_EQ(from->names[1].alias, "");
  expect_loc(from->names[1].loc, 2, 29, 2);
}

TEST_F(ParseTest, EachFileKeepsItsOwnId) {
  auto first = parse("x = 1\n", "a.py");
  auto second = parse("\ny = 2\n", "b.py");
  ASSERT_TRUE(first);
  ASSERT_TRUE(second);
  EXPECT_NE(first->file, second->file);
  EXPECT_EQ(sources.file(first->file).name(), "a.py");
  EXPECT_EQ(sources.file(second->file).name(), "b.py");
  EXPECT_EQ(second->body[0]->loc.file, second->file);
  EXPECT_EQ(dyn_cast<Assign>(second->body[0].get())->value->loc.file, second->file);
  EXPECT_EQ(second->body[0]->loc.line, 2u);
  EXPECT_FALSE(diags.has_errors());
}

TEST_F(ParseTest, EmptyAndCommentOnlyFilesAreEmptyModules) {
  auto empty = parse_ok("");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->body.empty());
  auto comments = parse_ok("# a comment\n\n   \n# another");
  ASSERT_TRUE(comments);
  EXPECT_TRUE(comments->body.empty());
}

// ------------------------------------------------------------------ errors

TEST_F(ParseTest, SyntaxErrorGivesNullModuleAndALocatedDiagnostic) {
  auto module = parse("x = 1\ndef f()\n    pass\n");
  EXPECT_EQ(module, nullptr);
  ASSERT_TRUE(diags.has_errors());
  const Diagnostic& d = diags.diagnostics().front();
  EXPECT_EQ(d.code, DiagCode::SyntaxError);
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.loc.line, 2u);
  EXPECT_EQ(d.loc.col, 8u);  // where the ':' is missing
  EXPECT_NE(d.message.find("':'"), std::string::npos) << d.message;
}

TEST_F(ParseTest, UnsupportedConstructsAndModulesAreRejected) {
  const Diagnostic* lambda = only_error("f = lambda x: x\n");
  ASSERT_TRUE(lambda);
  EXPECT_EQ(lambda->code, DiagCode::NotSupported);
  EXPECT_EQ(lambda->loc.line, 1u);
  EXPECT_EQ(lambda->loc.col, 5u);
  diags.clear();

  const Diagnostic* os = only_error("import os\n");
  ASSERT_TRUE(os);
  EXPECT_EQ(os->code, DiagCode::UnsupportedModule);
  expect_loc(os->loc, 1, 8, 2);
  diags.clear();

  const Diagnostic* target = only_error("f(x) = 1\n");
  ASSERT_TRUE(target);
  EXPECT_EQ(target->code, DiagCode::InvalidTarget);
  expect_loc(target->loc, 1, 1, 4);
}

TEST_F(ParseTest, IndentationErrorsAreReported) {
  auto module = parse("if a:\n    x = 1\n  y = 2\n");
  EXPECT_EQ(module, nullptr);
  ASSERT_TRUE(diags.has_errors());
  EXPECT_EQ(diags.diagnostics().front().code, DiagCode::IndentationError);
  EXPECT_EQ(diags.diagnostics().front().loc.line, 3u);
}

}  // namespace
}  // namespace parc
