// Unit tests of the frontend's entry point: source text to AST.
#include "frontend/ast.h"
#include "frontend/parse.h"

#include <gtest/gtest.h>

namespace parc {
namespace {

std::unique_ptr<ast::Module> parse(const std::string& text, DiagnosticEngine& diags) {
  static SourceManager* sources = nullptr;
  delete sources;
  sources = new SourceManager;
  return parse_module(*sources, sources->add("t.py", text), diags);
}

TEST(Parse, AssignmentOfASum) {
  DiagnosticEngine diags;
  auto module = parse("x = 1 + 2\n", diags);
  ASSERT_TRUE(module);
  ASSERT_EQ(module->body.size(), 1u);
  auto* assign = ast::dyn_cast<ast::Assign>(module->body[0].get());
  ASSERT_TRUE(assign);
  auto* sum = ast::dyn_cast<ast::Binary>(assign->value.get());
  ASSERT_TRUE(sum);
  EXPECT_EQ(sum->op, ast::BinaryOp::Add);
  EXPECT_EQ(sum->loc.line, 1u);
  EXPECT_EQ(sum->loc.col, 5u);
  EXPECT_EQ(sum->loc.len, 5u);
}

}  // namespace
}  // namespace parc
