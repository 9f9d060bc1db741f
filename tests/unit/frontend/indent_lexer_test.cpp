// Unit tests of the indentation lexer: NEWLINE, INDENT and DEDENT tokens,
// the lines that produce none, tabs against spaces, and the lexical errors
// and nesting limits it reports (each with its code and place).
#include "frontend/indent_lexer.h"

#include "KernelParser.h"

#include <gtest/gtest.h>

#include <string>

namespace parc {
namespace {

// The token stream as a string of short names: "NAME = NUMBER NL".
std::string lex(const std::string& text, DiagnosticEngine& diags, bool* too_deep = nullptr) {
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
      case kernel_grammar::KernelParser::STRING: name = "STRING"; break;
      default: {
        // By type, not text: the lexer may retype a token (a mismatched ')').
        name = lexer.getVocabulary().getLiteralName(type);  // "')'"
        name = name.size() > 2 ? name.substr(1, name.size() - 2) : token->getText();
      }
    }
    out += out.empty() ? name : " " + name;
    if (type == antlr4::Token::EOF) {
      if (too_deep) *too_deep = lexer.too_deep();
      return out;
    }
  }
}

// Lexes text that must produce no diagnostics.
std::string lex_ok(const std::string& text) {
  DiagnosticEngine diags;
  std::string tokens = lex(text, diags);
  for (const Diagnostic& d : diags.diagnostics())
    ADD_FAILURE() << "unexpected diagnostic " << d.loc.line << ":" << d.loc.col << ": " << d.message;
  return tokens;
}

// "E0003 3:9 message" for the one diagnostic `text` must produce.
std::string only_error(const std::string& text) {
  DiagnosticEngine diags;
  lex(text, diags);
  if (diags.diagnostics().size() != 1) {
    ADD_FAILURE() << "expected one diagnostic, got " << diags.diagnostics().size();
    return "";
  }
  const Diagnostic& d = diags.diagnostics()[0];
  return std::string(diag_code_string(d.code)) + " " + std::to_string(d.loc.line) + ":" +
         std::to_string(d.loc.col) + " " + d.message;
}

TEST(IndentLexer, IndentAndDedentAroundABlock) {
  DiagnosticEngine diags;
  EXPECT_EQ(lex("if x:\n    y = 1\nz = 2\n", diags),
            "if NAME : NL INDENT NAME = NUMBER NL DEDENT NAME = NUMBER NL EOF");
  EXPECT_FALSE(diags.has_errors());
}

TEST(IndentLexer, NestedBlocksCloseSeveralLevelsAtOnce) {
  EXPECT_EQ(lex_ok("if a:\n    if b:\n        x = 1\ny = 2\n"),
            "if NAME : NL INDENT if NAME : NL INDENT NAME = NUMBER NL DEDENT DEDENT NAME = NUMBER NL EOF");
}

TEST(IndentLexer, DedentToAnIntermediateLevel) {
  EXPECT_EQ(lex_ok("if a:\n  if b:\n      x = 1\n  y = 2\nz = 3\n"),
            "if NAME : NL INDENT if NAME : NL INDENT NAME = NUMBER NL DEDENT NAME = NUMBER NL DEDENT "
            "NAME = NUMBER NL EOF");
}

TEST(IndentLexer, TheNewlineComesBeforeTheDedents) {
  // NEWLINE ends the statement inside the block; the DEDENTs belong to the
  // next line, so they follow it.
  EXPECT_EQ(lex_ok("def f():\n    return 1\nx = 2\n"),
            "def NAME ( ) : NL INDENT return NUMBER NL DEDENT NAME = NUMBER NL EOF");
}

TEST(IndentLexer, BlankAndCommentLinesProduceNoTokens) {
  EXPECT_EQ(lex_ok("x = 1\n\n   \n# comment\n        # indented comment\n\t\ny = 2\n"),
            "NAME = NUMBER NL NAME = NUMBER NL EOF");
  // Nor do they close or open a block, whatever their indentation.
  EXPECT_EQ(lex_ok("if a:\n    x = 1\n# at column 1\n\n            # deeper\n    y = 2\n"),
            "if NAME : NL INDENT NAME = NUMBER NL NAME = NUMBER NL DEDENT EOF");
  EXPECT_EQ(lex_ok("x = 1  # trailing comment\n"), "NAME = NUMBER NL EOF");
}

