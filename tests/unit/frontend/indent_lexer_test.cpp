// Unit tests of the indentation lexer: NEWLINE, INDENT and DEDENT tokens.
#include "frontend/indent_lexer.h"

#include "KernelParser.h"

#include <gtest/gtest.h>

namespace parc {
namespace {

// The token stream as a string of short names: "NAME = NUMBER NL".
std::string lex(const std::string& text, DiagnosticEngine& diags) {
  antlr4::ANTLRInputStream input(text);
  SyntaxSink sink(0, diags);
  IndentLexer lexer(&input, sink);
  std::string out;
  for (;;) {
    std::unique_ptr<antlr4::Token> token = lexer.nextToken();
    std::size_t type = token->getType();
    std::string name;
    switch (type) {
      case antlr4::Token::EOF: name = "EOF"; break;
      case kernel_grammar::KernelParser::NEWLINE: name = "NL"; break;
      case kernel_grammar::KernelParser::INDENT: name = "INDENT"; break;
      case kernel_grammar::KernelParser::DEDENT: name = "DEDENT"; break;
      case kernel_grammar::KernelParser::NAME: name = "NAME"; break;
      case kernel_grammar::KernelParser::NUMBER: name = "NUMBER"; break;
      default: name = token->getText();
    }
    out += out.empty() ? name : " " + name;
    if (type == antlr4::Token::EOF) return out;
  }
}

TEST(IndentLexer, IndentAndDedentAroundABlock) {
  DiagnosticEngine diags;
  EXPECT_EQ(lex("if x:\n    y = 1\nz = 2\n", diags),
            "if NAME : NL INDENT NAME = NUMBER NL DEDENT NAME = NUMBER NL EOF");
  EXPECT_FALSE(diags.has_errors());
}

}  // namespace
}  // namespace parc
