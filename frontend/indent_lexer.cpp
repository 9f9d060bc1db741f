#include "frontend/indent_lexer.h"

#include "frontend/utf8.h"

#include "KernelParser.h"

#include <unicode/uchar.h>

#include <cstdio>

namespace parc {
namespace {

using antlr4::Token;
using kernel_grammar::KernelLexer;
using kernel_grammar::KernelParser;

// The indentation text of a NEWLINE token: what follows its line break.
std::string indentation_of_newline(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == '\r' || text[i] == '\n')) ++i;
  return text.substr(i);
}

char32_t closing_for(char32_t open) { return open == '(' ? ')' : open == '[' ? ']' : '}'; }

const char* bracket_word(char32_t ch) {
  switch (ch) {
    case '(': case ')': return "parenthesis";
    case '[': case ']': return "bracket";
    default: return "brace";
  }
}

std::string utf8_encode(char32_t cp) {
  std::string out;
  append_utf8(out, cp);
  return out;
}

}  // namespace

IndentLexer::IndentLexer(antlr4::CharStream* input, SyntaxSink& sink)
    : KernelLexer(input), sink_(sink) {
  removeErrorListeners();  // every lexical error is a token we report ourselves
  const antlr4::dfa::Vocabulary& vocabulary = getVocabulary();
  std::size_t max_type = KernelParser::DEDENT + 1;
  literal_.assign(max_type, 0);
  for (std::size_t type = 1; type < max_type; ++type) {
    std::string literal = vocabulary.getLiteralName(type);  // "'('" or ""
    if (literal.size() == 3) literal_[type] = static_cast<unsigned char>(literal[1]);
  }
}

std::unique_ptr<Token> IndentLexer::nextToken() {
  while (pending_.empty()) {
    if (finished_) return synthesize(Token::EOF, *held_newline_);
    std::unique_ptr<Token> token = KernelLexer::nextToken();
    std::size_t type = token->getType();
    if (type == Token::EOF) {
      on_eof(std::move(token));
    } else if (type == NEWLINE) {
      if (!brackets_.empty()) continue;  // implicit line joining
      if (!at_line_start_) {
        held_newline_ = std::move(token);
        at_line_start_ = true;
        line_indent_ = indentation_of_newline(held_newline_->getText());
      } else {
        line_indent_ = indentation_of_newline(token->getText());
      }
    } else if (check_lexical_error(*token)) {
      on_real_token(std::move(token));
    }
  }
  std::unique_ptr<Token> next = std::move(pending_.front());
  pending_.pop_front();
  return next;
}

// Reports the error tokens of the grammar; returns false for a token that is
// to be dropped from the stream.
bool IndentLexer::check_lexical_error(Token& token) {
  auto& common = static_cast<antlr4::CommonToken&>(token);
  switch (token.getType()) {
    case UNTERMINATED_STRING: {
      std::string text = token.getText();
      bool triple = text.find("'''") != std::string::npos || text.find("\"\"\"") != std::string::npos;
      sink_.report(DiagCode::UnterminatedString, sink_.loc(&token),
                   triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
      common.setType(STRING);
      return true;
    }
    case NAME:
      return check_identifier(token);
    case BAD_NUMBER:
      sink_.report(DiagCode::InvalidLiteral, sink_.loc(&token), "invalid number literal '" + token.getText() + "'");
      common.setType(NUMBER);
      return true;
    case LEADING_ZERO_INTEGER:
      sink_.report(DiagCode::InvalidLiteral, sink_.loc(&token),
                   "leading zeros in decimal integer literals are not permitted; "
                   "use an 0o prefix for octal integers");
      common.setType(NUMBER);
      return true;
    case ERROR_CHAR: {
      std::string text = token.getText();
      if (text == "\\") {
        sink_.report(DiagCode::InvalidCharacter, sink_.loc(&token),
                     "unexpected character after line continuation character");
        return false;
      }
      // The token is one code point: decode it for the U+ notation.
      const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
      std::size_t len = text.size();
      char32_t ch = len == 1 ? bytes[0]
           : len == 2 ? ((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F)
           : len == 3 ? ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F)
                      : ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) |
                            ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F);
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(ch));
      bool printable = ch > 0x20 && ch != 0x7F;
      sink_.report(DiagCode::InvalidCharacter, sink_.loc(&token),
                   printable ? "invalid character '" + utf8_encode(ch) + "' (" + code + ")"
                             : std::string("invalid non-printable character ") + code);
      return false;
    }
    default:
      return true;
  }
}

