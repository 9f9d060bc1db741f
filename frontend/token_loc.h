// SourceLocs of ANTLR tokens and parse-tree spans. Frontend-internal: only
// the lexer, the error strategy and the AST builder see ANTLR types.
#pragma once

#include "frontend/source_loc.h"

namespace antlr4 {
class Token;
class ParserRuleContext;
}  // namespace antlr4

namespace parc {

// The token's place; NEWLINE, EOF and synthesized tokens span no characters.
SourceLoc token_loc(FileId file, const antlr4::Token* token);
// From the start of `first` to the end of `last` when both are on one line,
// else to the end of `first`'s line.
SourceLoc span_loc(FileId file, const antlr4::Token* first, const antlr4::Token* last);
SourceLoc span_loc(FileId file, antlr4::ParserRuleContext* context);

}  // namespace parc
