#include "frontend/parse.h"

#include "frontend/ast_builder.h"
#include "frontend/big_stack.h"
#include "frontend/indent_lexer.h"
#include "frontend/syntax_errors.h"
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

// The text as the lexer reads it: a lone '\r' (old Mac line ends) becomes
// '\n', since ANTLR counts lines by '\n' alone.
std::string lexer_text(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i] == '\r' && (i + 1 == out.size() || out[i + 1] != '\n')) out[i] = '\n';
  return out;
}

using kernel_grammar::KernelParser;

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
  if (!check_encoding(file, text, diags)) return nullptr;
  std::size_t errors_before = diags.error_count();
  std::unique_ptr<ast::Module> module;
  run_with_stack(kParserStackBytes, [&] {
    antlr4::ANTLRInputStream input(lexer_text(text));
    SyntaxSink sink(file, diags);
    IndentLexer lexer(&input, sink);
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    if (lexer.too_deep()) return;
    KernelParser parser(&tokens);
    KernelParser::File_inputContext* tree = parse_tokens(parser, tokens, sink);
    if (diags.error_count() != errors_before) return;
    module = build_ast(tree, file, diags);
  });
  if (diags.error_count() != errors_before) return nullptr;
  return module;
}

}  // namespace parc