// A NAME with characters beyond ASCII: each must be XID_Start (first) or
// XID_Continue, as in Python; the first that is not is reported.
bool IndentLexer::check_identifier(antlr4::Token& token) {
  // The token was just lexed: its characters are the last ones read.
  bool ascii = true;
  for (std::size_t k = 1; ascii && k <= token.getStopIndex() - token.getStartIndex() + 1; ++k)
    ascii = _input->LA(-static_cast<ssize_t>(k)) < 0x80;
  if (ascii) return true;
  std::string text = token.getText();
  std::u32string chars = antlrcpp::utf8_to_utf32(text.data(), text.data() + text.size());
  for (std::size_t i = 0; i < chars.size(); ++i) {
    UChar32 c = static_cast<UChar32>(chars[i]);
    bool ok = c == '_' || u_hasBinaryProperty(c, i == 0 ? UCHAR_XID_START : UCHAR_XID_CONTINUE);
    if (ok) continue;
    SourceLoc loc = sink_.loc(&token);
    loc.col += static_cast<std::uint32_t>(i);
    loc.len = 1;
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    bool printable = u_isprint(c) != 0;
    sink_.report(DiagCode::InvalidCharacter, loc,
                 printable ? "invalid character '" + utf8_encode(chars[i]) + "' (" + code + ")"
                           : std::string("invalid non-printable character ") + code);
    return true;
  }
  return true;
}

void IndentLexer::on_real_token(std::unique_ptr<Token> token) {
  if (at_line_start_) {
    on_line_start(*token);
    if (too_deep_) return;
  }
  if (literal_[token->getType()] != 0) on_bracket(*token);
  if (too_deep_) return;
  pending_.push_back(std::move(token));
}

// The first token of a logical line: emit the held NEWLINE and the INDENT or
// DEDENTs that the line's indentation calls for.
void IndentLexer::on_line_start(const Token& first) {
  at_line_start_ = false;
  std::string indent = line_indent_;
  if (at_file_start_) {
    at_file_start_ = false;
    // Leading blank lines produced NEWLINEs that set line_indent_; a first
    // line with code has its indentation skipped as SPACES: read it back.
    if (first.getLine() == 1)
      indent = _input->getText(antlr4::misc::Interval(std::size_t{0}, first.getStartIndex() - 1));
    if (first.getStartIndex() == 0) indent.clear();
  }
  if (held_newline_) pending_.push_back(std::move(held_newline_));

  Indent now{0, 0};
  for (char c : indent) {
    if (c == ' ') {
      ++now.col;
      ++now.alt_col;
    } else if (c == '\t') {
      now.col = (now.col / 8 + 1) * 8;
      ++now.alt_col;
    } else if (c == '\f') {
      now = {0, 0};
    }
  }
  SourceLoc loc = sink_.loc(&first);
  const Indent& top = indents_.back();
  auto tab_error = [&] {
    sink_.report(DiagCode::TabError, loc, "inconsistent use of tabs and spaces in indentation");
  };
  if (now.col > top.col) {
    if (now.alt_col <= top.alt_col) tab_error();
    indents_.push_back(now);
    if (indents_.size() > kMaxIndentDepth) {
      fail_too_deep(loc, "too many levels of indentation: at most " +
                             std::to_string(kMaxIndentDepth - 1) + " nested blocks");
      return;
    }
    pending_.push_back(synthesize(KernelParser::INDENT, first));
    return;
  }
  while (now.col < indents_.back().col) {
    indents_.pop_back();
    pending_.push_back(synthesize(KernelParser::DEDENT, first));
  }
  if (now.col != indents_.back().col) {
    sink_.report(DiagCode::IndentationError, loc,
                 "unindent does not match any outer indentation level");
  } else if (now.alt_col != indents_.back().alt_col) {
    tab_error();
  }
}

