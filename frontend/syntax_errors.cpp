#include "frontend/syntax_errors.h"

#include "KernelParser.h"

#include <map>
#include <vector>

namespace parc {
namespace {

using antlr4::Token;
using kernel_grammar::KernelParser;

// What a compound statement's keyword means in a message: the thing a ':'
// follows, and what owns the indented block.
struct HeaderWords {
  const char* before_colon;
  const char* block_owner;
};

const std::map<std::string, HeaderWords>& header_words() {
  static const std::map<std::string, HeaderWords> words = {
      {"def", {"function signature", "function definition"}},
      {"if", {"'if' condition", "'if' statement"}},
      {"elif", {"'elif' condition", "'elif' statement"}},
      {"else", {"'else'", "'else' statement"}},
      {"while", {"'while' condition", "'while' statement"}},
      {"for", {"'for' loop header", "'for' statement"}},
      {"class", {"class definition", "class definition"}},
      {"try", {"'try'", "'try' statement"}},
      {"except", {"'except' clause", "'except' statement"}},
      {"finally", {"'finally'", "'finally' statement"}},
      {"with", {"'with' items", "'with' statement"}},
      {"async", {"'async' statement", "'async' statement"}},
  };
  return words;
}

bool is_line_break(std::size_t type) {
  return type == KernelParser::NEWLINE || type == KernelParser::INDENT || type == KernelParser::DEDENT;
}

// The first token of the logical line that holds token `index`, or of the
// line before it when `previous_line` is set.
Token* first_token_of_line(antlr4::TokenStream* tokens, std::size_t index, bool previous_line) {
  std::size_t i = index;
  auto back_to_line_start = [&] {
    while (i > 0 && !is_line_break(tokens->get(i - 1)->getType())) --i;
  };
  back_to_line_start();
  if (previous_line) {
    while (i > 0 && is_line_break(tokens->get(i - 1)->getType())) --i;
    if (i == 0) return nullptr;
    --i;
    back_to_line_start();
  }
  return tokens->get(i);
}

class Describer {
 public:
  explicit Describer(antlr4::Parser* parser) : vocabulary_(parser->getVocabulary()) {}

  std::string token_type(std::size_t type) const {
    switch (type) {
      case KernelParser::NAME: return "a name";
      case KernelParser::NUMBER: return "a number";
      case KernelParser::STRING: return "a string";
      case KernelParser::NEWLINE: return "end of line";
      case KernelParser::INDENT: return "an indented block";
      case KernelParser::DEDENT: return "end of block";
      case Token::EOF: return "end of file";
      default: return vocabulary_.getLiteralName(type);
    }
  }

  std::string found(const Token* token) const {
    std::size_t type = token->getType();
    if (type == KernelParser::NEWLINE || type == KernelParser::DEDENT || type == Token::EOF)
      return token_type(type);
    std::string text = token->getText();
    if (text.size() > 24) text = text.substr(0, 21) + "...";
    return "'" + text + "'";
  }

  bool starts_expression(std::size_t type) const {
    static const char* const kStarts[] = {"'('", "'['", "'{'", "'-'", "'+'", "'~'", "'not'",
                                          "'lambda'", "'await'", "'yield'", "'...'", "'None'",
                                          "'True'", "'False'", "'*'"};
    if (type == KernelParser::NAME || type == KernelParser::NUMBER || type == KernelParser::STRING)
      return true;
    std::string literal = vocabulary_.getLiteralName(type);
    for (const char* start : kStarts)
      if (literal == start) return true;
    return false;
  }

  // "an expression", "')' or ','", ... ; empty when the set is too large to help.
  std::string expected(const antlr4::misc::IntervalSet& set) const {
    std::vector<std::string> items;
    bool expression = set.contains(std::size_t{KernelParser::NAME}) && set.contains(std::size_t{KernelParser::NUMBER});
    if (expression) items.push_back("an expression");
    for (std::size_t type : set.toList()) {
      if (expression && starts_expression(type)) continue;
      // A comprehension could follow, but nobody forgot one: do not offer it.
      std::string literal = vocabulary_.getLiteralName(type);
      if (literal == "'for'" || literal == "'async'") continue;
      items.push_back(token_type(type));
    }
    if (items.empty() || items.size() > 4) return "";
    std::string out = items[0];
    for (std::size_t i = 1; i < items.size(); ++i) out += (i + 1 == items.size() ? " or " : ", ") + items[i];
    return out;
  }