TEST(IndentLexer, EmptyAndCommentOnlyInputsAreJustEof) {
  EXPECT_EQ(lex_ok(""), "EOF");
  EXPECT_EQ(lex_ok("\n\n\n"), "EOF");
  EXPECT_EQ(lex_ok("# only a comment"), "EOF");
  EXPECT_EQ(lex_ok("   \n\t\n  # c\n"), "EOF");
}

TEST(IndentLexer, NewlinesInsideBracketsAreIgnored) {
  EXPECT_EQ(lex_ok("x = (1,\n  2,\n\n        3)\ny = [\n]\n"),
            "NAME = ( NUMBER , NUMBER , NUMBER ) NL NAME = [ ] NL EOF");
  // The indentation of a continuation line does not open a block.
  EXPECT_EQ(lex_ok("if f(a,\n        b):\n    pass\n"), "if NAME ( NAME , NAME ) : NL INDENT pass NL DEDENT EOF");
}

TEST(IndentLexer, BackslashJoinsLines) {
  EXPECT_EQ(lex_ok("x = 1 + \\\n        2\ny = 3\n"), "NAME = NUMBER + NUMBER NL NAME = NUMBER NL EOF");
  EXPECT_EQ(lex_ok("x = 1 + \\\r\n    2\r\n"), "NAME = NUMBER + NUMBER NL EOF");
}

TEST(IndentLexer, MissingFinalNewlineIsAdded) {
  EXPECT_EQ(lex_ok("x = 1"), "NAME = NUMBER NL EOF");
  EXPECT_EQ(lex_ok("x = 1  # comment"), "NAME = NUMBER NL EOF");
  EXPECT_EQ(lex_ok("if a:\n    x = 1"), "if NAME : NL INDENT NAME = NUMBER NL DEDENT EOF");
}

TEST(IndentLexer, OpenBlocksAreClosedAtEndOfFile) {
  EXPECT_EQ(lex_ok("if a:\n    if b:\n        x = 1\n"),
            "if NAME : NL INDENT if NAME : NL INDENT NAME = NUMBER NL DEDENT DEDENT EOF");
  // Trailing blank lines and comments change nothing.
  EXPECT_EQ(lex_ok("if a:\n    x = 1\n\n    # c\n\n"), "if NAME : NL INDENT NAME = NUMBER NL DEDENT EOF");
}

TEST(IndentLexer, WindowsLineEndsLexLikeNewlines) {
  EXPECT_EQ(lex_ok("if a:\r\n    x = 1\r\n\r\ny = 2\r\n"),
            "if NAME : NL INDENT NAME = NUMBER NL DEDENT NAME = NUMBER NL EOF");
}

TEST(IndentLexer, IndentedFirstLineIsAnIndentToken) {
  // The parser reports "unexpected indent"; the lexer just says INDENT.
  EXPECT_EQ(lex_ok("  x = 1\n"), "INDENT NAME = NUMBER NL DEDENT EOF");
  EXPECT_EQ(lex_ok("\n\n    x = 1\n"), "INDENT NAME = NUMBER NL DEDENT EOF");
  EXPECT_EQ(lex_ok("x = 1\n    y = 2\n"), "NAME = NUMBER NL INDENT NAME = NUMBER NL DEDENT EOF");
}

TEST(IndentLexer, ConsistentTabsAreOneLevel) {
  EXPECT_EQ(lex_ok("if a:\n\tx = 1\n\ty = 2\n"), "if NAME : NL INDENT NAME = NUMBER NL NAME = NUMBER NL DEDENT EOF");
  // A tab then spaces, consistently, is a level deeper than the tab alone.
  EXPECT_EQ(lex_ok("if a:\n\tif b:\n\t    x = 1\n\ty = 2\n"),
            "if NAME : NL INDENT if NAME : NL INDENT NAME = NUMBER NL DEDENT NAME = NUMBER NL DEDENT EOF");
}

