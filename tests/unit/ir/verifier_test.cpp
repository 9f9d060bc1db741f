// Unit tests of the IR verifier: specialised scripts verify, and each kind
// of broken IR is reported.
#include "frontend/parse.h"
#include "ir/specialize.h"
#include "ir/verifier.h"

#include <gtest/gtest.h>

namespace parc::ir {
namespace {

class VerifierTest : public ::testing::Test {
 protected:
  std::unique_ptr<Module> specialize(const std::string& text) {
    file_ = sources_.add("t.py", text);
    ast_ = parse_module(sources_, file_, diags_);
    if (!ast_) return nullptr;
    return specialize_module(*ast_, types_, diags_);
  }
  SourceManager sources_;
  FileId file_ = 0;
  DiagnosticEngine diags_;
  TypeContext types_;
  std::unique_ptr<ast::Module> ast_;
};

TEST_F(VerifierTest, SpecialisedScriptsVerify) {
  auto module = specialize(
      "from numba import njit\n"
      "@njit\n"
      "def f(a, b):\n"
      "    x = 1\n"
      "    if a > b:\n"
      "        x = 2.5\n"
      "    return x, a // b, a < b <= 3\n"
      "print(f(7, 2), f(1.5, 2))\n");
  ASSERT_TRUE(module) << diags_.error_count();
  EXPECT_EQ(module->functions.size(), 3u);  // __main__ and two specialisations of f
  EXPECT_TRUE(verify(*module).empty());
}

TEST_F(VerifierTest, ReportsAnOperandOfTheWrongType) {
  auto module = specialize("x = 1 + 2\n");
  ASSERT_TRUE(module);
  auto& assign = static_cast<Assign&>(*module->functions[0]->body[0]);
  auto& sum = static_cast<Binary&>(*assign.value);
  sum.rhs = std::make_unique<Const>(sum.loc, types_.float64());  // int64 + float64, uncast
  std::vector<std::string> problems = verify(*module);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("Binary"), std::string::npos);
  EXPECT_NE(problems[0].find("float64"), std::string::npos);
}

TEST_F(VerifierTest, ReportsAMissingVariableAndANonBoolCondition) {
  auto module = specialize("x = 1\nif x:\n    x = 2\n");
  ASSERT_TRUE(module);
  Function& main = *module->functions[0];
  static_cast<Assign&>(*main.body[0]).var = 99;
  auto& branch = static_cast<If&>(*main.body[1]);
  branch.cond = std::make_unique<Const>(branch.loc, types_.int64());
  std::vector<std::string> problems = verify(*module);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find("does not exist"), std::string::npos);
  EXPECT_NE(problems[1].find("not bool"), std::string::npos);
}

}  // namespace
}  // namespace parc::ir
