// The kernel lexer with Python's line structure on top of the generated
// ANTLR lexer:
//
//   if x:            NAME(if) NAME(x) ':' NEWLINE
//       y = 1        INDENT NAME(y) '=' NUMBER NEWLINE
//   z = 2            DEDENT NAME(z) '=' NUMBER NEWLINE EOF
//
// Blank and comment-only lines produce nothing, newlines inside brackets are
// ignored, tabs and spaces are compared as CPython does, and a NEWLINE is
// added before EOF when the file does not end with one. It also reports the
// lexical errors (unterminated strings, stray characters, unmatched
// brackets) and enforces CPython's limits on nested brackets and blocks.
#pragma once

#include "frontend/syntax_sink.h"

#include "KernelLexer.h"

#include <deque>
#include <memory>
#include <vector>

namespace parc {

class IndentLexer : public kernel_grammar::KernelLexer {
 public:
  static constexpr std::size_t kMaxBracketDepth = 200;    // CPython's limit too
  static constexpr std::size_t kMaxIndentDepth = 100;     // CPython's limit too

  IndentLexer(antlr4::CharStream* input, SyntaxSink& sink);

  std::unique_ptr<antlr4::Token> nextToken() override;
  // A nesting limit was exceeded: the token stream is cut short and must not
  // be parsed.
  bool too_deep() const { return too_deep_; }

 private:
  struct Indent {
    std::size_t col;      // tabs to the next multiple of 8, as CPython
    std::size_t alt_col;  // tabs count 1: the two must agree in ordering
  };
  struct OpenBracket {
    char32_t ch;
    SourceLoc loc;
  };

  void on_real_token(std::unique_ptr<antlr4::Token> token);
  void on_line_start(const antlr4::Token& first);
  void on_bracket(antlr4::Token& token);
  void on_eof(std::unique_ptr<antlr4::Token> eof);
  bool check_lexical_error(antlr4::Token& token);
  bool check_identifier(antlr4::Token& token);
  void fail_too_deep(SourceLoc loc, std::string message);
  std::unique_ptr<antlr4::Token> synthesize(std::size_t type, const antlr4::Token& at);

  SyntaxSink& sink_;
  std::deque<std::unique_ptr<antlr4::Token>> pending_;
  std::vector<Indent> indents_{{0, 0}};
  std::vector<OpenBracket> brackets_;
  std::unique_ptr<antlr4::Token> held_newline_;  // first NEWLINE after a logical line
  std::string line_indent_;                      // indentation of the line about to start
  bool at_line_start_ = true;
  bool at_file_start_ = true;
  bool too_deep_ = false;
  bool finished_ = false;
  std::vector<char32_t> literal_;  // token type -> its one-char literal, if any
};

}  // namespace parc