void IndentLexer::on_bracket(Token& token) {
  char32_t ch = literal_[token.getType()];
  if (ch == '(' || ch == '[' || ch == '{') {
    brackets_.push_back({ch, sink_.loc(&token)});
    if (brackets_.size() > kMaxBracketDepth)
      fail_too_deep(sink_.loc(&token), "too deeply nested: more than " +
                                           std::to_string(kMaxBracketDepth) +
                                           " nested brackets");
    return;
  }
  if (ch != ')' && ch != ']' && ch != '}') return;
  if (brackets_.empty()) {
    sink_.report(DiagCode::UnclosedBracket, sink_.loc(&token),
                 std::string("unmatched '") + static_cast<char>(ch) + "'");
    return;
  }
  OpenBracket open = brackets_.back();
  brackets_.pop_back();
  if (closing_for(open.ch) == ch) return;
  Diagnostic* diag = sink_.report(
      DiagCode::UnclosedBracket, sink_.loc(&token),
      std::string("closing ") + bracket_word(ch) + " '" + static_cast<char>(ch) +
          "' does not match opening " + bracket_word(open.ch) + " '" +
          static_cast<char>(open.ch) + "'");
  if (diag) diag->notes.push_back({open.loc, "opened here"});
  // Treat it as the matching bracket so that parsing goes on sensibly.
  char32_t expected = closing_for(open.ch);
  for (std::size_t type = 1; type < literal_.size(); ++type)
    if (literal_[type] == expected) static_cast<antlr4::CommonToken&>(token).setType(type);
}

void IndentLexer::on_eof(std::unique_ptr<Token> eof) {
  if (!brackets_.empty()) {
    const OpenBracket& open = brackets_.back();
    sink_.report(DiagCode::UnclosedBracket, open.loc,
                 std::string("'") + static_cast<char>(open.ch) + "' was never closed");
    sink_.suppress_from(open.loc);
    brackets_.clear();
  }
  if (!at_line_start_) {
    pending_.push_back(synthesize(NEWLINE, *eof));
  } else if (held_newline_) {
    pending_.push_back(std::move(held_newline_));
  }
  for (; indents_.size() > 1; indents_.pop_back()) pending_.push_back(synthesize(KernelParser::DEDENT, *eof));
  held_newline_ = synthesize(Token::EOF, *eof);  // kept to answer calls after the end
  pending_.push_back(std::move(eof));
  at_line_start_ = true;
  finished_ = true;
}

void IndentLexer::fail_too_deep(SourceLoc loc, std::string message) {
  sink_.report(DiagCode::TooDeeplyNested, loc, std::move(message));
  too_deep_ = true;
  // End the stream here: the parser will not run on it.
  pending_.clear();
  held_newline_ = std::make_unique<antlr4::CommonToken>(Token::EOF, "<EOF>");
  finished_ = true;
}

// A token the grammar did not lex (NEWLINE at EOF, INDENT, DEDENT, EOF), at
// the place of `at`, spanning no characters.
std::unique_ptr<Token> IndentLexer::synthesize(std::size_t type, const Token& at) {
  auto token = std::make_unique<antlr4::CommonToken>(
      std::make_pair(static_cast<antlr4::TokenSource*>(this), _input), type,
      Token::DEFAULT_CHANNEL, at.getStartIndex(), at.getStartIndex() - 1);
  token->setLine(at.getLine());
  token->setCharPositionInLine(at.getCharPositionInLine());
  token->setText(type == Token::EOF ? "<EOF>" : type == NEWLINE ? "\n" : "");
  return token;
}

}  // namespace parc
