#include "frontend/parse.h"

#include "frontend/ast_builder.h"
#include "frontend/big_stack.h"
#include "frontend/indent_lexer.h"
#include "frontend/syntax_errors.h"
#include "frontend/token_loc.h"
#include "frontend/utf8.h"

#include "KernelParser.h"

#include <cstdio>

namespace parc {
namespace {

// The place of a byte offset in text that is valid UTF-8 up to that offset.
SourceLoc loc_of_offset(FileId file, std::string_view text, std::size_t offset) {
  SourceLoc loc{file, 1, 1, 1};
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++loc.line;
      line_start = i + 1;
    }
  }
  loc.col = utf8_length(text.substr(line_start, offset - line_start)) + 1;
  return loc;
}

bool check_encoding(FileId file, std::string_view text, DiagnosticEngine& diags) {
  if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    diags.error(DiagCode::InvalidEncoding, loc_of_offset(file, text, nul),
                "source code cannot contain null bytes");
    return false;
  }
  if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(text[bad]));
    diags.error(DiagCode::InvalidEncoding, loc_of_offset(file, text, bad),
                std::string("invalid UTF-8: byte ") + byte + " does not start a valid character; "
                "scripts must be UTF-8 text");
    return false;
  }
  return true;
}

// The text as the lexer reads it: line ends become '\n' (as CPython does
// before tokenizing, so "\r\n" inside strings reads as "\n"; ANTLR counts
// lines by '\n' alone). Lines and columns do not change.
std::string lexer_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 == text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

// "x = 1 \" as the file's last line: CPython's "unexpected EOF".
bool check_final_continuation(FileId file, std::string_view text, DiagnosticEngine& diags) {
  std::string_view rest = text;
  while (!rest.empty() && (rest.back() == '\n' || rest.back() == '\r')) rest.remove_suffix(1);
  if (rest.empty() || rest.back() != '\\' || rest.size() == text.size()) return true;
  diags.error(DiagCode::SyntaxError, loc_of_offset(file, text, rest.size() - 1),
              "unexpected end of file after a line continuation");
  return false;
}

using kernel_grammar::KernelParser;

// Thrown when the parser's recursion would leave its stack.
struct TooDeep {
  antlr4::Token* at;
};

// The generated parser, with its recursion measured in stack bytes at each
// rule entry: nesting that the bracket and indentation limits do not catch
// ("- - - ... x", "a ** b ** ...", long conditional chains) ends with a
// located error instead of a stack overflow.
class DepthGuardedParser : public KernelParser {
 public:
  DepthGuardedParser(antlr4::TokenStream* tokens, const char* stack_base) : KernelParser(tokens), base_(stack_base) {}

  void enterRule(antlr4::ParserRuleContext* ctx, std::size_t state, std::size_t rule) override {
    check();
    KernelParser::enterRule(ctx, state, rule);
  }
  void enterRecursionRule(antlr4::ParserRuleContext* ctx, std::size_t state, std::size_t rule, int precedence) override {
    check();
    KernelParser::enterRecursionRule(ctx, state, rule, precedence);
  }

 private:
  void check() {
    char here;
    if (static_cast<std::size_t>(base_ - &here) > kParserStackBytes / 4 * 3) throw TooDeep{getCurrentToken()};
  }
  const char* base_;
};

// SLL prediction first (fast, enough for nearly every script); on a syntax
// error, parse again with full LL and parc's error strategy for the messages.
KernelParser::File_inputContext* parse_tokens(KernelParser& parser, antlr4::CommonTokenStream& tokens,
                                              SyntaxSink& sink) {
  parser.removeErrorListeners();
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    return parser.file_input();
  } catch (const antlr4::ParseCancellationException&) {
  }
  tokens.seek(0);
  parser.reset();
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
  parser.setErrorHandler(std::make_shared<KernelErrorStrategy>(sink));
  return parser.file_input();
}

}  // namespace

std::unique_ptr<ast::Module> parse_module(const SourceManager& sources, FileId file, DiagnosticEngine& diags) {
  std::string_view text = sources.file(file).text();
  if (!check_encoding(file, text, diags) || !check_final_continuation(file, text, diags)) return nullptr;
  std::size_t errors_before = diags.error_count();
  std::unique_ptr<ast::Module> module;
  run_with_stack(kParserStackBytes, [&] {
    antlr4::ANTLRInputStream input(lexer_text(text));
    SyntaxSink sink(file, diags);
    IndentLexer lexer(&input, sink);
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    if (lexer.too_deep()) return;
    char stack_base;
    DepthGuardedParser parser(&tokens, &stack_base);
    KernelParser::File_inputContext* tree = nullptr;
    try {
      tree = parse_tokens(parser, tokens, sink);
    } catch (const TooDeep& deep) {
      diags.error(DiagCode::TooDeeplyNested, token_loc(file, deep.at), "expression too deeply nested for the parser");
      return;
    }
    if (diags.error_count() != errors_before) return;
    module = build_ast(tree, file, diags);
  });
  if (diags.error_count() != errors_before) return nullptr;
  return module;
}

}  // namespace parc