TEST(IndentLexer, TabAgainstEightSpacesIsATabError) {
  // Same column with tabs to multiples of 8, different with tabs as 1: as
  // CPython, a TabError at the first token of the line.
  EXPECT_EQ(only_error("if a:\n\tx = 1\n        y = 2\n"),
            "E0003 3:9 inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(only_error("if a:\n        x = 1\n\ty = 2\n"),
            "E0003 3:2 inconsistent use of tabs and spaces in indentation");
  // Deeper by tab stops but shallower when tabs count 1.
  EXPECT_EQ(only_error("if a:\n  if b:\n\tx = 1\n"),
            "E0003 3:2 inconsistent use of tabs and spaces in indentation");
  // Spaces before a tab reach the same tab stop as the tab alone.
  EXPECT_EQ(only_error("if a:\n    \tx = 1\n\ty = 2\n"),
            "E0003 3:2 inconsistent use of tabs and spaces in indentation");
}

TEST(IndentLexer, FormFeedResetsTheIndentation) {
  // CPython: a form feed in the indentation sets the column back to 0.
  EXPECT_EQ(lex_ok("if a:\n    x = 1\n\f    y = 2\n"),
            "if NAME : NL INDENT NAME = NUMBER NL NAME = NUMBER NL DEDENT EOF");
  EXPECT_EQ(lex_ok("if a:\n    x = 1\n    \fy = 2\n"),
            "if NAME : NL INDENT NAME = NUMBER NL DEDENT NAME = NUMBER NL EOF");
  EXPECT_EQ(only_error("if a:\n    x = 1\n  \f  y = 2\n"),
            "E0002 3:6 unindent does not match any outer indentation level");
}

TEST(IndentLexer, UnindentToAnUnknownColumnIsAnIndentationError) {
  DiagnosticEngine diags;
  std::string tokens = lex("if a:\n        x = 1\n    y = 2\n", diags);
  ASSERT_EQ(diags.diagnostics().size(), 1u);
  const Diagnostic& d = diags.diagnostics()[0];
  EXPECT_EQ(d.code, DiagCode::IndentationError);
  EXPECT_EQ(d.loc, (SourceLoc{0, 3, 5, 1}));
  EXPECT_EQ(d.message, "unindent does not match any outer indentation level");
  // The block is still closed, so the parser sees a sensible stream.
  EXPECT_EQ(tokens, "if NAME : NL INDENT NAME = NUMBER NL DEDENT NAME = NUMBER NL EOF");
}

TEST(IndentLexer, LexicalErrorsCarryTheirCodes) {
  EXPECT_EQ(only_error("x = 'abc\n"), "E0004 1:5 unterminated string literal");
  EXPECT_EQ(only_error("x = 1\ny = \"\"\"abc\nmore\n"), "E0004 2:5 unterminated triple-quoted string literal");
  EXPECT_EQ(only_error("x = 1 $ 2\n"), "E0006 1:7 invalid character '$' (U+0024)");
  EXPECT_EQ(only_error("x = 5 \xE2\x82\xAC 2\n"), "E0006 1:7 invalid character '\xE2\x82\xAC' (U+20AC)");
  EXPECT_EQ(only_error("x = 1\x01\n"), "E0006 1:6 invalid non-printable character U+0001");
  EXPECT_EQ(only_error("x = y \\ 2\n"), "E0006 1:7 unexpected character after line continuation character");
  EXPECT_EQ(only_error("x = 0123\n"),
            "E0009 1:5 leading zeros in decimal integer literals are not permitted; "
            "use an 0o prefix for octal integers");
  EXPECT_EQ(only_error("x = 1)\n"), "E0005 1:6 unmatched ')'");
  EXPECT_EQ(only_error("x = (1 +\n     2\ny = 3\n"), "E0005 1:5 '(' was never closed");
}