  std::size_t literal_type(const std::string& literal) const {
    for (std::size_t type = 1; type <= vocabulary_.getMaxTokenType(); ++type)
      if (vocabulary_.getLiteralName(type) == literal) return type;
    return Token::INVALID_TYPE;
  }

 private:
  const antlr4::dfa::Vocabulary& vocabulary_;
};

}  // namespace

void KernelErrorStrategy::report(antlr4::Parser* parser, Token* offending,
                                 const antlr4::misc::IntervalSet& expected) {
  Describer describe(parser);
  antlr4::TokenStream* tokens = parser->getTokenStream();
  SourceLoc loc = sink_.loc(offending);
  std::size_t type = offending->getType();
  std::size_t index = offending->getTokenIndex();

  // After a first error, complaints at the end of a block or file are
  // consequences of it (a missing block, an unexpected indent).
  if (sink_.count() > 0 && (type == KernelParser::DEDENT || type == Token::EOF)) return;
  if (type == KernelParser::INDENT) {
    // An indented line after a broken header line is a consequence of it.
    Token* before = first_token_of_line(tokens, index, true);
    if (before && sink_.has_error_on_line(static_cast<std::uint32_t>(before->getLine()))) return;
    sink_.report(DiagCode::IndentationError, loc, "unexpected indent");
    return;
  }
  if (expected.contains(std::size_t{KernelParser::INDENT})) {
    Token* header = first_token_of_line(tokens, index, true);
    std::string owner = "':'";
    if (header) {
      auto it = header_words().find(header->getText());
      owner = (it != header_words().end() ? it->second.block_owner : "'" + header->getText() + "'");
      owner += " on line " + std::to_string(header->getLine());
    }
    sink_.report(DiagCode::IndentationError, loc, "expected an indented block after " + owner);
    return;
  }
  if (Token* first = first_token_of_line(tokens, index, false);
      first && first->getText() == "print" && first->getTokenIndex() + 1 == index &&
      tokens->get(index - 1) == first) {
    sink_.report(DiagCode::SyntaxError, loc, "missing parentheses in call to 'print'; did you mean print(...)?");
    return;
  }
  // '=' where an operator or a closing bracket was due: a comparison meant.
  if (offending->getText() == "=" && !expected.contains(std::size_t{KernelParser::NAME})) {
    if (!expected.contains(describe.literal_type("'='"))) {
      sink_.report(DiagCode::SyntaxError, loc, "unexpected '=' in an expression; did you mean '=='?");
      return;
    }
  }
  std::size_t colon = describe.literal_type("':'");
  bool at_line_end = type == KernelParser::NEWLINE || type == Token::EOF;
  if (expected.contains(colon) && (expected.size() == 1 || at_line_end)) {
    Token* header = first_token_of_line(tokens, index, false);
    auto it = header ? header_words().find(header->getText()) : header_words().end();
    if (it != header_words().end()) {
      sink_.report(DiagCode::SyntaxError, loc, std::string("expected ':' after ") + it->second.before_colon);
      return;
    }
  }
  std::string wanted = describe.expected(expected);
  std::string found = describe.found(offending);
  sink_.report(DiagCode::SyntaxError, loc,
               wanted.empty() ? "invalid syntax: unexpected " + found
                              : "expected " + wanted + ", found " + found);
}

void KernelErrorStrategy::reportNoViableAlternative(antlr4::Parser* parser,
                                                    const antlr4::NoViableAltException& e) {
  report(parser, e.getOffendingToken(), e.getExpectedTokens());
}

void KernelErrorStrategy::reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) {
  report(parser, e.getOffendingToken(), e.getExpectedTokens());
}

void KernelErrorStrategy::reportFailedPredicate(antlr4::Parser* parser,
                                                const antlr4::FailedPredicateException& e) {
  report(parser, e.getOffendingToken(), e.getExpectedTokens());
}

void KernelErrorStrategy::reportUnwantedToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
}

void KernelErrorStrategy::reportMissingToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
}

}  // namespace parc
