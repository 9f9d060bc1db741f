#include "frontend/token_loc.h"

#include "KernelLexer.h"
#include "antlr4-runtime.h"

#include <limits>

namespace parc {

SourceLoc token_loc(FileId file, const antlr4::Token* token) {
  SourceLoc loc;
  loc.file = file;
  loc.line = static_cast<std::uint32_t>(token->getLine());
  loc.col = static_cast<std::uint32_t>(token->getCharPositionInLine()) + 1;
  std::size_t start = token->getStartIndex(), stop = token->getStopIndex();
  // A NEWLINE token's text is the line break and the next line's indent.
  bool spans_text = token->getType() != antlr4::Token::EOF && token->getType() != kernel_grammar::KernelLexer::NEWLINE &&
                    stop != INVALID_INDEX && stop >= start;
  loc.len = spans_text ? static_cast<std::uint32_t>(stop - start + 1) : 0;
  return loc;
}

SourceLoc span_loc(FileId file, const antlr4::Token* first, const antlr4::Token* last) {
  SourceLoc loc = token_loc(file, first);
  if (!last || last->getTokenIndex() < first->getTokenIndex()) return loc;
  if (last->getLine() == first->getLine()) {
    SourceLoc end = token_loc(file, last);
    loc.len = end.col + end.len - loc.col;
  } else {
    loc.len = std::numeric_limits<std::uint32_t>::max() / 2;  // the renderer clamps to the line
  }
  return loc;
}

SourceLoc span_loc(FileId file, antlr4::ParserRuleContext* context) {
  return span_loc(file, context->getStart(), context->getStop());
}

}  // namespace parc