TEST(IndentLexer, ErrorTokensBecomeUsableTokens) {
  // An unterminated string still lexes as a STRING, a leading-zero integer as
  // a NUMBER, and a stray character is dropped, so parsing can go on.
  DiagnosticEngine diags;
  EXPECT_EQ(lex("x = 'abc\ny = 0123\nz = 1 $\n", diags),
            "NAME = STRING NL NAME = NUMBER NL NAME = NUMBER NL EOF");
  EXPECT_EQ(diags.error_count(), 3u);
}

TEST(IndentLexer, MismatchedBracketHasANoteAndCountsAsTheRightOne) {
  DiagnosticEngine diags;
  std::string tokens = lex("x = [1,\n     2)\ny = 3\n", diags);
  ASSERT_EQ(diags.diagnostics().size(), 1u);
  const Diagnostic& d = diags.diagnostics()[0];
  EXPECT_EQ(d.code, DiagCode::UnclosedBracket);
  EXPECT_EQ(d.loc, (SourceLoc{0, 2, 7, 1}));
  EXPECT_EQ(d.message, "closing parenthesis ')' does not match opening bracket '['");
  ASSERT_EQ(d.notes.size(), 1u);
  EXPECT_EQ(d.notes[0].loc, (SourceLoc{0, 1, 5, 1}));
  EXPECT_EQ(d.notes[0].message, "opened here");
  // The ')' closes the '[': the next line is a statement of its own.
  EXPECT_EQ(tokens, "NAME = [ NUMBER , NUMBER ] NL NAME = NUMBER NL EOF");
}

TEST(IndentLexer, OneErrorPerLine) {
  DiagnosticEngine diags;
  lex("x = $ + ?\ny = `\n", diags);
  ASSERT_EQ(diags.diagnostics().size(), 2u);
  EXPECT_EQ(diags.diagnostics()[0].loc.line, 1u);
  EXPECT_EQ(diags.diagnostics()[0].loc.col, 5u);
  EXPECT_EQ(diags.diagnostics()[1].loc.line, 2u);
}

TEST(IndentLexer, BracketNestingLimit) {
  DiagnosticEngine ok_diags;
  bool too_deep = true;
  lex("x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n", ok_diags, &too_deep);
  EXPECT_FALSE(too_deep);
  EXPECT_FALSE(ok_diags.has_errors());

  DiagnosticEngine diags;
  std::string tokens = lex("x = " + std::string(201, '[') + "1" + std::string(201, ']') + "\n", diags, &too_deep);
  EXPECT_TRUE(too_deep);
  ASSERT_EQ(diags.diagnostics().size(), 1u);
  EXPECT_EQ(diags.diagnostics()[0].code, DiagCode::TooDeeplyNested);
  EXPECT_EQ(diags.diagnostics()[0].loc.col, 205u);  // the 201st '['
  // The stream is cut short with an EOF (and nothing is lexed after it).
  EXPECT_EQ(tokens.substr(tokens.size() - 3), "EOF");
}

TEST(IndentLexer, IndentationLimit) {
  auto nested = [](int levels) {
    std::string text;
    for (int i = 0; i < levels; ++i) text += std::string(i, ' ') + "if x:\n";
    return text + std::string(levels, ' ') + "pass\n";
  };
  DiagnosticEngine ok_diags;
  bool too_deep = true;
  lex(nested(99), ok_diags, &too_deep);
  EXPECT_FALSE(too_deep);
  EXPECT_FALSE(ok_diags.has_errors());

  DiagnosticEngine diags;
  lex(nested(100), diags, &too_deep);
  EXPECT_TRUE(too_deep);
  ASSERT_EQ(diags.diagnostics().size(), 1u);
  EXPECT_EQ(diags.diagnostics()[0].code, DiagCode::TooDeeplyNested);
  EXPECT_EQ(diags.diagnostics()[0].loc.line, 101u);
}

}  // namespace
}  // namespace parc
